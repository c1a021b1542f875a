import { checkPacking, placementBounds } from '../pack/index.js'
import type { PackingCheck } from '../pack/index.js'
import type { FitContainer, FitItem, Placement, Vec3 } from '../pack/types.js'

/** A layout moved into another container, with the shift used (mm along x, y, z). */
export interface CarriedLayout {
  placements: Placement[]
  shiftMm: Vec3
}

/**
 * Tries to carry a layout found in one container into another of the same silhouette at another size: moves it as a
 * whole by a few shifts (none; centred across; centred across and in depth; up to the top; flush right or back; its
 * bounding box centred, on the floor or in the middle, or pushed into the corner) and keeps the first the layout
 * checker accepts. A layout that passes `checkPacking` proves the items fit, so the size is settled without a search.
 * Works both ways: up to a larger size, and down to a smaller one when the layout leaves room. Returns null when no
 * shift works. Shifts are whole micrometres, so the checker's rounding is exact. Does not change its input.
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
  for (const shift of shifts(placements, from.size, to.size)) {
    const moved = shiftLayout(placements, shift)
    if (checkPacking(problem, moved).ok) return { placements: moved, shiftMm: shift }
  }
  return null
}

/**
 * A layout moved by `shiftMm` (x, y, z): square boxes to whole micrometres (exact, so faces that touched still
 * touch), turned ones as they come (they keep a clearance far above a double's rounding). Does not change its input.
 */
export function shiftLayout(placements: readonly Placement[], shiftMm: Vec3): Placement[] {
  return placements.map((p) => ({ ...p, at: p.at.map((a, k) => (p.axes ? a + shiftMm[k]! : um(a + shiftMm[k]!))) as Vec3 }))
}

/** A layout and how it was mirrored (`''` for as found). */
export interface MirroredLayout {
  placements: Placement[]
  mirrored: '' | 'left to right' | 'front to back' | 'left to right and front to back'
}

/**
 * A layout as found and mirrored left to right, front to back, and both, in a container of size `size` (mm). Every
 * outline the bag layer draws is symmetric both ways, so a mirrored layout clears the same steps; hardware on the
 * front wall is cleared by a layout mirrored to the back. Does not change its input.
 */
export function mirrorLayouts(placements: readonly Placement[], size: Vec3): MirroredLayout[] {
  const flip = (p: Placement, k: number): Placement => {
    const at = [...p.at] as Vec3
    // A turned box mirrors about its corner: every own side's direction flips along k.
    if (p.axes) {
      at[k] = size[k]! - p.at[k]!
      return { ...p, at, axes: p.axes.map((row) => row.map((v, j) => (j === k ? -v : v))) as Placement['axes'] }
    }
    at[k] = um(size[k]! - p.at[k]! - p.size[k]!)
    return { ...p, at }
  }
  return [
    { placements: [...placements], mirrored: '' },
    { placements: placements.map((p) => flip(p, 1)), mirrored: 'front to back' },
    { placements: placements.map((p) => flip(p, 0)), mirrored: 'left to right' },
    { placements: placements.map((p) => flip(flip(p, 0), 1)), mirrored: 'left to right and front to back' },
  ]
}

/**
 * Why a layout does not carry over unshifted, in the checker's words (the first few problems), for explaining a place
 * where a larger size loses a kit.
 */
export function carryProblems(
  placements: readonly Placement[],
  to: FitContainer,
  items: readonly FitItem[],
): PackingCheck {
  return checkPacking({ container: to, items: [...items] }, placements)
}

// Candidate shifts, most likely first, in whole micrometres; `d` is the size difference (negative when shrinking).
function shifts(placements: readonly Placement[], from: Vec3, to: Vec3): Vec3[] {
  const [dx, dy, dz] = to.map((t, k) => um(t - from[k]!)) as Vec3
  const half = (v: number) => Math.trunc((v / 2) * 1000) / 1000
  // The layout's bounding box, for centring it or pushing it into the corner.
  const bounds = placements.map(placementBounds)
  const lo = [0, 1, 2].map((k) => Math.min(...bounds.map((b) => b.lo[k]!)))
  const hi = [0, 1, 2].map((k) => Math.max(...bounds.map((b) => b.hi[k]!)))
  const centre = (k: number) => um(Math.trunc(((to[k]! - lo[k]! - hi[k]!) / 2) * 1000) / 1000)
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
    [centre(0), centre(1), um(-lo[2]!)],
    [centre(0), centre(1), centre(2)],
    [um(-lo[0]!), um(-lo[1]!), um(-lo[2]!)],
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
