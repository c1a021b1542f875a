import { unionVolumeExact } from '../geometry/box.js'
import { decimalString } from '../geometry/decimal.js'
import type { Budget } from './budget.js'
import { extents, type ItemType, type Model } from './model.js'
import { largestReachable, reachableSums } from './sums.js'
import type { FitProof } from './types.js'

/**
 * Cheap proofs that a problem cannot fit, tried before any search. Each is a `Prover`: it returns a proof or null,
 * charges its work to the budget, and is sound (it never rules out a problem that has a packing). Areas and volumes
 * compare in BigInt, since in fine units they pass 2^53.
 */
export type Prover = (model: Model, budget: Budget) => FitProof | null

/** An item with no allowed orientation inside the container's bounding box. */
export const itemTooLarge: Prover = (model, budget) => {
  budget.spend(model.types.length)
  const t = model.types.find((t) => t.withinBox === 0)
  return t ? { kind: 'item-too-large', itemId: t.id } : null
}

/** An item that fits the container's box in some orientation, but in none that passes the opening. */
export const openingTooSmall: Prover = (model, budget) => {
  budget.spend(model.types.length)
  const t = model.types.find((t) => t.withinBox > 0 && t.orients.length === 0)
  return t ? { kind: 'opening', itemId: t.id, rule: model.openingRule } : null
}

/** Total item volume against the free volume (the container less the union of its blocked regions). */
export const volumeBound: Prover = (model, budget) => {
  const free = freeVolume(model, budget)
  const need = itemsVolume(model)
  return need > free ? { kind: 'volume', needMm3: volumeMm3(model, need), haveMm3: volumeMm3(model, free) } : null
}

/**
 * The container cut down to what items can fill: pushed toward the origin, a packing ends, along each axis, at a sum
 * of item extents, so no item reaches past the largest such sum that is at most the length. Volume against that
 * smaller box. (For plain boxes; with blocked regions the sums start from their faces too, and the reach decides.)
 *
 *   width 100, items 30 wide:  30 + 30 + 30 = 90 is the most they can fill, so 10 of the width is lost to all of them
 */
export const reducedVolumeBound: Prover = (model, budget) => {
  if (model.blocked.length > 0) return null
  const reduced = reducedLengths(model, budget)
  if (!reduced || reduced.every((v, k) => v === model.L[k])) return null
  const box = reduced.map(BigInt)
  const free = box[0]! * box[1]! * box[2]!
  const need = itemsVolume(model)
  return need > free ? { kind: 'reduced-volume', reducedMm: reduced.map((v) => lengthMm(model, v)) as [string, string, string], needMm3: volumeMm3(model, need), haveMm3: volumeMm3(model, free) } : null
}

/**
 * Per axis, the largest sum of item extents (one per copy, any allowed extent, or none) from a wall or a blocked
 * region's far face that is at most the length; null when the sums are too many to list (then nothing is cut).
 */
function reducedLengths(model: Model, budget: Budget): [number, number, number] | null {
  const out: number[] = []
  for (let axis = 0; axis < 3; axis++) {
    const L = model.L[axis]!
    const bases = [0, ...model.blocked.map((b) => b[axis + 3]!).filter((v) => v < L)]
    const sums = reachableSums(L, bases, copyExtents(model, axis), budget)
    if (!sums) return null
    out.push(largestReachable(sums, L))
  }
  return out as [number, number, number]
}

/**
 * Two items that cannot both be in the container: no choice of orientations puts them side by side along any axis
 * (each is too long to share that axis with the other). Blocked regions are ignored, which only makes room.
 */
export const pairConflict: Prover = (model, budget) => {
  const types = model.types
  for (let i = 0; i < types.length; i++) {
    for (let j = i; j < types.length; j++) {
      if (i === j && types[i]!.count < 2) continue
      budget.spend(1 + types[i]!.orients.length * types[j]!.orients.length)
      if (!canCoexist(types[i]!, types[j]!, model.L)) {
        return { kind: 'conflict', itemIds: i === j ? [types[i]!.id, types[i]!.id] : [types[i]!.id, types[j]!.id] }
      }
    }
  }
  return null
}

function canCoexist(a: ItemType, b: ItemType, L: readonly number[]): boolean {
  for (const oa of a.orients) {
    const ea = extents(oa)
    for (const ob of b.orients) {
      const eb = extents(ob)
      // Side by side along axis k: their extents along k add up within the container.
      for (let k = 0; k < 3; k++) if (ea[k]! + eb[k]! <= L[k]!) return true
    }
  }
  return false
}

