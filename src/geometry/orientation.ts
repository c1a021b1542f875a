/**
 * How an item may be turned:
 * - `any`: all six axis-aligned orientations (quarter turns);
 * - `upright`: turned about the vertical axis only (its height stays its height);
 * - `none`: as given;
 * - `free`: by any angle in 3D, as rigid things really go into a bag (its axis-aligned orientations are those of `any`).
 */
export type RotateMode = 'any' | 'upright' | 'none' | 'free'

export const ROTATE_MODES: readonly RotateMode[] = ['any', 'upright', 'none', 'free']

/** The six axis permutations: each row says which of the item's own axes lies along x, y and z. */
export const AXIS_PERMUTATIONS = [
  [0, 1, 2],
  [1, 0, 2],
  [0, 2, 1],
  [2, 0, 1],
  [1, 2, 0],
  [2, 1, 0],
] as const

/**
 * The distinct orientations of a box `[w, d, h]` allowed by `mode`, as extents along x, y, z, in a fixed order
 * (the given orientation first). A cube has one; a box with two equal sides has three under `any`.
 */
export function orientations<T extends number | bigint>(size: readonly [T, T, T], mode: RotateMode): [T, T, T][] {
  const n = mode === 'any' || mode === 'free' ? 6 : mode === 'upright' ? 2 : 1
  const out: [T, T, T][] = []
  for (let p = 0; p < n; p++) {
    const [a, b, c] = AXIS_PERMUTATIONS[p]!
    const x = size[a], y = size[b], z = size[c]
    // Equal sides give the same orientation twice: keep the first.
    let seen = false
    for (const o of out) if (o[0] === x && o[1] === y && o[2] === z) seen = true
    if (!seen) out.push([x, y, z])
  }
  return out
}
