import { createHash } from 'node:crypto'
import { bagInterior, SHAPE_NAMES } from '../bag/index.js'
import type { FitItem } from '../pack/types.js'
import type { BatchBag } from './types.js'

/**
 * Content keys. A result is stored with the key of the bag and the key of the subject it was decided on; when
 * either differs from the key of what the catalog holds now, the result is stale and the next run decides it again.
 *
 * - A subject's key covers its fit items: ids, sizes, counts and rotations (or the reason its size is unknown).
 * - A bag's key covers the bag layer's spec (sizes, shape, closure, material, measured interior) and a fingerprint
 *   of the bag layer itself: the containers it derives for one reference bag per shape. A change to the bag layer
 *   that moves any of them makes every result stale; a change to a bag's notes or price makes nothing stale.
 *
 * Keys are the first 16 hex digits (64 bits) of a SHA-256 of canonical JSON: for a million distinct contents the
 * chance of any two sharing a key is below 1 in 30 million.
 */

/** Bump when the meaning of a stored result changes, so that every stored result becomes stale. */
const KEY_VERSION = 1
const KEY_HEX_DIGITS = 16

/** The content key of a subject's fit items (or of the reason its size is unknown). */
export function subjectKey(items: readonly FitItem[] | string): string {
  if (typeof items === 'string') return digest(['missing', items])
  return digest(items.map((i) => [i.id, i.size, i.count ?? 1, i.rotate ?? 'any']))
}

/** The content key of a bag's spec (or of the reason there is none), tied to the bag layer's fingerprint. */
export function bagKey(spec: BatchBag['spec']): string {
  return digest([KEY_VERSION, bagLayerFingerprint(), spec])
}

let fingerprint: string | undefined

/**
 * A key of what the bag layer derives today: the containers of one 180 × 120 × 60 mm reference bag per shape
 * (about 50 ms, once per process).
 */
function bagLayerFingerprint(): string {
  fingerprint ??= digest(
    SHAPE_NAMES.map((shape) => bagInterior({ exteriorMm: { w: 180, h: 120, d: 60 }, shape }).container),
  )
  return fingerprint
}

/** SHA-256 of the canonical JSON of `value` (object keys sorted), cut to `KEY_HEX_DIGITS`. */
export function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, KEY_HEX_DIGITS)
}

/** JSON with object keys in sorted order and `undefined` fields left out, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}
