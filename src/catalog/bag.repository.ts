import type { CatalogDb } from './database.js'
import type { BagRow, NewBagRow } from './bag.table.js'
import { countRows, deleteRow, findRow, insertRows, listIds, listRows, searchRows } from './table-queries.js'

/** The bag row with this id, or `undefined`. */
export async function findBagRow(db: CatalogDb, id: string): Promise<BagRow | undefined> {
  return findRow(db, 'bags', id)
}

/** Bag rows ordered by id, a page at a time (`limit` rows from `offset`; all rows without a limit). */
export async function listBagRows(
  db: CatalogDb,
  page: { limit?: number; offset?: number } = {},
): Promise<BagRow[]> {
  return listRows(db, 'bags', page)
}

/** Bag rows whose `search_text` holds every folded word, ordered by id. */
export async function searchBagRows(
  db: CatalogDb,
  words: readonly string[],
  limit: number,
): Promise<BagRow[]> {
  return searchRows(db, 'bags', words, limit)
}

/** Every bag id, sorted. */
export async function listBagIds(db: CatalogDb): Promise<string[]> {
  return listIds(db, 'bags')
}

/** How many bags there are. */
export async function countBags(db: CatalogDb): Promise<number> {
  return countRows(db, 'bags')
}

/** Inserts rows, overwriting any bag with the same id. */
export async function upsertBagRows(db: CatalogDb, rows: readonly NewBagRow[]): Promise<void> {
  return insertRows(db, 'bags', rows, 'overwrite')
}

/** Inserts rows whose id is not taken yet and leaves existing bags alone. */
export async function insertMissingBagRows(db: CatalogDb, rows: readonly NewBagRow[]): Promise<void> {
  return insertRows(db, 'bags', rows, 'keep')
}

/** Deletes a bag; true when there was one. */
export async function deleteBagRow(db: CatalogDb, id: string): Promise<boolean> {
  return deleteRow(db, 'bags', id)
}