/**
 * Items that cannot stand one behind another along an axis must sit side by side across it: their shadows on the
 * face across that axis cannot overlap. Two items cannot share an axis when even their shortest possible extents
 * along it add up to more than the container's length. That relation is a threshold graph, so its heaviest clique
 * (by shadow area) is found exactly by trying each item as the clique's shallowest member.
 *
 *   depth 50.5 mm:  B (40.7) + E (41.7) > 50.5, B + D (24.9) > 50.5, D + E > 50.5
 *   so B, D and E must all face the front: their fronts need more than the 148.7 × 123.4 mm face has.
 *
 * Blocked regions are left out (fewer obstacles can only make room).
 */
export const projectionBound: Prover = (model, budget) => {
  for (const clique of shadowCliques(model, budget)) {
    if (clique.area > clique.faceArea) {
      return {
        kind: 'projection',
        axis: clique.axis,
        itemIds: clique.members.flatMap((m) => new Array<string>(m.count).fill(m.id)),
        needMm2: areaMm2(model, clique.area),
        haveMm2: areaMm2(model, clique.faceArea),
      }
    }
  }
  return null
}

/** A set of item copies that must all share the face across `axis`, with the shadows each may cast on it. */
export interface ShadowClique {
  axis: number
  /** The two axes of the face, in order. */
  face: [number, number]
  faceArea: bigint
  /** The least total shadow area of the members. */
  area: bigint
  members: { id: string; type: number; count: number; shadows: [number, number][] }[]
}

/**
 * The largest sets of copies that cannot share `axis` (one per shallowest member kind, see `projectionBound`), for
 * each axis, fullest face first. Works on kinds with counts, so 500 copies of one thing cost as much as one.
 */
export function shadowCliques(model: Model, budget: Budget): ShadowClique[] {
  const out: ShadowClique[] = []
  for (let axis = 0; axis < 3; axis++) {
    const L = model.L[axis]!
    const face = [0, 1, 2].filter((k) => k !== axis) as [number, number]
    const faceArea = BigInt(model.L[face[0]]!) * BigInt(model.L[face[1]]!)
    // Per kind: the shortest extent along the axis, the smallest shadow and every shadow.
    const kinds = model.types
      .filter((t) => t.orients.length > 0)
      .map((t) => {
        let depth = Infinity
        let shadow = -1n
        const shadows = new Map<string, [number, number]>()
        for (const o of t.orients) {
          const e = extents(o)
          depth = Math.min(depth, e[axis]!)
          const area = BigInt(e[face[0]]!) * BigInt(e[face[1]]!)
          if (shadow < 0n || area < shadow) shadow = area
          shadows.set(`${e[face[0]]},${e[face[1]]}`, [e[face[0]]!, e[face[1]]!])
        }
        return { id: t.id, type: t.index, count: t.count, depth, shadow, shadows: [...shadows.values()] }
      })
      .sort((x, y) => y.depth - x.depth || x.type - y.type)
    budget.spend(kinds.length * kinds.length)
    // The clique whose shallowest members are kind s: the copies of s that cannot share the axis with each other
    // (all of them when two are too deep together, else one), and every deeper kind too deep to share it with s.
    for (let s = 0; s < kinds.length; s++) {
      const shallow = kinds[s]!
      const own = 2 * shallow.depth > L ? shallow.count : 1
      const members = kinds.slice(0, s).filter((c) => c.depth + shallow.depth > L).map((c) => ({ ...c, count: 2 * c.depth > L ? c.count : 1 }))
      if (members.length === 0 && own < 2) continue
      members.push({ ...shallow, count: own })
      members.sort((x, y) => x.type - y.type)
      const area = members.reduce((sum, c) => sum + c.shadow * BigInt(c.count), 0n)
      out.push({ axis, face, faceArea, area, members: members.map(({ id, type, count, shadows }) => ({ id, type, count, shadows })) })
    }
  }
  // Fullest first: compare area/faceArea exactly by cross-multiplying.
  return out.sort((a, b) => (b.area * a.faceArea > a.area * b.faceArea ? 1 : b.area * a.faceArea < a.area * b.faceArea ? -1 : 0))
}

/**
 * The dual-feasible-function bound of Fekete and Schepers (2004) with the family f_ε of Martello, Pisinger and
 * Vigo: along an axis of length L, an extent x counts as L when x > L − ε (nothing else fits beside it), as 0 when
 * x < ε, and as itself otherwise, for ε ≤ L/2. Applied to all three axes, the transformed volumes of any feasible
 * packing still add up to at most the container's volume; each item takes its most favourable orientation.
 * Blocked regions are left out (fewer obstacles can only make room).
 */
