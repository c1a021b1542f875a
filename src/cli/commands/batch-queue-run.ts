import {
  chooseSubjects,
  connectRedis,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_BAGS_PER_JOB,
  DEFAULT_BATCH_TIME_LIMIT_MS,
  DEFAULT_LOCK_MS,
  DEFAULT_QUEUE_NAME,
  describeRedisUrl,
  enqueueBatch,
  openQueue,
  pairsToDo,
  planBatch,
  reportQueue,
  runQueueWorker,
} from '../../batch/index.js'
import type { QueueReport } from '../../batch/index.js'
import { openCatalog } from '../../catalog/index.js'
import type { ParsedOptions } from '../command.js'
import { err, out, outJson, table } from '../output.js'
import { readTimeLimit } from './limits.js'
import { readCount, readQueueUrl, readSubjects, readWorkers } from './batch-options.js'
import { count, describePlan, progressBars, subjectTable, summaryJson } from './batch-run.js'
import { openCatalogFor, stopOnSignals } from './catalog-open.js'

/** `batch enqueue`: plan, then put the missing and stale pairs on the queue as jobs. */
export async function runEnqueue(options: ParsedOptions): Promise<number> {
  const queueUrl = readQueueUrl(options, 'enqueue')
  const queueName = readQueueName(options)
  const timeLimitMs = readTimeLimit(options.timeLimit, DEFAULT_BATCH_TIME_LIMIT_MS)
  const bagsPerJob = readCount(options, 'bagsPerJob', '--bags-per-job', 1, 10_000, DEFAULT_BAGS_PER_JOB)
  const attempts = readCount(options, 'attempts', '--attempts', 1, 100, DEFAULT_ATTEMPTS)
  const backoffMs = readCount(options, 'backoffMs', '--backoff-ms', 0, 3_600_000, DEFAULT_BACKOFF_MS)
  const subjects = readSubjects(options)
  const catalog = await openCatalogFor(options)
  const bars = progressBars()
  try {
    const summary = await enqueueBatch(catalog, {
      queueUrl,
      queueName,
      subjects,
      timeLimitMs,
      bagsPerJob,
      attempts,
      backoffMs,
      onProgress: (done, total) => bars.update('plan', done, total),
    })
    bars.finish()
    const { plan } = summary
    if (options.json) {
      outJson({
        location: catalog.location,
        queue: describeRedisUrl(queueUrl),
        queueName,
        ...summaryJson(plan),
        removed: summary.removed,
        jobs: summary.jobs,
        added: summary.added,
        alreadyQueued: summary.alreadyQueued,
        retried: summary.retried,
      })
      return 0
    }
    out(describePlan(catalog, plan, 'Before'))
    out(
      `Queued ${count(pairsToDo(plan), 'pair')} as ${count(summary.jobs, 'job')} of up to ${count(bagsPerJob, 'bag')} on ${queueName} at ${describeRedisUrl(queueUrl)}: ` +
        `${summary.added} new, ${summary.alreadyQueued} already queued, ${summary.retried} failed put back. New jobs get ${attempts} ${attempts === 1 ? 'try' : 'tries'}, the first retry after ${backoffMs} ms.`,
    )
    if (summary.jobs > 0)
      out(
        `Run micropurse batch worker --queue ${describeRedisUrl(queueUrl)} --db ... on any number of machines.`,
      )
    return 0
  } finally {
    await catalog.close()
  }
}

/** `batch worker`: take jobs until stopped (SIGINT, SIGTERM) or, with `--until-empty`, until the queue is empty. */
export async function runWorker(options: ParsedOptions): Promise<number> {
  const queueUrl = readQueueUrl(options, 'worker')
  const queueName = readQueueName(options)
  const threads = readWorkers(options)
  const lockMs = readCount(options, 'lockMs', '--lock-ms', 1000, 3_600_000, DEFAULT_LOCK_MS)
  // A worker writes results only: it never seeds an empty catalog.
  const catalog = await openCatalog({
    ...(options.db !== undefined && { db: String(options.db) }),
    seed: false,
  })
  const stop = stopOnSignals(
    ['SIGINT', 'SIGTERM'],
    'Stopping: finishing the jobs in progress (send the signal again to quit at once).',
  )
  try {
    const summary = await runQueueWorker(catalog, {
      queueUrl,
      queueName,
      threads,
      lockMs,
      untilEmpty: options.untilEmpty === true,
      signal: stop.signal,
      log: (line) => err(line),
    })
    if (options.json) outJson(summary)
    else {
      out(
        `Worker done: ${count(summary.jobs, 'job')}, ${count(summary.computed, 'pair')} decided, ${summary.skipped.toLocaleString('en-US')} already stored, ${summary.failedForGood.length} failed for good.`,
      )
    }
    return summary.failedForGood.length > 0 ? 1 : 0
  } finally {
    stop.release()
    await catalog.close()
  }
}

/** `batch status`: where the catalog stands (nothing decided or written), and the queue with its failed jobs. */
export async function runStatus(options: ParsedOptions): Promise<number> {
  const timeLimitMs = readTimeLimit(options.timeLimit, DEFAULT_BATCH_TIME_LIMIT_MS)
  const choice = readSubjects(options)
  const queueUrl = options.queue === undefined ? undefined : readQueueUrl(options, 'status')
  const catalog = await openCatalogFor(options)
  try {
    const plan = await planBatch(catalog, await chooseSubjects(catalog, choice), { timeLimitMs })
    let queue: QueueReport | undefined
    if (queueUrl !== undefined) {
      const connection = await connectRedis(queueUrl)
      const q = openQueue(connection, readQueueName(options))
      try {
        queue = await reportQueue(q)
      } finally {
        await q.close()
        await connection.quit()
      }
    }
    if (options.json) {
      outJson({
        location: catalog.location,
        ...summaryJson(plan, 'now'),
        bySubject: plan.subjects.map((s, i) => ({ kind: s.kind, id: s.id, ...plan.currentBySubject[i] })),
        ...(queue && { queue }),
      })
      return 0
    }
    out(describePlan(catalog, plan, 'Now'))
    out('')
    out(subjectTable(plan))
    if (queue) {
      out('')
      out(
        `Queue ${readQueueName(options)} at ${describeRedisUrl(queueUrl!)}: ${queue.counts.waiting} waiting, ${queue.counts.active} in progress, ${queue.counts.delayed} waiting to retry, ${queue.counts.failed} failed.`,
      )
      if (queue.failed.length > 0) {
        out('Failed jobs (their pairs stay undecided; batch enqueue puts them back):')
        out(
          table(
            ['job', 'tries', 'bags', 'pairs', 'failed at', 'reason'],
            queue.failed.map((f) => [f.id, f.attempts, f.bags, f.pairs, f.failedAt ?? '', f.reason]),
          ),
        )
      }
    }
    return 0
  } finally {
    await catalog.close()
  }
}

function readQueueName(options: ParsedOptions): string {
  return options.queueName === undefined ? DEFAULT_QUEUE_NAME : String(options.queueName)
}
