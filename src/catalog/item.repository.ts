import type { CatalogDb } from './database.js'
import type { ItemRow, NewItemRow } from './item.table.js'
import { chunks, setFromExcluded } from './upsert.js'

/** The item row with this id, or `undefined`. */
export async function findItemRow(db: CatalogDb, id: string): Promise<ItemRow | undefined> {
  return db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst()
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
  let query = db.selectFrom('items').selectAll().orderBy('id')
  if (page.limit !== undefined) query = query.limit(page.limit).offset(page.offset ?? 0)
  return query.execute()
}

/** Item rows whose `search_text` holds every folded word, ordered by id. */
export async function searchItemRows(
  db: CatalogDb,
  words: readonly string[],
  limit: number,
): Promise<ItemRow[]> {
  let query = db.selectFrom('items').selectAll()
  for (const word of words) query = query.where('search_text', 'like', `%${word}%`)
  return query.orderBy('id').limit(limit).execute()
}

/** Every item id, sorted. */
export async function listItemIds(db: CatalogDb): Promise<string[]> {
  return (await db.selectFrom('items').select('id').orderBy('id').execute()).map((r) => r.id)
}

/** How many items there are. */
export async function countItems(db: CatalogDb): Promise<number> {
  const row = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Inserts rows, overwriting any item with the same id. */
export async function upsertItemRows(db: CatalogDb, rows: readonly NewItemRow[]): Promise<void> {
  for (const batch of chunks(rows)) {
    await db
      .insertInto('items')
      .values(batch)
      .onConflict((oc) => oc.column('id').doUpdateSet(setFromExcluded(batch[0]!, 'id')))
      .execute()
  }
}

/** Inserts rows whose id is not taken yet and leaves existing items alone. */
export async function insertMissingItemRows(db: CatalogDb, rows: readonly NewItemRow[]): Promise<void> {
  for (const batch of chunks(rows)) {
    await db
      .insertInto('items')
      .values(batch)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }
}

/** Deletes an item; true when there was one. Fails (foreign key) while a kit still lists it. */
export async function deleteItemRow(db: CatalogDb, id: string): Promise<boolean> {
  const result = await db.deleteFrom('items').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
