import { extents, type ItemType, type Model } from './problem.js'
import type { FitProof } from './types.js'

/**
 * Cheap proofs that a problem cannot fit, tried before any search. Each returns a proof or null; a proof is always
 * sound (it never rules out a problem that has a packing).
 */

/** An item with no allowed orientation inside the container's bounding box. */
export function itemTooLarge(model: Model): FitProof | null {
  const [W, D, H] = model.L
  for (const t of model.types) {
    if (!t.orients.some((o) => o.w <= W && o.d <= D && o.h <= H)) return { kind: 'item-too-large', itemId: t.id }
  }
  return null
}

/** An item that cannot pass through the top opening: its two shorter sides must fit through it. */
export function openingTooSmall(model: Model): FitProof | null {
  if (!model.opening) return null
  const [u, v] = [...model.opening].sort((a, b) => a - b)
  for (const t of model.types) {
    const [a, b] = [...t.size].sort((x, y) => x - y)
    if (a! > u! || b! > v!) return { kind: 'opening', itemId: t.id }
  }
  return null
}

/** Total item volume against the free volume (container less the union of blocked regions), exact in BigInt. */
export function volumeBound(model: Model, blockedVolume: bigint): FitProof | null {
  const [W, D, H] = model.L.map(BigInt) as [bigint, bigint, bigint]
  const free = W * D * H - blockedVolume
  let need = 0n
  for (const t of model.types) need += BigInt(t.size[0]) * BigInt(t.size[1]) * BigInt(t.size[2]) * BigInt(t.count)
  if (need > free) return { kind: 'volume', itemsUm3: toUm3(need, model), freeUm3: toUm3(free, model) }
  return null
}

/**
 * Two items that cannot both be in the container: no choice of orientations puts them side by side along any axis
 * (each is too long to share that axis with the other). Blocked regions are ignored, which only makes room.
 */
export function pairConflict(model: Model): FitProof | null {
  const types = model.types
  for (let i = 0; i < types.length; i++) {
    for (let j = i; j < types.length; j++) {
      if (i === j && types[i]!.count < 2) continue
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
    if (ea[0]! > L[0]! || ea[1]! > L[1]! || ea[2]! > L[2]!) continue
    for (const ob of b.orients) {
      const eb = extents(ob)
      if (eb[0]! > L[0]! || eb[1]! > L[1]! || eb[2]! > L[2]!) continue
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
export function projectionBound(model: Model): FitProof | null {
  for (const clique of shadowCliques(model)) {
    if (clique.area > clique.faceArea) {
      const mm2 = (v: number) => v * (model.unitUm / 1000) ** 2
      return { kind: 'projection', axis: clique.axis, itemIds: clique.members.map((c) => c.id), needMm2: mm2(clique.area), haveMm2: mm2(clique.faceArea) }
    }
  }
  return null
}

/** A set of item copies that must all share the face across `axis`, with the shadow each may cast on it. */
export interface ShadowClique {
  axis: number
  /** The two axes of the face, in order. */
  face: [number, number]
  faceArea: number
  area: number
  members: { id: string; type: number; shadows: [number, number][] }[]
}

/**
 * The largest sets of copies that cannot share `axis` (one per shallowest member, see `projectionBound`), for each
 * axis, fullest face first.
 */
export function shadowCliques(model: Model): ShadowClique[] {
  const out: ShadowClique[] = []
  for (let axis = 0; axis < 3; axis++) {
    const L = model.L[axis]!
    const face = [0, 1, 2].filter((k) => k !== axis) as [number, number]
    const faceArea = model.L[face[0]]! * model.L[face[1]]!
    // Per copy: the shortest extent along the axis, the smallest shadow and every shadow, over orientations that fit.
    const copies: { id: string; type: number; depth: number; shadow: number; shadows: [number, number][] }[] = []
    for (const t of model.types) {
      let depth = Infinity
      let shadow = Infinity
      const shadows = new Map<string, [number, number]>()
      for (const o of t.orients) {
        const e = extents(o)
        if (e[0]! > model.L[0] || e[1]! > model.L[1] || e[2]! > model.L[2]) continue
        depth = Math.min(depth, e[axis]!)
        shadow = Math.min(shadow, e[face[0]]! * e[face[1]]!)
        shadows.set(`${e[face[0]]},${e[face[1]]}`, [e[face[0]]!, e[face[1]]!])
      }
      for (let c = 0; c < t.count; c++) copies.push({ id: t.id, type: t.index, depth, shadow, shadows: [...shadows.values()] })
    }
    copies.sort((x, y) => y.depth - x.depth)
    // The clique whose shallowest member is copy t: t and every deeper copy that cannot share the axis with it.
    for (let t = 0; t < copies.length; t++) {
      const shallow = copies[t]!
      const members = copies.slice(0, t).filter((c) => c.depth + shallow.depth > L)
      if (members.length === 0) continue
      members.push(shallow)
      members.sort((x, y) => x.type - y.type)
      const area = members.reduce((sum, c) => sum + c.shadow, 0)
      out.push({ axis, face, faceArea, area, members: members.map(({ id, type, shadows }) => ({ id, type, shadows })) })
    }
  }
  return out.sort((a, b) => b.area / b.faceArea - a.area / a.faceArea)
}

/**
 * The dual-feasible-function bound of Fekete and Schepers (2004) with the family f_ε of Martello, Pisinger and
 * Vigo: along an axis of length L, an extent x counts as L when x > L − ε (nothing else fits beside it), as 0 when
 * x < ε, and as itself otherwise, for ε ≤ L/2. Applied to all three axes, the transformed volumes of any feasible
 * packing still add up to at most the container's volume; each item takes its most favourable orientation.
 * Blocked regions are left out (fewer obstacles can only make room).
 */
export function dualFeasibleBound(model: Model, maxEpsilonsPerAxis = 12): FitProof | null {
  const L = model.L
  const n = model.totalCount
  const capacity = L[0] * L[1] * L[2]
  // Exact in doubles only while every partial sum stays below 2^53.
  if (capacity * (n + 1) > Number.MAX_SAFE_INTEGER) return null
  const eps = [0, 1, 2].map((k) => epsilonCandidates(model, k, maxEpsilonsPerAxis))
  for (const e0 of eps[0]!) {
    for (const e1 of eps[1]!) {
      for (const e2 of eps[2]!) {
        if (e0 === 0 && e1 === 0 && e2 === 0) continue // plain volume, checked already
        let total = 0
        for (const t of model.types) {
          let best = Infinity
          for (const o of t.orients) {
            const v = f(o.w, L[0], e0) * f(o.d, L[1], e1) * f(o.h, L[2], e2)
            if (v < best) best = v
          }
          total += best * t.count
          if (total > capacity) return { kind: 'dual-feasible', value: total / capacity }
        }
      }
    }
  }
  return null
}

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

function toUm3(v: bigint, model: Model): number {
  return Number(v) * model.unitUm ** 3
}
