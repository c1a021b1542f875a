import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { batchDb, chooseSubjects, connectRedis, openQueue, planBatch } from '../../src/batch/index.js'
import { openCatalog } from '../../src/catalog/index.js'
import { createApiKey } from '../../src/services/api-keys.js'
import { createTestDatabase, postgresUnavailable } from '../catalog/databases.js'
import type { TestDatabase } from '../catalog/databases.js'
import {
  micropurse,
  redisUnavailable,
  requireBuiltCli,
  REDIS_URL,
  startMicropurse,
  uniqueQueueName,
} from '../batch/services.js'
import type { Started } from '../batch/services.js'

/**
 * Faults on the real services, against the built CLI as it runs in production: PostgreSQL connections terminated
 * while requests and batch jobs are under way, a SQLite file locked by another process, a queue URL that points
 * nowhere useful. Each test asserts outcomes (status codes, that the process is still there, that data is whole);
 * waits are on conditions, with generous bounds, never a sleep that decides the result.
 */

const POSTGRES_SKIP = await postgresUnavailable()
const REDIS_SKIP = await redisUnavailable()
requireBuiltCli()

/** A JSON answer from the server, with its status and Retry-After. */
interface Answer {
  status: number
  body: Record<string, unknown>
  retryAfter: string | null
}

async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  key?: string,
): Promise<Answer> {
  const response = await fetch(base + path, {
    method,
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(key && { authorization: `Bearer ${key}` }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    retryAfter: response.headers.get('retry-after'),
  }
}

/** Starts `micropurse serve` on a free port and resolves with its base URL once it listens. */
async function serve(db: string, ...extra: string[]): Promise<{ server: Started; base: string }> {
  const server = startMicropurse([
    'serve',
    '--port',
    '0',
    '--db',
    db,
    '--rate-limit',
    '0',
    '--log-level',
    'warn',
    ...extra,
  ])
  const match = await server.waitFor(/micropurse API on (http:\/\/\S+) /, 60_000)
  return { server, base: match[1]! }
}

/** Polls `check` until it is true, at most `timeoutMs`; resolves with whether it became true. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

/** Terminates every connection to `database` but the caller's; returns how many it ended. */
async function terminateConnections(admin: pg.Client, database: string): Promise<number> {
  const { rows } = await admin.query(
    'select count(*) filter (where pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [database],
  )
  return Number(rows[0].n)
}

function item(id: string, widthMm: number) {
  return {
    id,
    name: `Fault ${id}`,
    category: 'other',
    dimsMm: { w: widthMm, h: 20, d: 15 },
    dimsStatus: 'measured',
    shape: 'box',
  }
}

describe.skipIf(POSTGRES_SKIP !== undefined)('PostgreSQL connections terminated under traffic', () => {
  let database: TestDatabase
  let admin: pg.Client
  let key: string
  let server: Started | undefined
  let base = ''
  beforeAll(async () => {
    database = await createTestDatabase('postgres')
    const catalog = await openCatalog({ db: database.url, env: {} })
    key = (await createApiKey(catalog.db, 'faults')).key
    await catalog.close()
    admin = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, '/test') })
    await admin.connect()
    ;({ server, base } = await serve(database.url))
  }, 90_000)
  afterAll(async () => {
    server?.child.kill('SIGTERM')
    await server?.exited
    await admin?.end()
    await database?.drop()
  })

  test('the server answers 503 while connections are gone, stays up, answers again, and loses no write', async () => {
    const name = new URL(database.url).pathname.slice(1)
    const answers: { kind: string; answer: Answer }[] = []
    const written = new Map<string, number>()
    let stop = false
    // Traffic: catalog writes of distinct items, reads of bags and lists, by four clients at once.
    const client = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const id = `fault-${n}-${i}`
        const width = 10 + ((n * 7 + i) % 50)
        const write = await call(base, 'PUT', `/api/items/${id}`, item(id, width), key)
        answers.push({ kind: 'write', answer: write })
        if (write.status === 200 || write.status === 201) written.set(id, width)
        answers.push({ kind: 'read', answer: await call(base, 'GET', '/api/bags/coach-tabby-20') })
        answers.push({ kind: 'list', answer: await call(base, 'GET', '/api/items?limit=5') })
      }
    }
    const traffic = [0, 1, 2, 3].map(client)
    // The faults: every connection of the server terminated, five times over, while the traffic runs.
    let terminated = 0
    for (let round = 0; round < 5; round++) {
      await eventually(async () => answers.length > (round + 1) * 30, 30_000)
      terminated += await terminateConnections(admin, name)
    }
    stop = true
    await Promise.all(traffic)
    expect(terminated).toBeGreaterThan(0)

    // The process is still there, and answers reads and writes again.
    expect(server!.child.exitCode).toBe(null)
    const recovered = await eventually(async () => {
      const r = await call(base, 'PUT', '/api/items/fault-after', item('fault-after', 33), key)
      return r.status === 200 || r.status === 201
    }, 20_000)
    expect(recovered).toBe(true)
    written.set('fault-after', 33)

    // Every answer was a success or a 503 that says the database is away and when to come back.
    for (const { kind, answer } of answers) {
      if (answer.status < 300) continue
      expect(answer.status, `${kind}: ${JSON.stringify(answer.body)}`).toBe(503)
      expect(answer.body.code).toBe('DATABASE_UNAVAILABLE')
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1)
    }
    // Nothing lost: each acknowledged write is stored as sent.
    const check = await openCatalog({ db: database.url, env: {}, seed: false })
    try {
      for (const [id, width] of written) {
        const found = await check.find('items', id)
        expect(found?.dimsMm.w, id).toBe(width)
      }
    } finally {
      await check.close()
    }
    console.info(
      `terminated ${terminated} connections; ${answers.length} answers, ${answers.filter((a) => a.answer.status === 503).length} of them 503; ${written.size} writes acknowledged and found`,
    )
  }, 120_000)
})

