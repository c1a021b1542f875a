import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Database } from '../catalog/index.js'
import type { BatchResult } from './types.js'

/** The `batch_results` table (migration `0003-batch-results`): one row per decided (bag, subject) pair. */
interface BatchResultTable {
  bag_id: string
  /** `item` or `kit`. */
  subject_kind: string
  subject_id: string
  bag_key: string
  subject_key: string
  status: string
  reason: string
  time_limit_ms: number
  elapsed_ms: number
  computed_by: string
  computed_at: string
}

/** The catalog's tables plus the batch's: the batch reads bags, items and kits and writes results. */
export interface BatchDatabase extends Database {
  batch_results: BatchResultTable
}

/** A connection to the batch database, or a transaction on it. */
export type BatchDb = Kysely<BatchDatabase> | Transaction<BatchDatabase>

export type BatchResultRow = Selectable<BatchResultTable>

/** Maps a `BatchResult` to the row that stores it. */
export function resultToRow(result: BatchResult): BatchResultRow {
  return {
    bag_id: result.bagId,
    subject_kind: result.subjectKind,
    subject_id: result.subjectId,
    bag_key: result.bagKey,
    subject_key: result.subjectKey,
    status: result.status,
    reason: result.reason,
    time_limit_ms: result.timeLimitMs,
    elapsed_ms: result.elapsedMs,
    computed_by: result.computedBy,
    computed_at: result.computedAt,
  }
}
