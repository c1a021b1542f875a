import { Migrator, NO_MIGRATIONS } from 'kysely'
import type { Kysely, MigrationResultSet } from 'kysely'
import { MicropurseError } from '../errors.js'
import type { Database } from './database.js'
import { MIGRATIONS } from './migrations/index.js'

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } })
}

/** Names of the migrations, in the order they run. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS)

/**
 * Runs every migration not yet applied. Safe to call on every start: applied ones are skipped, and Kysely's lock
 * keeps two processes from migrating at once. Returns the names applied now. Throws `DATABASE_UNAVAILABLE` with the
 * failing migration's name when one fails (nothing of that migration is kept where the database allows).
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return applied(await migrator(db).migrateToLatest())
}

/**
 * Migrates down to just after `name` (`'none'` undoes everything). For tests and for undoing a release; data in the
 * dropped tables is lost. Returns the names undone, latest first.
 */
export async function migrateDownTo(db: Kysely<Database>, name: string): Promise<string[]> {
  return applied(await migrator(db).migrateTo(name === 'none' ? NO_MIGRATIONS : name))
}

function applied({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    const message = error instanceof Error ? error.message : String(error)
    throw new MicropurseError('DATABASE_UNAVAILABLE', `Database migration ${failed} failed: ${message}`)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
