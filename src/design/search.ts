import { fail } from '../errors.js'
import { fit, validateProblem } from '../pack/index.js'
import type { FitAnswer, FitItem } from '../pack/types.js'
import { bagsByWidth } from './bags-by-width.js'
import type { BagsByWidth } from './bags-by-width.js'
import { explainBreak, monotoneClaim } from './monotone.js'
import { widthTimeLimit, rejectUnknownOptions, scaledSubject, widthRange, windowMm } from './options.js'
import { kitProber } from './probe.js'
import type { KitProber, ProbeRecord } from './probe.js'
import { scaledExplanation } from './scaled-bag.js'
import type {
  MonotoneBreak,
  ScaleCertainty,
  ScaleOptions,
  ScalePoint,
  ScaleResult,
  Silhouette,
} from './types.js'

const OPTION_KEYS = ['minWidthMm', 'maxWidthMm', 'widthTimeLimitMs', 'windowMm', 'exhaustive']

/**
 * Most widths whose fits may run out of time in one stage of the search (the bisection, or one side's window) before
 * that stage stops and reports what it has: each costs a width's whole time limit, and a run of them says the engine
 * cannot settle that stretch in time, so more tries would only multiply the wait.
 */
const MAX_UNKNOWN_PER_STAGE = 3

/** What `designScale` takes: a silhouette (see `defineSilhouette`), the items that must fit, and options. */
export interface DesignScaleInput {
  silhouette: Silhouette
  /** Fit-problem items (sizes in mm, counts, rotate modes). */
  items: FitItem[]
  options?: ScaleOptions
}

/**
 * How small can the silhouette go and still hold the items? Finds, to 1 mm of exterior width, the smallest width at
 * which they fit and the largest at which they do not, each with its fit answer (the layout, or the reason).
 *
 * The search (see docs/designer.md):
 * 1. the range runs from `minWidthMm` (raised to where the walls leave room) to `maxWidthMm` (default twice the
 *    reference width); if the items do not fit at its top, there is no answer;
 * 2. bisection between a width that does not fit and one that does, skipping widths whose fits ran out of time (at
 *    most `MAX_UNKNOWN_PER_STAGE` of them, then the answer is a bracket);
 * 3. every width within `windowMm` (default 3) below and above the threshold is checked, and the window moves on
 *    past any width that breaks the pattern, so a shape whose fitting is not monotone in scale is caught near the
 *    threshold and reported (`breaks`) rather than missed; `exhaustive` checks every width;
 * 4. widths not tried are listed in `certainty`, with whether monotonicity is proven for the silhouette (then bisection
 *    alone is exact) and the width up to which a bound on the interior box rules out every size.
 * The fits that decide one width share `widthTimeLimitMs` (default 1000), so a search never hangs; a width whose fits
 * run out of time is `unknown` and reported as such, never guessed. Larger widths reuse a smaller width's layout when the layout
 * checker accepts it there.
 *
 * Throws `NO_SIZE_IN_RANGE` (with the reason at the largest width) when the items fit at no width of the range,
 * `INVALID_OPTION` / `UNKNOWN_OPTION` for bad options, `INVALID_INPUT` for an empty item list, and the fit engine's
 * errors for malformed items.
 *
 * @example
 * const birkin = defineSilhouette({ id: 'hermes-birkin-25', reference: { exteriorMm: { w: 250, h: 200, d: 130 }, shape: 'trapezoid', closure: 'flap' } })
 * designScale({ silhouette: birkin, items: [{ id: 'card', size: [85.6, 53.98, 0.76] }] }).smallest?.widthMm
 */
export function designScale(input: DesignScaleInput): ScaleResult {
  const started = performance.now()
  rejectUnknownOptions(input.options, OPTION_KEYS, 'designScale')
  const options = input.options ?? {}
  const range = widthRange(input.silhouette, options.minWidthMm, options.maxWidthMm)
  const bags = bagsByWidth(input.silhouette)
  checkItems(bags, input.items, range.hi)
  const outcome = searchScale(bags, input.items, range, {
    widthTimeLimitMs: widthTimeLimit(options.widthTimeLimitMs),
    windowMm: options.exhaustive ? Infinity : windowMm(options.windowMm),
  })
  if (outcome.kind === 'never') {
    fail(
      'NO_SIZE_IN_RANGE',
      `The items do not fit ${input.silhouette.label} at any width up to ${range.hi} mm. At ${range.hi} mm: ${outcome.reason} Try larger widths, a thinner material, less hardware or fewer items.`,
      { maxWidthMm: range.hi, reason: outcome.reason },
    )
  }
  return buildResult(bags, input.items, range, outcome.prober, outcome.unknown, started)
}

