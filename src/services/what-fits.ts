import type { Catalog } from '../catalog/index.js'
import { fit } from '../pack/index.js'
import type { FitContainer, FitItem, FitStatus } from '../pack/types.js'
import { itemFitSize } from './catalog-bag.js'

/** One thing to try on its own: a catalog item or kit as fit items, or why its size is unknown. */
export interface WhatFitsEntry {
  kind: 'item' | 'kit'
  id: string
  name: string
  /** The fit items, or the reason the size is unknown (`apple-iphone-15 has no depth in the catalog (...)`). */
  items: FitItem[] | string
}

/** The verdict on one entry. `unknown-size` when the catalog lacks a side; `unknown` when time ran out. */
export interface WhatFitsVerdict {
  kind: 'item' | 'kit'
  id: string
  name: string
  status: FitStatus | 'unknown-size'
  reason: string
}

/** Every catalog item but the cases, then every kit, as entries for `judgeEntries` (reads the catalog; no solving). */
export async function whatFitsEntries(catalog: Catalog): Promise<WhatFitsEntry[]> {
  const entries: WhatFitsEntry[] = []
  for (const item of await catalog.list('items')) {
    // A case is tried with what it holds (ID+case), never as a thing to carry on its own.
    if (item.category === 'case') continue
    const size = itemFitSize(item)
    entries.push({
      kind: 'item',
      id: item.id,
      name: item.name,
      items: typeof size === 'string' ? size : [{ id: item.id, size }],
    })
  }
  for (const kit of await catalog.list('kits')) {
    const items: FitItem[] = []
    const unknown: string[] = []
    for (const { item, count } of await catalog.kitItems(kit)) {
      const size = itemFitSize(item)
      if (typeof size === 'string') unknown.push(`${item.id} has ${size}`)
      else items.push({ id: item.id, size, count })
    }
    entries.push({
      kind: 'kit',
      id: kit.id,
      name: kit.name,
      items: unknown.length > 0 ? unknown.join('; ') : items,
    })
  }
  return entries
}

/**
 * Fits each entry alone in the container with `timeLimitMs` each. Once `budgetMs` of wall-clock time is spent, the
 * rest are answered `unknown` without solving, so the whole job is bounded. Pure: no database, runs in a worker.
 */
export function judgeEntries(
  container: FitContainer,
  entries: readonly WhatFitsEntry[],
  { timeLimitMs, budgetMs }: { timeLimitMs: number; budgetMs: number },
): WhatFitsVerdict[] {
  const deadline = performance.now() + budgetMs
  return entries.map(({ kind, id, name, items }) => {
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
    const answer = fit({ container, items, options: { timeLimitMs: Math.min(timeLimitMs, left) } })
    return { kind, id, name, status: answer.status, reason: answer.reason }
  })
}
