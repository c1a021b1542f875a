import { atScale, readDecimal, type Decimal } from '../geometry/decimal.js'
import { orientations } from '../geometry/orientation.js'
import { passesOpening } from './opening.js'
import { corners, separated, type Solid } from './solid.js'
import type { FitItem, FitProblem, Placement } from './types.js'

/** The verdict of `checkPacking`: `ok` when `problems` is empty. */
export interface PackingCheck {
  ok: boolean
  problems: string[]
}

// Axes as printed must be orthonormal to within this (a double's rounding is about 1e-16).
const MAX_AXIS_ERROR = 1e-9

/**
 * The one checker that knows what a correct packing is, independent of the search. A layout is correct when:
 * every item is placed exactly `count` times and nothing unknown is placed; each placed size is its own size (or,
 * for a squeezable item, a size between `minSize` and `size`), turned by quarter turns as its rotate mode allows, or
 * turned by the orthonormal `axes` given (items with `rotate: 'free'` only); each item lies inside the container and
 * outside every blocked region; no two items share volume; and each item can have come in through the opening (see
 * `passesOpening`).
 *
 * Exact: every number is read as the decimal it prints as, and all of them are compared as whole numbers of one
 * common decimal unit (BigInt), so an overlap of 0.1 µm, or of 10^-9 mm, is an overlap. A turned box whose axes, as
 * printed, are orthonormal only to within rounding must keep a clearance that covers that rounding.
 */
