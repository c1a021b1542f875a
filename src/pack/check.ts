import { isAllowedOrientation, type Extents } from '../geometry/orientation.js'
import { mmToUmDown, mmToUmUp } from '../geometry/units.js'
import type { FitProblem, Placement } from './types.js'

/** The verdict of `checkPacking`: `ok` when `problems` is empty. */
export interface PackingCheck {
  ok: boolean
  problems: string[]
}

/**
 * The one checker that knows what a correct packing is, independent of the search. A layout is correct when:
 * every item is placed exactly `count` times and nothing unknown is placed; each placed size is an allowed rotation
 * of the item's own size; each item lies inside the container and outside every blocked region; no two items share
 * volume; and each item can pass through the opening (its two shorter sides fit through it).
 * Lengths compare in whole micrometres with the engine's rounding (items up, container down, blocked regions out).
 */
export function checkPacking(problem: FitProblem, placements: readonly Placement[]): PackingCheck {
  const problems: string[] = []
  const container = problem.container.size.map(mmToUmDown)
  const blocked = (problem.container.blocked ?? []).map((b) => ({
    lo: b.at.map(mmToUmDown),
    hi: b.at.map((a, k) => mmToUmUp(a + b.size[k]!)),
  }))
  const items = new Map(problem.items.map((it) => [it.id, it]))
  const placedCount = new Map<string, number>()
  const boxes: { id: string; lo: number[]; hi: number[] }[] = []

  for (const [n, p] of placements.entries()) {
    const item = items.get(p.id)
    if (!item) {
      problems.push(`placement ${n} names ${JSON.stringify(p.id)}, which is not an item of the problem`)
      continue
    }
    placedCount.set(p.id, (placedCount.get(p.id) ?? 0) + 1)
    // The placed size must be one of the item's own sizes, turned as its rotate mode allows.
    if (!isAllowedOrientation(item.size as Extents, p.size as Extents, item.rotate ?? 'any')) {
      problems.push(`${p.id} is placed as ${p.size.join(' × ')} mm, which is not an allowed rotation (${item.rotate ?? 'any'}) of ${item.size.join(' × ')} mm`)
    }
    const lo = p.at.map((a) => Math.round(a * 1000))
    const hi = lo.map((a, k) => a + mmToUmUp(p.size[k]!))
    // Inside the container.
    for (let k = 0; k < 3; k++) {
      if (lo[k]! < 0 || hi[k]! > container[k]!) {
        problems.push(`${p.id} at ${p.at.join(', ')} reaches outside the container along ${'xyz'[k]}`)
      }
    }
    // Outside every blocked region.
    for (const [b, region] of blocked.entries()) {
      if (intersects(lo, hi, region.lo, region.hi)) problems.push(`${p.id} at ${p.at.join(', ')} overlaps blocked region ${b}`)
    }
    // Through the opening.
    const opening = problem.container.opening
    if (opening) {
      const [a, b] = [...item.size].sort((x, y) => x - y)
      const [u, v] = [...opening].sort((x, y) => x - y)
      if (mmToUmUp(a!) > mmToUmDown(u!) || mmToUmUp(b!) > mmToUmDown(v!)) {
        problems.push(`${p.id} (${item.size.join(' × ')} mm) cannot pass through the ${opening.join(' × ')} mm opening`)
      }
    }
    boxes.push({ id: p.id, lo, hi })
  }
  // Every copy placed, no more.
  for (const item of problem.items) {
    const want = item.count ?? 1
    const got = placedCount.get(item.id) ?? 0
    if (got !== want) problems.push(`${item.id} is placed ${got} times, expected ${want}`)
  }
  // No two items share volume.
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!, b = boxes[j]!
      if (intersects(a.lo, a.hi, b.lo, b.hi)) problems.push(`${a.id} (placement ${i}) overlaps ${b.id} (placement ${j})`)
    }
  }
  return { ok: problems.length === 0, problems }
}

function intersects(alo: number[], ahi: number[], blo: number[], bhi: number[]): boolean {
  for (let k = 0; k < 3; k++) if (ahi[k]! <= blo[k]! || bhi[k]! <= alo[k]!) return false
  return true
}
