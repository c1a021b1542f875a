import { UnrecoverableError, Worker } from 'bullmq'
import type { Job } from 'bullmq'
import type { Catalog } from '../catalog/index.js'
import { batchDb, isCurrent } from './plan.js'
import { createSolvePool } from './pool.js'
import { connectRedis, DEFAULT_QUEUE_NAME, JOB_DATA_VERSION, openQueue, unfinishedJobs } from './queue.js'
import type { WhatFitsJobData } from './queue.js'
import { findResultKeysOf, upsertResultRows } from './result.repository.js'
import { resultToRow } from './result.table.js'
import { solverName } from './solve.js'
import type { BatchResult, WorkBag } from './types.js'

/** How long a job stays with a worker that stopped answering before another may take it, by default (ms). */
export const DEFAULT_LOCK_MS = 30_000
/** Bags per thread task inside a job. */
const BAGS_PER_TASK = 8
/** How often `untilEmpty` looks at the queue, in ms. */
const EMPTY_POLL_MS = 500

/** Options of `runQueueWorker`. */
export interface QueueWorkerOptions {
  queueUrl: string
  queueName?: string
  /** Worker threads; jobs in progress at once (default 1). */
  threads?: number
  /** Lock time in ms: a job held by a worker that died goes back to the queue after about this long. */
  lockMs?: number
  /** Stop once no job is waiting, delayed or held anywhere on the queue (default: run until `signal`). */
  untilEmpty?: boolean
  /** Stops taking jobs; jobs in progress finish first. */
  signal?: AbortSignal
  /** Receives one line per event (job started, done, failed, stalled). */
  log?: (line: string) => void
}

/** What a worker did before it stopped. */
export interface QueueWorkerSummary {
  jobs: number
  /** Pairs decided and written. */
  computed: number
  /** Pairs of its jobs already written by someone else (a job retried after its worker died). */
  skipped: number
  /** Jobs that used up their tries while this worker held them; they stay in the queue's failed list. */
  failedForGood: string[]
}

/**
 * `micropurse batch worker`: takes what-fits jobs from the queue and writes their results to the catalog database.
 * Each job:
 * 1. skips pairs whose current result is already stored (its earlier worker died after writing);
 * 2. decides the rest on the worker threads;
 * 3. upserts them in one transaction, so the job's results land all together, once, or not at all.
 * A job that throws is retried with exponential backoff; one whose worker dies (lock lost) goes back to the queue
 * once its lock runs out and another worker finishes it.
 */
export async function runQueueWorker(
  catalog: Catalog,
  options: QueueWorkerOptions,
): Promise<QueueWorkerSummary> {
  const { threads = 1, lockMs = DEFAULT_LOCK_MS, log = () => undefined } = options
  const db = batchDb(catalog)
  const name = solverName()
  const summary: QueueWorkerSummary = { jobs: 0, computed: 0, skipped: 0, failedForGood: [] }
  const connection = await connectRedis(options.queueUrl)
  const queue = openQueue(connection, options.queueName ?? DEFAULT_QUEUE_NAME)
  const pool = createSolvePool(Math.max(1, threads))

  const processJob = async (job: Job<WhatFitsJobData>) => {
    const data = job.data
    if (data?.version !== JOB_DATA_VERSION)
      throw new UnrecoverableError(
        `job data version ${String(data?.version)} is not ${String(JOB_DATA_VERSION)}: enqueue it again with this version of micropurse`,
      )
    const pairs = data.bags.reduce((s, b) => s + b.subjects.length, 0)
    const started = performance.now()
    log(
      `job ${job.id} started (try ${job.attemptsMade + 1}): ${data.bags.length} bag${data.bags.length === 1 ? '' : 's'}, ${pairs} pairs`,
    )
    // 1. Pairs already stored with the same keys were written by an earlier try: keep them.
    const stored = new Map(
      (
        await findResultKeysOf(
          db,
          data.bags.map((b) => b.id),
        )
      ).map((r) => [`${r.bag_id}\u0000${r.subject_kind}\u0000${r.subject_id}`, r]),
    )
    const todo: WorkBag[] = []
    for (const bag of data.bags) {
      const left = bag.subjects.filter((i) => {
        const s = data.subjects[i]!
        const row = stored.get(`${bag.id}\u0000${s.kind}\u0000${s.id}`)
        return !row || !isCurrent(row, bag.key, s.key, data.timeLimitMs)
      })
      if (left.length > 0) todo.push({ ...bag, subjects: left })
    }
    // 2. Decide the rest on the threads.
    const tasks: Promise<BatchResult[]>[] = []
    for (let i = 0; i < todo.length; i += BAGS_PER_TASK) {
      tasks.push(
        pool.solve({
          subjects: data.subjects,
          bags: todo.slice(i, i + BAGS_PER_TASK),
          timeLimitMs: data.timeLimitMs,
        }),
      )
    }
    const results = (await Promise.all(tasks)).flat().map((r) => ({ ...r, computedBy: name }))
    // 3. One transaction for the whole job.
    await db.transaction().execute((trx) => upsertResultRows(trx, results.map(resultToRow)))
    const skipped = pairs - results.length
    summary.jobs++
    summary.computed += results.length
    summary.skipped += skipped
    log(
      `job ${job.id} done: ${results.length} decided, ${skipped} already stored (${Math.round(performance.now() - started)} ms)`,
    )
    return { decided: results.length, skipped }
  }

  log(`worker ${name} on queue ${queue.name}: ${pool.threads} thread(s), lock ${lockMs} ms`)
  const worker = new Worker<WhatFitsJobData>(queue.name, processJob, {
    connection,
    concurrency: Math.max(1, threads),
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: 2,
  })
  worker.on('failed', (job, error) => {
    if (!job) return
    const tries = job.opts.attempts ?? 1
    if (job.attemptsMade >= tries || error instanceof UnrecoverableError) {
      summary.failedForGood.push(String(job.id))
      log(
        `job ${job.id} failed for good after ${job.attemptsMade} ${job.attemptsMade === 1 ? 'try' : 'tries'}: ${error.message}. Its pairs stay undecided; batch status lists it and batch enqueue puts it back.`,
      )
    } else {
      log(`job ${job.id} failed (try ${job.attemptsMade} of ${tries}): ${error.message}; it will be retried`)
    }
  })
  worker.on('stalled', (jobId) =>
    log(`job ${jobId} was held by a worker that stopped answering: back in the queue`),
  )
  worker.on('error', (error) => log(`queue error: ${error.message}`))

  try {
    await worker.waitUntilReady()
    // Run until stopped, or until nothing is left anywhere on the queue.
    await new Promise<void>((resolve) => {
      if (options.signal?.aborted) return resolve()
      options.signal?.addEventListener('abort', () => resolve(), { once: true })
      if (!options.untilEmpty) return
      const timer = setInterval(() => {
        unfinishedJobs(queue).then(
          (n) => {
            if (n === 0) {
              clearInterval(timer)
              resolve()
            }
          },
          () => undefined,
        )
      }, EMPTY_POLL_MS)
      options.signal?.addEventListener('abort', () => clearInterval(timer), { once: true })
    })
  } finally {
    // Jobs in progress finish before the worker lets go.
    await worker.close()
    await pool.close()
    await queue.close()
    await connection.quit()
  }
  return summary
}
