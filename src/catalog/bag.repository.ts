import type { CatalogDb } from './database.js'
import type { BagRow, NewBagRow } from './bag.table.js'
import { chunks, setFromExcluded } from './upsert.js'

/** The bag row with this id, or `undefined`. */
export async function findBagRow(db: CatalogDb, id: string): Promise<BagRow | undefined> {
  return db.selectFrom('bags').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Bag rows ordered by id, a page at a time (`limit` rows from `offset`; all rows without a limit). */
export async function listBagRows(
  db: CatalogDb,
  page: { limit?: number; offset?: number } = {},
): Promise<BagRow[]> {
  let query = db.selectFrom('bags').selectAll().orderBy('id')
  if (page.limit !== undefined) query = query.limit(page.limit).offset(page.offset ?? 0)
  return query.execute()
}

/** Bag rows whose `search_text` holds every folded word, ordered by id. */
export async function searchBagRows(
  db: CatalogDb,
  words: readonly string[],
  limit: number,
): Promise<BagRow[]> {
  let query = db.selectFrom('bags').selectAll()
  for (const word of words) query = query.where('search_text', 'like', `%${word}%`)
  return query.orderBy('id').limit(limit).execute()
}

/** Every bag id, sorted. */
export async function listBagIds(db: CatalogDb): Promise<string[]> {
  return (await db.selectFrom('bags').select('id').orderBy('id').execute()).map((r) => r.id)
}

/** How many bags there are. */
export async function countBags(db: CatalogDb): Promise<number> {
  const row = await db
    .selectFrom('bags')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Inserts rows, overwriting any bag with the same id. */
export async function upsertBagRows(db: CatalogDb, rows: readonly NewBagRow[]): Promise<void> {
  for (const batch of chunks(rows)) {
    await db
      .insertInto('bags')
      .values(batch)
      .onConflict((oc) => oc.column('id').doUpdateSet(setFromExcluded(batch[0]!, 'id')))
      .execute()
  }
}

/** Inserts rows whose id is not taken yet and leaves existing bags alone. */
export async function insertMissingBagRows(db: CatalogDb, rows: readonly NewBagRow[]): Promise<void> {
  for (const batch of chunks(rows)) {
    await db
      .insertInto('bags')
      .values(batch)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }
}

/** Deletes a bag; true when there was one. */
export async function deleteBagRow(db: CatalogDb, id: string): Promise<boolean> {
  const result = await db.deleteFrom('bags').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
