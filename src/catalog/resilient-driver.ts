import { CompiledQuery } from 'kysely'
import type { DatabaseConnection, Driver, QueryCompiler, QueryResult, TransactionSettings } from 'kysely'

/**
 * A Kysely driver around another that survives what a database does to a long-running process: a SQLite file
 * whose write lock another process holds, a PostgreSQL connection terminated by a restart, a failover or an idle
 * timeout. It never blocks the event loop to wait: a busy database is asked again after a short timer, a lost
 * connection is replaced by the pool, and what still fails after that is turned into the error `fault` makes of it
 * (a coded 503 in micropurse). dialect.ts says which failures are which.
 *
 *   query ──> inner connection ──ok──> rows
 *                 │ busy (another process writes)      : wait 10, 20, 40 ... ms (timers), ask again, until busyWaitMs
 *                 │ connection lost, outside a transaction, a read : once more on a fresh connection (freshRead)
 *                 └ anything else, or out of tries      : fault(error) (or the error itself)
 */

/** What kind of failure a driver error is. */
export type FailureKind = 'busy' | 'connection' | 'other'

/** How the wrapper tells failures apart and what it throws for them. */
export interface ResilienceRules {
  /** Classifies a driver error. */
  classify(error: unknown): FailureKind
  /** The error to throw for a failure that tries did not cure (return the error itself to leave it alone). */
  fault(kind: FailureKind, error: unknown): unknown
  /** Longest total wait for a busy database, in ms (default 5000); read at each query, so it may change. */
  readonly busyWaitMs?: number
  /**
   * SQL that starts a transaction, when the dialect's own is not wanted: SQLite's `begin immediate` takes the write
   * lock at once, so a busy database is met (and waited for) before any statement of the transaction has run.
   */
  beginSql?: string
  /**
   * Runs a read on a fresh connection (PostgreSQL: `pool.query`), for a read whose connection was lost outside a
   * transaction. Without it such reads fail at once.
   */
  freshRead?: (query: CompiledQuery) => Promise<QueryResult<unknown>>
}

/** First wait after a busy answer, in ms; each next wait doubles, up to `MAX_BACKOFF_MS`. */
const FIRST_BACKOFF_MS = 10
const MAX_BACKOFF_MS = 200

/** Wraps `inner` so that busy and lost connections are handled as the rules say. */
export function resilientDriver(inner: Driver, rules: ResilienceRules): Driver {
  // The wrapper's connection for each of the inner driver's (the inner driver gets its own back).
  const wrappers = new WeakMap<DatabaseConnection, ResilientConnection>()

  const wrap = (connection: DatabaseConnection): ResilientConnection => {
    let wrapper = wrappers.get(connection)
    if (!wrapper) {
      wrapper = new ResilientConnection(connection, rules)
      wrappers.set(connection, wrapper)
    }
    return wrapper
  }
  const unwrap = (connection: DatabaseConnection): DatabaseConnection =>
    connection instanceof ResilientConnection ? connection.inner : connection
  // A commit or rollback: the transaction is over whether or not the database answered.
  const endTransaction = async (
    connection: DatabaseConnection,
    end: (inner: DatabaseConnection) => Promise<void>,
  ) => {
    try {
      await withFaults(rules, () => end(unwrap(connection)))
    } finally {
      ;(connection as ResilientConnection).inTransaction = false
    }
  }

  const driver: Driver = {
    init: () => inner.init(),
    async acquireConnection() {
      try {
        return wrap(await inner.acquireConnection())
      } catch (error) {
        // No connection could be made (the server is down or refuses): one more try, then the coded error.
        if (rules.classify(error) !== 'connection') throw error
        try {
          return wrap(await inner.acquireConnection())
        } catch (again) {
          throw faultOf(rules, again)
        }
      }
    },
    async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
      const c = connection as ResilientConnection
      if (rules.beginSql) await c.executeQuery(CompiledQuery.raw(rules.beginSql))
      else await withFaults(rules, () => inner.beginTransaction(unwrap(connection), settings))
      c.inTransaction = true
    },
    commitTransaction: (connection: DatabaseConnection) =>
      endTransaction(connection, (c) => inner.commitTransaction(c)),
    rollbackTransaction: (connection: DatabaseConnection) =>
      endTransaction(connection, (c) => inner.rollbackTransaction(c)),
    releaseConnection: (connection: DatabaseConnection) => inner.releaseConnection(unwrap(connection)),
    destroy: () => inner.destroy(),
  }
  for (const name of ['savepoint', 'rollbackToSavepoint', 'releaseSavepoint'] as const) {
    // Called with inner as `this` below.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const method = inner[name]
    if (method) {
      driver[name] = (
        connection: DatabaseConnection,
        savepoint: string,
        compile: QueryCompiler['compileQuery'],
      ) => withFaults(rules, () => method.call(inner, unwrap(connection), savepoint, compile))
    }
  }
  return driver
}

/** One connection of the inner driver, asked again while the database is busy. */
class ResilientConnection implements DatabaseConnection {
  inTransaction = false

  constructor(
    readonly inner: DatabaseConnection,
    private readonly rules: ResilienceRules,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const started = Date.now()
    const busyWaitMs = this.rules.busyWaitMs ?? 5000
    let backoff = FIRST_BACKOFF_MS
    for (;;) {
      try {
        return await this.inner.executeQuery<R>(query)
      } catch (error) {
        const kind = this.rules.classify(error)
        // A busy database: wait on a timer (the event loop stays free) and ask again, within the budget. Inside a
        // transaction only the statement that met the lock is asked again; it had not run.
        if (kind === 'busy' && Date.now() - started + backoff <= busyWaitMs) {
          await new Promise((resolve) => setTimeout(resolve, backoff))
          backoff = Math.min(2 * backoff, MAX_BACKOFF_MS)
          continue
        }
        // A lost connection: a read outside a transaction is safe to send once more, on a fresh connection. Writes
        // are not repeated: the caller hears the database is away and may try again.
        const { freshRead } = this.rules
        if (kind === 'connection' && freshRead && !this.inTransaction && isRead(query)) {
          try {
            return (await freshRead(query)) as QueryResult<R>
          } catch (again) {
            throw faultOf(this.rules, again)
          }
        }
        throw kind === 'other' ? error : this.rules.fault(kind, error)
      }
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize)
  }
}

async function withFaults<T>(rules: ResilienceRules, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw faultOf(rules, error)
  }
}

function faultOf(rules: ResilienceRules, error: unknown): unknown {
  const kind = rules.classify(error)
  return kind === 'other' ? error : rules.fault(kind, error)
}

function isRead(query: CompiledQuery): boolean {
  return /^\s*(select|with)\b/i.test(query.sql)
}
