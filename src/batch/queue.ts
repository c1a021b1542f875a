import { Queue } from 'bullmq'
import type { JobsOptions } from 'bullmq'
import { Redis } from 'ioredis'
import { fail, MicropurseError, show } from '../errors.js'
import { digest } from './keys.js'
import type { BatchPlan } from './plan.js'
import type { Subject, WorkBag } from './types.js'

/** The queue `batch enqueue` and `batch worker` use unless told otherwise. */
export const DEFAULT_QUEUE_NAME = 'micropurse-what-fits'
/** Bags per job: at the seed's 26 subjects, 50 bags are about 1,300 decisions, a few seconds of work. */
export const DEFAULT_BAGS_PER_JOB = 50
/** Tries per job, and the first wait before a retry (doubling each time: 1, 2, 4, 8 s). */
export const DEFAULT_ATTEMPTS = 5
export const DEFAULT_BACKOFF_MS = 1000
/** Changes when the shape of a job's data does; a worker refuses jobs of another version without retrying. */
export const JOB_DATA_VERSION = 1

/** What one job carries: everything needed to decide its pairs, so a worker reads nothing but its own results. */
export interface WhatFitsJobData {
  version: typeof JOB_DATA_VERSION
  timeLimitMs: number
  subjects: Subject[]
  bags: WorkBag[]
}

/** A job to add: a content-derived id (the same work enqueued twice is one job) and its data. */
export interface PlannedJob {
  id: string
  data: WhatFitsJobData
}

/**
 * Opens a Redis connection for BullMQ from `redis://[user:password@]host[:port][/db]` (or `rediss://`) and checks
 * that the server answers. Throws `INVALID_OPTION` for another URL, `QUEUE_UNAVAILABLE` when Redis cannot be reached.
 * The caller closes it with `quit()`.
 */
export async function connectRedis(url: string): Promise<Redis> {
  if (!/^rediss?:\/\//i.test(url))
    fail('INVALID_OPTION', `--queue must be a Redis URL like redis://127.0.0.1:6379, got ${show(url)}.`)
  const database = redisDatabaseIndex(url)
  // A throwaway connection that gives up at once, so a dead server is an error rather than endless retries.
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 5000,
  })
  probe.on('error', () => undefined)
  try {
    await probe.connect()
    await probe.ping()
  } catch (error) {
    throw new MicropurseError(
      'QUEUE_UNAVAILABLE',
      `Cannot reach Redis at ${describeRedisUrl(url)}: ${oneLine(error)}. Is redis-server running (Debian: apt-get install redis-server)? Check the URL given with --queue.`,
    )
  }
  try {
    // ioredis selects the URL's database while connecting and only reports a refusal as an event: ask again here,
    // so an index the server does not have fails now, in one line, instead of on every command later.
    if (database !== 0) await probe.select(database)
  } catch (error) {
    const count = await probe.config('GET', 'databases').then(
      (reply) => Number((reply)[1]),
      () => NaN,
    )
    throw new MicropurseError(
      'QUEUE_UNAVAILABLE',
      `Redis at ${describeRedisUrl(url)} refused database ${database}: ${oneLine(error)}${Number.isFinite(count) ? ` (it has databases 0 to ${count - 1})` : ''}. Check the URL given with --queue.`,
    )
  } finally {
    probe.disconnect()
  }
  // BullMQ workers need commands that wait as long as it takes (maxRetriesPerRequest: null).
  return new Redis(url, { maxRetriesPerRequest: null })
}

/** The database index of a Redis URL (`/3`; 0 when none is given); `INVALID_OPTION` for anything else. */
function redisDatabaseIndex(url: string): number {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return fail('INVALID_OPTION', `--queue ${show(url)} is not a URL; expected redis://HOST:PORT[/DATABASE].`)
  }
  const path = parsed.pathname.replace(/^\//, '')
  if (path === '') return 0
  if (!/^\d{1,5}$/.test(path))
    fail(
      'INVALID_OPTION',
      `--queue ${describeRedisUrl(url)} names database ${show(path)}; a Redis database is a whole number, e.g. redis://127.0.0.1:6379/0.`,
    )
  return Number(path)
}

/** An error's message on one line, without a final full stop. */
function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').replace(/\.$/, '')
}

