/**
 * Load benchmark of the HTTP API: autocannon against `micropurse serve` on 127.0.0.1.
 *
 *   npm run build && npx tsx bench/api/load.ts [--duration 10] [--connections 50]
 *
 * 1. Starts the built server (dist/) in a child process on a fresh seeded SQLite file, rate limit off.
 * 2. Builds the micro-kit fit problems from the server's own catalog: every micro bag's derived container with every
 *    kit whose items all have sizes, kept when the engine settles it in under 20 ms (the everyday case).
 * 3. Phase "micro kits": 50 connections send those problems round robin to POST /api/fit for the duration.
 * 4. Phase "with a pathological instance": the same, while one more client sends an instance the engine cannot
 *    settle (test/api/fixtures/slow-fit.json) with a 1000 ms time limit every `--every` seconds (default 3), and
 *    times each answer.
 * Prints requests per second, p50/p99 latency and errors per phase as JSON and as a Markdown table, and each hard
 * request's status and time. Exits 1 when a micro-kit request failed, when their p99 beside the hard requests is
 * more than twice the quiet p99, or when a hard request took longer than its limit plus 1 s.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import type { Result } from 'autocannon'
import { loadNow, machineInfo } from '../lib/machine.js'

const args = process.argv.slice(2)
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const DURATION_S = flag('duration', 10)
const CONNECTIONS = flag('connections', 50)
const EVERY_S = flag('every', 3)
const SLOW_LIMIT_MS = 1000
const ROOT = new URL('../../', import.meta.url)

interface Phase {
  phase: string
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  errors: number
  non2xx: number
}

const loadAtStart = loadNow()
const port = await freePort()
const base = `http://127.0.0.1:${port}`
const dir = mkdtempSync(join(tmpdir(), 'micropurse-load-'))
const server = spawn(
  process.execPath,
  [
    'bin/micropurse.js',
    'serve',
    '--port',
    String(port),
    '--db',
    `sqlite:${join(dir, 'bench.sqlite')}`,
    '--rate-limit',
    '0',
    '--log-level',
    'warn',
  ],
  { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
)
try {
  await waitForHealth()
  const problems = await microKitProblems()
  console.error(
    `${problems.bodies.length} micro-kit problems (of ${problems.candidates} bag × kit pairs with sizes).`,
  )
  const slowBody = JSON.stringify({
    ...JSON.parse(readFileSync(new URL('test/api/fixtures/slow-fit.json', ROOT), 'utf8')),
    options: { timeLimitMs: SLOW_LIMIT_MS },
  })

  await run('warm-up', problems.bodies, CONNECTIONS, 3)
  const alone = summarise('micro kits', await run('micro kits', problems.bodies, CONNECTIONS, DURATION_S))
  const [withSlow, hard] = await Promise.all([
    run('micro kits', problems.bodies, CONNECTIONS, DURATION_S),
    everyFewSeconds(slowBody, DURATION_S, EVERY_S),
  ])
  const phases = [
    alone,
    summarise(`micro kits, a pathological request every ${EVERY_S} s beside them`, withSlow),
  ]

  const machine = machineInfo(loadAtStart)
  console.log(
    JSON.stringify({ machine, durationS: DURATION_S, connections: CONNECTIONS, phases, hard }, null, 2),
  )
  console.log(
    `\n${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.date}, commit ${machine.commit}, load ${JSON.stringify(machine.load ?? null)}\n`,
  )
  console.log('| phase | requests | req/s | p50 ms | p99 ms | max ms | errors | non-2xx |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const p of phases)
    console.log(
      `| ${p.phase} | ${p.requests} | ${p.requestsPerSecond} | ${p.p50Ms} | ${p.p99Ms} | ${p.maxMs} | ${p.errors} | ${p.non2xx} |`,
    )

  const slowest = Math.max(...hard.map((h) => h.ms))
  console.log(
    `\npathological requests (${SLOW_LIMIT_MS} ms limit): ${hard.length}, statuses ${JSON.stringify(countBy(hard.map((h) => h.status)))}, slowest ${slowest} ms`,
  )
  const failed =
    phases.some((p) => p.errors > 0 || p.non2xx > 0) ||
    phases[1]!.p99Ms > 2 * phases[0]!.p99Ms ||
    slowest > SLOW_LIMIT_MS + 1000
  if (failed)
    console.error(
      'FAILED: micro-kit requests had errors, their p99 beside the hard ones was more than twice the quiet p99, or a hard request took longer than its limit + 1 s.',
    )
  process.exitCode = failed ? 1 : 0
} finally {
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', () => resolve(undefined)))
  rmSync(dir, { recursive: true, force: true })
}

/** Runs autocannon with `bodies` sent round robin as POST /api/fit. */
function run(title: string, bodies: string[], connections: number, durationS: number): Promise<Result> {
  let next = 0
  return autocannon({
    title,
    url: `${base}/api/fit`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: durationS,
    // One request in flight per connection: latency is what a client waits for.
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          request.body = bodies[next++ % bodies.length]!
          return request
        },
      },
    ],
  })
}

