import type { DimsStatus } from './types.js'

/** How far a side may be from the catalog's number, and why, for one `dims_status`. */
export interface DimsTolerance {
  /** Plus or minus this many millimetres on each side. */
  readonly mm: number
  /** The reason in words, to follow "since the size is …" ("given to the nearest quarter inch"). */
  readonly words: string
}

/**
 * The tolerance each `dims_status` implies, stated once (data/seed/README.md explains the statuses). The numbers
 * are half the step the source rounds to, or our own reading of how far a hedged or estimated figure may be off:
 * - `sourced`: the page gives millimetres (or tenths of a centimetre), so ±0.5 mm;
 * - `sourced-cm`: whole or half centimetres, as bag makers round, so up to ±5 mm;
 * - `converted-from-inches`: shops give bags to the quarter inch (6.35 mm), so ±3.2 mm; an eighth-inch source is
 *   better than that, and the tolerance stays the safe one;
 * - `approximate` and `*-approx`: the source hedged ("about 12 cm"), read as within half a centimetre (a half inch
 *   for inches);
 * - `estimated`: a side no source gives, estimated from the silhouette's proportions, ±10 mm;
 * - `typical`: a usual size of the kind chosen by us, ±5 mm for a given one of that kind.
 */
export const DIMS_TOLERANCE: Readonly<Record<DimsStatus, DimsTolerance>> = Object.freeze({
  sourced: { mm: 0.5, words: 'given to the millimetre' },
  'sourced-cm': { mm: 5, words: 'given to the centimetre' },
  'sourced-2d-only': { mm: 0.5, words: 'given to the millimetre (a side is unknown)' },
  'sourced-width-only': { mm: 0.5, words: 'given to the millimetre (two sides are unknown)' },
  'sourced-axis-order-unlabelled': {
    mm: 5,
    words: 'given in centimetres without saying which side is the height',
  },
  'converted-from-inches': { mm: 3.2, words: 'given to the nearest quarter inch' },
  'converted-from-inches-approx': { mm: 6.4, words: 'given as about so many inches (to the half inch)' },
  'converted-from-inches-2d-only': {
    mm: 3.2,
    words: 'given to the nearest quarter inch (a side is unknown)',
  },
  approximate: { mm: 5, words: 'given only approximately ("about"), to within half a centimetre' },
  'estimate-from-photo': { mm: 15, words: 'guessed from a photograph by a journalist' },
  'pre-release-report': { mm: 1, words: 'taken from reports before launch, not the maker’s sheet' },
  derived: { mm: 1, words: 'computed from sourced sizes (a fold adds a little)' },
  'range-only': { mm: 10, words: 'given only as a range' },
  partial: { mm: 5, words: 'only partly given by its source' },
  estimated: {
    mm: 10,
    words: 'estimated from the silhouette’s proportions, not stated by any source',
  },
  typical: { mm: 5, words: 'a typical size of the kind, not of this very thing' },
  measured: { mm: 1, words: 'measured by hand' },
})

/** The tolerance in millimetres that a `dims_status` implies (see `DIMS_TOLERANCE`). */
export function dimsToleranceMm(status: DimsStatus): number {
  return DIMS_TOLERANCE[status].mm
}
