import type { Catalog } from '../catalog/index.js'
import { batchDb, pairsToDo, planBatch } from './plan.js'
import type { BatchPlan } from './plan.js'
import { createSolvePool } from './pool.js'
import { deleteOrphanResultRows } from './result.repository.js'
import { chooseSubjects } from './subjects.js'
import type { SubjectChoice } from './subjects.js'
import { BATCH_STATUSES } from './types.js'
import type { BatchStatus } from './types.js'
import { createResultWriter } from './writer.js'

/**
 * Default time limit per decision, in ms: the same as `micropurse what-fits`, so a stored answer is the one a person
 * would see. Most pairs settle in a few milliseconds; the few that run out cost the whole limit (docs/batch.md).
 */
export const DEFAULT_BATCH_TIME_LIMIT_MS = 300
/** Bags per task sent to a thread: enough to make the message cost vanish, few enough to keep threads even. */
const BAGS_PER_TASK = 8

/** Options of `runBatchWhatFits`. */
export interface BatchWhatFitsOptions {
  /** Which kits and items to try (default: every kit and the items in them). */
  subjects?: SubjectChoice
  /** Worker threads (default 1); 0 solves on the calling thread. */
  threads?: number
  /** Time limit of each fit in ms (default 300). */
  timeLimitMs?: number
  /** Called as the plan reads bags and as pairs are decided. */
  onProgress?: (phase: 'plan' | 'solve', done: number, total: number) => void
  /** Results per commit (default 2000); a commit also happens at least every second. */
  commitEvery?: number
  /** Stops handing out work: tasks already on a thread finish and their results are written. */
  signal?: AbortSignal
}

/** What a run found and did. */
export interface BatchWhatFitsSummary {
  /** Where things stood before the run. */
  plan: BatchPlan
  /** Results of deleted bags, items and kits removed first. */
  removed: number
  /** Pairs decided and written now, by status. */
  decided: Record<BatchStatus, number>
  /** Pairs decided in all (the sum of `decided`). */
  computed: number
  /** True when `signal` stopped the run before the end; a rerun picks up what is left. */
  stopped: boolean
  /** Time spent deciding and writing (not planning), in ms. */
  solveMs: number
}

/**
 * `micropurse batch what-fits` on one machine: every bag against every chosen kit and item, on worker threads,
 * results upserted into the catalog database. Incremental: only pairs missing or stale (see `planBatch`) are
 * decided, so a rerun after a crash, a stop or an edit does only what is left. Results are committed every second or
 * `commitEvery` results, each commit one transaction.
 */
export async function runBatchWhatFits(
  catalog: Catalog,
  options: BatchWhatFitsOptions = {},
): Promise<BatchWhatFitsSummary> {
  const {
    threads = 1,
    timeLimitMs = DEFAULT_BATCH_TIME_LIMIT_MS,
    commitEvery = 2000,
    onProgress,
    signal,
  } = options
  const db = batchDb(catalog)
  // 1. Forget results of what the catalog no longer has, then see what is missing or stale.
  const removed = await deleteOrphanResultRows(db)
  const subjects = await chooseSubjects(catalog, options.subjects)
  const plan = await planBatch(catalog, subjects, {
    timeLimitMs,
    onProgress: (d, t) => onProgress?.('plan', d, t),
  })
  const decided = Object.fromEntries(BATCH_STATUSES.map((s) => [s, 0])) as Record<BatchStatus, number>
  const total = pairsToDo(plan)
  const started = performance.now()
  let computed = 0
  onProgress?.('solve', 0, total)

  // 2. Hand out tasks of a few bags, keeping every thread busy and a task queued behind each.
  const pool = createSolvePool(threads)
  const writer = createResultWriter(db, { maxRows: commitEvery })
  const tasks = chunk(plan.work, BAGS_PER_TASK)
  const inFlight = new Set<Promise<void>>()
  let next = 0
  let failure: unknown
  try {
    while (next < tasks.length && !signal?.aborted && failure === undefined) {
      const task = pool.solve({ subjects, bags: tasks[next++]!, timeLimitMs }).then(async (results) => {
        // 3. Count and queue each task's results for the writer as it comes back.
        for (const r of results) decided[r.status]++
        computed += results.length
        await writer.add(results)
        onProgress?.('solve', computed, total)
      })
      const tracked = task.catch((error: unknown) => {
        failure ??= error
      })
      inFlight.add(tracked)
      void tracked.finally(() => inFlight.delete(tracked))
      if (inFlight.size >= Math.max(2, 2 * threads)) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
    // 4. Whatever happened, keep what was decided.
    await writer.flush()
  } finally {
    await pool.close()
  }
  // What a task threw, as it threw it (an Error, or a MicropurseError from the catalog).
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (failure !== undefined) throw failure
  return { plan, removed, decided, computed, stopped: computed < total, solveMs: performance.now() - started }
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size))
  return out
}
