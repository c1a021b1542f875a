import type { Catalog, DimsStatus, Item } from '../catalog/index.js'
import { fail, show } from '../errors.js'
import type { FitItem, Vec3 } from '../pack/types.js'

/** A thing named by the catalog, as people name it: an id, how many, and optionally the case it is carried in. */
export interface ItemRef {
  id: string
  count: number
  /** `true` for the catalog's standard case of the thing's category, or a case's own id. */
  case?: true | string
}

/** Catalog things as fit items, with the `dims_status` of every catalog record each is made of (for closeness). */
export interface ResolvedItems {
  items: FitItem[]
  statuses: Map<string, DimsStatus[]>
}

/**
 * A catalog thing as the fit engine takes it: its bounding box `[w, d, h]`, turning by any angle (things go into a
 * bag at whatever angle lets them in), squeezable to its catalog `minDimsMm` when it is not rigid, and grown by its
 * case's `caseAddsMm` when carried in one (the fit item's id is then `ID+case` or `ID+CASE_ID`). Returns why not
 * when a side is missing from the catalog.
 */
export function catalogFitItem(item: Item, count: number, inCase?: { item: Item; named: boolean }): FitItem | string {
  const { w, h, d } = item.dimsMm
  if (w === null || h === null || d === null) {
    const gaps = [w === null && 'width', h === null && 'height', d === null && 'depth'].filter(Boolean)
    return `no ${gaps.join(', ')} in the catalog (${item.dimsStatus})`
  }
  const adds = inCase?.item.caseAddsMm
  const grow = (v: number, add: number | null | undefined) => Math.round((v + (add ?? 0)) * 1000) / 1000
  const size: Vec3 = [grow(w, adds?.w), grow(d, adds?.d), grow(h, adds?.h)]
  const out: FitItem = { id: inCase ? `${item.id}+${inCase.named ? inCase.item.id : 'case'}` : item.id, size, count, rotate: 'free' }
  // A case holds the thing rigid: squeezing applies to the thing on its own.
  const min = item.minDimsMm
  if (!inCase && !item.isRigid && min && min.w !== null && min.h !== null && min.d !== null) {
    out.minSize = [Math.min(min.w, w), Math.min(min.d, d), Math.min(min.h, h)]
  }
  return out
}

/**
 * Reads `ID`, `ID:N`, `ID+case`, `ID+CASE_ID` and `ID+case:N` or `ID:N+case` (the CLI's way of naming things). Throws
 * `INVALID_INPUT` for a bad count.
 */
export function parseItemRef(text: string): ItemRef {
  // The case and the count may come in either order: ID+case:N or ID:N+case.
  const trimmed = text.trim()
  const caseFirst = /^([^:+]*)(?:\+([^:]+))?(?::([^+]*))?$/.exec(trimmed)
  const countFirst = caseFirst ? null : /^([^:+]*):([^+]*)\+([^:]+)$/.exec(trimmed)
  if (!caseFirst && !countFirst) fail('INVALID_INPUT', `Cannot read ${show(text)} as a thing: expected ID, ID:COUNT or ID+case, e.g. apple-iphone-15+case:1.`)
  const [id, caseName, countText] = caseFirst ? [caseFirst[1], caseFirst[2], caseFirst[3]] : [countFirst![1], countFirst![3], countFirst![2]]
  if (id!.trim() === '') fail('INVALID_INPUT', `No item id in ${show(text)}: expected ID, ID:COUNT or ID+case, e.g. iso-7810-id1-card:3.`)
  const count = countText === undefined ? 1 : Number(countText)
  if (countText !== undefined && (!/^\d+$/.test(countText.trim()) || count < 1 || count > 500)) {
    fail('INVALID_INPUT', `Bad count in ${show(text)}: expected a whole number from 1 to 500 after the colon, e.g. iso-7810-id1-card:3.`)
  }
  return { id: id!.trim(), count, ...(caseName !== undefined && { case: caseName === 'case' ? true : caseName.trim() }) }
}

