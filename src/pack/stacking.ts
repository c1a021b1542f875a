import type { Budget } from './budget.js'
import { lengthMm } from './bounds.js'
import { extents, type Model } from './model.js'
import { thinnestAlong, type Reach } from './reach.js'
import type { FitProof } from './types.js'

// Cliques tried before the bound gives up (it is only a bound: giving up is always sound).
const MAX_CLIQUE_STEPS = 20_000

/**
 * Items that can never sit apart across a face must lie one behind another through it, and their depths must add up
 * within the container's length. Two items "sit apart" across the face perpendicular to `axis` when some placement of
 * each, clear of the blocked regions, leaves their shadows on that face disjoint: a line along one of the face's axes
 * separates them, which the items' reaches decide exactly. When every pair of a set of items overlaps in shadow,
 * all their shadows share a point (boxes that pairwise overlap have a common point), so the line along `axis` through
 * it crosses every one of them.
 *
 *   round bag, front view       four phones and a flip phone each need the middle of the circle:
 *        ╭──────╮               no two fit side by side, so they stack front to back,
 *      ╭─┤ ▓▓▓▓ ├─╮             8.5 + 7.2 + 7.8 + 8.6 + 14.9 = 47 mm through a 45.9 mm depth.
 *      │ │ ▓▓▓▓ │ │
 *      ╰─┤ ▓▓▓▓ ├─╯
 *        ╰──────╯
 *
 * `reaches[t][o]` is the reach of orientation o of type t (null where it has no room). Returns a proof or null.
 */
export function stackingBound(model: Model, reaches: readonly (readonly (Reach | null)[])[], budget: Budget): FitProof | null {
  for (let axis = 0; axis < 3; axis++) {
    const face = [0, 1, 2].filter((k) => k !== axis) as [number, number]
    // 1. Per type: its shallowest depth along the axis over the orientations that have room.
    const depth = thinnestAlong(model, reaches, axis)
    // 2. Which pairs of types (a type with itself for its copies) can never sit apart across the face.
    const n = model.types.length
    budget.spend(model.types.length * model.types.length)
    const together = (a: number, b: number) => !canSitApart(model, reaches, a, b, face)
    const self = model.types.map((t, ti) => t.count >= 2 && together(ti, ti))
    const weight = model.types.map((t, ti) => depth[ti]! * (self[ti] ? t.count : 1))
    const adjacent: boolean[][] = Array.from({ length: n }, () => new Array<boolean>(n).fill(false))
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) adjacent[a]![b] = adjacent[b]![a] = together(a, b)
    // 3. The heaviest set of types that pairwise never sit apart; too heavy for the length means no packing.
    const clique = heaviestClique(weight, adjacent, model.L[axis]!, budget)
    if (clique) {
      const itemIds = clique.flatMap((t) => new Array<string>(self[t] ? model.types[t]!.count : 1).fill(model.types[t]!.id))
      const need = clique.reduce((s, t) => s + weight[t]!, 0)
      return { kind: 'stacking', axis, itemIds, needMm: lengthMm(model, need), haveMm: lengthMm(model, model.L[axis]!) }
    }
  }
  return null
}

// Some orientation of each, placed clear of the blocked regions, with a line along a face axis between them.
function canSitApart(
  model: Model,
  reaches: readonly (readonly (Reach | null)[])[],
  a: number,
  b: number,
  face: readonly [number, number],
): boolean {
  const ta = model.types[a]!
  const tb = model.types[b]!
  for (let oa = 0; oa < ta.orients.length; oa++) {
    const ra = reaches[a]![oa]
    if (!ra) continue
    const ea = extents(ta.orients[oa]!)
    for (let ob = 0; ob < tb.orients.length; ob++) {
      const rb = reaches[b]![ob]
      if (!rb) continue
      const eb = extents(tb.orients[ob]!)
      for (const k of face) {
        // a as low as it goes ends before b as high as it goes, or the other way round.
        if (ra.least[k]! + ea[k]! <= rb.greatest[k]! || rb.least[k]! + eb[k]! <= ra.greatest[k]!) return true
      }
    }
  }
  return false
}

/**
 * A set of vertices, pairwise adjacent, whose weights add up to more than `limit`; null if there is none (or the
 * search gives up). Branch and bound over vertices heaviest first: a branch ends when even every remaining candidate
 * could not lift it over the limit.
 */
function heaviestClique(weight: readonly number[], adjacent: readonly (readonly boolean[])[], limit: number, budget: Budget): number[] | null {
  const order = weight.map((_, v) => v).filter((v) => weight[v]! > 0 && Number.isFinite(weight[v]!))
  order.sort((x, y) => weight[y]! - weight[x]!)
  let steps = 0
  const grow = (chosen: number[], total: number, candidates: number[]): number[] | null => {
    if (total > limit) return chosen
    if (++steps > MAX_CLIQUE_STEPS || !budget.spend(1 + candidates.length)) return null
    let rest = candidates.reduce((s, v) => s + weight[v]!, 0)
    for (let i = 0; i < candidates.length; i++) {
      if (total + rest <= limit) return null
      const v = candidates[i]!
      rest -= weight[v]!
      const next = candidates.slice(i + 1).filter((u) => adjacent[v]![u])
      const found = grow([...chosen, v], total + weight[v]!, next)
      if (found) return found
    }
    return null
  }
  return grow([], 0, order)
}