export const dualFeasibleBound: Prover = (model, budget) => {
  // An item with no orientation at all is the first bound's to refuse.
  if (model.types.some((t) => t.orients.length === 0)) return null
  const L = model.L
  const capacity = BigInt(L[0]) * BigInt(L[1]) * BigInt(L[2])
  const eps = [0, 1, 2].map((k) => epsilonCandidates(model, k, MAX_EPSILONS_PER_AXIS))
  // In doubles while every partial sum stays below 2^53 (exact), in BigInt past that.
  const safe = L[0] * L[1] * L[2] * (model.totalCount + 1) <= Number.MAX_SAFE_INTEGER
  const orientCount = model.types.reduce((s, t) => s + t.orients.length, 0)
  for (const e0 of eps[0]!) {
    for (const e1 of eps[1]!) {
      for (const e2 of eps[2]!) {
        if (e0 === 0 && e1 === 0 && e2 === 0) continue // plain volume, checked already
        if (!budget.spend(1 + orientCount)) return null
        let total = 0n
        let totalNumber = 0
        for (const t of model.types) {
          let best = Infinity
          for (const o of t.orients) {
            const v = f(o.w, L[0], e0) * f(o.d, L[1], e1) * f(o.h, L[2], e2)
            if (v < best) best = v
          }
          if (safe) totalNumber += best * t.count
          else {
            let bestExact = -1n
            for (const o of t.orients) {
              const v = BigInt(f(o.w, L[0], e0)) * BigInt(f(o.d, L[1], e1)) * BigInt(f(o.h, L[2], e2))
              if (bestExact < 0n || v < bestExact) bestExact = v
            }
            total += bestExact * BigInt(t.count)
          }
        }
        if (safe) total = BigInt(totalNumber)
        if (total > capacity) return { kind: 'dual-feasible', epsilonMm: [e0, e1, e2].map((e) => lengthMm(model, e)) as [string, string, string], needMm3: volumeMm3(model, total), haveMm3: volumeMm3(model, capacity) }
      }
    }
  }
  return null
}

// Values of ε tried per axis (12³ combinations at most): enough to catch the long items of bag problems.
const MAX_EPSILONS_PER_AXIS = 12

function f(x: number, L: number, eps: number): number {
  if (x > L - eps) return L
  if (x < eps) return 0
  return x
}

// Thresholds where f_ε changes its verdict for some item: just above an extent (it vanishes) and just above
// L − extent (it becomes full), kept to at most `max` values spread over the range.
function epsilonCandidates(model: Model, axis: number, max: number): number[] {
  const L = model.L[axis]!
  const set = new Set<number>([0])
  for (const t of model.types) {
    for (const o of t.orients) {
      const x = extents(o)[axis]!
      for (const e of [x + 1, L - x + 1]) if (e > 0 && e <= L / 2) set.add(e)
    }
  }
  const sorted = [...set].sort((a, b) => a - b)
  if (sorted.length <= max) return sorted
  const picked = new Set<number>([0])
  for (let i = 1; i < max; i++) picked.add(sorted[Math.round((i * (sorted.length - 1)) / (max - 1))]!)
  return [...picked]
}

/** Each copy's allowed extents along an axis (one list per copy), for subset sums. */
export function copyExtents(model: Model, axis: number): number[][] {
  const out: number[][] = []
  for (const t of model.types) {
    const along = [...new Set(t.orients.map((o) => extents(o)[axis]!))]
    for (let c = 0; c < t.count; c++) out.push(along)
  }
  return out
}

/** The items' total volume in model units³, exactly. */
function itemsVolume(model: Model): bigint {
  let need = 0n
  for (const t of model.types) need += BigInt(t.size[0]) * BigInt(t.size[1]) * BigInt(t.size[2]) * BigInt(t.count)
  return need
}

/** The container's volume less the union of its blocked regions, in model units³, exactly. */
function freeVolume(model: Model, budget: Budget): bigint {
  const [W, D, H] = model.L.map(BigInt) as [bigint, bigint, bigint]
  if (model.blocked.length === 0) return W * D * H
  budget.spend(model.blocked.length ** 3)
  return W * D * H - unionVolumeExact(model.blocked.map((b) => ({ at: [b[0]!, b[1]!, b[2]!], size: [b[3]! - b[0]!, b[4]! - b[1]!, b[5]! - b[2]!] })))
}

/** Model units³ as an exact decimal string of cubic millimetres (volumes pass 2^53 in fine units). */
function volumeMm3(model: Model, v: bigint): string {
  return decimalString(v * model.unitDigits ** 3n, model.unitScale * 3)
}

/** Model units² as an exact decimal string of square millimetres. */
function areaMm2(model: Model, v: bigint): string {
  return decimalString(v * model.unitDigits ** 2n, model.unitScale * 2)
}

/** A model length as an exact decimal string of millimetres. */
export function lengthMm(model: Model, v: number): string {
  return decimalString(BigInt(v) * model.unitDigits, model.unitScale)
}
