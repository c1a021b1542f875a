import { orientations } from '../geometry/orientation.js'
import { fit } from './fit.js'
import type { FitAnswer, FitProblem, Vec3 } from './types.js'

/** How a margin was probed: work per probe (a node limit, so the margin is the same on any machine) and the range. */
export interface MarginOptions {
  /** Work units per probe (default four times the answer's, from 5 000 to 200 000; undecided counts against it). */
  probeNodes?: number
  /** Largest margin looked for, in mm (default 20): past it the answer says "at least". */
  limitMm?: number
  /** Resolution, in mm (default 0.25). */
  stepMm?: number
}

/** A margin in mm: how much every item could grow (> 0) or must shrink (< 0), and whether it is only a bound. */
export interface FitMargin {
  marginMm: number
  /** True when the search stopped at `limitMm` (the margin is at least that much). */
  atLeast: boolean
}

/**
 * How close an answer is: for `fits`, how much every item could grow on every side and still fit (the least room any
 * of them has, found by solving again with the items grown); for `does-not-fit`, how much every item must shrink for
 * it to fit, as a negative number ("3.4 mm too big"). Found by bisection, each probe a `fit` with a node limit; a
 * probe left undecided counts against the answer's side (less room for a fit, less too big for a refusal), so a
 * close call is never hidden. Null for `unknown`.
 *
 *   fits:            grow 0 ✓ … grow 2.5 ✓ … grow 3.1 ✗     → 2.5 mm to spare (to the step)
 *   does not fit:    shrink 0 ✗ … shrink 3.4 ✓              → −3.4 mm
 */
export function fitMargin(problem: FitProblem, answer: Pick<FitAnswer, 'status' | 'proof'> & { stats?: { nodes: number } }, options: MarginOptions = {}): FitMargin | null {
  // Each probe gets four times the work the answer took (at least 5 000 units, at most 200 000).
  const { probeNodes = Math.min(200_000, Math.max(5_000, 4 * (answer.stats?.nodes ?? 0))), limitMm = 20, stepMm = 0.25 } = options
  if (answer.status === 'unknown') return null
  // A single thing that no rotation fits says at once how much too big it is.
  if (answer.proof.kind === 'turned-too-large') return { marginMm: -answer.proof.shortMm, atLeast: true }
  // A single thing square in a plain box: the most room any way it may lie leaves along its tightest axis.
  const single = singleSquareMargin(problem)
  if (single !== null && answer.status === 'fits' && single >= 0) return { marginMm: Math.min(single, limitMm), atLeast: single >= limitMm }
  const probe = (g: number) => fit({ ...grown(problem, g), options: { nodeLimit: probeNodes, timeLimitMs: 10_000 } }).status
  if (answer.status === 'fits') {
    // The largest growth that still fits; undecided counts as not fitting.
    if (probe(limitMm) === 'fits') return { marginMm: limitMm, atLeast: true }
    return { marginMm: bisect(0, limitMm, stepMm, (g) => probe(g) === 'fits'), atLeast: false }
  }
  // The least shrink that fits; undecided counts as fitting. An item cannot shrink below 0.001 mm a side.
  const most = Math.min(limitMm, smallestSide(problem) - 0.001)
  if (most <= 0 || probe(-most) === 'does-not-fit') return { marginMm: -Math.max(most, 0), atLeast: true }
  // The largest shrink that still does not fit, plus a step: the least that fits, to the step.
  const shrink = bisect(0, most, stepMm, (s) => probe(-s) === 'does-not-fit')
  return { marginMm: -Math.min(most, round(shrink + stepMm)), atLeast: false }
}

// The largest whole multiple of `step` in [lo, hi] for which `holds` is true, given that it holds at lo and not at hi.
function bisect(lo: number, hi: number, step: number, holds: (x: number) => boolean): number {
  let a = Math.ceil(lo / step - 1e-9)
  let b = Math.floor(hi / step + 1e-9)
  if (!holds(round(a * step))) return lo
  if (holds(round(b * step))) return round(b * step)
  while (b - a > 1) {
    const mid = (a + b) >> 1
    if (holds(round(mid * step))) a = mid
    else b = mid
  }
  return round(a * step)
}

// Every item's sides (and squeezed sides) grown by g mm (shrunk for g < 0, never below 0.001 mm).
function grown(problem: FitProblem, g: number): FitProblem {
  const side = (v: number) => Math.max(0.001, round(v + g))
  return {
    container: problem.container,
    items: problem.items.map((it) => ({
      ...it,
      size: it.size.map(side) as Vec3,
      ...(it.minSize && { minSize: it.minSize.map((v, k) => Math.min(side(v), side(it.size[k]!))) as Vec3 }),
    })),
  }
}

// One copy of one thing in a box with no blocked regions and no opening: max over its quarter turns of the least
// room along an axis (growing every side by that still fits). Null for anything else.
function singleSquareMargin(problem: FitProblem): number | null {
  const { container, items } = problem
  if (items.length !== 1 || (items[0]!.count ?? 1) !== 1 || (container.blocked?.length ?? 0) > 0 || container.opening) return null
  const item = items[0]!
  const mode = item.rotate === 'free' || item.rotate === undefined ? 'any' : item.rotate
  let best = -Infinity
  for (const o of orientations(item.size, mode)) best = Math.max(best, Math.min(...o.map((e, k) => container.size[k]! - e)))
  return round(best)
}

function smallestSide(problem: FitProblem): number {
  return Math.min(...problem.items.flatMap((it) => it.minSize ?? it.size))
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000
}
