import type { Kysely } from 'kysely'

// One column per ALTER TABLE: SQLite adds only one at a time. Types as in 0001 (double precision, text).
const BAG_COLUMNS = [
  ['price_date', 'text'],
  ['price_source', 'text'],
  ['price_usd_amount', 'double precision'],
  ['price_usd_rate', 'double precision'],
  ['price_usd_rate_date', 'text'],
  ['price_usd_rate_source', 'text'],
] as const
const ITEM_COLUMNS = [
  ['min_width_mm', 'double precision'],
  ['min_height_mm', 'double precision'],
  ['min_depth_mm', 'double precision'],
  ['case_adds_width_mm', 'double precision'],
  ['case_adds_height_mm', 'double precision'],
  ['case_adds_depth_mm', 'double precision'],
] as const

/**
 * Adds a bag price's date and page and its conversion to US dollars (amount, rate, the rate's date and page), and an
 * item's smallest squeezed size and what a case adds to the thing it holds. Every new column is nullable, so rows
 * written before keep their meaning (no date, no conversion, rigid, not a case).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, type] of BAG_COLUMNS) await db.schema.alterTable('bags').addColumn(name, type).execute()
  for (const [name, type] of ITEM_COLUMNS) await db.schema.alterTable('items').addColumn(name, type).execute()
}

/** Drops the columns again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of ITEM_COLUMNS) await db.schema.alterTable('items').dropColumn(name).execute()
  for (const [name] of BAG_COLUMNS) await db.schema.alterTable('bags').dropColumn(name).execute()
}
