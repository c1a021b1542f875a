/**
 * How an item may be turned:
 * - `any`: all six axis-aligned orientations (quarter turns);
 * - `upright`: turned about the vertical axis only (its height stays its height);
 * - `none`: as given;
 * - `free`: by any angle in 3D, as rigid things really go into a bag (its axis-aligned orientations are those of `any`).
 */
export type RotateMode = 'any' | 'upright' | 'none' | 'free'

export const ROTATE_MODES: readonly RotateMode[] = ['any', 'upright', 'none', 'free']

/** A box's extents along x (width), y (depth) and z (height). */
export type Extents = readonly [w: number, d: number, h: number]

// Axis permutations: each row says which of the item's own axes lies along x, y and z.
const ALL_PERMUTATIONS = [
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
export function orientations(size: Extents, mode: RotateMode): Extents[] {
  const perms = mode === 'any' || mode === 'free' ? ALL_PERMUTATIONS : mode === 'upright' ? ALL_PERMUTATIONS.slice(0, 2) : ALL_PERMUTATIONS.slice(0, 1)
  const seen = new Set<string>()
  const out: Extents[] = []
  for (const [a, b, c] of perms) {
    const o: Extents = [size[a], size[b], size[c]]
    const key = o.join(',')
    if (!seen.has(key)) {
      seen.add(key)
      out.push(o)
    }
  }
  return out
}

/** True when `placed` is one of the orientations of `size` that `mode` allows. */
export function isAllowedOrientation(size: Extents, placed: Extents, mode: RotateMode): boolean {
  return orientations(size, mode).some((o) => o[0] === placed[0] && o[1] === placed[1] && o[2] === placed[2])
}
