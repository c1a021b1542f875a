import type { CatalogDb } from './database.js'
import type { ItemRow } from './item.table.js'

// Everything else items need goes through the shared queries (`table-queries.ts`, `write-records.ts`).

/** Item rows with these ids (missing ids are skipped), ordered by id. */
export async function findItemRows(db: CatalogDb, ids: readonly string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return []
  return db.selectFrom('items').selectAll().where('id', 'in', ids).orderBy('id').execute()
}
