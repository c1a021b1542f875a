import { bagInterior, parseBagSpec } from '../../bag/index.js'
import type { BagInterior, BagSpec } from '../../bag/index.js'
import type { Catalog, Dims, Item } from '../../catalog/index.js'
import { fail, show } from '../../errors.js'
import { formatSize, parseSize } from '../../geometry/units.js'
import type { FitItem } from '../../pack/types.js'
import type { ParsedOptions } from '../command.js'
import { catalogBagToSpec, unknownMaterialNote } from '../../services/catalog-bag.js'

/** A bag named on the command line, with the interior the bag layer derives for it. */
export interface ResolvedBag {
  /** The catalog id, or null for a bag given by its size. */
  id: string | null
  /** Words for people: `Coach Tabby 20` or `bag 120 × 90 × 50 mm`. */
  label: string
  spec: BagSpec
  interior: BagInterior
  /** What was assumed where the catalog said nothing (the shape's default closure, an unknown material). */
  notes: string[]
}

/**
 * The bag of `--bag ID` (looked up in the catalog; unknown ids get the closest ids) or `--bag-size SIZE` (with
 * `--shape`, default box), with `--shape`, `--material` and `--closure` overriding either. Throws `INVALID_INPUT`
 * when neither or both are given, `INVALID_BAG` when a catalog bag lacks a side, and the bag layer's errors for
 * bad names or a bag that leaves no room. `say` receives diagnostics for stderr (the unit a size was read in).
 */
export async function readBag(
  options: ParsedOptions,
  catalog: Catalog,
  say: (line: string) => void,
): Promise<ResolvedBag> {
  const hasId = options.bag !== undefined
  const hasSize = options.bagSize !== undefined
  if (hasId === hasSize) {
    fail(
      'INVALID_INPUT',
      hasId
        ? 'Give either --bag ID or --bag-size SIZE, not both.'
        : 'Say which bag: --bag ID (from the catalog) or --bag-size 12x9x5cm --shape trapezoid (width × height × depth).',
    )
  }
  const notes: string[] = []
  let raw: Record<string, unknown>
  let id: string | null = null
  let label: string
  if (hasId) {
    id = String(options.bag)
    const bag = await catalog.get('bags', id)
    const spec = catalogBagToSpec(bag)
    if (
      'missing' in spec &&
      (options.shape === undefined ||
        bag.exteriorMm.w === null ||
        bag.exteriorMm.h === null ||
        bag.exteriorMm.d === null)
    ) {
      fail(
        'INVALID_BAG',
        `Bag ${show(id)} has ${spec.missing}, so its interior cannot be derived. Give its size instead: --bag-size WxHxD --shape SHAPE.`,
      )
    }
    raw =
      'missing' in spec
        ? { exteriorMm: bag.exteriorMm, ...(bag.closure && { closure: bag.closure }) }
        : { ...spec }
    const unknownMaterial = 'missing' in spec ? null : unknownMaterialNote(bag, spec)
    if (unknownMaterial) notes.push(unknownMaterial)
    if (bag.closure === null && options.closure === undefined)
      notes.push("no closure recorded in the catalog: the shape's usual closure applies")
    // The size name without its commentary: "25 (smallest classic size)" reads as "25".
    label = [bag.brand, bag.model, bag.sizeName?.split(' (')[0]].filter(Boolean).join(' ')
  } else {
    const text = String(options.bagSize)
    const { sizeMm, unit } = parseSize(text, 3)
    const [w, h, d] = sizeMm as [number, number, number]
    say(`Read --bag-size ${text} as ${formatSize([w, h, d])} (width × height × depth, ${unit}).`)
    raw = { exteriorMm: { w, h, d }, shape: 'box' }
    label = `bag ${formatSize([w, h, d])}`
  }
  if (options.shape !== undefined) raw.shape = String(options.shape)
  if (options.material !== undefined) raw.material = String(options.material)
  if (options.closure !== undefined) raw.closure = String(options.closure)
  const spec = parseBagSpec(raw)
  return { id, label, spec, interior: bagInterior(spec), notes }
}

