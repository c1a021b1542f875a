import { bagInterior, parseBagSpec } from '../../bag/index.js'
import type { BagInterior, BagSpec } from '../../bag/index.js'
import type { Catalog, DimsStatus } from '../../catalog/index.js'
import { fail, show } from '../../errors.js'
import { formatSize, parseSize } from '../../geometry/units.js'
import type { ParsedOptions } from '../command.js'
import { catalogBagToSpec, unknownMaterialNote } from '../../services/catalog-bag.js'
import { parseItemRef, resolveItems, type ResolvedItems } from '../../services/catalog-items.js'

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
  /** How solid the catalog's size is (null for a size typed in), for the closeness of a verdict. */
  dimsStatus: DimsStatus | null
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
  let dimsStatus: DimsStatus | null = null
  if (hasId) {
    id = String(options.bag)
    const bag = await catalog.get('bags', id)
    dimsStatus = bag.dimsStatus
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
  return { id, label, spec, interior: bagInterior(spec), notes, dimsStatus }
}

/**
 * The things of `--items ID[:N],ID+case,ID+CASE_ID,...` (after those of the kit `kitId`, if given) from the catalog,
 * as fit items: turning by any angle, soft things squeezable, things in a case grown by it (see `resolveItems`).
 * The same id twice adds up. Throws `INVALID_INPUT` for a missing list, a bad count or a thing with a missing side,
 * and `ITEM_NOT_FOUND` (`KIT_NOT_FOUND`) with the closest ids for an unknown id.
 */
export async function readItems(value: unknown, catalog: Catalog, kitId?: string): Promise<ResolvedItems> {
  const text = Array.isArray(value) ? value.join(',') : value === undefined || value === true ? '' : String(value)
  const entries = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (entries.length === 0 && kitId === undefined) fail('INVALID_INPUT', 'Say what to fit: --items ID[,ID...], each id from the catalog, optionally with a count (iso-7810-id1-card:3) or in its case (apple-iphone-15+case), or --kit ID.')
  return resolveItems(catalog, entries.map(parseItemRef), kitId)
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

