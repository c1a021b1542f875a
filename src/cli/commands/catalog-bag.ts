import { bagInterior, MATERIAL_NAMES, pricePerMl } from '../../bag/index.js'
import type { BagInterior, BagSpec, MaterialName } from '../../bag/index.js'
import type { Bag } from '../../catalog/index.js'

/** A catalog bag's derived interior and what it costs per millilitre, or why there is none. */
export type BagRoom =
  | { kind: 'derived'; interior: BagInterior; pricePerMl: { amount: number; currency: string } | null }
  | { kind: 'unknown'; reason: string }

/**
 * Turns a catalog bag into the bag layer's spec: exterior sizes, shape, and closure and material where the catalog
 * names one the bag layer knows (otherwise the shape's defaults apply). `undefined`, with the reason, when a side or
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
  if (bag.material && (MATERIAL_NAMES as string[]).includes(bag.material))
    spec.material = bag.material as MaterialName
  const inside = bag.interiorMm
  if (inside && inside.w !== null && inside.h !== null && inside.d !== null)
    spec.interiorMm = { w: inside.w, h: inside.h, d: inside.d }
  return spec
}

/** Derives the interior of a catalog bag with the bag layer, and its price per millilitre where a price is known. */
export function bagRoom(bag: Bag): BagRoom {
  const spec = catalogBagToSpec(bag)
  if ('missing' in spec) return { kind: 'unknown', reason: spec.missing }
  const interior = bagInterior(spec)
  const perMl =
    bag.price && interior.volumeMl > 0
      ? {
          amount: Math.round(pricePerMl(bag.price.amount, interior.volumeMl) * 100) / 100,
          currency: bag.price.currency,
        }
      : null
  return { kind: 'derived', interior, pricePerMl: perMl }
}