/** The URL without its password, for messages. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'redis://(unreadable URL)'
  }
}

/** Job options: retries with exponential backoff; finished jobs go, failed ones stay to be reported and retried. */
function jobOptions(attempts = DEFAULT_ATTEMPTS, backoffMs = DEFAULT_BACKOFF_MS): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: true,
    removeOnFail: false,
  }
}

/** Splits a plan's work into jobs of `bagsPerJob` bags, each with an id derived from its content. */
export function planJobs(plan: BatchPlan, bagsPerJob = DEFAULT_BAGS_PER_JOB): PlannedJob[] {
  const jobs: PlannedJob[] = []
  for (let i = 0; i < plan.work.length; i += bagsPerJob) {
    const data: WhatFitsJobData = {
      version: JOB_DATA_VERSION,
      timeLimitMs: plan.timeLimitMs,
      subjects: plan.subjects,
      bags: plan.work.slice(i, i + bagsPerJob),
    }
    // The id names the content: bag and subject keys and the pairs asked for.
    const id = `wf-${digest([data.timeLimitMs, data.subjects.map((s) => s.key), data.bags.map((b) => [b.id, b.key, b.subjects])])}`
    jobs.push({ id, data })
  }
  return jobs
}

/** What `addJobs` did with each planned job. */
export interface AddedJobs {
  added: number
  /** Jobs with the same content already waiting, delayed or being worked on: left as they are. */
  alreadyQueued: number
  /** Jobs with the same content that had failed for good: put back with their tries reset. */
  retried: number
}

/** Adds planned jobs to the queue, skipping ones already there and retrying ones that failed. */
export async function addJobs(
  queue: Queue,
  jobs: readonly PlannedJob[],
  options: { attempts?: number; backoffMs?: number } = {},
): Promise<AddedJobs> {
  const counts: AddedJobs = { added: 0, alreadyQueued: 0, retried: 0 }
  const fresh: PlannedJob[] = []
  for (const job of jobs) {
    const state = await queue.getJobState(job.id)
    if (state === 'unknown') fresh.push(job)
    else if (state === 'completed') {
      // Done before, yet its pairs are missing again (results deleted since): a finished job blocks its id.
      await queue.remove(job.id)
      fresh.push(job)
    } else if (state === 'failed') {
      await (await queue.getJob(job.id))!.retry('failed', {
        resetAttemptsMade: true,
        resetAttemptsStarted: true,
      })
      counts.retried++
    } else counts.alreadyQueued++
  }
  const opts = jobOptions(options.attempts, options.backoffMs)
  for (let i = 0; i < fresh.length; i += 500) {
    await queue.addBulk(
      fresh
        .slice(i, i + 500)
        .map((j) => ({ name: 'what-fits', data: j.data, opts: { ...opts, jobId: j.id } })),
    )
  }
  counts.added = fresh.length
  return counts
}

/** Jobs by state, and the jobs that failed for good with why. */
export interface QueueReport {
  counts: { waiting: number; active: number; delayed: number; failed: number }
  failed: {
    id: string
    attempts: number
    bags: number
    pairs: number
    reason: string
    failedAt: string | null
  }[]
}

/** Counts the queue's jobs and lists the failed ones (at most `limit`, newest first). */
export async function reportQueue(queue: Queue, limit = 50): Promise<QueueReport> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed')
  const failedJobs = await queue.getFailed(0, limit - 1)
  return {
    counts: {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
    },
    failed: failedJobs.map((job) => {
      const data = job.data as Partial<WhatFitsJobData>
      return {
        id: String(job.id),
        attempts: job.attemptsMade,
        bags: data.bags?.length ?? 0,
        pairs: data.bags?.reduce((s, b) => s + b.subjects.length, 0) ?? 0,
        reason: job.failedReason ?? '',
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      }
    }),
  }
}

/** Jobs not finished yet anywhere on the queue: waiting, delayed (a retry's backoff) or held by a worker. */
export async function unfinishedJobs(queue: Queue): Promise<number> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'waiting-children')
  return Object.values(c).reduce((s, n) => s + (n ?? 0), 0)
}

/** A BullMQ queue on an open connection. */
export function openQueue(connection: Redis, name = DEFAULT_QUEUE_NAME): Queue {
  return new Queue(name, { connection })
}
