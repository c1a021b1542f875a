import { sql } from 'kysely'
import type { BatchDb, BatchResultRow } from './result.table.js'
import { countRows } from '../catalog/table-queries.js'

/** What the planner needs of a stored result to tell whether it is still current. */
export type ResultKeyRow = Pick<
  BatchResultRow,
  'bag_id' | 'subject_kind' | 'subject_id' | 'bag_key' | 'subject_key' | 'status' | 'time_limit_ms'
>

/** Non-key columns, overwritten by an upsert. */
const VALUE_COLUMNS = [
  'bag_key',
  'subject_key',
  'status',
  'reason',
  'time_limit_ms',
  'elapsed_ms',
  'computed_by',
  'computed_at',
] as const

/** Rows per insert: 11 columns × 500 stays far below both databases' limits on bound parameters. */
const ROWS_PER_INSERT = 500

/**
 * Writes results, one row per (bag, subject). A stored row is replaced only by a result made on other content (a
 * bag or subject key that differs) or by a better one for the same content (a decided answer over `unknown`, or
 * a longer time limit); otherwise the first result to land stays, with its `computed_by` and `computed_at`. So
 * writing the same results twice, by two workers or by a retried job, changes nothing. Call it inside a transaction
 * to land a job's results all together or not at all.
 */
export async function upsertResultRows(db: BatchDb, rows: readonly BatchResultRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto('batch_results')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .onConflict((oc) =>
        oc
          .columns(['bag_id', 'subject_kind', 'subject_id'])
          .doUpdateSet(Object.fromEntries(VALUE_COLUMNS.map((c) => [c, sql.ref(`excluded.${c}`)])))
          .where((eb) =>
            eb.or([
              eb('batch_results.bag_key', '<>', eb.ref('excluded.bag_key')),
              eb('batch_results.subject_key', '<>', eb.ref('excluded.subject_key')),
              eb.and([eb('batch_results.status', '=', 'unknown'), eb('excluded.status', '<>', 'unknown')]),
              eb.and([
                eb('batch_results.status', '=', 'unknown'),
                eb('batch_results.time_limit_ms', '<', eb.ref('excluded.time_limit_ms')),
              ]),
            ]),
          ),
      )
      .execute()
  }
}

/** Keys of the stored results of bags whose id is between `firstBagId` and `lastBagId` (both included). */
export async function findResultKeysBetween(
  db: BatchDb,
  firstBagId: string,
  lastBagId: string,
): Promise<ResultKeyRow[]> {
  return db
    .selectFrom('batch_results')
    .select(['bag_id', 'subject_kind', 'subject_id', 'bag_key', 'subject_key', 'status', 'time_limit_ms'])
    .where('bag_id', '>=', firstBagId)
    .where('bag_id', '<=', lastBagId)
    .execute()
}

/** Keys of the stored results of these bags. */
export async function findResultKeysOf(db: BatchDb, bagIds: readonly string[]): Promise<ResultKeyRow[]> {
  if (bagIds.length === 0) return []
  return db
    .selectFrom('batch_results')
    .select(['bag_id', 'subject_kind', 'subject_id', 'bag_key', 'subject_key', 'status', 'time_limit_ms'])
    .where('bag_id', 'in', bagIds)
    .execute()
}

/** Stored results, by bag then subject; `where` narrows to one bag and/or one subject. */
export async function listResultRows(
  db: BatchDb,
  where: { bagId?: string; subjectKind?: string; subjectId?: string } = {},
): Promise<BatchResultRow[]> {
  let query = db.selectFrom('batch_results').selectAll()
  if (where.bagId !== undefined) query = query.where('bag_id', '=', where.bagId)
  if (where.subjectKind !== undefined) query = query.where('subject_kind', '=', where.subjectKind)
  if (where.subjectId !== undefined) query = query.where('subject_id', '=', where.subjectId)
  return query.orderBy('bag_id').orderBy('subject_kind').orderBy('subject_id').execute()
}

/** How many results are stored. */
export async function countResultRows(db: BatchDb): Promise<number> {
  return countRows(db, 'batch_results')
}

/** Deletes the results of bags, items and kits no longer in the catalog; returns how many went. */
export async function deleteOrphanResultRows(db: BatchDb): Promise<number> {
  const result = await db
    .deleteFrom('batch_results')
    .where((eb) =>
      eb.or([
        eb.not(
          eb.exists(eb.selectFrom('bags').select('bags.id').whereRef('bags.id', '=', 'batch_results.bag_id')),
        ),
        eb.and([
          eb('subject_kind', '=', 'item'),
          eb.not(
            eb.exists(
              eb.selectFrom('items').select('items.id').whereRef('items.id', '=', 'batch_results.subject_id'),
            ),
          ),
        ]),
        eb.and([
          eb('subject_kind', '=', 'kit'),
          eb.not(
            eb.exists(
              eb.selectFrom('kits').select('kits.id').whereRef('kits.id', '=', 'batch_results.subject_id'),
            ),
          ),
        ]),
      ]),
    )
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
