import type { CatalogDb } from './database.js'
import type { ItemRow, NewItemRow } from './item.table.js'
import { countRows, deleteRow, findRow, insertRows, listIds, listRows, searchRows } from './table-queries.js'

/** The item row with this id, or `undefined`. */
export async function findItemRow(db: CatalogDb, id: string): Promise<ItemRow | undefined> {
  return findRow(db, 'items', id)
}

/** Item rows with these ids (missing ids are skipped), ordered by id. */
export async function findItemRows(db: CatalogDb, ids: readonly string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return []
  return db.selectFrom('items').selectAll().where('id', 'in', ids).orderBy('id').execute()
}

/** Item rows ordered by id, a page at a time (`limit` rows from `offset`; all rows without a limit). */
export async function listItemRows(
  db: CatalogDb,
  page: { limit?: number; offset?: number } = {},
): Promise<ItemRow[]> {
  return listRows(db, 'items', page)
}

/** Item rows whose `search_text` holds every folded word, ordered by id. */
export async function searchItemRows(
  db: CatalogDb,
  words: readonly string[],
  limit: number,
): Promise<ItemRow[]> {
  return searchRows(db, 'items', words, limit)
}

/** Every item id, sorted. */
export async function listItemIds(db: CatalogDb): Promise<string[]> {
  return listIds(db, 'items')
}

/** How many items there are. */
export async function countItems(db: CatalogDb): Promise<number> {
  return countRows(db, 'items')
}

/** Inserts rows, overwriting any item with the same id. */
export async function upsertItemRows(db: CatalogDb, rows: readonly NewItemRow[]): Promise<void> {
  return insertRows(db, 'items', rows, 'overwrite')
}

/** Inserts rows whose id is not taken yet and leaves existing items alone. */
export async function insertMissingItemRows(db: CatalogDb, rows: readonly NewItemRow[]): Promise<void> {
  return insertRows(db, 'items', rows, 'keep')
}

/** Deletes an item; true when there was one. Fails (foreign key) while a kit still lists it. */
export async function deleteItemRow(db: CatalogDb, id: string): Promise<boolean> {
  return deleteRow(db, 'items', id)
}
