import type { Kysely } from 'kysely'

/**
 * Creates `batch_results`: one row per (bag, item or kit) that `micropurse batch` decided, with the content keys of
 * the bag and the item or kit it was decided on, so an edit to either makes the row stale (see docs/batch.md).
 * The primary key makes a result land once however many workers decide it; `subject_kind` is `item` or `kit`, and
 * rows of deleted bags, items and kits are removed by the batch itself (no foreign key: the subject may be either).
 * Times are ISO 8601 text (portable).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('batch_results')
    .addColumn('bag_id', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('bag_key', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_limit_ms', 'double precision', (c) => c.notNull())
    .addColumn('elapsed_ms', 'double precision', (c) => c.notNull())
    .addColumn('computed_by', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('batch_results_pk', ['bag_id', 'subject_kind', 'subject_id'])
    .execute()
  // "Which bags fit this kit?" reads by subject.
  await db.schema
    .createIndex('batch_results_subject_idx')
    .on('batch_results')
    .columns(['subject_kind', 'subject_id', 'status'])
    .execute()
}

/** Drops `batch_results`. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('batch_results').execute()
}