describe.skipIf(POSTGRES_SKIP !== undefined || REDIS_SKIP !== undefined)(
  'a batch worker whose PostgreSQL connections are terminated',
  () => {
    let database: TestDatabase
    let admin: pg.Client
    const queueName = uniqueQueueName()
    beforeAll(async () => {
      database = await createTestDatabase('postgres')
      const catalog = await openCatalog({ db: database.url, env: {} })
      await catalog.close()
      admin = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, '/test') })
      await admin.connect()
    }, 60_000)
    afterAll(async () => {
      const connection = await connectRedis(REDIS_URL).catch(() => undefined)
      if (connection) {
        const queue = openQueue(connection, queueName)
        await queue.obliterate({ force: true })
        await queue.close()
        await connection.quit()
      }
      await admin?.end()
      await database?.drop()
    })

    test('keeps running, retries the jobs that failed, and writes every result', async () => {
      const flags = ['--queue', REDIS_URL, '--queue-name', queueName, '--db', database.url]
      const subjects = ['--kits', 'essentials,evening', '--items', 'none', '--time-limit', '100']
      const enqueued = await micropurse([
        'batch',
        'enqueue',
        ...flags,
        ...subjects,
        '--bags-per-job',
        '2',
        '--backoff-ms',
        '200',
      ])
      expect(enqueued.code, enqueued.stderr).toBe(0)
      const worker = startMicropurse(['batch', 'worker', ...flags, '--workers', '1', '--until-empty'])
      const name = new URL(database.url).pathname.slice(1)
      let terminated = 0
      // Terminate the worker's connections each time a job starts, three times.
      for (let round = 1; round <= 3; round++) {
        const started = await eventually(
          async () => (worker.stderr().match(/ started \(try/g) ?? []).length >= round * 2,
          60_000,
        )
        if (!started || worker.child.exitCode !== null) break
        terminated += await terminateConnections(admin, name)
      }
      const exit = await worker.exited
      expect(terminated).toBeGreaterThan(0)
      expect(exit.code, worker.stderr()).toBe(0)
      expect(worker.stdout()).toMatch(/0 failed for good/)
      // Every pair has its result.
      const catalog = await openCatalog({ db: database.url, env: {}, seed: false })
      try {
        const plan = await planBatch(
          catalog,
          await chooseSubjects(catalog, { kits: ['essentials', 'evening'], items: 'none' }),
          {
            timeLimitMs: 100,
          },
        )
        expect([plan.missing, plan.stale]).toEqual([0, 0])
        const rows = await batchDb(catalog)
          .selectFrom('batch_results')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
        expect(Number(rows.n)).toBeGreaterThan(0)
      } finally {
        await catalog.close()
      }
    }, 180_000)
  },
)

