import type { Migration } from 'kysely'
import * as catalog from './0001-catalog.js'
import * as apiKeys from './0002-api-keys.js'
import * as batchResults from './0003-batch-results.js'
import * as pricesSqueezeCases from './0004-prices-squeeze-cases.js'

/**
 * Every migration, in order. Names sort in the order they run; to add one, write `NNNN-what.ts` with `up` and `down`
 * next to this file and add a line here.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-catalog': catalog,
  '0002-api-keys': apiKeys,
  '0003-batch-results': batchResults,
  '0004-prices-squeeze-cases': pricesSqueezeCases,
})
