import { atScale, decimalString, readDecimal } from '../geometry/decimal.js'
import { orientations } from '../geometry/orientation.js'
import { checkPacking } from './check.js'
import type { FitProblem, Placement, Vec3 } from './types.js'

/**
 * Squeezable things (`minSize`). Whether they fit is the question for the items at their squeezed size: any layout
 * with them larger stays a layout with them pressed smaller, in place. So the engine tries them at full size, then
 * squeezed; a squeezed layout is then let out again (`relax`) as far as the space around each item allows, so the
 * placement reports the least squeezing the layout needs.
 */

/** The problem with every squeezable item at its squeezed size. */
export function squeezed(problem: FitProblem): FitProblem {
  return { ...problem, items: problem.items.map(({ minSize, ...it }) => (minSize ? { ...it, size: minSize } : it)) }
}

/** True when some item can be pressed smaller than its size. */
export function canSqueeze(problem: FitProblem): boolean {
  return problem.items.some((it) => it.minSize && it.minSize.some((v, k) => v < it.size[k]!))
}

/**
 * A layout found with squeezable items at their squeezed size, with each such item (square to the walls) grown back
 * toward its full size along each axis, as far as the nearest wall, blocked region or other item allows (exactly, in
 * one decimal unit). Returns the grown layout when the checker accepts it for the real problem, else the squeezed one.
 */
export function relax(problem: FitProblem, placements: readonly Placement[]): Placement[] {
  const items = new Map(problem.items.map((it) => [it.id, it]))
  // One decimal unit for everything.
  let S = 0
  const see = (v: number) => (S = Math.max(S, readDecimal(v).scale))
  problem.container.size.forEach(see)
  for (const b of problem.container.blocked ?? []) [...b.at, ...b.size].forEach(see)
  for (const it of problem.items) [...it.size, ...(it.minSize ?? [])].forEach(see)
  for (const p of placements) [...p.at, ...p.size].forEach(see)
  const u = (v: number) => atScale(readDecimal(v), S)
  const L = problem.container.size.map(u)
  const boxes = [
    ...(problem.container.blocked ?? []).map((b) => ({ lo: b.at.map(u), hi: b.at.map((a, k) => u(a) + u(b.size[k]!)) })),
    ...placements.map((p) => ({ lo: p.at.map(u), hi: p.at.map((a, k) => u(a) + u(p.size[k]!)) })),
  ]
  const blockedCount = (problem.container.blocked ?? []).length
  const out = placements.map((p) => ({ ...p, size: [...p.size] as Vec3 }))
  out.forEach((p, i) => {
    const item = items.get(p.id)!
    if (!item.minSize || p.axes) return
    const full = fullAlong(item.size, item.minSize, p.size, item.rotate ?? 'any')
    if (!full) return
    const box = boxes[blockedCount + i]!
    for (let k = 0; k < 3; k++) {
      const want = u(full[k]!) - (box.hi[k]! - box.lo[k]!)
      if (want <= 0n) continue
      // Room beyond the far face along k: the wall, or the nearest box that overlaps this one across k.
      let room = L[k]! - box.hi[k]!
      for (const [j, other] of boxes.entries()) {
        if (j === blockedCount + i) continue
        const across = [0, 1, 2].every((a) => a === k || (other.lo[a]! < box.hi[a]! && box.lo[a]! < other.hi[a]!))
        if (across && other.lo[k]! >= box.hi[k]! && other.lo[k]! - box.hi[k]! < room) room = other.lo[k]! - box.hi[k]!
      }
      const grow = want < room ? want : room
      if (grow <= 0n) continue
      box.hi[k]! += grow
      p.size[k] = Number(decimalString(box.hi[k]! - box.lo[k]!, S))
    }
  })
  return checkPacking(problem, out).ok ? out : [...placements]
}

// The full size along each axis of an item placed squeezed as `placed`: the side of `size` that the same turn puts
// there (any turn the rotate mode allows that matches the squeezed sides).
function fullAlong(size: Vec3, minSize: Vec3, placed: readonly number[], rotate: string): Vec3 | null {
  const mode = rotate === 'free' ? 'any' : (rotate as 'any' | 'upright' | 'none')
  for (const perm of orientations([0, 1, 2] as [number, number, number], mode)) {
    if (perm.every((k, axis) => minSize[k] === placed[axis])) return perm.map((k) => size[k]!) as Vec3
  }
  return null
}
