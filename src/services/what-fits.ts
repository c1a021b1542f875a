import type { Catalog, DimsStatus } from '../catalog/index.js'
import { fit } from '../pack/index.js'
import type { FitContainer, FitItem, FitStatus } from '../pack/types.js'
import { catalogFitItem } from './catalog-items.js'
import { closenessOf, type Closeness } from './closeness.js'

/** One thing to try on its own: a catalog item or kit as fit items, or why its size is unknown. */
export interface WhatFitsEntry {
  kind: 'item' | 'kit'
  id: string
  name: string
  /** The fit items, or the reason the size is unknown (`apple-iphone-15 has no depth in the catalog (...)`). */
  items: FitItem[] | string
  /** The `dims_status` of each fit item's catalog record, for the closeness of its verdict. */
  statuses?: Record<string, DimsStatus[]>
}

/** The verdict on one entry. `unknown-size` when the catalog lacks a side; `unknown` when time ran out. */
export interface WhatFitsVerdict {
  kind: 'item' | 'kit'
  id: string
  name: string
  status: FitStatus | 'unknown-size'
  reason: string
  /** How close the verdict is, when asked for (`judgeEntries` with a bag's `dims_status`). */
  closeness?: Closeness
}

/** Every catalog item but the cases, then every kit, as entries for `judgeEntries` (reads the catalog; no solving). */
export async function whatFitsEntries(catalog: Catalog): Promise<WhatFitsEntry[]> {
  const entries: WhatFitsEntry[] = []
  for (const item of await catalog.list('items')) {
    // A case is tried with what it holds (ID+case), never as a thing to carry on its own.
    if (item.category === 'case') continue
    const fitItem = catalogFitItem(item, 1)
    entries.push({
      kind: 'item',
      id: item.id,
      name: item.name,
      items: typeof fitItem === 'string' ? fitItem : [fitItem],
      statuses: { [item.id]: [item.dimsStatus] },
    })
  }
  for (const kit of await catalog.list('kits')) {
    const items: FitItem[] = []
    const unknown: string[] = []
    const statuses: Record<string, DimsStatus[]> = {}
    for (const { item, count } of await catalog.kitItems(kit)) {
      const fitItem = catalogFitItem(item, count)
      if (typeof fitItem === 'string') unknown.push(`${item.id} has ${fitItem}`)
      else items.push(fitItem)
      statuses[item.id] = [item.dimsStatus]
    }
    entries.push({
      kind: 'kit',
      id: kit.id,
      name: kit.name,
      items: unknown.length > 0 ? unknown.join('; ') : items,
      statuses,
    })
  }
  return entries
}

/**
 * Work per bag verdict, in work units: what decides each verdict, so the same bag and things get the same verdict
 * on any machine. Nine bags in ten settle a phone and two lipsticks within 75,000 units of the seed catalog (most
 * within a hundred); one still undecided there, a hard one, says unknown. The time limit is only a safety net.
 */
export const BAG_VERDICT_NODE_LIMIT = 100_000

/**
 * Fits each entry alone in the container with `nodeLimit` work units and `timeLimitMs` each. Once `budgetMs` of wall-clock time is spent, the
 * rest are answered `unknown` without solving, so the whole job is bounded. With `bagStatus` (the bag's
 * `dims_status`, or null for a size typed in), each verdict also says how close it is. Pure: no database, runs in a
 * worker.
 */
export function judgeEntries(
  container: FitContainer,
  entries: readonly WhatFitsEntry[],
  { timeLimitMs, budgetMs, bagStatus, nodeLimit = BAG_VERDICT_NODE_LIMIT }: { timeLimitMs: number; budgetMs: number; bagStatus?: DimsStatus | null; nodeLimit?: number },
): WhatFitsVerdict[] {
  const deadline = performance.now() + budgetMs
  return entries.map(({ kind, id, name, items, statuses }) => {
    if (typeof items === 'string')
      return { kind, id, name, status: 'unknown-size', reason: `size unknown: ${items}` }
    const left = deadline - performance.now()
    if (left <= 0)
      return {
        kind,
        id,
        name,
        status: 'unknown',
        reason: `not tried: the ${budgetMs} ms budget for the whole list ran out`,
      }
    const problem = { container, items, options: { timeLimitMs: Math.min(timeLimitMs, left), nodeLimit } }
    const answer = fit(problem)
    const verdict: WhatFitsVerdict = { kind, id, name, status: answer.status, reason: answer.reason }
    if (bagStatus !== undefined) {
      verdict.closeness = closenessOf(problem, answer, { bag: bagStatus, items: new Map(Object.entries(statuses ?? {})) })
    }
    return verdict
  })
}
