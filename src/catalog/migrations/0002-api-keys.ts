import type { Kysely } from 'kysely'

/**
 * Creates `api_keys`: who may write to the catalog over HTTP. Only a SHA-256 hash of each key is kept, never the
 * key itself; revoking sets `revoked_at` so the name and history stay. Times are ISO 8601 text (portable).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute()
  await db.schema.createIndex('api_keys_name_idx').on('api_keys').column('name').execute()
}

/** Drops `api_keys`. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_keys').execute()
}
