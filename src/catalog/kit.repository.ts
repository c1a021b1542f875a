import type { CatalogDb } from './database.js'
import type { KitItemRow, KitRow, NewKitRow } from './kit.table.js'
import { chunks, setFromExcluded } from './upsert.js'
import { listIds } from './table-queries.js'

/** A kit row with its `kit_items` rows in kit order. */
export interface KitRows {
  kit: KitRow
  items: KitItemRow[]
}

/** The kit with this id and its lines, or `undefined`. */
export async function findKitRows(db: CatalogDb, id: string): Promise<KitRows | undefined> {
  const kit = await db.selectFrom('kits').selectAll().where('id', '=', id).executeTakeFirst()
  if (!kit) return undefined
  return { kit, items: await kitItemRows(db, [id]) }
}

/** Kits ordered by id with their lines, a page at a time (all without a limit). */
export async function listKitRows(
  db: CatalogDb,
  page: { limit?: number; offset?: number } = {},
): Promise<KitRows[]> {
  let query = db.selectFrom('kits').selectAll().orderBy('id')
  if (page.limit !== undefined) query = query.limit(page.limit).offset(page.offset ?? 0)
  return withItems(db, await query.execute())
}

/** Kits whose `search_text` holds every folded word, ordered by id, with their lines. */
export async function searchKitRows(
  db: CatalogDb,
  words: readonly string[],
  limit: number,
): Promise<KitRows[]> {
  let query = db.selectFrom('kits').selectAll()
  for (const word of words) query = query.where('search_text', 'like', `%${word}%`)
  return withItems(db, await query.orderBy('id').limit(limit).execute())
}

/** Writes kits, replacing any kit with the same id together with all its lines. */
export async function upsertKitRows(
  db: CatalogDb,
  kits: readonly { kit: NewKitRow; items: KitItemRow[] }[],
): Promise<void> {
  for (const batch of chunks(kits)) {
    await db
      .insertInto('kits')
      .values(batch.map((k) => k.kit))
      .onConflict((oc) => oc.column('id').doUpdateSet(setFromExcluded(batch[0]!.kit, 'id')))
      .execute()
    await db
      .deleteFrom('kit_items')
      .where(
        'kit_id',
        'in',
        batch.map((k) => k.kit.id),
      )
      .execute()
    const lines = batch.flatMap((k) => k.items)
    for (const part of chunks(lines, 500)) await db.insertInto('kit_items').values(part).execute()
  }
}

/** Inserts kits (with their lines) whose id is not taken yet and leaves existing kits alone. */
export async function insertMissingKitRows(
  db: CatalogDb,
  kits: readonly { kit: NewKitRow; items: KitItemRow[] }[],
): Promise<void> {
  const taken = new Set(await listIds(db, 'kits'))
  const missing = kits.filter((k) => !taken.has(k.kit.id))
  if (missing.length > 0) await upsertKitRows(db, missing)
}

async function kitItemRows(db: CatalogDb, kitIds: readonly string[]): Promise<KitItemRow[]> {
  if (kitIds.length === 0) return []
  return db
    .selectFrom('kit_items')
    .selectAll()
    .where('kit_id', 'in', kitIds)
    .orderBy('kit_id')
    .orderBy('position')
    .execute()
}

async function withItems(db: CatalogDb, kits: KitRow[]): Promise<KitRows[]> {
  const lines = await kitItemRows(
    db,
    kits.map((k) => k.id),
  )
  return kits.map((kit) => ({ kit, items: lines.filter((l) => l.kit_id === kit.id) }))
}