/** The items must be a non-empty list the fit engine accepts; checked once against the largest bag. */
export function checkItems(bags: BagsByWidth, items: readonly FitItem[], widthMm: number): void {
  // Array.isArray would narrow `items` itself to any[]: test an alias.
  const list: unknown = items
  if (!Array.isArray(list) || items.length === 0) fail('INVALID_INPUT', 'Say what must fit: give at least one item.')
  validateProblem({ container: bags.at(widthMm).container, items: [...items] })
}

/** What the search found: the prober with every decided width, or that nothing fits at the top of the range. */
export type SearchOutcome =
  | { kind: 'searched'; prober: KitProber; unknown: Set<number> }
  | { kind: 'never'; prober: KitProber; reason: string }

/**
 * The search itself, on whole-millimetre widths of `range` (steps 2 and 3 of `designScale`). Shared with the capacity
 * curve, which runs it for every kit over one cache of bags.
 */
export function searchScale(
  bags: BagsByWidth,
  items: readonly FitItem[],
  range: { lo: number; hi: number },
  options: { widthTimeLimitMs: number; windowMm: number },
): SearchOutcome {
  const prober = kitProber(bags, items, options.widthTimeLimitMs)
  const unknown = new Set<number>()
  const { lo, hi } = range

  // 1. The top of the range must fit.
  const top = prober.probe(hi)
  if (top.status === 'does-not-fit')
    return { kind: 'never', prober, reason: top.answer?.reason ?? 'it does not fit.' }
  if (top.status === 'unknown') {
    unknown.add(hi)
    return { kind: 'searched', prober, unknown }
  }

  // 2. Bisection on (a, b): a does not fit (lo − 1 stands for "below the range"), b fits.
  let a = lo - 1
  let b = hi
  const unknownInside = () => [...unknown].filter((w) => w > a && w < b).length
  for (
    let m = middle(a, b, unknown);
    m !== null && unknownInside() < MAX_UNKNOWN_PER_STAGE;
    m = middle(a, b, unknown)
  ) {
    const r = prober.probe(m)
    if (r.status === 'fits') b = m
    else if (r.status === 'does-not-fit') a = m
    else unknown.add(m)
  }

  // 3a. Widths below the threshold, down to the window's end or the box bound; a fit found there moves the window.
  let stopBelow = a - options.windowMm
  let timedOut = 0
  for (let w = a - 1; w >= lo && w >= stopBelow && timedOut < MAX_UNKNOWN_PER_STAGE; w--) {
    const floor = prober.boxFloorMm
    if (floor !== null && w <= floor) break
    const r = prober.probe(w)
    if (r.status === 'fits') stopBelow = w - options.windowMm
    else if (r.status === 'unknown') {
      unknown.add(w)
      timedOut++
    }
  }
  // 3b. Widths above it, up to the window's end; a width that does not fit there moves the window.
  let stopAbove = b + options.windowMm
  timedOut = 0
  for (let w = b + 1; w <= hi && w <= stopAbove && timedOut < MAX_UNKNOWN_PER_STAGE; w++) {
    const r = prober.probe(w)
    if (r.status === 'does-not-fit') stopAbove = w + options.windowMm
    else if (r.status === 'unknown') {
      unknown.add(w)
      timedOut++
    }
  }
  return { kind: 'searched', prober, unknown }
}

/** The width strictly between a and b nearest their middle that has not run out of time, or null. */
function middle(a: number, b: number, unknown: ReadonlySet<number>): number | null {
  const mid = Math.floor((a + b) / 2)
  for (let d = 0; mid - d > a || mid + d + 1 < b; d++) {
    if (mid - d > a && !unknown.has(mid - d)) return mid - d
    if (mid + d + 1 < b && !unknown.has(mid + d + 1)) return mid + d + 1
  }
  return null
}

