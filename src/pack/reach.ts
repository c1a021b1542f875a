import type { Model, Orientation } from './problem.js'

/**
 * Where one orientation of an item can go on its own, clear of every blocked region: the least and the greatest
 * corner position along each axis over all such placements. Null when there is no such placement at all.
 */
export interface Reach {
  least: [number, number, number]
  greatest: [number, number, number]
}

/**
 * The reach of a box of extents `size` in the container of `model`, in model units.
 *
 * A placement with the least (or greatest) position along axis k can be pushed towards the origin along the two
 * other axes until it touches a wall or a blocked box, without changing its position along k. So those two axes only
 * need their "pushed down" positions: 0 or the far face of a blocked box. For each such pair, the blocked boxes it
 * meets forbid open intervals along k, and one sweep from each end finds the first and last free position.
 *
 *   along k:  0 ──────(////)──(//////)────(///)── L−s      //// positions where the box would hit a blocked box
 *                least ^                      ^ greatest
 */
export function reachOf(model: Model, size: readonly [number, number, number]): Reach | null {
  const { L, blocked } = model
  if (size[0] > L[0] || size[1] > L[1] || size[2] > L[2]) return null
  if (blocked.length === 0) return { least: [0, 0, 0], greatest: [L[0] - size[0], L[1] - size[1], L[2] - size[2]] }
  const least: [number, number, number] = [Infinity, Infinity, Infinity]
  const greatest: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (let k = 0; k < 3; k++) {
    const i = (k + 1) % 3
    const j = (k + 2) % 3
    // 1. Pushed-down positions along the two other axes.
    const alongI = pushedDown(blocked, i, L[i] - size[i])
    const alongJ = pushedDown(blocked, j, L[j] - size[j])
    for (const pi of alongI) {
      // 2. The blocked boxes the item meets at this position along i, then along j.
      const meetI = blocked.filter((b) => b[i]! < pi + size[i] && pi < b[3 + i]!)
      for (const pj of alongJ) {
        const meet = meetI.filter((b) => b[j]! < pj + size[j] && pj < b[3 + j]!)
        // 3. Each forbids positions strictly between (its near face − the item's extent) and its far face along k.
        const span = freeSpan(meet, k, size[k], L[k] - size[k])
        if (!span) continue
        least[k] = Math.min(least[k], span[0])
        greatest[k] = Math.max(greatest[k], span[1])
      }
    }
    if (least[k] === Infinity) return null
  }
  return { least, greatest }
}

/** The reach of every allowed orientation of every item type, indexed like `model.types[t].orients`. */
export function reachTable(model: Model): (Reach | null)[][] {
  return model.types.map((t) => t.orients.map((o) => reachOf(model, extents(o))))
}

/** An orientation's extents along x, y, z. */
export function extents(o: Orientation): [number, number, number] {
  return [o.w, o.d, o.h]
}

// 0 and every blocked box's far face along `axis`, up to `max` (the last position the item's extent allows).
function pushedDown(blocked: readonly number[][], axis: number, max: number): number[] {
  const out = new Set<number>([0])
  for (const b of blocked) if (b[3 + axis]! <= max) out.add(b[3 + axis]!)
  return [...out]
}

// First and last position in [0, max] outside every open interval (near − extent, far) of the boxes along `axis`.
function freeSpan(boxes: readonly number[][], axis: number, extent: number, max: number): [number, number] | null {
  if (boxes.length === 0) return [0, max]
  // From the low end: each interval that covers the current position moves it to the interval's end.
  const byStart = [...boxes].sort((a, b) => a[axis]! - b[axis]!)
  let low = 0
  for (const b of byStart) if (b[axis]! - extent < low && low < b[3 + axis]!) low = b[3 + axis]!
  if (low > max) return null
  // From the high end, the same way down.
  const byEnd = [...boxes].sort((a, b) => b[3 + axis]! - a[3 + axis]!)
  let high = max
  for (const b of byEnd) if (b[axis]! - extent < high && high < b[3 + axis]!) high = b[axis]! - extent
  return [low, high]
}
