import type { SceneBox } from './layout.js'

/**
 * The exploded view: every box slides away from the middle of the bag, so the ones hidden behind others show.
 *
 *      packed                exploded (amount 1)
 *      +---------+           +-------------+
 *      |[a][b]   |           |[a]   [b]    |
 *      |[c]      |    ->     |             |
 *      +---------+           |[c]          |
 *                            +-------------+
 *
 * Centres are scaled about the middle by (1 + amount × SPREAD) and lifted by amount × LIFT × height, so boxes
 * that did not overlap never do: along any axis where two boxes were apart, the gap between their centres only
 * grows while their sizes stay the same.
 */

/** How far centres move out at amount 1, as a share of their distance from the middle. */
const SPREAD = 1.2
/** How far everything rises at amount 1, as a share of the interior's height (so boxes come out of the top). */
const LIFT = 0.35

/**
 * Writes the centres of `boxes` at exploded `amount` (0 packed, 1 fully exploded) into `out`, three numbers per box.
 * `out` must hold at least 3 × boxes.length numbers. Allocates nothing, so it may run in the frame loop.
 */
export function explodedCentres(boxes: readonly SceneBox[], amount: number, interiorHeightMm: number, out: Float32Array): Float32Array {
  const scale = 1 + amount * SPREAD
  const lift = amount * LIFT * interiorHeightMm
  for (let i = 0; i < boxes.length; i++) {
    const c = boxes[i]!.centre
    out[i * 3] = c[0] * scale
    out[i * 3 + 1] = c[1] * scale + lift
    out[i * 3 + 2] = c[2] * scale
  }
  return out
}

/**
 * Eases the explode animation: `t` in 0..1 of the time elapsed, smooth at both ends (smoothstep).
 */
export function easeInOut(t: number): number {
  const c = t < 0 ? 0 : t > 1 ? 1 : t
  return c * c * (3 - 2 * c)
}

/** Milliseconds the exploded view takes to open or close. */
export const EXPLODE_MS = 450

/**
 * Moves the animation's progress `from` towards `target` (0 or 1) after `elapsedMs`; linear in time, eased when
 * drawn. Returns the new progress; equal to `target` once it is reached.
 */
export function stepTowards(from: number, target: number, elapsedMs: number): number {
  const step = elapsedMs / EXPLODE_MS
  return target > from ? Math.min(target, from + step) : Math.max(target, from - step)
}
