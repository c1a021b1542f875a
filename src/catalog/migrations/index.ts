import type { Migration } from 'kysely'
import * as catalog from './0001-catalog.js'

/**
 * Every migration, in order. Names sort in the order they run; to add one, write `NNNN-what.ts` with `up` and `down`
 * next to this file and add a line here (API keys and batch results get their own, later).
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-catalog': catalog,
})
