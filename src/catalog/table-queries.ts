import type { Insertable, Kysely, Selectable, Transaction } from 'kysely'
import { chunks, setFromExcluded } from './upsert.js'

/**
 * The queries the catalog's tables keyed by a text `id` (bags, items, kits) share, and a row count for any table.
 * Each takes the table by name; the repositories give them their types.
 */

/** A connection or transaction on a database `DB`. */
type Db<DB> = Kysely<DB> | Transaction<DB>

/**
 * The same connection seen as one table `t` of loose rows with an `id` and `search_text`, so a query is written
 * once for every table: the table's real name goes in as `t`.
 */
type LooseRow = { id: string; search_text: string } & Record<string, unknown>
type Loose = Kysely<{ t: LooseRow }>
const loose = <DB>(db: Db<DB>) => db as unknown as Loose
const as = (table: string) => table as 't'

/** How many rows `table` holds. */
export async function countRows<DB>(db: Db<DB>, table: keyof DB & string): Promise<number> {
  const row = await loose(db)
    .selectFrom(as(table))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The row of `table` with this id, or `undefined`. */
export async function findRow<DB, T extends keyof DB & string>(
  db: Db<DB>,
  table: T,
  id: string,
): Promise<Selectable<DB[T]> | undefined> {
  const row = await loose(db).selectFrom(as(table)).selectAll().where('id', '=', id).executeTakeFirst()
  return row as Selectable<DB[T]> | undefined
}

/** Rows of `table` ordered by id, a page at a time (`limit` rows from `offset`; all rows without a limit). */
export async function listRows<DB, T extends keyof DB & string>(
  db: Db<DB>,
  table: T,
  page: { limit?: number; offset?: number } = {},
): Promise<Selectable<DB[T]>[]> {
  let query = loose(db).selectFrom(as(table)).selectAll().orderBy('id')
  if (page.limit !== undefined) query = query.limit(page.limit).offset(page.offset ?? 0)
  return (await query.execute()) as Selectable<DB[T]>[]
}

/** Rows of `table` whose `search_text` holds every folded word, ordered by id. */
export async function searchRows<DB, T extends keyof DB & string>(
  db: Db<DB>,
  table: T,
  words: readonly string[],
  limit: number,
): Promise<Selectable<DB[T]>[]> {
  let query = loose(db).selectFrom(as(table)).selectAll()
  for (const word of words) query = query.where('search_text', 'like', `%${word}%`)
  return (await query.orderBy('id').limit(limit).execute()) as Selectable<DB[T]>[]
}

/** Every id of `table`, sorted. */
export async function listIds<DB>(db: Db<DB>, table: keyof DB & string): Promise<string[]> {
  return (await loose(db).selectFrom(as(table)).select('id').orderBy('id').execute()).map((r) => r.id)
}

/**
 * Inserts rows into `table`. On an id already taken, `overwrite` replaces that row with the new one; otherwise the
 * existing row stays.
 */
export async function insertRows<DB, T extends keyof DB & string>(
  db: Db<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
  onTaken: 'overwrite' | 'keep',
): Promise<void> {
  for (const batch of chunks(rows as unknown as readonly LooseRow[])) {
    await loose(db)
      .insertInto(as(table))
      .values(batch)
      .onConflict((oc) =>
        onTaken === 'overwrite'
          ? oc.column('id').doUpdateSet(setFromExcluded(batch[0]!, 'id'))
          : oc.column('id').doNothing(),
      )
      .execute()
  }
}

/** Deletes the row of `table` with this id; true when there was one. */
export async function deleteRow<DB>(db: Db<DB>, table: keyof DB & string, id: string): Promise<boolean> {
  const result = await loose(db).deleteFrom(as(table)).where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
