import type { CatalogDb } from './database.js'
import type { NewBagRow } from './bag.table.js'
import { insertRows } from './table-queries.js'

// Reading, counting and deleting bags go through the shared queries (`table-queries.ts`, used by catalog.ts).

/** Inserts rows, overwriting any bag with the same id. */
export async function upsertBagRows(db: CatalogDb, rows: readonly NewBagRow[]): Promise<void> {
  return insertRows(db, 'bags', rows, 'overwrite')
}

/** Inserts rows whose id is not taken yet and leaves existing bags alone. */
export async function insertMissingBagRows(db: CatalogDb, rows: readonly NewBagRow[]): Promise<void> {
  return insertRows(db, 'bags', rows, 'keep')
}