export function checkPacking(problem: FitProblem, placements: readonly Placement[]): PackingCheck {
  const problems: string[] = []
  const items = new Map(problem.items.map((it) => [it.id, it]))
  const placedCount = new Map<string, number>()

  // One decimal unit for every number of the problem and the layout.
  const S = commonScale(problem, placements)
  const T = 2 * S // solids: a turned box's edges are side × axis, two scales' worth of places
  const at = (v: number, scale = S) => atScale(readDecimal(v), scale)
  const L = problem.container.size.map((v) => at(v, T))
  const blocked: Solid[] = (problem.container.blocked ?? []).map((b) => squareSolid(b.at.map((v) => at(v, T)), b.size.map((v) => at(v, T))))
  const placed: { id: string; solid: Solid; clearance: bigint; index: number; square: boolean }[] = []

  for (const [n, p] of placements.entries()) {
    const item = items.get(p.id)
    if (!item) {
      problems.push(`placement ${n} names ${JSON.stringify(p.id)}, which is not an item of the problem`)
      continue
    }
    placedCount.set(p.id, (placedCount.get(p.id) ?? 0) + 1)
    const where = `${p.id} at ${p.at.join(', ')}`
    let solid: Solid
    let clearance = 0n
    if (p.axes) {
      // Turned: its own sides in order, each between its squeezed and its full size, along the given axes.
      if ((item.rotate ?? 'any') !== 'free') problems.push(`${p.id} is turned by axes, but only items with rotate "free" may turn by any angle (its rotate is ${item.rotate ?? 'any'})`)
      if (!withinOwnSize(item, p.size)) problems.push(`${p.id} is placed with sides ${p.size.join(' × ')} mm, which is not its size ${sizeWords(item)}`)
      const axes = p.axes.map((row) => row.map((v) => at(v)))
      const error = axisError(axes, S)
      if (error === null) {
        problems.push(`${p.id} has axes that are not orthonormal to within ${MAX_AXIS_ERROR}`)
        continue
      }
      const sides = p.size.map((v) => at(v))
      solid = { corner: p.at.map((v) => at(v, T)) as [bigint, bigint, bigint], edges: [0, 1, 2].map((k) => axes[k]!.map((a) => a * sides[k]!)) as unknown as Solid['edges'] }
      // The true box lies within error × (sum of sides) of the printed one.
      clearance = ceilDiv(error * (sides[0]! + sides[1]! + sides[2]!), 10n ** BigInt(S))
    } else {
      // Square to the walls: its size, turned by quarter turns as the rotate mode allows (or squeezed within range).
      if (!isAllowedSquareSize(item, p.size)) {
        problems.push(`${p.id} is placed as ${p.size.join(' × ')} mm, which is not an allowed rotation (${item.rotate ?? 'any'}) of ${sizeWords(item)}`)
      }
      solid = squareSolid(p.at.map((v) => at(v, T)), p.size.map((v) => at(v, T)))
    }
    // Inside the container (with the clearance of a turned box).
    const cs = corners(solid)
    for (let k = 0; k < 3; k++) {
      const lo = cs.reduce((m, c) => (c[k]! < m ? c[k]! : m), cs[0]![k]!)
      const hi = cs.reduce((m, c) => (c[k]! > m ? c[k]! : m), cs[0]![k]!)
      if (lo < clearance || hi > L[k]! - clearance) problems.push(`${where} reaches outside the container along ${'xyz'[k]}`)
    }
    // Outside every blocked region.
    for (const [b, region] of blocked.entries()) {
      if (!apart(solid, region, clearance, !p.axes)) problems.push(`${where} overlaps blocked region ${b}`)
    }
    // Through the opening.
    const opening = problem.container.opening
    if (opening) {
      const smallest = [...(item.minSize ?? item.size)].sort((x, y) => x - y).map((v) => at(v, T))
      const footprint = [0, 1].map((k) => {
        const values = cs.map((c) => c[k]!)
        return values.reduce((m, v) => (v > m ? v : m)) - values.reduce((m, v) => (v < m ? v : m))
      })
      const verdict = passesOpening({
        footprint: [footprint[0]!, footprint[1]!],
        smallest: [smallest[0]!, smallest[1]!],
        opening: [at(opening[0], T), at(opening[1], T)],
        interior: [L[0]!, L[1]!],
        rule: problem.container.soft ? 'soft' : 'rigid',
      })
      if (verdict !== 'yes') {
        problems.push(
          verdict === 'close'
            ? `${p.id}: whether it can pass through the ${opening.join(' × ')} mm opening is too close to call`
            : `${p.id} (${item.size.join(' × ')} mm) cannot pass through the ${opening.join(' × ')} mm opening ${problem.container.soft ? '' : 'as it lies '}(its ${problem.container.soft ? 'smallest cross-section' : 'footprint'} is too large even turned)`,
        )
      }
    }
    placed.push({ id: p.id, solid, clearance, index: n, square: !p.axes })
  }
  // Every copy placed, no more.
  for (const item of problem.items) {
    const want = item.count ?? 1
    const got = placedCount.get(item.id) ?? 0
    if (got !== want) problems.push(`${item.id} is placed ${got} times, expected ${want}`)
  }
  // No two items share volume: sorted by their least x, only those whose x ranges meet are compared.
  const spans = placed.map((q) => {
    const xs = corners(q.solid).map((c) => c[0])
    return { q, lo: xs.reduce((m, v) => (v < m ? v : m)), hi: xs.reduce((m, v) => (v > m ? v : m)) }
  })
  spans.sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0))
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!
    for (let j = i + 1; j < spans.length && spans[j]!.lo < a.hi + a.q.clearance + spans[j]!.q.clearance; j++) {
      const b = spans[j]!
      if (!apart(a.q.solid, b.q.solid, a.q.clearance + b.q.clearance, a.q.square && b.q.square)) {
        const [first, second] = a.q.index < b.q.index ? [a.q, b.q] : [b.q, a.q]
        problems.push(`${first.id} (placement ${first.index}) overlaps ${second.id} (placement ${second.index})`)
      }
    }
  }
  return { ok: problems.length === 0, problems }
}

