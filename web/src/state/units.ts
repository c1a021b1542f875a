import { formatLength, parseSize } from '../../../src/geometry/units.js'
import type { LengthUnit } from '../../../src/geometry/units.js'
import { MicropurseError } from '../../../src/errors.js'
import type { Vec3 } from '../../../src/pack/types.js'

/** Units the page offers; metres make no sense for things that fit in a micro bag. */
export const UNITS = ['mm', 'cm', 'in'] as const
export type Unit = (typeof UNITS)[number]

/** Where the preferred unit is remembered between visits. */
export const UNIT_KEY = 'micropurse.unit'

/** The unit the person chose before, or a guess from the language (inches for US English). */
export function initialUnit(storage: Pick<Storage, 'getItem'> | null, language = 'en'): Unit {
  const saved = safely(() => storage?.getItem(UNIT_KEY))
  if (saved && (UNITS as readonly string[]).includes(saved)) return saved as Unit
  return /^en-(us|lr|mm)$/i.test(language) ? 'in' : 'cm'
}

/** Remembers the unit; a browser that refuses storage (private mode) just forgets it. */
export function rememberUnit(storage: Pick<Storage, 'setItem'> | null, unit: Unit): void {
  safely(() => storage?.setItem(UNIT_KEY, unit))
}

/**
 * Largest side the page accepts, mm. A bag: 1 m (the largest totes are about 60 cm; a bigger number is a typo, such as
 * 99999 cm). A thing to carry: 60 cm (it has to go into a bag; a 10 m "thing" is a typo too).
 */
const MAX_BAG_SIDE_MM = 1000
const MAX_THING_SIDE_MM = 600
/** Smallest side, mm: thinner than a banknote (0.1 mm) is a typo for a bigger number. */
const MIN_SIDE_MM = 0.05

/** What is being sized, for limits and messages. */
export type SizeOf = 'bag' | 'thing'

/** A size typed by hand, read: millimetres in the order typed, and a sentence saying how it was read. */
export type ReadSize = { ok: true; sizeMm: Vec3; unit: LengthUnit; said: string } | { ok: false; message: string }

/**
 * Reads a size such as `12x9x5cm`, `4.7 x 3.5 x 2 in` or `120x90x50`; numbers without a unit are in `defaultUnit`.
 * Never throws: a size that cannot be read comes back with the message to show.
 */
export function readSize(text: string, defaultUnit: Unit, order = 'width × height × depth', of: SizeOf = 'bag'): ReadSize {
  const typed = text.trim()
  if (typed === '') return { ok: false, message: 'Type three sizes, e.g. 12x9x5cm.' }
  // "12,5x9x5cm": a decimal comma, as much of Europe writes it. Say how to write it rather than guess.
  if (/\d,\d/.test(typed)) {
    const withPoints = typed.replace(/(\d),(\d)/g, '$1.$2')
    return { ok: false, message: `Cannot read "${typed}": use a point for decimals, e.g. ${withPoints}.` }
  }
  try {
    const parsed = parseSize(typed, 3, defaultUnit)
    const sizeMm = parsed.sizeMm as Vec3
    if (sizeMm.some((v) => !(v > 0))) return { ok: false, message: `Every side must be more than 0: ${typed}.` }
    const max = of === 'bag' ? MAX_BAG_SIDE_MM : MAX_THING_SIDE_MM
    const longest = Math.max(...sizeMm)
    if (longest > max) {
      const what = of === 'bag' ? 'a bag' : 'a thing to carry'
      return {
        ok: false,
        message: `"${typed}" is ${formatIn(longest, 'cm')} on its longest side: too big for ${what} (at most ${formatIn(max, 'cm')}). Check the number and the unit.`,
      }
    }
    if (Math.min(...sizeMm) < MIN_SIDE_MM) {
      return { ok: false, message: `"${typed}" has a side under ${MIN_SIDE_MM} mm: check the number and the unit.` }
    }
    const unitWord = /[a-z"]\s*$/i.test(text.trim()) ? parsed.unit : `${parsed.unit}, your unit`
    return { ok: true, sizeMm, unit: parsed.unit, said: `Read as ${sizeMm.map((v) => formatLength(v, 'mm').replace(' mm', '')).join(' × ')} mm (${order}; ${unitWord}).` }
  } catch (error) {
    if (error instanceof MicropurseError) return { ok: false, message: error.message }
    throw error
  }
}

/** A length for people in their unit: `formatIn(120, 'cm')` is `12 cm`, `formatIn(0.76, 'in')` is `0.03 in`. */
export function formatIn(lengthMm: number, unit: Unit): string {
  const value = unit === 'mm' ? lengthMm : unit === 'cm' ? lengthMm / 10 : lengthMm / 25.4
  // Two decimals below 1 (a card is 0.08 cm, 0.03 in thick), one above.
  const digits = value < 1 ? 2 : 1
  return `${trim(value.toFixed(digits))} ${unit}`
}

/** Three lengths in the person's unit: `12 × 9 × 5 cm`. */
export function formatSizeIn(sizeMm: readonly number[], unit: Unit): string {
  return sizeMm.map((v) => formatIn(v, unit).split(' ')[0]).join(' × ') + ' ' + unit
}

function trim(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f()
  } catch {
    return undefined
  }
}
