import { hostname } from 'node:os'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  batchDb,
  BATCH_STATUSES,
  chooseSubjects,
  connectRedis,
  generateBags,
  openQueue,
  planBatch,
  reportQueue,
} from '../../src/batch/index.js'
import type { SubjectChoice, WhatFitsJobData } from '../../src/batch/index.js'
import { openCatalog } from '../../src/catalog/index.js'
import type { Catalog } from '../../src/catalog/index.js'
import { createTestDatabase, postgresUnavailable } from '../catalog/databases.js'
import type { TestDatabase } from '../catalog/databases.js'
import {
  micropurse,
  redisUnavailable,
  requireBuiltCli,
  REDIS_URL,
  startMicropurse,
  uniqueQueueName,
} from './services.js'

// Real PostgreSQL, real Redis, real worker processes of the built CLI.
const skip = (await postgresUnavailable()) ?? (await redisUnavailable())
if (skip === undefined) requireBuiltCli()

const SUBJECTS: SubjectChoice = { kits: ['essentials', 'lipstick-and-card'], items: 'none' }
const SUBJECT_FLAGS = ['--kits', 'essentials,lipstick-and-card', '--items', 'none', '--time-limit', '100']
const SYNTHETIC = 30

describe.skipIf(skip !== undefined)('batch enqueue and worker on Redis and PostgreSQL', () => {
  let database: TestDatabase
  let catalog: Catalog
  const queueName = uniqueQueueName()
  const queueFlags = () => ['--queue', REDIS_URL, '--queue-name', queueName, '--db', database.url]
  const worker = (...extra: string[]) =>
    startMicropurse(['batch', 'worker', ...queueFlags(), '--workers', '1', '--lock-ms', '2000', ...extra])
  const enqueue = (...extra: string[]) =>
    micropurse(['batch', 'enqueue', ...queueFlags(), ...SUBJECT_FLAGS, ...extra])
  /** Where the catalog stands now for the test's subjects. */
  const plan = async () => planBatch(catalog, await chooseSubjects(catalog, SUBJECTS), { timeLimitMs: 100 })
  /** Jobs waiting on the queue, with the bag ids each holds. */
  const waitingJobs = async () => {
    const connection = await connectRedis(REDIS_URL)
    const queue = openQueue(connection, queueName)
    try {
      return (await queue.getWaiting()).map((j) => ({
        id: String(j.id),
        bags: (j.data as WhatFitsJobData).bags.map((b) => b.id),
      }))
    } finally {
      await queue.close()
      await connection.quit()
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase('postgres')
    catalog = await openCatalog({ db: database.url, env: {} })
    await generateBags(catalog, { count: SYNTHETIC, seed: 3 })
  })
  afterAll(async () => {
    const connection = await connectRedis(REDIS_URL).catch(() => undefined)
    if (connection) {
      const queue = openQueue(connection, queueName)
      await queue.obliterate({ force: true })
      await queue.close()
      await connection.quit()
    }
    await catalog?.close()
    await database?.drop()
  })

  test('a worker killed in the middle of a job: another finishes it, with no result lost or written twice', async () => {
    const bags = await catalog.count('bags')
    const queued = await enqueue('--bags-per-job', '12')
    expect(queued.code, queued.stderr).toBe(0)
    expect(queued.stdout).toMatch(new RegExp(`Queued ${bags * 2} pairs as ${Math.ceil(bags / 12)} jobs`))
    const jobs = await waitingJobs()
    expect(jobs).toHaveLength(Math.ceil(bags / 12))

    // 1. Worker A takes a job and is killed (SIGKILL: no cleanup, its lock simply stops being renewed).
    const a = worker()
    const [, killedJob] = await a.waitFor(/job (\S+) started/)
    a.child.kill('SIGKILL')
    expect((await a.exited).signal).toBe('SIGKILL')

    // 2. Worker B takes every job, the killed one once its lock runs out, and stops when the queue is empty.
    const b = worker('--until-empty')
    const end = await b.exited
    expect(end.code, b.stderr()).toBe(0)
    expect(b.stderr()).toMatch(new RegExp(`job ${killedJob} was held by a worker that stopped answering`))
    expect(b.stderr()).toMatch(new RegExp(`job ${killedJob} done: \\d+ decided`))
    expect(b.stdout()).toMatch(
      /Worker done: \d+ jobs?, \d+ pairs decided, 0 already stored, 0 failed for good\./,
    )

    // 3. Every pair has one current result; the killed job's were all written by B.
    const db = batchDb(catalog)
    const total = await db
      .selectFrom('batch_results')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(total.n)).toBe(bags * 2)
    const twice = await db
      .selectFrom('batch_results')
      .select(['bag_id', 'subject_id'])
      .groupBy(['bag_id', 'subject_id'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute()
    expect(twice).toEqual([])
    const after = await plan()
    expect([after.stale, after.missing]).toEqual([0, 0])
    expect(BATCH_STATUSES.reduce((s, k) => s + after.current[k], 0)).toBe(bags * 2)
    const killedBags = jobs.find((j) => j.id === killedJob)!.bags
    const writers = await db
      .selectFrom('batch_results')
      .select('computed_by')
      .distinct()
      .where('bag_id', 'in', killedBags)
      .execute()
    expect(writers.map((w) => w.computed_by)).toEqual([`${hostname()}:${b.child.pid}/0`])
    const anyByA = await db
      .selectFrom('batch_results')
      .select('bag_id')
      .where('computed_by', 'like', `%:${a.child.pid}/%`)
      .execute()
    expect(anyByA).toEqual([])
    // The queue holds nothing: no job lost, none failed.
    const connection = await connectRedis(REDIS_URL)
    const queue = openQueue(connection, queueName)
    try {
      expect((await reportQueue(queue)).counts).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 })
    } finally {
      await queue.close()
      await connection.quit()
    }
  }, 90_000)

  test('after an edit, enqueue puts on the queue only the pairs that changed', async () => {
    const bag = await catalog.get('bags', 'synthetic-000001')
    await catalog.importRows({
      format: 'json',
      bags: [{ line: 1, value: { ...bag, exteriorMm: { ...bag.exteriorMm, h: bag.exteriorMm.h! + 5 } } }],
      items: [],
      kits: [],
      issues: [],
    })
    const queued = await enqueue()
    expect(queued.stdout).toMatch(/Before: \d+ up to date, 2 stale, 0 missing\./)
    expect(queued.stdout).toMatch(/Queued 2 pairs as 1 job of up to 50 bags/)
    // Enqueueing the same work again adds nothing.
    expect((await enqueue()).stdout).toMatch(/0 new, 1 already queued/)
    const b = worker('--until-empty')
    expect((await b.exited).code, b.stderr()).toBe(0)
    expect(b.stdout()).toMatch(/Worker done: 1 job, 2 pairs decided/)
    expect((await plan()).stale).toBe(0)
  }, 60_000)

  test('a job that keeps failing is retried with backoff, reported, and put back by the next enqueue', async () => {
    const bag = await catalog.get('bags', 'synthetic-000002')
    await catalog.importRows({
      format: 'json',
      bags: [{ line: 1, value: { ...bag, exteriorMm: { ...bag.exteriorMm, d: bag.exteriorMm.d! + 3 } } }],
      items: [],
      kits: [],
      issues: [],
    })
    expect((await enqueue('--attempts', '3', '--backoff-ms', '100')).stdout).toMatch(
      /Queued 2 pairs as 1 job .*New jobs get 3 tries, the first retry after 100 ms\./,
    )
    // The results table is away: every try of the job fails.
    await sql`alter table batch_results rename to batch_results_away`.execute(catalog.db)
    const failing = worker('--until-empty')
    const end = await failing.exited
    await sql`alter table batch_results_away rename to batch_results`.execute(catalog.db)
    expect(end.code).toBe(1)
    expect(failing.stderr()).toMatch(/failed \(try 1 of 3\).*it will be retried/)
    expect(failing.stderr()).toMatch(/failed \(try 2 of 3\)/)
    expect(failing.stderr()).toMatch(/failed for good after 3 tries: .*batch_results/)
    expect(failing.stdout()).toMatch(/, 1 failed for good\./)
    // Reported by status, with its pairs still to do.
    const status = await micropurse(['batch', 'status', ...queueFlags(), ...SUBJECT_FLAGS])
    expect(status.code, status.stderr).toBe(0)
    expect(status.stdout).toMatch(/Now: \d+ up to date, 2 stale, 0 missing\./)
    expect(status.stdout).toMatch(/0 waiting, 0 in progress, 0 waiting to retry, 1 failed\./)
    expect(status.stdout).toMatch(/Failed jobs[^\n]*\n.*\n.*\nwf-\S+\s+3\s+1\s+2\s/)
    // Not lost: the next enqueue puts it back and a worker finishes it.
    expect((await enqueue()).stdout).toMatch(/0 new, 0 already queued, 1 failed put back\./)
    const b = worker('--until-empty')
    expect((await b.exited).code, b.stderr()).toBe(0)
    const after = await plan()
    expect([after.stale, after.missing]).toEqual([0, 0])
    expect(BATCH_STATUSES.reduce((s, k) => s + after.current[k], 0)).toBe(after.pairs)
  }, 60_000)
})
