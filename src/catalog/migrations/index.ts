import type { Migration } from 'kysely'
import * as catalog from './0001-catalog.js'
import * as apiKeys from './0002-api-keys.js'

/**
 * Every migration, in order. Names sort in the order they run; to add one, write `NNNN-what.ts` with `up` and `down`
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-catalog': catalog,
  '0002-api-keys': apiKeys,
})
