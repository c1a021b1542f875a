import { isAbsolute, resolve } from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import type { Dialect } from 'kysely'
import { MicropurseError, fail, show } from '../errors.js'
import type { Database } from './database.js'

/**
 * Everything that differs between SQLite and PostgreSQL lives in this module: reading the database URL, loading the
 * driver, per-connection settings, and turning driver failures into `MicropurseError`s. The rest of the catalog
 * writes portable SQL: `double precision` and `integer` columns, booleans as 0/1, JSON as text, and search over a
 * pre-folded `search_text` column instead of `ILIKE` or collations.
 */

/** Where the catalog lives. SQLite paths are absolute (or `:memory:`). */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string }

/** The file used when neither `--db` nor `DATABASE_URL` names a database, relative to the working folder. */
export const DEFAULT_SQLITE_FILE = 'micropurse.sqlite'

/** What a database URL may look like, for error messages. */
const EXPECTED = 'postgres://USER@HOST:PORT/DATABASE, sqlite:PATH or sqlite::memory:'

/**
 * Decides which database to use: `db` (from `--db`) first, then `DATABASE_URL`, then `./micropurse.sqlite` in `cwd`.
 * Throws `INVALID_DATABASE_URL` for anything but `postgres://`, `postgresql://`, `sqlite:PATH` or `sqlite::memory:`.
 */
export function resolveDatabaseTarget(
  db: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): DatabaseTarget {
  // Pick the first URL given, remembering where it came from for the error message.
  const [url, from] =
    db !== undefined && db !== ''
      ? [db, '--db']
      : env.DATABASE_URL
        ? [env.DATABASE_URL, 'DATABASE_URL']
        : [`sqlite:${DEFAULT_SQLITE_FILE}`, 'the default']
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url }
  const match = /^sqlite:(.*)$/i.exec(url)
  if (match) {
    // sqlite:PATH, with an optional // as in sqlite:///abs/path.
    const path = match[1]!.replace(/^\/\/(?=.)/, '')
    if (path === '')
      fail(
        'INVALID_DATABASE_URL',
        `Database URL ${show(url)} from ${from} names no file; expected ${EXPECTED}.`,
      )
    if (path === ':memory:') return { kind: 'sqlite', path }
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) }
  }
  return fail(
    'INVALID_DATABASE_URL',
    `Database URL ${show(url)} from ${from} is not one micropurse can open; expected ${EXPECTED}.`,
  )
}

/** The target as people should see it: the SQLite path, or the PostgreSQL URL without its password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `sqlite:${target.path}`
  try {
    const url = new URL(target.url)
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    return 'postgres://(unreadable URL)'
  }
}

/**
 * Opens a Kysely instance on the target and checks that it answers. Loads only the driver it needs.
 * Throws `INVALID_DATABASE_URL` when a SQLite file's folder does not exist, `DATABASE_UNAVAILABLE` when the database
 * cannot be reached.
 */
export async function connect(target: DatabaseTarget): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: await createDialect(target) })
  try {
    await sql`select 1`.execute(db)
  } catch (error) {
    await db.destroy().catch(() => undefined)
    throw databaseError(target, error)
  }
  return db
}

/** Builds the Kysely dialect for a target, with per-connection settings. */
async function createDialect(target: DatabaseTarget): Promise<Dialect> {
  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg')
    // A few connections are enough for a CLI or one API process; batch workers open their own.
    return new PostgresDialect({
      pool: new pg.Pool({ connectionString: target.url, max: 5, connectionTimeoutMillis: 5000 }),
    })
  }
  const { default: SqliteDatabase } = await import('better-sqlite3')
  let database
  try {
    database = new SqliteDatabase(target.path)
  } catch (error) {
    throw databaseError(target, error)
  }
  // SQLite checks foreign keys only when asked, per connection; WAL lets readers work while a writer writes, and the
  // busy timeout makes concurrent writers wait instead of failing at once.
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  if (target.path !== ':memory:') database.pragma('journal_mode = WAL')
  return new SqliteDialect({ database })
}

/** Turns a driver failure into an error that says which database failed and what to try. */
export function databaseError(target: DatabaseTarget, error: unknown): MicropurseError {
  if (error instanceof MicropurseError) return error
  const message = error instanceof Error ? error.message : String(error)
  const where = describeTarget(target)
  // The drivers are optional peer dependencies: a plain install of the library leaves them out.
  if ((error as { code?: unknown } | null)?.code === 'ERR_MODULE_NOT_FOUND') {
    const driver = target.kind === 'postgres' ? 'pg' : 'better-sqlite3'
    return new MicropurseError('DATABASE_UNAVAILABLE', `Cannot use the database ${where}: its driver ${driver} is not installed. Install it with: npm install ${driver}`)
  }
  if (target.kind === 'sqlite' && /directory does not exist/i.test(message)) {
    return new MicropurseError(
      'INVALID_DATABASE_URL',
      `Cannot create the SQLite file ${target.path}: its folder does not exist.`,
    )
  }
  const hint =
    target.kind === 'postgres'
      ? 'Is the server running and the database created? Check the URL given with --db or DATABASE_URL.'
      : 'Check that the file is a SQLite database and that you may write to it.'
  return new MicropurseError('DATABASE_UNAVAILABLE', `Cannot use the database ${where}: ${message}. ${hint}`)
}