/**
 * The items of `--items id[:count],id...` (after those of the kit `kitId`, if given) from the catalog, as fit items
 * (any rotation). Counts add up when an id repeats. Throws `INVALID_INPUT` for a missing list, a bad count or an item with a missing side, and
 * `ITEM_NOT_FOUND` (`KIT_NOT_FOUND`) with the closest ids for an unknown id.
 */
export async function readItems(value: unknown, catalog: Catalog, kitId?: string): Promise<FitItem[]> {
  const text = Array.isArray(value)
    ? value.join(',')
    : value === undefined || value === true
      ? ''
      : String(value)
  const entries = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (entries.length === 0 && kitId === undefined)
    fail(
      'INVALID_INPUT',
      'Say what to fit: --items ID[,ID...], each id from the catalog, optionally with a count (iso-7810-id1-card:3), or --kit ID.',
    )
  const counts = new Map<string, number>()
  // A kit's lines first, in its order; --items add to them.
  if (kitId !== undefined) {
    const kit = await catalog.get('kits', kitId)
    for (const line of await catalog.kitItems(kit))
      counts.set(line.item.id, (counts.get(line.item.id) ?? 0) + line.count)
  }
  for (const entry of entries) {
    // Ids never hold a colon: what follows the first one is the count, and must be a whole number (not -2, 1.5).
    const match = /^([^:]*)(?::(.*))?$/.exec(entry)!
    const count = match[2] === undefined ? 1 : /^\d+$/.test(match[2].trim()) ? Number(match[2]) : NaN
    if (match[1]!.trim() === '')
      fail(
        'INVALID_INPUT',
        `No item id in ${show(entry)}: expected ID or ID:COUNT, e.g. iso-7810-id1-card:3.`,
      )
    if (!Number.isInteger(count) || count < 1 || count > 500)
      fail(
        'INVALID_INPUT',
        `Bad count in ${show(entry)}: expected a whole number from 1 to 500 after the colon, e.g. iso-7810-id1-card:3.`,
      )
    const id = match[1]!.trim()
    counts.set(id, (counts.get(id) ?? 0) + count)
  }
  const items: FitItem[] = []
  for (const [id, count] of counts) {
    const item = await catalog.get('items', id)
    const size = itemSize(item)
    if (typeof size === 'string')
      fail(
        'INVALID_INPUT',
        `Item ${show(id)} has ${size}, so it cannot be packed; see micropurse catalog show ${id}.`,
      )
    items.push({ id, size, count })
  }
  return items
}

/** An item's bounding box as [w, d, h] mm, or why there is none (`no depth in the catalog (sourced-2d-only)`). */
export function itemSize(item: Item): [number, number, number] | string {
  const gaps = missingSides(item.dimsMm)
  if (gaps.length > 0) return `no ${gaps.join(', ')} in the catalog (${item.dimsStatus})`
  return [item.dimsMm.w!, item.dimsMm.d!, item.dimsMm.h!]
}

/** Parses `--time-limit` (milliseconds), or returns the default. */
export function readTimeLimit(value: unknown, defaultMs: number): number {
  if (value === undefined) return defaultMs
  const ms = Number(value)
  if (!(Number.isFinite(ms) && ms > 0 && ms <= 600_000))
    fail(
      'INVALID_OPTION',
      `--time-limit must be milliseconds above 0 and at most 600000, got ${show(value)}.`,
    )
  return ms
}

/** The derivation of a bag for people: where it comes from, what was assumed, then the bag layer's explanation. */
export function describeBag(bag: ResolvedBag): string[] {
  const head = bag.id ? `${bag.label} (${bag.id})` : bag.label
  return [
    `${head}, ${bag.spec.shape}:`,
    ...bag.notes.map((n) => `  note: ${n}`),
    ...bag.interior.explanation.map((line) => `  ${line}`),
  ]
}

function missingSides(dims: Dims): string[] {
  return (['w', 'h', 'd'] as const)
    .filter((k) => dims[k] === null)
    .map((k) => ({ w: 'width', h: 'height', d: 'depth' })[k])
}
