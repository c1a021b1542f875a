import type { ApiKeyRow, NewApiKeyRow } from './api-key.table.js'
import type { CatalogDb } from './database.js'

/** Stores a new key row. */
export async function insertApiKeyRow(db: CatalogDb, row: NewApiKeyRow): Promise<void> {
  await db.insertInto('api_keys').values(row).execute()
}

/** The row whose key hashes to `keyHash`, revoked or not, or `undefined`. */
export async function findApiKeyRowByHash(db: CatalogDb, keyHash: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst()
}

/** Every key row, oldest first (then by id). */
export async function listApiKeyRows(db: CatalogDb): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute()
}

/** Marks the still-working keys with this id (or, when none has it, this name) revoked; returns how many. */
export async function revokeApiKeyRows(db: CatalogDb, idOrName: string, at: string): Promise<number> {
  const revokeBy = async (column: 'id' | 'name') => {
    const result = await db
      .updateTable('api_keys')
      .set({ revoked_at: at })
      .where(column, '=', idOrName)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    return Number(result.numUpdatedRows)
  }
  return (await revokeBy('id')) || revokeBy('name')
}

/** Records when a key was last used. */
export async function touchApiKeyRow(db: CatalogDb, id: string, at: string): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute()
}
