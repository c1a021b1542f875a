import type { Insertable, Selectable } from 'kysely'

/** The `api_keys` table: one row per key ever issued. The key itself is never stored, only its SHA-256 hash. */
export interface ApiKeyTable {
  /** Short random id, shown by `keys list` and used by `keys revoke`. */
  id: string
  /** Who the key is for (`shop-a`); several keys may share a name. */
  name: string
  /** Hex SHA-256 of the whole key. */
  key_hash: string
  /** The key's first characters, so people can tell their keys apart without the key. */
  prefix: string
  /** ISO 8601 time of creation. */
  created_at: string
  /** ISO 8601 time of revocation, `null` while the key works. */
  revoked_at: string | null
  /** ISO 8601 time of the last accepted request, `null` before the first. */
  last_used_at: string | null
}

/** A row as read, and as written. */
export type ApiKeyRow = Selectable<ApiKeyTable>
export type NewApiKeyRow = Insertable<ApiKeyTable>

/** An API key as the rest of micropurse sees it: never the key or its hash. */
export interface ApiKeyInfo {
  id: string
  name: string
  prefix: string
  createdAt: string
  revokedAt: string | null
  lastUsedAt: string | null
}

/** Maps a row to an `ApiKeyInfo` (the hash stays behind). */
export function apiKeyRowToInfo(row: ApiKeyRow): ApiKeyInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  }
}