/** Turns the decided widths into the answer: the two widths with their fit answers, breaks, certainty, summary. */
export function buildResult(
  bags: BagsByWidth,
  items: readonly FitItem[],
  range: { lo: number; hi: number; notes: string[] },
  prober: KitProber,
  unknown: ReadonlySet<number>,
  started: number,
): ScaleResult {
  const silhouette = bags.silhouette
  const records = prober.records()
  const fitting = records.filter((r) => r.status === 'fits')
  const failing = records.filter((r) => r.status === 'does-not-fit')
  const smallestMm = fitting.length > 0 ? fitting[0]!.widthMm : null
  const largestFailMm = failing.length > 0 ? failing[failing.length - 1]!.widthMm : null

  // Places where a larger width loses what a smaller one held.
  const breaks: MonotoneBreak[] = []
  for (const y of failing) {
    const x = [...fitting].reverse().find((r) => r.widthMm < y.widthMm)
    if (!x) continue
    breaks.push({
      fitsAtMm: x.widthMm,
      failsAtMm: y.widthMm,
      reason: explainBreak(bags.at(x.widthMm), x.placements, bags.at(y.widthMm), items),
    })
  }

  const certainty = certaintyOf(silhouette, range, prober, unknown, smallestMm, largestFailMm)
  const unknownGap =
    smallestMm !== null &&
    [...unknown].some((w) => w < smallestMm && (largestFailMm === null || w > largestFailMm))
  const status: ScaleResult['status'] =
    smallestMm === null || unknownGap
      ? 'unknown'
      : largestFailMm === null && smallestMm === range.lo
        ? 'fits-at-range-start'
        : 'found'

  const result: ScaleResult = {
    status,
    ...scaledSubject(silhouette),
    items: [...items],
    rangeMm: [range.lo, range.hi],
    smallest: smallestMm === null ? null : pointAt(bags, items, prober.get(smallestMm)!, prober),
    largestNotFitting:
      largestFailMm === null ? null : pointAt(bags, items, prober.get(largestFailMm)!, prober),
    unknownWidthsMm: [...unknown].sort((p, q) => p - q),
    breaks,
    certainty,
    probes: records.map(({ widthMm, status, by, proof, elapsedMs, carriedFromMm }) => ({
      widthMm,
      status,
      by,
      proof,
      elapsedMs,
      ...(carriedFromMm !== undefined && { carriedFromMm }),
    })),
    summary: [],
    stats: {
      fits: prober.stats.fits,
      reusedLayouts: prober.stats.reusedLayouts,
      elapsedMs: round3(performance.now() - started),
    },
  }
  result.summary = summarise(result, range.notes, prober)
  return result
}

/** What is proven and what is assumed on each side of the threshold. */
function certaintyOf(
  silhouette: Silhouette,
  range: { lo: number; hi: number },
  prober: KitProber,
  unknown: ReadonlySet<number>,
  smallestMm: number | null,
  largestFailMm: number | null,
): ScaleCertainty {
  const claim = monotoneClaim(silhouette)
  const floor = prober.boxFloorMm
  const belowFrom = Math.max(range.lo, floor === null ? range.lo : floor + 1)
  const untriedBelow = smallestMm === null ? [] : untried(prober, belowFrom, smallestMm - 1)
  const aboveFrom = (largestFailMm ?? smallestMm ?? range.hi) + 1
  const untriedAbove = smallestMm === null ? [] : untried(prober, aboveFrom, range.hi)
  const proven = claim.monotone === 'proven'
  const unknownBelow = smallestMm !== null && [...unknown].some((w) => w < smallestMm)
  const unknownAbove = [...unknown].some((w) => w > (largestFailMm ?? range.lo - 1))
  return {
    ...claim,
    boundFloorMm: floor,
    untriedBelow,
    untriedAbove,
    smallestIsExact: smallestMm !== null && !unknownBelow && (proven || untriedBelow.length === 0),
    largestIsExact: smallestMm !== null && !unknownAbove && (proven || untriedAbove.length === 0),
  }
}

/** Widths from `from` to `to` that were not decided, as inclusive ranges. */
function untried(prober: KitProber, from: number, to: number): [number, number][] {
  const out: [number, number][] = []
  for (let w = from; w <= to; w++) {
    if (prober.get(w)) continue
    const last = out[out.length - 1]
    if (last && last[1] === w - 1) last[1] = w
    else out.push([w, w])
  }
  return out
}

