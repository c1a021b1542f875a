import { fail, show } from '../errors.js'
import type { FitStatus } from '../pack/types.js'
import { bagsByWidth } from './bags-by-width.js'
import { widthTimeLimit, rejectUnknownOptions, scaledSubject, wholeMm, widthRange, windowMm } from './options.js'
import type { KitProber } from './probe.js'
import { buildResult, checkItems, searchScale } from './search.js'
import type { CapacityCurve, CurveKit, CurveOptions, CurveRow, CurveThreshold, Silhouette } from './types.js'

const OPTION_KEYS = ['fromMm', 'toMm', 'stepMm', 'widthTimeLimitMs', 'windowMm']

/** Default width step between the rows of the capacity table, in millimetres. */
const DEFAULT_CURVE_STEP_MM = 10

/** Most points in the volume series; longer ranges are sampled every few millimetres. */
const MAX_SERIES_POINTS = 2000

/** What `capacityCurve` takes. */
export interface CapacityCurveInput {
  silhouette: Silhouette
  /** Kits to place on the curve (for example every kit of the catalog); may be empty. */
  kits: CurveKit[]
  options: CurveOptions
}

/**
 * Capacity against size for a silhouette, from `fromMm` to `toMm` of exterior width:
 * - a volume series every millimetre: exterior volume, usable volume, and the shares taken by the materials (walls,
 *   lining, base, top allowance), by the steps that approximate a curved outline, and by the hardware;
 * - each kit's threshold in the range, found by the same search as `designScale` (`never` when it fits nowhere);
 * - a table every `stepMm` (default 10) with the volumes and whether each kit fits there, each cell decided by a fit,
 *   a checked layout from a smaller width, or a bound on the interior box at a larger width (never inferred).
 * Widths below the smallest at which the walls leave room are rows without an interior. Kit ids must be unique.
 *
 * Throws `INVALID_OPTION` / `UNKNOWN_OPTION` for bad options, `INVALID_INPUT` for a kit without items or a repeated
 * kit id, `NO_SIZE_IN_RANGE` when the walls leave no room anywhere in the range, and the fit engine's errors for
 * malformed items.
 */
export function capacityCurve(input: CapacityCurveInput): CapacityCurve {
  const started = performance.now()
  const { silhouette, kits, options } = input
  rejectUnknownOptions(options, OPTION_KEYS, 'capacityCurve')
  if (options?.fromMm === undefined || options.toMm === undefined) {
    fail(
      'INVALID_OPTION',
      `capacityCurve needs the range: fromMm and toMm (exterior widths in mm), got ${show(options)}.`,
    )
  }
  const range = widthRange(silhouette, options.fromMm, options.toMm, ['fromMm', 'toMm'])
  const from = Math.ceil(options.fromMm)
  const step = stepOf(options.stepMm)
  const search = {
    widthTimeLimitMs: widthTimeLimit(options.widthTimeLimitMs),
    windowMm: windowMm(options.windowMm),
  }
  const bags = bagsByWidth(silhouette)
  const ids = new Set<string>()
  for (const kit of kits) {
    if (ids.has(kit.id))
      fail('INVALID_INPUT', `Kit id ${show(kit.id)} appears twice on the curve; give each kit once.`)
    ids.add(kit.id)
    checkItems(bags, kit.items, range.hi)
  }

  // 1. Volumes every millimetre (or every few, for very long ranges).
  const every = Math.max(1, Math.ceil((range.hi - range.lo + 1) / MAX_SERIES_POINTS))
  const series: CapacityCurve['series'] = []
  for (let w = range.lo; w <= range.hi; w += every) series.push({ widthMm: w, volumes: bags.at(w).volumes })

  // 2. Each kit's threshold, with the prober that remembers every width it decided.
  const probers = new Map<string, KitProber>()
  const thresholds: CurveThreshold[] = kits.map((kit) => {
    const outcome = searchScale(bags, kit.items, range, search)
    probers.set(kit.id, outcome.prober)
    const label = kit.label ?? kit.id
    if (outcome.kind === 'never') {
      return {
        kitId: kit.id,
        label,
        status: 'never',
        smallestMm: null,
        largestNotFittingMm: range.hi,
        breaks: [],
        reason: outcome.reason,
      }
    }
    const result = buildResult(bags, kit.items, range, outcome.prober, outcome.unknown, started)
    return {
      kitId: kit.id,
      label,
      status: result.status,
      smallestMm: result.smallest?.widthMm ?? null,
      largestNotFittingMm: result.largestNotFitting?.widthMm ?? null,
      breaks: result.breaks,
    }
  })

  // 3. The table: every step from the range's start, and its end.
  const rows: CurveRow[] = []
  for (const w of rowWidths(from, range.hi, step)) {
    const kitsAt: Record<string, FitStatus> = {}
    if (w < range.lo) {
      for (const kit of kits) kitsAt[kit.id] = 'does-not-fit'
      rows.push({
        widthMm: w,
        exteriorMm: null,
        volumes: null,
        reason: 'the walls and closure leave no room inside',
        kits: kitsAt,
      })
      continue
    }
    for (const kit of kits) kitsAt[kit.id] = probers.get(kit.id)!.probe(w).status
    const bag = bags.at(w)
    rows.push({ widthMm: w, exteriorMm: bag.exteriorMm, volumes: bag.volumes, kits: kitsAt })
  }

  const stats = { fits: 0, reusedLayouts: 0, elapsedMs: 0 }
  for (const p of probers.values()) {
    stats.fits += p.stats.fits
    stats.reusedLayouts += p.stats.reusedLayouts
  }
  stats.elapsedMs = Math.round((performance.now() - started) * 1000) / 1000
  return {
    ...scaledSubject(silhouette),
    rangeMm: [from, range.hi],
    minValidWidthMm: range.lo,
    series,
    rows,
    thresholds,
    stats,
  }
}

function stepOf(value: number | undefined): number {
  return wholeMm(value, 'stepMm', 1, 10_000, DEFAULT_CURVE_STEP_MM)
}

function rowWidths(from: number, to: number, step: number): number[] {
  const widths: number[] = []
  for (let w = from; w <= to; w += step) widths.push(w)
  if (widths[widths.length - 1] !== to) widths.push(to)
  return widths
}
