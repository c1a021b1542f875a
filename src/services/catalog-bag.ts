import { bagInterior, MATERIAL_NAMES, normaliseName, parseBagSpec } from '../bag/index.js'
import type { BagInterior, BagSpec, MaterialName } from '../bag/index.js'
import type { Bag, Catalog, DimsStatus, Item } from '../catalog/index.js'
import { fail, MicropurseError, show } from '../errors.js'
import { pricePerMlUsd } from './price-per-ml.js'
import type { PricePerMlUsd } from './price-per-ml.js'

/** A catalog bag's derived interior and what it costs per millilitre (in US dollars), or why there is none. */
export type BagRoom =
  | { kind: 'derived'; interior: BagInterior; pricePerMl: PricePerMlUsd | null }
  | { kind: 'unknown'; reason: string }

/**
 * Turns a catalog bag into the bag layer's spec: exterior sizes, shape, and closure and material where the catalog
 * names one the bag layer knows (the catalog keeps materials in words, "coated canvas: Monogram", read by
 * `materialFromWords` as the bag layer's `coated-canvas`; otherwise the shape's defaults apply). `undefined`, with the reason, when a side or
 * the shape is missing: the catalog never invents a size.
 */
export function catalogBagToSpec(bag: Bag): BagSpec | { missing: string } {
  const { w, h, d } = bag.exteriorMm
  if (w === null || h === null || d === null || bag.shape === null) {
    const gaps = [
      w === null && 'width',
      h === null && 'height',
      d === null && 'depth',
      bag.shape === null && 'shape',
    ].filter(Boolean)
    return { missing: `no ${gaps.join(', ')} in the catalog (${bag.dimsStatus})` }
  }
  const spec: BagSpec = { exteriorMm: { w, h, d }, shape: bag.shape }
  if (bag.closure) spec.closure = bag.closure
  const material = bag.material ? materialFromWords(bag.material) : null
  if (material) spec.material = material
  const inside = bag.interiorMm
  if (inside && inside.w !== null && inside.h !== null && inside.d !== null)
    spec.interiorMm = { w: inside.w, h: inside.h, d: inside.d }
  return spec
}

/**
 * The bag layer's material for the catalog's words: the material named first, as a phrase, among the bag layer's
 * names (`coated canvas: Monogram canvas with vachetta trim` is `coated-canvas`, `structured leather (Epsom)` is
 * `structured-leather`; `metal case` is `metal-frame`). `null` when the words name none of them.
 */
export function materialFromWords(words: string): MaterialName | null {
  const text = `-${normaliseName(words).replace(/[^a-z0-9]+/g, '-')}-`
  const phrases: [string, MaterialName][] = [
    ...MATERIAL_NAMES.map((name): [string, MaterialName] => [name, name]),
    ['metal-case', 'metal-frame'],
  ]
  let best: { at: number; name: MaterialName } | null = null
  for (const [phrase, name] of phrases) {
    const at = text.indexOf(`-${phrase}-`)
    if (at >= 0 && (best === null || at < best.at)) best = { at, name }
  }
  return best?.name ?? null
}

/**
 * Derives the interior of a catalog bag with the bag layer, and its price per millilitre in US dollars where the
 * catalog has the price in dollars (see `pricePerMlUsd`: one currency, so bags compare).
 */
export function bagRoom(bag: Bag): BagRoom {
  const spec = catalogBagToSpec(bag)
  if ('missing' in spec) return { kind: 'unknown', reason: spec.missing }
  const interior = bagInterior(spec)
  return { kind: 'derived', interior, pricePerMl: pricePerMlUsd(bag, interior.volumeMl) }
}

/**
 * A catalog bag's price per millilitre of free interior in US dollars, or null: no dollar price, no size the bag
 * layer can work from, or walls that leave no room (nothing to divide by; a listing still lists the bag).
 */
export function pricePerMlOf(bag: Bag): PricePerMlUsd | null {
  try {
    const room = bagRoom(bag)
    return room.kind === 'derived' ? room.pricePerMl : null
  } catch (error) {
    if (error instanceof MicropurseError && error.isUserError) return null
    throw error
  }
}

/** A note when the catalog names a material in words the bag layer does not know (the shape's default applies). */
export function unknownMaterialNote(bag: Bag, spec: BagSpec): string | null {
  return bag.material && spec.material === undefined
    ? `the catalog's material ${show(bag.material)} is not one the bag layer knows; the shape's usual material applies`
    : null
}

/** A catalog bag with the container the bag layer derives for it. */
export interface ResolvedCatalogBag {
  id: string
  /** Words for people: `Coach Tabby 20`. */
  label: string
  spec: BagSpec
  interior: BagInterior
  /** What was assumed where the catalog said nothing (the shape's default closure, a material in other words). */
  notes: string[]
  /** How solid the catalog's size is, for the closeness of a verdict. */
  dimsStatus: DimsStatus
}

/**
 * Looks a bag up by id and derives its interior. Throws `BAG_NOT_FOUND` (with the closest ids) for an unknown id,
 * `INVALID_BAG` when the catalog lacks a side or the shape, and the bag layer's errors for a bag that leaves no room.
 * The catalog keeps materials in words ("structured leather"): one the bag layer knows is used, others are noted.
 */
export async function resolveCatalogBag(catalog: Catalog, id: string): Promise<ResolvedCatalogBag> {
  const bag = await catalog.get('bags', id)
  const spec = catalogBagToSpec(bag)
  if ('missing' in spec) {
    fail(
      'INVALID_BAG',
      `Bag ${show(id)} has ${spec.missing}, so its interior cannot be derived; give a fit problem with the container's size instead.`,
    )
  }
  const notes: string[] = []
  const raw: Record<string, unknown> = { ...spec }
  const unknownMaterial = unknownMaterialNote(bag, spec)
  if (unknownMaterial) notes.push(unknownMaterial)
  if (bag.closure === null)
    notes.push("no closure recorded in the catalog: the shape's usual closure applies")
  const parsed = parseBagSpec(raw)
  return {
    id: bag.id,
    label: [bag.brand, bag.model, bag.sizeName].filter(Boolean).join(' '),
    spec: parsed,
    interior: bagInterior(parsed),
    notes,
    dimsStatus: bag.dimsStatus,
  }
}

/** An item's bounding box as `[w, d, h]` mm for the fit engine, or why there is none (a side the catalog lacks). */
export function itemFitSize(item: Item): [number, number, number] | string {
  const { w, h, d } = item.dimsMm
  const gaps = (['w', 'h', 'd'] as const)
    .filter((k) => item.dimsMm[k] === null)
    .map((k) => ({ w: 'width', h: 'height', d: 'depth' })[k])
  if (gaps.length > 0) return `no ${gaps.join(', ')} in the catalog (${item.dimsStatus})`
  return [w!, d!, h!]
}
