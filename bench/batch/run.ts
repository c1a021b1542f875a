/**
 * Batch what-fits benchmark: decisions per second with 1 and 2 worker threads on one machine, and with 2 worker
 * processes on a BullMQ queue (Redis + PostgreSQL), on a sample of the seeded synthetic catalog; then the time to
 * generate and plan the whole 100,000-bag catalog, and the time to decide it, extrapolated from the sample.
 *
 *   npm run build && npx tsx bench/batch/run.ts [--bags 400] [--full 100000] [--seed 1]
 *
 * Runs the compiled code in dist/ (what `micropurse batch` runs). The sample is bags 1..N of the full catalog
 * (each synthetic bag has its own random stream), so its mix of shapes and sizes is the full catalog's.
 * Needs PostgreSQL and Redis for the queue part (MICROPURSE_TEST_POSTGRES_URL, MICROPURSE_TEST_REDIS_URL).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import {
  batchDb,
  connectRedis,
  enqueueBatch,
  generateBags,
  openQueue,
  planBatch,
  chooseSubjects,
  runBatchWhatFits,
  BATCH_STATUSES,
} from '../../dist/batch/index.js'
import type { BatchStatus } from '../../src/batch/types.js'
import { loadSeed, openCatalog } from '../../dist/catalog/index.js'
import type { Catalog } from '../../dist/catalog/index.js'
import { machineInfo } from '../lib/machine.js'

const { values } = parseArgs({
  options: {
    bags: { type: 'string', default: '400' },
    full: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
  },
})
const SAMPLE = Number(values.bags)
const FULL = Number(values.full)
const SEED = Number(values.seed)
const POSTGRES_URL = process.env.MICROPURSE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = process.env.MICROPURSE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const BIN = resolve(import.meta.dirname, '../../bin/micropurse.js')

interface Row {
  how: string
  pairs: number
  seconds: number
  perSecond: number
  /** CPU time of the process and its threads per decision, in ms (local runs only). */
  cpuMsPerPair?: number
  statuses: string
}

const rows: Row[] = []
const dir = mkdtempSync(join(tmpdir(), 'micropurse-bench-batch-'))
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
const info = machineInfo()
console.log(
  `# Batch what-fits benchmark\n\n${info.cpu}, ${info.cores} cores, Node ${info.node}, commit ${info.commit}, ${info.date}`,
)
console.log(`Load average at start: ${load()} (the machine is shared)`)
console.log(
  `Sample: synthetic bags 1..${SAMPLE} of seed ${SEED}; subjects: every seed kit and the items in them; time limit 300 ms.\n`,
)

