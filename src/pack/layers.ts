import { lengthMm, type Prover } from './bounds.js'
import { extents } from './model.js'
import { largestReachable, reachableSums } from './sums.js'

/**
 * Copies of one kind that every allowed way lies the same length e along an axis (an `upright` thing's height, or
 * everything about a `none` thing) stack in layers: pushed toward the wall across that axis, each copy rests on the
 * wall or on another copy, so it starts at a multiple of e, and at most ⌊L / e⌋ layers fit. In one layer the copies'
 * cross-sections lie side by side on the face, and pushed toward a corner there they fill at most R₁ × R₂, the
 * largest sums of their sides along the face's two axes; so a layer holds at most ⌊R₁ · R₂ / (their area)⌋. More
 * copies than layers × that cannot fit, whatever else is in the container (the other items and blocked regions only
 * take room).
 *
 *   side view, height 33.4, copies 9.4 tall:   3 layers (28.2), and a 6.6 gap no copy can use
 *   +---------------------+
 *   |......gap............|       the volume bound counts the gap's share of a fourth layer;
 *   |=== === === === ===  |       the layers do not: 3 × 33 = 99 copies, not the 101 the volume allows
 *   |=== === === === ===  |
 *   |=== === === === ===  |
 *   +---------------------+
 *
 * A unit per copy in each subset-sum pass, and one per kind and axis.
 */
export const layerBound: Prover = (model, budget) => {
  for (const t of model.types) {
    if (t.count < 2 || t.orients.length === 0) continue
    for (let axis = 0; axis < 3; axis++) {
      if (!budget.spend(1)) return null
      // The same length along the axis every allowed way it lies.
      const e = extents(t.orients[0]!)[axis]!
      if (t.orients.some((o) => extents(o)[axis] !== e)) continue
      const layers = Math.floor(model.L[axis]! / e)
      const face = [0, 1, 2].filter((k) => k !== axis) as [number, number]
      // The most one layer's cross-sections fill along each of the face's axes (one side per copy).
      const reduced: number[] = []
      for (const k of face) {
        const along = [...new Set(t.orients.map((o) => extents(o)[k]!))]
        const sums = reachableSums(model.L[k]!, [0], new Array<number[]>(t.count).fill(along), budget)
        if (!sums) break
        reduced.push(largestReachable(sums, model.L[k]!))
      }
      if (reduced.length < 2) continue
      const o = extents(t.orients[0]!)
      const area = BigInt(o[face[0]]!) * BigInt(o[face[1]]!)
      const perLayer = (BigInt(reduced[0]!) * BigInt(reduced[1]!)) / area
      if (BigInt(t.count) > BigInt(layers) * perLayer) {
        return {
          kind: 'layers',
          itemId: t.id,
          axis,
          layers,
          perLayer: Number(perLayer),
          reducedMm: [lengthMm(model, reduced[0]!), lengthMm(model, reduced[1]!)],
        }
      }
    }
  }
  return null
}
