import type { CatalogDb } from './database.js'
import type { ItemRow, NewItemRow } from './item.table.js'
import { insertRows } from './table-queries.js'

// Reading one item, counting and deleting items go through the shared queries (`table-queries.ts`, used by
// catalog.ts).

/** Item rows with these ids (missing ids are skipped), ordered by id. */
export async function findItemRows(db: CatalogDb, ids: readonly string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return []
  return db.selectFrom('items').selectAll().where('id', 'in', ids).orderBy('id').execute()
}

/** Inserts rows, overwriting any item with the same id. */
export async function upsertItemRows(db: CatalogDb, rows: readonly NewItemRow[]): Promise<void> {
  return insertRows(db, 'items', rows, 'overwrite')
}

/** Inserts rows whose id is not taken yet and leaves existing items alone. */
export async function insertMissingItemRows(db: CatalogDb, rows: readonly NewItemRow[]): Promise<void> {
  return insertRows(db, 'items', rows, 'keep')
}