try {
  // 1. One machine, worker threads, SQLite.
  const local = await sampleCatalog(`sqlite:${join(dir, 'sample.sqlite')}`)
  for (const threads of [1, 2]) {
    await batchDb(local).deleteFrom('batch_results').execute()
    const cpu = process.cpuUsage()
    const summary = await runBatchWhatFits(local, { threads })
    const used = process.cpuUsage(cpu)
    rows.push({
      ...row(
        `${threads} worker thread${threads > 1 ? 's' : ''} (SQLite)`,
        summary.computed,
        summary.solveMs / 1000,
        summary.decided,
      ),
      cpuMsPerPair: (used.user + used.system) / 1000 / summary.computed,
    })
    console.log(`done: ${rows.at(-1)!.how}, load ${load()}`)
  }
  await local.close()

  // 2. Two worker processes on the queue, PostgreSQL.
  const name = `micropurse_bench_${process.pid}`
  await admin(`create database ${name}`)
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  const queueName = `micropurse-bench-${process.pid}`
  try {
    const shop = await sampleCatalog(url.toString())
    const enqueued = await enqueueBatch(shop, { queueUrl: REDIS_URL, queueName, bagsPerJob: 25 })
    const started = performance.now()
    const workers = [0, 1].map(() => runWorker(url.toString(), queueName))
    const logs = await Promise.all(workers)
    const wallS = (performance.now() - started) / 1000
    const decided = await statusCounts(shop)
    rows.push(row('2 worker processes × 1 thread (queue, PostgreSQL)', enqueued.plan.missing, wallS, decided))
    console.log(
      `done: queue, ${enqueued.jobs} jobs; worker lines: ${logs.map((l) => l.split('\n').filter((x) => / done: /.test(x)).length).join(' + ')} jobs; load ${load()}`,
    )
    await shop.close()
  } finally {
    await admin(`drop database if exists ${name} with (force)`)
    const connection = await connectRedis(REDIS_URL)
    const queue = openQueue(connection, queueName)
    await queue.obliterate({ force: true })
    await queue.close()
    await connection.quit()
  }

  // 3. The whole synthetic catalog: generate and plan it for real; deciding it is extrapolated from the sample.
  const full = await openCatalog({ db: `sqlite:${join(dir, 'full.sqlite')}` })
  await removeSeedBags(full)
  let t = performance.now()
  await generateBags(full, { count: FULL, seed: SEED })
  const generateS = (performance.now() - t) / 1000
  t = performance.now()
  const plan = await planBatch(full, await chooseSubjects(full), { timeLimitMs: 300 })
  const planS = (performance.now() - t) / 1000
  await full.close()

  console.log(
    '\n| how | pairs | seconds | decisions/s | CPU ms per decision | answers |\n| --- | ---: | ---: | ---: | ---: | --- |',
  )
  for (const r of rows) {
    const cpu = r.cpuMsPerPair === undefined ? '' : r.cpuMsPerPair.toFixed(1)
    console.log(
      `| ${r.how} | ${r.pairs.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} | ${Math.round(r.perSecond).toLocaleString('en-US')} | ${cpu} | ${r.statuses} |`,
    )
  }
  console.log(
    `\nWhole synthetic catalog: ${FULL.toLocaleString('en-US')} bags × ${plan.subjects.length} subjects = ${plan.pairs.toLocaleString('en-US')} pairs.`,
  )
  console.log(
    `- generate (batch generate, SQLite): ${generateS.toFixed(1)} s; plan (batch status, SQLite): ${planS.toFixed(1)} s.`,
  )
  for (const r of rows)
    console.log(
      `- decide with ${r.how}: ${hours(plan.pairs / r.perSecond / 3600)} (extrapolated from the sample's rate).`,
    )
  console.log(`\nLoad average at end: ${load()}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

/** A catalog with the sample's synthetic bags only (the seed's bags removed; its items and kits kept). */
async function sampleCatalog(db: string): Promise<Catalog> {
  const catalog = await openCatalog({ db })
  await removeSeedBags(catalog)
  await generateBags(catalog, { count: SAMPLE, seed: SEED })
  return catalog
}

async function removeSeedBags(catalog: Catalog): Promise<void> {
  for (const row of loadSeed().bags) await catalog.remove('bags', row.value.id)
}

async function statusCounts(catalog: Catalog): Promise<Record<BatchStatus, number>> {
  return (await planBatch(catalog, await chooseSubjects(catalog), { timeLimitMs: 300 })).current
}

/** Runs `micropurse batch worker --until-empty` with one thread; resolves with its stderr. */
function runWorker(db: string, queueName: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(
      'node',
      [
        BIN,
        'batch',
        'worker',
        '--queue',
        REDIS_URL,
        '--queue-name',
        queueName,
        '--db',
        db,
        '--workers',
        '1',
        '--until-empty',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('exit', (code) => (code === 0 ? done(err) : fail(new Error(`worker exited ${code}:\n${err}`))))
  })
}

function row(how: string, pairs: number, seconds: number, counts: Record<BatchStatus, number>): Row {
  const statuses = BATCH_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${s} ${counts[s].toLocaleString('en-US')}`)
    .join(', ')
  return { how, pairs, seconds, perSecond: pairs / seconds, statuses }
}

function hours(h: number): string {
  return h >= 1 ? `${h.toFixed(1)} h` : `${Math.round(h * 60)} min`
}

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
