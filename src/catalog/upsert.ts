import { sql } from 'kysely'
import type { RawBuilder } from 'kysely'

/**
 * The `SET` part of an upsert that overwrites every column but the key with the incoming row
 * (`excluded.<column>`, the same syntax on SQLite and PostgreSQL).
 */
export function setFromExcluded<Row extends object>(
  row: Row,
  key: keyof Row,
): Record<string, RawBuilder<unknown>> {
  return Object.fromEntries(
    Object.keys(row)
      .filter((column) => column !== key)
      .map((column) => [column, sql.ref(`excluded.${column}`)]),
  )
}

/** Splits rows into batches small enough for both databases' limits on bound parameters (SQLite: 32766). */
export function chunks<T>(rows: readonly T[], size = 200): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}