describe('a SQLite file locked by another process', () => {
  let dir: string
  let server: Started | undefined
  let base = ''
  let key: string
  let db: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-lock-'))
    db = `sqlite:${join(dir, 'catalog.sqlite')}`
    const catalog = await openCatalog({ db, env: {} })
    key = (await createApiKey(catalog.db, 'faults')).key
    await catalog.close()
    ;({ server, base } = await serve(db))
  }, 60_000)
  afterAll(async () => {
    server?.child.kill('SIGTERM')
    await server?.exited
    rmSync(dir, { recursive: true, force: true })
  })

  test('a write answers 503 with Retry-After while the lock is held, health and reads answer meanwhile', async () => {
    // Another process takes the write lock and keeps it until told to let go.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const d = new D(process.argv[1]); d.exec('begin immediate');
         process.stdout.write('locked\\n'); process.stdin.on('data', () => { d.exec('rollback'); d.close(); process.exit(0) })`,
        join(dir, 'catalog.sqlite'),
      ],
      { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()))
    try {
      // The write waits for the lock on timers; health is asked while it waits and must come back first.
      const order: string[] = []
      const write = call(base, 'PUT', '/api/items/locked-item', item('locked-item', 40), key).then((a) => {
        order.push('write')
        return a
      })
      const health = call(base, 'GET', '/api/health').then((a) => {
        order.push('health')
        return a
      })
      const [w, h] = await Promise.all([write, health])
      expect(h.status).toBe(200)
      expect(w.status).toBe(503)
      expect(w.body.code).toBe('DATABASE_BUSY')
      expect(Number(w.retryAfter)).toBeGreaterThanOrEqual(1)
      expect(order).toEqual(['health', 'write'])
      // Reads go on (WAL): a reader never waits for a writer.
      expect((await call(base, 'GET', '/api/bags/coach-tabby-20')).status).toBe(200)
    } finally {
      holder.stdin.write('go\n')
      await new Promise((resolve) => holder.once('exit', resolve))
    }
    // Once the lock is gone the same write goes through.
    expect((await call(base, 'PUT', '/api/items/locked-item', item('locked-item', 40), key)).status).toBe(201)
    expect(server!.child.exitCode).toBe(null)
  }, 60_000)
})

describe.skipIf(REDIS_SKIP !== undefined)('a queue URL that points nowhere useful', () => {
  test.each([
    ['a database index the server lacks', `${REDIS_URL}/99`, 1, /refused database 99/],
    ['a closed port', 'redis://127.0.0.1:1', 1, /Cannot reach Redis at redis:\/\/127\.0\.0\.1:1/],
    ['a database that is not a number', `${REDIS_URL}/x`, 2, /names database "x"/],
  ])(
    '%s: exits at once with one line naming the URL',
    async (_what, url, code, words) => {
      const run = await micropurse([
        'batch',
        'worker',
        '--queue',
        url,
        '--db',
        'sqlite::memory:',
        '--until-empty',
      ])
      expect(run.code).toBe(code)
      const lines = run.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(words)
      expect(lines[0]).toContain(url.replace(/\/(99|x)$/, ''))
    },
    30_000,
  )
})