/**
 * Catalog things (a kit's lines first, then `refs`) as fit items. The same thing named twice adds up (`lipstick,
 * lipstick:2` is three lipsticks); in a case it is another fit item. Throws `ITEM_NOT_FOUND` / `KIT_NOT_FOUND` with
 * the closest ids, and `INVALID_INPUT` for a thing without all its sides, a case that is not a case, or a thing no
 * case of the catalog is for.
 */
export async function resolveItems(catalog: Catalog, refs: readonly ItemRef[], kitId?: string): Promise<ResolvedItems> {
  const lines: ItemRef[] = []
  if (kitId !== undefined) {
    const kit = await catalog.get('kits', kitId)
    for (const line of await catalog.kitItems(kit)) lines.push({ id: line.item.id, count: line.count })
  }
  lines.push(...refs)
  const byKey = new Map<string, { ref: ItemRef; count: number }>()
  for (const ref of lines) {
    const key = `${ref.id}+${ref.case === undefined ? '' : String(ref.case)}`
    const seen = byKey.get(key)
    byKey.set(key, { ref, count: (seen?.count ?? 0) + ref.count })
  }
  const items: FitItem[] = []
  const statuses = new Map<string, DimsStatus[]>()
  for (const { ref, count } of byKey.values()) {
    const thing = await catalogThing(catalog, { ...ref, count })
    items.push(thing.fit)
    statuses.set(thing.fit.id, thing.statuses)
  }
  return { items, statuses }
}

/**
 * One catalog thing named by `ref`, as a fit item (`catalogFitItem`), with its catalog record and the statuses of the
 * records it is made of. Throws like `resolveItems`; `code` is the error code for a thing that cannot be packed.
 */
export async function catalogThing(catalog: Catalog, ref: ItemRef, code: 'INVALID_INPUT' | 'INVALID_CARRY' = 'INVALID_INPUT'): Promise<{ item: Item; fit: FitItem; statuses: DimsStatus[] }> {
  const item = await catalog.get('items', ref.id)
  const cases = ref.case === undefined ? [] : (await catalog.list('items')).filter((i) => i.category === 'case')
  const inCase = ref.case === undefined ? undefined : caseFor(item, ref.case, cases)
  const fit = catalogFitItem(item, ref.count, inCase)
  if (typeof fit === 'string') fail(code, `Item ${show(ref.id)} has ${fit}, so it cannot be packed; see micropurse catalog show ${ref.id}, or give its size.`)
  return { item, fit, statuses: inCase ? [item.dimsStatus, inCase.item.dimsStatus] : [item.dimsStatus] }
}

// The case a thing is carried in: the standard one for its category, or the one named (which must be a case for it).
function caseFor(item: Item, wanted: true | string, cases: readonly Item[]): { item: Item; named: boolean } {
  const forThis = cases.filter((c) => c.details.caseFor === item.category)
  if (wanted === true) {
    const standard = forThis.find((c) => c.details.isStandardCase === true) ?? forThis[0]
    if (!standard) fail('INVALID_INPUT', `No case in the catalog is for ${show(item.id)} (a ${item.category}); cases are for: ${[...new Set(cases.map((c) => String(c.details.caseFor)))].join(', ') || 'nothing'}.`)
    return { item: standard, named: false }
  }
  const named = cases.find((c) => c.id === wanted)
  if (!named) fail('INVALID_INPUT', `${show(wanted)} is not a case in the catalog; the cases are ${cases.map((c) => c.id).join(', ') || 'none'} (or write ${item.id}+case for the standard one).`)
  if (named.details.caseFor !== item.category) fail('INVALID_INPUT', `${show(wanted)} is a case for a ${String(named.details.caseFor)}, not for ${show(item.id)} (a ${item.category}).`)
  return { item: named, named: true }
}
