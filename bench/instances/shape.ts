import type { FitItem, FitProblem, Vec3 } from '../../src/pack/types.js'

/** Volume of a box in cubic millimetres. */
export function volumeMm3(size: readonly number[]): number {
  return size[0]! * size[1]! * size[2]!
}

/** Boxes to place, every copy counted. */
export function countBoxes(items: readonly FitItem[]): number {
  return items.reduce((sum, it) => sum + (it.count ?? 1), 0)
}

/** Items' volume over the container's volume less its blocked regions (blocked regions are disjoint here). */
export function fillRatio(problem: FitProblem): number {
  const items = problem.items.reduce((sum, it) => sum + volumeMm3(it.size) * (it.count ?? 1), 0)
  const blocked = (problem.container.blocked ?? []).reduce((sum, b) => sum + volumeMm3(b.size), 0)
  return items / (volumeMm3(problem.container.size) - blocked)
}

/** True when a box fits inside a container in some orientation (sorted sides compare). */
export function fitsAlone(size: Vec3, container: Vec3): boolean {
  const a = [...size].sort((x, y) => x - y)
  const b = [...container].sort((x, y) => x - y)
  return a.every((v, k) => v <= b[k]!)
}

/** Rounds millimetres up to tenths (items grow, never shrink, when rounded). */
export function tenthsUp(lengthMm: number): number {
  return Math.ceil(lengthMm * 10 - 1e-9) / 10
}
