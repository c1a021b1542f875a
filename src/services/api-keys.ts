import { createHash, randomBytes } from 'node:crypto'
import {
  findApiKeyRowByHash,
  insertApiKeyRow,
  listApiKeyRows,
  revokeApiKeyRows,
  touchApiKeyRow,
} from '../catalog/api-key.repository.js'
import { apiKeyRowToInfo } from '../catalog/api-key.table.js'
import type { ApiKeyInfo } from '../catalog/api-key.table.js'
import type { CatalogDb } from '../catalog/database.js'
import { fail, show } from '../errors.js'

/**
 * API keys for catalog writes over HTTP. A key is `mpk_` and 43 characters of base64url (32 random bytes); only its
 * SHA-256 hash is stored. A slow password hash (scrypt, bcrypt) protects guessable secrets; a 256-bit random key
 * cannot be guessed, so one fast hash is enough and lets every request be checked in microseconds.
 */

/** What every key starts with, so a leaked one is easy to recognise (and to grep for). */
const API_KEY_PREFIX = 'mpk_'

const KEY_PATTERN = /^mpk_[A-Za-z0-9_-]{43}$/
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/** A new key: the secret (shown once, never stored) and what is stored about it. */
export interface CreatedApiKey {
  key: string
  info: ApiKeyInfo
}

/** Hex SHA-256 of a key, as stored. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}

/**
 * Issues a key for `name` (letters, digits, `.`, `_`, `-`; up to 64) and stores its hash. The returned `key` is the
 * only copy. Throws `INVALID_INPUT` for a bad name.
 */
export async function createApiKey(db: CatalogDb, name: string, now = new Date()): Promise<CreatedApiKey> {
  if (!NAME_PATTERN.test(name)) {
    fail(
      'INVALID_INPUT',
      `Key name ${show(name)} must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. shop-a).`,
    )
  }
  const key = API_KEY_PREFIX + randomBytes(32).toString('base64url')
  const row = {
    id: randomBytes(6).toString('hex'),
    name,
    key_hash: hashApiKey(key),
    prefix: key.slice(0, API_KEY_PREFIX.length + 6),
    created_at: now.toISOString(),
    revoked_at: null,
    last_used_at: null,
  }
  await insertApiKeyRow(db, row)
  return { key, info: apiKeyRowToInfo(row) }
}

/** Why a presented key was refused, for the 401 message. */
export type KeyRefusal = 'malformed' | 'unknown' | 'revoked'

/**
 * Checks a presented key: its info when it is well-formed, known and not revoked, otherwise why not. With `record`
 * (default true) the use is written to `last_used_at`. Never throws for a bad key.
 */
export async function verifyApiKey(
  db: CatalogDb,
  key: string,
  { record = true, now = new Date() }: { record?: boolean; now?: Date } = {},
): Promise<{ ok: true; info: ApiKeyInfo } | { ok: false; refusal: KeyRefusal }> {
  if (!KEY_PATTERN.test(key)) return { ok: false, refusal: 'malformed' }
  const row = await findApiKeyRowByHash(db, hashApiKey(key))
  if (!row) return { ok: false, refusal: 'unknown' }
  if (row.revoked_at !== null) return { ok: false, refusal: 'revoked' }
  if (!record) return { ok: true, info: apiKeyRowToInfo(row) }
  await touchApiKeyRow(db, row.id, now.toISOString())
  return { ok: true, info: apiKeyRowToInfo({ ...row, last_used_at: now.toISOString() }) }
}

/** Every key ever issued, oldest first, revoked ones included (never the key or its hash). */
export async function listApiKeys(db: CatalogDb): Promise<ApiKeyInfo[]> {
  return (await listApiKeyRows(db)).map(apiKeyRowToInfo)
}

/**
 * Revokes the working key with this id, or every working key with this name. Returns how many were revoked; throws
 * `NOT_FOUND` when no working key has that id or name.
 */
export async function revokeApiKey(db: CatalogDb, idOrName: string, now = new Date()): Promise<number> {
  const count = await revokeApiKeyRows(db, idOrName, now.toISOString())
  if (count === 0)
    fail('NOT_FOUND', `No working API key has the id or name ${show(idOrName)}; see micropurse keys list.`)
  return count
}
