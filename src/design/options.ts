import { fail, show } from '../errors.js'
import { isTimeLimitMs, LIMITS } from '../pack/limits.js'
import { smallestRoomyWidth } from './scaled-bag.js'
import type { ScaleResult, Silhouette } from './types.js'

/** Default time limit for deciding one width, in milliseconds: the fit engine's own default for one fit. */
const DEFAULT_WIDTH_TIME_LIMIT_MS = LIMITS.defaultTimeLimitMs

/**
 * Default widths checked on each side of the threshold the bisection finds. Three catch the breaks we have seen
 * (outline steps and handle anchors shift by well under a millimetre per millimetre of width) while costing about six
 * fits; `exhaustive` checks every width instead.
 */
const DEFAULT_WINDOW_MM = 3

/** Default largest width as a multiple of the reference width. */
const DEFAULT_MAX_WIDTH_FACTOR = 2

/** A width range in whole millimetres, checked, with a note when its start was raised to where the bag has room. */
export interface WidthRange {
  lo: number
  hi: number
  notes: string[]
}

/**
 * The whole-millimetre range to search: from `minWidthMm` (default 1) rounded up, raised to the smallest width at
 * which the walls leave room, to `maxWidthMm` (default twice the reference width) rounded down. Throws
 * `INVALID_OPTION` for a bad bound or an empty range, and `NO_SIZE_IN_RANGE` when the walls leave no room anywhere
 * in it.
 */
export function widthRange(
  silhouette: Silhouette,
  minWidthMm: number | undefined,
  maxWidthMm: number | undefined,
  names = ['minWidthMm', 'maxWidthMm'],
): WidthRange {
  const ref = silhouette.reference.exteriorMm.w
  const from = minWidthMm === undefined ? 1 : Math.ceil(expectWidth(minWidthMm, names[0]!))
  const to =
    maxWidthMm === undefined
      ? Math.floor(DEFAULT_MAX_WIDTH_FACTOR * ref)
      : Math.floor(expectWidth(maxWidthMm, names[1]!))
  if (to < from)
    fail(
      'INVALID_OPTION',
      `The width range is empty: ${names[0]} ${from} mm is above ${names[1]} ${to} mm (whole millimetres).`,
    )
  const roomy = smallestRoomyWidth(silhouette, from, to)
  if (roomy === null) {
    fail(
      'NO_SIZE_IN_RANGE',
      `The walls leave no room inside ${silhouette.label} at any width up to ${to} mm (${silhouette.material.name}, ${wallMm(silhouette)} mm walls): try larger widths or a thinner material.`,
      { maxWidthMm: to },
    )
  }
  const notes =
    roomy > from
      ? [`below ${roomy} mm wide the walls and closure leave no room inside, so the range starts there`]
      : []
  return { lo: roomy, hi: to, notes }
}

/** Checks a width's time limit in milliseconds (default `DEFAULT_WIDTH_TIME_LIMIT_MS`); throws `INVALID_OPTION`. */
export function widthTimeLimit(value: number | undefined): number {
  if (value === undefined) return DEFAULT_WIDTH_TIME_LIMIT_MS
  if (!isTimeLimitMs(value)) {
    fail(
      'INVALID_OPTION',
      `widthTimeLimitMs must be milliseconds above 0 and at most ${LIMITS.maxTimeLimitMs}, got ${show(value)}.`,
    )
  }
  return value
}

/** Checks the window in whole millimetres (default `DEFAULT_WINDOW_MM`); throws `INVALID_OPTION`. */
export function windowMm(value: number | undefined): number {
  return wholeMm(value, 'windowMm', 0, 1000, DEFAULT_WINDOW_MM)
}

/** Checks option `name`, whole millimetres from `min` to `max` (`defaultMm` when not given); throws `INVALID_OPTION`. */
export function wholeMm(value: number | undefined, name: string, min: number, max: number, defaultMm: number): number {
  if (value === undefined) return defaultMm
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail('INVALID_OPTION', `${name} must be a whole number of millimetres from ${min} to ${max}, got ${show(value)}.`)
  }
  return value
}

/** What a scale answer was about: the silhouette (by id, label and reference width), its material and hardware. */
export function scaledSubject(silhouette: Silhouette): Pick<ScaleResult, 'silhouette' | 'material' | 'hardware'> {
  return {
    silhouette: {
      id: silhouette.id,
      label: silhouette.label,
      referenceWidthMm: silhouette.reference.exteriorMm.w,
    },
    material: silhouette.material,
    hardware: silhouette.hardware,
  }
}

/** Refuses option names that are not in `known`, naming the accepted ones (`UNKNOWN_OPTION`). */
export function rejectUnknownOptions(
  options: object | undefined,
  known: readonly string[],
  where: string,
): void {
  for (const key of Object.keys(options ?? {})) {
    if (!known.includes(key))
      fail('UNKNOWN_OPTION', `Unknown option ${show(key)} for ${where}; expected only ${known.join(', ')}.`)
  }
}

function expectWidth(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > LIMITS.maxSideMm) {
    fail(
      'INVALID_OPTION',
      `${name} must be a width in millimetres above 0 and at most ${LIMITS.maxSideMm}, got ${show(value)}.`,
    )
  }
  return value
}

function wallMm(silhouette: Silhouette): number {
  const m = silhouette.material
  return Math.round((m.wallMm + m.stiffenerMm + m.liningMm) * 1000) / 1000
}
