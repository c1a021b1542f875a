import type { FitContainer, Vec3 } from '../../src/pack/types.js'

/**
 * An independent check of a container's free space, for tests: can one box of `size` (in any of its six
 * orientations, or only as given with `turn` false) sit inside the container clear of every blocked region? A box that
 * fits somewhere can slide towards the origin until each coordinate rests on 0 or on a blocked region's far face, so
 * those are the only places to try.
 */
export function canPlace(container: FitContainer, size: Vec3, turn = true): boolean {
  const blocked = container.blocked ?? []
  const stops = [0, 1, 2].map((k) => [...new Set([0, ...blocked.map((b) => b.at[k]! + b.size[k]!)])])
  for (const [w, d, h] of turn ? orientations(size) : [size]) {
    for (const x of stops[0]!) {
      if (x + w > container.size[0]) continue
      for (const y of stops[1]!) {
        if (y + d > container.size[1]) continue
        for (const z of stops[2]!) {
          if (z + h > container.size[2]) continue
          const clear = blocked.every(
            (b) =>
              x + w <= b.at[0] || b.at[0] + b.size[0] <= x || y + d <= b.at[1] || b.at[1] + b.size[1] <= y || z + h <= b.at[2] || b.at[2] + b.size[2] <= z,
          )
          if (clear) return true
        }
      }
    }
  }
  return false
}

/** True when the point lies in the container and in no blocked region. */
export function isFree(container: FitContainer, p: Vec3): boolean {
  for (let k = 0; k < 3; k++) if (p[k]! < 0 || p[k]! > container.size[k]!) return false
  return (container.blocked ?? []).every((b) => [0, 1, 2].some((k) => p[k]! <= b.at[k]! || p[k]! >= b.at[k]! + b.size[k]!))
}

function orientations([a, b, c]: Vec3): Vec3[] {
  return [
    [a, b, c],
    [b, a, c],
    [a, c, b],
    [c, a, b],
    [b, c, a],
    [c, b, a],
  ]
}

/** A seeded random number generator (mulberry32) returning floats in [0, 1). */
export { mulberry32 as mulberry } from '../../src/random.js'
