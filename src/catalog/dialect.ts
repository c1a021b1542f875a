import { isAbsolute, resolve } from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import type { Dialect, Driver } from 'kysely'
import { MicropurseError, fail, show } from '../errors.js'
import type { Database } from './database.js'
import { resilientDriver } from './resilient-driver.js'
import type { FailureKind, ResilienceRules } from './resilient-driver.js'

/**
 * Everything that differs between SQLite and PostgreSQL lives in this module: reading the database URL, loading the
 * driver, per-connection settings, and turning driver failures into `MicropurseError`s. The rest of the catalog
 * writes portable SQL: `double precision` and `integer` columns, booleans as 0/1, JSON as text, and search over a
 * pre-folded `search_text` column instead of `ILIKE` or collations.
 */

/** Where the catalog lives. SQLite paths are absolute (or `:memory:`). */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string }

/** The file used when neither `--db` nor `DATABASE_URL` names a database, relative to the working folder. */
const DEFAULT_SQLITE_FILE = 'micropurse.sqlite'

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

/** How a connection waits for a busy database. */
export interface ConnectOptions {
  /**
   * Longest wait for a SQLite file whose write lock another process holds, in ms (default 5000: a CLI import waits
   * for another to finish). The wait is on timers, never blocking; past it the query fails with `DATABASE_BUSY`.
   * The API server uses a short one, so a locked file answers 503 with Retry-After at once.
   */
  busyWaitMs?: number
}

/**
 * Opens a Kysely instance on the target and checks that it answers. Loads only the driver it needs. The driver
 * survives the database's faults (see resilient-driver.ts): a PostgreSQL connection that is terminated (a restart,
 * a failover, `pg_terminate_backend`, an idle timeout) is dropped from the pool and replaced, never taking the
 * process down; queries meanwhile fail with `DATABASE_UNAVAILABLE` (HTTP 503) and work again once the database is
 * back. A busy SQLite file is waited for on timers up to `busyWaitMs`, then fails with `DATABASE_BUSY`.
 * Throws `INVALID_DATABASE_URL` when a SQLite file's folder does not exist, `DATABASE_UNAVAILABLE` when the database
 * cannot be reached. `options` is read at each query, so a caller may shorten the wait once the catalog is open.
 */
export async function connect(
  target: DatabaseTarget,
  options: Readonly<ConnectOptions> = {},
): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: await createDialect(target, options) })
  try {
    await sql`select 1`.execute(db)
  } catch (error) {
    await db.destroy().catch(() => undefined)
    // On opening, say what to check (the driver's own coded error is for a database lost later).
    throw databaseError(target, (error as { cause?: unknown }).cause ?? error)
  }
  return db
}

/** PostgreSQL error codes (SQLSTATE) and Node socket errors that mean the connection, not the query, failed. */
const PG_CONNECTION_CODES = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, a fast shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
])
const PG_CONNECTION_WORDS =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed|server closed the connection/i

/** What kind of failure a PostgreSQL driver error is: a lost or refused connection, or anything else. */
function classifyPostgresError(error: unknown): FailureKind {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && (PG_CONNECTION_CODES.has(code) || code.startsWith('08')))
    return 'connection'
  const message = error instanceof Error ? error.message : String(error)
  return PG_CONNECTION_WORDS.test(message) ? 'connection' : 'other'
}

/** What kind of failure a SQLite driver error is: another connection holds the lock, or anything else. */
function classifySqliteError(error: unknown): FailureKind {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return 'busy'
  const message = error instanceof Error ? error.message : String(error)
  return /database is locked|database table is locked/i.test(message) ? 'busy' : 'other'
}

/** Builds the Kysely dialect for a target, with per-connection settings and the fault handling of resilient-driver.ts. */
async function createDialect(target: DatabaseTarget, options: Readonly<ConnectOptions>): Promise<Dialect> {
  const where = describeTarget(target)
  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg')
    // A few connections are enough for a CLI or one API process; batch workers open their own. A statement that
    // runs longer than 30 s is stopped by the server, so a stuck query cannot hold a connection for ever.
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 5,
      connectionTimeoutMillis: 5000,
      statement_timeout: 30_000,
    })
    // Without these listeners a connection that the server drops would be an unhandled 'error' event and end the
    // process. The pool removes a broken idle connection itself and opens a new one when next asked.
    pool.on('error', () => undefined)
    pool.on('connect', (client) => client.on('error', () => undefined))
    const rules: ResilienceRules = {
      classify: classifyPostgresError,
      fault: (kind, error) => unavailable(where, kind, error),
      freshRead: async (query) => ({ rows: (await pool.query(query.sql, [...query.parameters])).rows }),
    }
    return withDriver(new PostgresDialect({ pool }), rules)
  }
  const { default: SqliteDatabase } = await import('better-sqlite3')
  let database
  try {
    database = new SqliteDatabase(target.path)
  } catch (error) {
    throw databaseError(target, error)
  }
  // SQLite checks foreign keys only when asked, per connection; WAL lets readers work while a writer writes. The
  // busy timeout is short because better-sqlite3 waits for a lock by blocking the thread: the waiting is done by
  // the driver on timers instead (busyWaitMs), so the event loop stays free while another process writes.
  // Switching to WAL needs the lock once, while the file is new: that one wait may block (on opening only).
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  if (target.path !== ':memory:') database.pragma('journal_mode = WAL')
  database.pragma(`busy_timeout = ${SQLITE_BLOCKING_WAIT_MS}`)
  const rules: ResilienceRules = {
    classify: classifySqliteError,
    fault: (kind, error) => unavailable(where, kind, error),
    get busyWaitMs() {
      return options.busyWaitMs ?? 5000
    },
    beginSql: 'begin immediate',
  }
  return withDriver(new SqliteDialect({ database }), rules)
}

/** The longest a SQLite call may block the thread waiting for a lock, in ms; longer waits are on timers. */
const SQLITE_BLOCKING_WAIT_MS = 5

/** The dialect with its driver wrapped. */
function withDriver(dialect: Dialect, rules: ResilienceRules): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: (): Driver => resilientDriver(dialect.createDriver(), rules),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  }
}

/** The coded error for a database that is away (a lost connection) or busy (another process holds the lock). */
function unavailable(where: string, kind: FailureKind, error: unknown): MicropurseError {
  const message = error instanceof Error ? error.message : String(error)
  const coded =
    kind === 'busy'
      ? new MicropurseError(
          'DATABASE_BUSY',
          `The database ${where} is locked by another process (${message}); try again in a moment.`,
          { retryAfterS: 1 },
        )
      : new MicropurseError(
          'DATABASE_UNAVAILABLE',
          `The database ${where} cannot be reached: ${message}. It is asked again with each request.`,
          { retryAfterS: 2 },
        )
  return Object.assign(coded, { cause: error })
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
