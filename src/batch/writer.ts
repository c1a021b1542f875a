import type { Kysely } from 'kysely'
import { upsertResultRows } from './result.repository.js'
import { resultToRow } from './result.table.js'
import type { BatchDatabase } from './result.table.js'
import type { BatchResult } from './types.js'

/** Collects results and writes them in transactions, so a crash loses at most the last unwritten batch. */
export interface ResultWriter {
  /** Queues results; writes when `maxRows` are waiting or `maxDelayMs` passed since the last write. */
  add(results: readonly BatchResult[]): Promise<void>
  /** Writes whatever is waiting and waits for every write to end. */
  flush(): Promise<void>
  /** Results written so far. */
  readonly written: number
}

/**
 * A writer on `db`. Writes run one after another (SQLite has one writer; PostgreSQL gets fewer, larger commits);
 * each is one transaction of upserts, so a result lands once whoever writes it. A failed write rejects the `add` or
 * `flush` that started it, and every one after it.
 */
export function createResultWriter(
  db: Kysely<BatchDatabase>,
  { maxRows = 2000, maxDelayMs = 1000 }: { maxRows?: number; maxDelayMs?: number } = {},
): ResultWriter {
  let pending: BatchResult[] = []
  let lastWrite = performance.now()
  let chain: Promise<void> = Promise.resolve()
  let written = 0

  // Hands the waiting rows to the end of the write chain.
  const write = (): Promise<void> => {
    const rows = pending.map(resultToRow)
    pending = []
    lastWrite = performance.now()
    chain = chain.then(async () => {
      if (rows.length === 0) return
      await db.transaction().execute((trx) => upsertResultRows(trx, rows))
      written += rows.length
    })
    return chain
  }

  return {
    async add(results) {
      pending.push(...results)
      if (pending.length >= maxRows || performance.now() - lastWrite >= maxDelayMs) await write()
    },
    flush: write,
    get written() {
      return written
    },
  }
}
