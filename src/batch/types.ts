import type { BagSpec } from '../bag/index.js'
import type { FitItem, FitStatus } from '../pack/types.js'

/**
 * What a batch answer can be. The engine's three (`fits` with a checked layout, `does-not-fit` with a proof,
 * `unknown` when the time limit ran out) plus two the batch decides without the engine:
 * - `unknown-size`: the catalog lacks a side of the bag or of an item, so nothing was tried;
 * - `invalid-bag`: the bag layer rejects the catalog's description of the bag (its message is the reason).
 */
export const BATCH_STATUSES = ['fits', 'does-not-fit', 'unknown', 'unknown-size', 'invalid-bag'] as const
export type BatchStatus = FitStatus | 'unknown-size' | 'invalid-bag'

/** Whether a subject is a catalog item tried on its own or a kit tried whole. */
export type SubjectKind = 'item' | 'kit'

/**
 * A thing to try in every bag: one catalog item, or one kit with all its lines. `items` holds the fit items, or
 * the reason the size is unknown. `key` is the content key of `items` (see `keys.ts`): an edit to the item, the kit
 * or an item in the kit changes it.
 */
export interface Subject {
  kind: SubjectKind
  id: string
  name: string
  key: string
  items: FitItem[] | string
}

/**
 * A bag as the batch carries it (to a worker thread or in a queue job): its catalog id, its content key, and the
 * bag layer's spec, or the reason there is none (a missing side or shape). The container is derived by whoever
 * solves, because deriving a curved outline costs milliseconds.
 */
export interface BatchBag {
  id: string
  key: string
  spec: BagSpec | { missing: string }
}

/** One bag and the subjects (indexes into the subject list that travels with it) still to decide for it. */
export interface WorkBag extends BatchBag {
  subjects: number[]
}

/** One decision: a bag and a subject, the keys of the content it was made on, and the answer. */
export interface BatchResult {
  bagId: string
  subjectKind: SubjectKind
  subjectId: string
  bagKey: string
  subjectKey: string
  status: BatchStatus
  /** Why not, or what was missing; empty for `fits`. */
  reason: string
  /** The time limit the engine had, in milliseconds. */
  timeLimitMs: number
  /** Time spent on this decision, bag derivation shared out over the bag's subjects, in milliseconds. */
  elapsedMs: number
  /** Which process and thread decided it: `host:pid/thread`. */
  computedBy: string
  /** ISO 8601 time of the decision. */
  computedAt: string
}
