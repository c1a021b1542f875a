import type { Budget } from './budget.js'
import { extents, type Model } from './model.js'

/**
 * Where one orientation of an item can go on its own, clear of every blocked region: the least and the greatest
 * corner position along each axis over all such placements. Null when there is no such placement at all.
 */
export interface Reach {
  least: [number, number, number]
  greatest: [number, number, number]
}

/**
 * The reach of a box of extents `size` in the container of `model`, in model units; `undefined` when `budget` ran
 * out before it was known (a unit per blocked box looked at).
 *
 * The least position along axis k is a "pushed down" one: 0 or the far face of a blocked box, since a placement there
 * that could move down would not be the least. So the candidates along k are tried in increasing order, and the first
 * at which the box fits somewhere is the least. Whether it fits somewhere at position p along k is a question about
 * the blocked boxes that meet the slab [p, p + extent): along the second axis i only their far faces (and 0) need
 * trying, by the same argument, and along the third axis j one sweep over the open intervals they forbid finds a free
 * position if there is one. The greatest position is found the same way from the top.
 *
 *   along j:  0 ──────(////)──(//////)────(///)── L−s      //// positions where the box would hit a blocked box
 *                  ^ free
 */
export function reachOf(model: Model, size: readonly [number, number, number], budget: Budget): Reach | null | undefined {
  const { L, blocked } = model
  if (size[0] > L[0] || size[1] > L[1] || size[2] > L[2]) return null
  if (blocked.length === 0) return { least: [0, 0, 0], greatest: [L[0] - size[0], L[1] - size[1], L[2] - size[2]] }
  const least: [number, number, number] = [0, 0, 0]
  const greatest: [number, number, number] = [0, 0, 0]
  for (let k = 0; k < 3; k++) {
    const max = L[k]! - size[k]!
    // 1. Upward from 0 over the pushed-down positions, then downward from the top over the pushed-up ones.
    const up = [...new Set([0, ...blocked.map((b) => b[3 + k]!)])].filter((p) => p <= max).sort((a, b) => a - b)
    const down = [...new Set([max, ...blocked.map((b) => b[k]! - size[k]!)])].filter((p) => p >= 0).sort((a, b) => b - a)
    const low = up.find((p) => fitsInSlab(model, size, k, p, budget))
    if (budget.exhausted) return undefined
    if (low === undefined) return null
    const high = down.find((p) => fitsInSlab(model, size, k, p, budget))
    if (budget.exhausted) return undefined
    least[k] = low
    greatest[k] = high!
  }
  return { least, greatest }
}

/**
 * The reach of every allowed orientation of every item type, indexed like `model.types[t].orients`, or null when
 * `budget` ran out first (then nothing is known).
 */
export function reachTable(model: Model, budget: Budget): (Reach | null)[][] | null {
  const table: (Reach | null)[][] = []
  for (const t of model.types) {
    const row: (Reach | null)[] = []
    for (const o of t.orients) {
      const reach = reachOf(model, extents(o), budget)
      if (reach === undefined) return null
      row.push(reach)
    }
    table.push(row)
  }
  return table
}

/**
 * Per item type, its thinnest extent along `axis` over the orientations that have room (Infinity if none): how deep
 * it must be, at least, wherever it goes.
 */
export function thinnestAlong(model: Model, reaches: readonly (readonly (Reach | null)[])[], axis: number): number[] {
  return model.types.map((t) => Math.min(...t.orients.map((o, oi) => (reaches[t.index]![oi] ? extents(o)[axis]! : Infinity))))
}

// Whether the box fits somewhere with its corner at `p` along axis k (clear of every blocked box, inside the walls).
// Once the budget is spent it answers yes, and the caller, seeing that, discards the answer.
function fitsInSlab(model: Model, size: readonly number[], k: number, p: number, budget: Budget): boolean {
  const { L, blocked } = model
  if (!budget.spend(1 + blocked.length)) return true
  const i = (k + 1) % 3
  const j = (k + 2) % 3
  // 2. The blocked boxes meeting the slab along k: only they can be in the way.
  const slab = blocked.filter((b) => b[k]! < p + size[k]! && p < b[3 + k]!)
  if (slab.length === 0) return true
  // 3. Along i, the pushed-down positions among them; along j, a sweep over what those meeting it forbid.
  const maxI = L[i]! - size[i]!
  const maxJ = L[j]! - size[j]!
  const alongI = [...new Set([0, ...slab.map((b) => b[3 + i]!)])].filter((q) => q <= maxI)
  const byStart = [...slab].sort((a, b) => a[j]! - b[j]!)
  if (!budget.spend((alongI.length * slab.length) >>> 3)) return true
  for (const q of alongI) {
    let low = 0
    for (const b of byStart) {
      if (!(b[i]! < q + size[i]! && q < b[3 + i]!)) continue
      if (b[j]! - size[j]! < low && low < b[3 + j]!) low = b[3 + j]!
    }
    if (low <= maxJ) return true
  }
  return false
}