/** Sends `body` once every `everyS` seconds for `durationS`, each timed from send to answer. */
async function everyFewSeconds(
  body: string,
  durationS: number,
  everyS: number,
): Promise<{ status: number; answer: string; ms: number }[]> {
  const out: { status: number; answer: string; ms: number }[] = []
  const started = performance.now()
  for (let k = 0; (k + 1) * everyS <= durationS; k++) {
    // Start each one on its tick, whether or not the one before has been answered.
    const due = started + (k + 0.5) * everyS * 1000
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
    const sent = performance.now()
    const response = await fetch(`${base}/api/fit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    const json = (await response.json()) as { status?: string; code?: string }
    out.push({
      status: response.status,
      answer: json.status ?? json.code ?? '',
      ms: Math.round(performance.now() - sent),
    })
  }
  return out
}

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1
  return counts
}

function summarise(phase: string, r: Result): Phase {
  return {
    phase,
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  }
}

/** Fit problems from the catalog: each micro bag's container with each kit, kept when settled in under 20 ms. */
async function microKitProblems(): Promise<{ bodies: string[]; candidates: number }> {
  const bags = (
    (await get('/api/bags?limit=1000')) as { results: { id: string; isReferenceOnly: boolean }[] }
  ).results.filter((b) => !b.isReferenceOnly)
  const items = new Map(
    (
      (await get('/api/items?limit=1000')) as {
        results: { id: string; dimsMm: { w: number | null; h: number | null; d: number | null } }[]
      }
    ).results.map((i) => [i.id, i]),
  )
  const kits = (
    (await get('/api/kits?limit=1000')) as {
      results: { id: string; items: { itemId: string; count: number }[] }[]
    }
  ).results
  const bodies: string[] = []
  let candidates = 0
  for (const bag of bags) {
    const { room } = (await get(`/api/bags/${bag.id}`)) as { room: { kind: string; container?: object } }
    if (room.kind !== 'derived') continue
    for (const kit of kits) {
      const lines = kit.items.map((line) => ({ line, dims: items.get(line.itemId)!.dimsMm }))
      if (lines.some(({ dims }) => dims.w === null || dims.h === null || dims.d === null)) continue
      candidates++
      const body = JSON.stringify({
        container: room.container,
        items: lines.map(({ line, dims }) => ({
          id: line.itemId,
          size: [dims.w, dims.d, dims.h],
          count: line.count,
        })),
      })
      const answer = (await post('/api/fit', body)) as { stats: { elapsedMs: number } }
      if (answer.stats.elapsedMs < 20) bodies.push(body)
    }
  }
  return { bodies, candidates }
}

async function get(path: string): Promise<unknown> {
  const response = await fetch(base + path)
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

async function post(path: string, body: string): Promise<unknown> {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The server did not answer on ${base} within 20 s (is dist/ built? npm run build).`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