// Two solids share no volume (and keep `gap` apart). Square ones by their intervals, others by separating axes.
function apart(a: Solid, b: Solid, gap: bigint, square: boolean): boolean {
  if (square && gap === 0n) {
    for (let k = 0; k < 3; k++) {
      const aLo = a.corner[k]!, aHi = aLo + a.edges[k]![k]!
      const bLo = b.corner[k]!, bHi = bLo + b.edges[k]![k]!
      if (aHi <= bLo || bHi <= aLo) return true
    }
    return false
  }
  return separated(a, b, gap)
}

function squareSolid(at: readonly bigint[], size: readonly bigint[]): Solid {
  return {
    corner: [at[0]!, at[1]!, at[2]!],
    edges: [
      [size[0]!, 0n, 0n],
      [0n, size[1]!, 0n],
      [0n, 0n, size[2]!],
    ],
  }
}

// The largest number of decimal places among all the numbers involved.
function commonScale(problem: FitProblem, placements: readonly Placement[]): number {
  let scale = 0
  const see = (v: number) => {
    const s = readDecimal(v).scale
    if (s > scale) scale = s
  }
  problem.container.size.forEach(see)
  problem.container.opening?.forEach(see)
  for (const b of problem.container.blocked ?? []) [...b.at, ...b.size].forEach(see)
  for (const it of problem.items) [...it.size, ...(it.minSize ?? [])].forEach(see)
  for (const p of placements) {
    ;[...p.at, ...p.size].forEach(see)
    p.axes?.flat().forEach(see)
  }
  return scale
}

/**
 * How far the axes (rows, in units of 10^-S) are from orthonormal, as a bound on the distance from each printed axis
 * to the nearest true rotation, in units of 10^-S; null when it passes `MAX_AXIS_ERROR`. With G = A·Aᵀ − I, the
 * nearest orthonormal matrix is within ‖G‖ ≤ 3·max|G_ij| of A.
 */
function axisError(axes: bigint[][], S: number): bigint | null {
  const one = 10n ** BigInt(2 * S)
  let worst = 0n
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let g = axes[i]![0]! * axes[j]![0]! + axes[i]![1]! * axes[j]![1]! + axes[i]![2]! * axes[j]![2]! - (i === j ? one : 0n)
      if (g < 0n) g = -g
      if (g > worst) worst = g
    }
  }
  // worst is in units of 10^-2S; the bound 3·worst, in units of 10^-S, rounded up.
  const bound = ceilDiv(3n * worst, 10n ** BigInt(S))
  return Number(worst) / Number(one) > MAX_AXIS_ERROR ? null : bound
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b
}

// Whether `placed` (extents along x, y, z) is the item's size turned by quarter turns as its rotate mode allows,
// each side between the squeezed and the full size of the item's side it comes from.
function isAllowedSquareSize(item: FitItem, placed: readonly number[]): boolean {
  const size = item.size
  const min = item.minSize ?? size
  const index = [0, 1, 2] as const
  // The rotations of the side indices the mode allows.
  const perms = orientations(index, item.rotate === 'free' ? 'any' : (item.rotate ?? 'any'))
  return perms.some((perm) => perm.every((k, axis) => between(min[k], placed[axis]!, size[k])))
}

function withinOwnSize(item: FitItem, placed: readonly number[]): boolean {
  const min = item.minSize ?? item.size
  return [0, 1, 2].every((k) => between(min[k]!, placed[k]!, item.size[k]!))
}

// lo ≤ v ≤ hi, exactly as decimals.
function between(lo: number, v: number, hi: number): boolean {
  return compare(readDecimal(lo), readDecimal(v)) <= 0 && compare(readDecimal(v), readDecimal(hi)) <= 0
}

function compare(a: Decimal, b: Decimal): number {
  const s = Math.max(a.scale, b.scale)
  const x = atScale(a, s)
  const y = atScale(b, s)
  return x < y ? -1 : x > y ? 1 : 0
}

function sizeWords(item: FitItem): string {
  return item.minSize ? `${item.minSize.join(' × ')} to ${item.size.join(' × ')} mm` : `${item.size.join(' × ')} mm`
}