/** A decided width as a point with its full fit answer (running the fit if the width was settled another way). */
function pointAt(
  bags: BagsByWidth,
  items: readonly FitItem[],
  record: ProbeRecord,
  prober: KitProber,
): ScalePoint {
  const bag = bags.at(record.widthMm)
  // A width settled by a moved layout says so; one settled by a bound at a larger width gets a full fit here.
  const answer: FitAnswer =
    record.answer ??
    (record.by === 'reused-layout'
      ? {
          status: 'fits',
          placements: record.placements,
          reason: `Everything fits: the layout found at ${record.carriedFromMm} mm, moved by ${record.shiftMm!.join(', ')} mm (x, y, z), passes the layout checker here (${items.reduce((n, i) => n + (i.count ?? 1), 0)} items).`,
          stats: { nodes: 0, elapsedMs: record.elapsedMs },
          proof: { kind: 'layout', by: 'heuristic' },
        }
      : fit({
          container: bag.container,
          items: [...items],
          options: { timeLimitMs: prober.widthTimeLimitMs },
        }))
  return {
    widthMm: record.widthMm,
    exteriorMm: bag.exteriorMm,
    container: bag.container,
    usableMl: bag.volumes.usableMl,
    explanation: scaledExplanation(bags.silhouette, bag),
    answer,
  }
}

/** One line per finding, for people. */
function summarise(result: ScaleResult, notes: readonly string[], prober: KitProber): string[] {
  const lines: string[] = []
  const { smallest, largestNotFitting: largest, certainty } = result
  if (smallest) {
    const e = smallest.exteriorMm
    lines.push(
      `smallest width that fits: ${smallest.widthMm} mm (exterior ${e.w} × ${e.h} × ${e.d} mm, ${smallest.usableMl} ml usable)`,
    )
  } else {
    lines.push(
      `no width was proven to fit: the fit at ${result.rangeMm[1]} mm ran out of time; give it more time`,
    )
  }
  if (largest) lines.push(`largest width that does not fit: ${largest.widthMm} mm: ${largest.answer.reason}`)
  else if (smallest) lines.push(`it fits already at ${smallest.widthMm} mm, the smallest width of the range`)
  if (result.status === 'unknown' && smallest && largest) {
    lines.push(
      `the threshold lies between ${largest.widthMm} and ${smallest.widthMm} mm, where fits ran out of time: ${result.unknownWidthsMm.join(', ')} mm`,
    )
  } else if (result.unknownWidthsMm.length > 0) {
    lines.push(`fits ran out of time at ${result.unknownWidthsMm.join(', ')} mm`)
  }
  if (certainty.boundFloorMm !== null) {
    const floor = prober.get(certainty.boundFloorMm)
    lines.push(
      `no width up to ${certainty.boundFloorMm} mm fits: ${floor?.answer?.reason ?? 'a bound on the interior box says so'}`,
    )
  }
  for (const b of result.breaks)
    lines.push(`not monotone: fits at ${b.fitsAtMm} mm but not at ${b.failsAtMm} mm: ${b.reason}`)
  lines.push(
    `monotone in scale: ${certainty.monotone === 'proven' ? 'proven' : 'not proven'}: ${certainty.monotoneReason}`,
  )
  const ranges = (list: [number, number][]) => {
    if (list.length <= 2) return list.map(([p, q]) => (p === q ? `${p}` : `${p}–${q}`)).join(', ') + ' mm'
    const [from, to] = [list[0]![0], list[list.length - 1]![1]]
    const tried = to - from + 1 - list.reduce((n, [p, q]) => n + q - p + 1, 0)
    return `${from}–${to} mm, except the ${tried} widths tried in between`
  }
  if (certainty.monotone !== 'proven') {
    if (certainty.untriedBelow.length > 0)
      lines.push(`not tried below the smallest width, assumed not to fit: ${ranges(certainty.untriedBelow)}`)
    if (certainty.untriedAbove.length > 0)
      lines.push(
        `not tried above the largest width that does not fit, assumed to fit: ${ranges(certainty.untriedAbove)}`,
      )
  }
  lines.push(...notes)
  return lines
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000
}
