import { fail, show } from '../errors.js'

/** Length units people type. Millimetres are the unit of every API. */
export type LengthUnit = 'mm' | 'cm' | 'in' | 'm'

const MM_PER_UNIT: Record<LengthUnit, number> = { mm: 1, cm: 10, in: 25.4, m: 1000 }

const UNIT_ALIASES: Record<string, LengthUnit> = {
  mm: 'mm',
  millimetre: 'mm',
  millimetres: 'mm',
  millimeter: 'mm',
  millimeters: 'mm',
  cm: 'cm',
  centimetre: 'cm',
  centimetres: 'cm',
  centimeter: 'cm',
  centimeters: 'cm',
  in: 'in',
  inch: 'in',
  inches: 'in',
  '"': 'in',
  m: 'm',
}

/** A length read from text, in millimetres, with the unit it was read in. */
export interface ParsedLength {
  lengthMm: number
  unit: LengthUnit
}

/** A size read from text such as `12x9x5cm`, in millimetres, with the unit it was read in. */
export interface ParsedSize {
  sizeMm: number[]
  unit: LengthUnit
}

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)`
const LENGTH_RE = new RegExp(String.raw`^\s*${NUMBER}\s*([a-z"]*)\s*$`, 'i')

/**
 * Reads a length such as `12cm`, `3.5in`, `120mm`, `120` (millimetres by default) into millimetres.
 * Throws `INVALID_LENGTH` for anything else, naming the text and the accepted forms, and for a length that is not
 * positive at the engine's resolution (`0cm`, `0.0001mm`).
 */
export function parseLength(text: string, defaultUnit: LengthUnit = 'mm'): ParsedLength {
  const match = LENGTH_RE.exec(text)
  if (!match) {
    fail('INVALID_LENGTH', `Cannot read ${show(text)} as a length: expected a positive number with an optional unit, e.g. 120mm, 12cm or 4.7in.`)
  }
  const unit = match[2] ? UNIT_ALIASES[match[2].toLowerCase()] : defaultUnit
  if (!unit) {
    fail('INVALID_LENGTH', `Unknown unit ${show(match[2])} in ${show(text)}: expected mm, cm, in or m.`)
  }
  const lengthMm = roundMm(Number(match[1]) * MM_PER_UNIT[unit])
  if (lengthMm <= 0) {
    fail('INVALID_LENGTH', `Cannot use ${show(text)} as a length: it must be more than 0 (at least 0.001 mm), e.g. 120mm, 12cm or 4.7in.`)
  }
  return { lengthMm, unit }
}

/**
 * Reads a size such as `12x9x5cm`, `12 × 9 × 5 cm`, `4.7x3.5x2in` or `120x90x50` (millimetres) into millimetres.
 * One unit may follow the last number (it applies to all) or each number may carry its own.
 * `dimensions` says how many numbers are expected (3 for a box, 2 for an opening).
 */
export function parseSize(text: string, dimensions = 3, defaultUnit: LengthUnit = 'mm'): ParsedSize {
  const parts = text.split(/\s*[x×*]\s*/i)
  if (parts.length !== dimensions || parts.some((p) => p.trim() === '')) {
    fail(
      'INVALID_SIZE',
      `Cannot read ${show(text)} as a size: expected ${dimensions} lengths separated by "x", e.g. ${dimensions === 3 ? '12x9x5cm' : '10x4cm'}.`,
    )
  }
  // A unit on the last part alone applies to every part.
  const last = LENGTH_RE.exec(parts[parts.length - 1]!)
  const sharedUnit = last?.[2] ? UNIT_ALIASES[last[2].toLowerCase()] : undefined
  const lengths = parts.map((part) => parseLength(part, sharedUnit ?? defaultUnit))
  return { sizeMm: lengths.map((l) => l.lengthMm), unit: sharedUnit ?? lengths[0]!.unit }
}

/** Formats millimetres in a unit for people: `formatLength(120, 'cm')` is `12 cm`. */
export function formatLength(lengthMm: number, unit: LengthUnit = 'mm'): string {
  const value = lengthMm / MM_PER_UNIT[unit]
  const digits = unit === 'mm' ? 3 : unit === 'in' ? 2 : 3
  return `${Number(value.toFixed(digits))} ${unit}`
}

/** Formats a size as `120 × 44 × 84 mm`. */
export function formatSize(sizeMm: readonly number[], unit: LengthUnit = 'mm'): string {
  return sizeMm.map((v) => formatLength(v, unit).split(' ')[0]).join(' × ') + ' ' + unit
}

/** Rounds millimetres to the engine's resolution (0.001 mm) so unit conversions do not leave float noise. */
function roundMm(lengthMm: number): number {
  return Math.round(lengthMm * 1000) / 1000
}

/** Micrometres per millimetre: the engine works in whole micrometres. */
const UM_PER_MM = 1000

/** Millimetres to whole micrometres, rounded up (for things that must fit in). Exact for inputs with ≤ 3 decimals. */
export function mmToUmUp(lengthMm: number): number {
  const um = lengthMm * UM_PER_MM
  const nearest = Math.round(um)
  // Float noise such as 53.98 * 1000 = 53980.000000000004 must not round up to 53981.
  return Math.abs(um - nearest) < 1e-6 ? nearest : Math.ceil(um)
}

/** Millimetres to whole micrometres, rounded down (for the space things go into). */
export function mmToUmDown(lengthMm: number): number {
  const um = lengthMm * UM_PER_MM
  const nearest = Math.round(um)
  return Math.abs(um - nearest) < 1e-6 ? nearest : Math.floor(um)
}
