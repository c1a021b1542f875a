/**
 * What this browser remembers about its reader, beside the unit: their height (for the person at true scale) and how
 * many screen pixels make a millimetre (calibrated with a bank card held to the screen). Never in a share link: they
 * belong to the reader, not to the view.
 */

/** Where each preference is kept. */
export const HEIGHT_KEY = 'micropurse.heightCm'
export const PX_PER_MM_KEY = 'micropurse.pxPerMm'

/** Heights the page draws, cm: the styling advisor's range. */
export const MIN_HEIGHT_CM = 100
export const MAX_HEIGHT_CM = 230
/** The height drawn until the reader gives theirs, cm (the advisor's reference height, docs/style.md). */
export const DEFAULT_HEIGHT_CM = 165

/** CSS's own idea of a millimetre: 96 px per inch. Real screens differ, hence the calibration. */
export const CSS_PX_PER_MM = 96 / 25.4
/** The calibration's range, px per mm: from a large low-density monitor to a dense phone at CSS pixels. */
export const MIN_PX_PER_MM = 2
export const MAX_PX_PER_MM = 8

type Store = Pick<Storage, 'getItem' | 'setItem'> | null

/** A remembered number inside [min, max], or `fallback`. */
export function readNumber(storage: Store, key: string, min: number, max: number, fallback: number): number {
  const text = safely(() => storage?.getItem(key))
  const n = text ? Number(text) : NaN
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback
}

/** Remembers a number; a browser that refuses storage (private mode) just forgets it. */
export function writeNumber(storage: Store, key: string, value: number): void {
  safely(() => storage?.setItem(key, String(value)))
}

/** This page's storage, or null where the browser refuses it. */
export function pageStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

/**
 * Reads a height typed by a person, in cm (`168`, `168 cm`) or feet and inches (`5'6"`, `5 ft 6 in`, `66 in`).
 * The message names what was typed and the range.
 */
export function readHeight(text: string): { ok: true; cm: number } | { ok: false; message: string } {
  const t = text.trim().toLowerCase()
  let cm: number | null = null
  const metric = /^(\d+(?:\.\d+)?)\s*(cm)?$/.exec(t)
  const metres = /^(\d(?:\.\d+)?)\s*m$/.exec(t)
  const feet = /^(\d)\s*(?:'|ft|feet)\s*(?:(\d+(?:\.\d+)?)\s*(?:"|in|inches)?)?$/.exec(t)
  const inches = /^(\d+(?:\.\d+)?)\s*(?:"|in|inches)$/.exec(t)
  if (metric) cm = Number(metric[1])
  else if (metres) cm = Number(metres[1]) * 100
  else if (feet) cm = (Number(feet[1]) * 12 + Number(feet[2] ?? 0)) * 2.54
  else if (inches) cm = Number(inches[1]) * 2.54
  if (cm === null) return { ok: false, message: `Cannot read "${text.trim().slice(0, 20)}" as a height: type it in cm (168) or feet and inches (5'6").` }
  if (cm < MIN_HEIGHT_CM || cm > MAX_HEIGHT_CM) return { ok: false, message: `${Math.round(cm)} cm is outside ${MIN_HEIGHT_CM}–${MAX_HEIGHT_CM} cm: check the number and the unit.` }
  return { ok: true, cm: Math.round(cm * 10) / 10 }
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f()
  } catch {
    return undefined
  }
}
