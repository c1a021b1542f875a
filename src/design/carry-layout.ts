import { checkPacking } from '../pack/index.js'
import type { PackingCheck } from '../pack/index.js'
import type { FitContainer, FitItem, Placement, Vec3 } from '../pack/types.js'

/** A layout moved into another container, with the shift used (mm along x, y, z). */
export interface CarriedLayout {
  placements: Placement[]
  shiftMm: Vec3
}

/**
 * Tries to carry a layout found in a smaller container into a larger one: moves it as a whole by a few shifts (none;
 * centred across; centred across and in depth; up to the top; flush right) and keeps the first the layout checker
 * accepts. A layout that passes `checkPacking` proves the items fit, so a larger size is settled without a search.
 * Returns null when no shift works (the larger container's blocked parts sit differently). Shifts are whole
 * micrometres, so the checker's rounding is exact. Does not change its input.
 *
 *   smaller ┌────────┐          larger ┌─────────────┐
 *           │ ▆▆ ▆   │    →            │   ▆▆ ▆      │   shift by half the extra width, then try others
 *           └────────┘                 └─────────────┘
 */
export function carryLayout(
  placements: readonly Placement[],
  from: FitContainer,
  to: FitContainer,
  items: readonly FitItem[],
): CarriedLayout | null {
  const problem = { container: to, items: [...items] }
  for (const shift of shifts(from.size, to.size)) {
    const moved = placements.map((p) => ({ id: p.id, size: p.size, at: p.at.map((a, k) => um(a + shift[k]!)) as Vec3 }))
    if (checkPacking(problem, moved).ok) return { placements: moved, shiftMm: shift }
  }
  return null
}

/**
 * Why a layout does not carry over unshifted, in the checker's words (the first few problems), for explaining a place
 * where a larger size loses a kit.
 */
export function carryProblems(placements: readonly Placement[], to: FitContainer, items: readonly FitItem[]): PackingCheck {
  return checkPacking({ container: to, items: [...items] }, placements)
}

// Candidate shifts, most likely first; each is whole micrometres and keeps the layout's corner inside the larger box.
function shifts(from: Vec3, to: Vec3): Vec3[] {
  const extra = to.map((t, k) => Math.max(0, t - from[k]!))
  const [dx, dy, dz] = extra as Vec3
  const half = (v: number) => Math.floor((v / 2) * 1000) / 1000
  const list: Vec3[] = [
    [0, 0, 0],
    [half(dx), 0, 0],
    [half(dx), half(dy), 0],
    [0, 0, dz],
    [half(dx), 0, dz],
    [half(dx), half(dy), dz],
    [dx, 0, 0],
    [dx, dy, 0],
    [0, dy, 0],
  ]
  const seen = new Set<string>()
  return list.filter((s) => {
    const key = s.join(',')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function um(mm: number): number {
  return Math.round(mm * 1000) / 1000
}
