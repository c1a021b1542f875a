/**
 * How the API does on a large catalog: 100,000 bags in a SQLite file, then unknown ids.
 *
 *   npx tsx bench/api/large-catalog.ts [--bags 100000]
 *
 * 1. Writes a catalog of N bags (the seed bags copied under new ids) into a fresh SQLite file.
 * 2. Through the app (inject, no socket): GET /api/bags/UNKNOWN (the first one builds the id index), again warm,
 *    POST /api/scale with an unknown silhouette, and three unknown ids at once while /api/health is asked.
 * Prints each time in ms as JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../../src/api/app.js'
import { openCatalog } from '../../src/catalog/index.js'
import { insertRows } from '../../src/catalog/table-queries.js'
import { bagToRow } from '../../src/catalog/bag.table.js'

const args = process.argv.slice(2)
const at = args.indexOf('--bags')
const BAGS = at >= 0 ? Number(args[at + 1]) : 100_000

const dir = mkdtempSync(join(tmpdir(), 'micropurse-large-'))
const url = `sqlite:${join(dir, 'large.sqlite')}`
try {
  // 1. The catalog: the seed's bags copied under new ids until there are N.
  const catalog = await openCatalog({ db: url })
  const seed = await catalog.list('bags')
  const rows: ReturnType<typeof bagToRow>[] = []
  for (let i = rows.length; rows.length + seed.length < BAGS; i++) {
    const bag = seed[i % seed.length]!
    rows.push(bagToRow({ ...bag, id: `${bag.id}-copy-${i}` }))
  }
  const written = performance.now()
  await catalog.db.transaction().execute((trx) => insertRows(trx, 'bags', rows, 'overwrite'))
  const total = await catalog.count('bags')
  console.error(
    `wrote ${rows.length} bags in ${Math.round(performance.now() - written)} ms (${total} in all)`,
  )
  await catalog.close()

  // 2. Unknown ids through the app.
  const app = await buildApp({
    catalog: url,
    solver: { quickThreads: 1, slowThreads: 1 },
    ratePerMinute: 0,
    webRoot: null,
  })
  const time = async (label: string, run: () => Promise<{ statusCode: number }>) => {
    const started = performance.now()
    const response = await run()
    const ms = performance.now() - started
    return { label, status: response.statusCode, ms: Math.round(ms * 10) / 10 }
  }
  // Health asked every 10 ms while the first unknown id builds the index: the slowest answer.
  const healthDuring = async (work: Promise<unknown>) => {
    let slowest = 0
    let done = false
    void work.finally(() => (done = true))
    while (!done) {
      const r = await time('health', () => app.inject({ url: '/api/health' }))
      slowest = Math.max(slowest, r.ms)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    return slowest
  }
  const first = time('unknown bag id, first (builds the id index)', () =>
    app.inject({ url: '/api/bags/chiquito-mini' }),
  )
  const slowestHealth = await healthDuring(first)
  const results = [
    await first,
    { label: 'slowest /api/health while the index was built', status: 200, ms: slowestHealth },
    await time('unknown bag id, warm', () => app.inject({ url: '/api/bags/lady-dior-micr' })),
    await time('known bag id', () => app.inject({ url: '/api/bags/jacquemus-le-petit-chiquito' })),
    await time('scale, unknown silhouette', () =>
      app.inject({
        method: 'POST',
        url: '/api/scale',
        payload: { silhouette: 'birkin-mini', items: ['lipstick'] },
      }),
    ),
  ]
  // Three unknown ids at once; health asked meanwhile.
  const three = ['micro-dior', 'baguette-nano', 'kelly-pochete'].map((id) =>
    app.inject({ url: `/api/bags/${id}` }),
  )
  const health = await time('health while three unknown ids are looked up', () =>
    app.inject({ url: '/api/health' }),
  )
  await Promise.all(three)
  results.push(health)
  await app.close()
  console.log(JSON.stringify({ bags: total, results }, null, 2))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
