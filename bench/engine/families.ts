/**
 * The engine's hard families (issue 14), each instance decided or not within a time limit on one core: MPV class 9
 * with fixed orientation, identical copies just over what a lattice holds, perfect packings of 13–30 boxes and nested
 * pinwheels, and `upright`/`none` mixes that do not fit. Prints, per family, how many were decided, how many ended
 * `unknown`, and the times and work units; `--growth` prints one line per n up to 40 boxes instead.
 *
 * The engine's clock here is this process's CPU time (`performance.now` is replaced before any solve), so a time
 * limit is a limit of work on one core whatever else the shared machine runs: the answer is the one an idle core
 * gives, since the engine's answer depends only on the work it does before the clock stops it. (Garbage collection
 * on helper threads counts too, so the times are if anything high.)
 *
 * Every answer is checked: a layout with `checkPacking`, a "does not fit" with `verifyProof`, and either against the
 * answer the generator knows (perfect packings fit; a lattice with fixed orientation holds no more than its cells).
 *
 *   npx tsx bench/engine/families.ts [--family mpv9-fixed,copies,perfect,pinwheel,mixes] [--time-limit 1000] [--growth]
 *
 * (mpv9-fixed needs the shared bench-data folder, `--shared DIR`; without it the family is empty.)
 */
import { parseArgs } from 'node:util'
import { checkPacking, fit, verifyProof } from '../../src/pack/index.js'
import type { FitAnswer, FitItem, FitProblem, Vec3 } from '../../src/pack/types.js'
import { loadMpvClass9 } from '../instances/mpv-class9.js'
import { perfectProblem } from '../instances/perfect.js'
import { mulberry32, randInt, seedFor, shuffled, type Random } from '../lib/prng.js'

const FAMILIES = ['mpv9-fixed', 'copies', 'perfect', 'pinwheel', 'mixes'] as const
type Family = (typeof FAMILIES)[number]

/** One instance of a family, with the answer its generator knows (null when it knows none). */
interface Case {
  id: string
  n: number
  problem: FitProblem
  expected: 'fits' | 'does-not-fit' | null
}

const { values } = parseArgs({
  options: {
    family: { type: 'string' },
    'time-limit': { type: 'string', default: '1000' },
    shared: { type: 'string', default: new URL('../../../shared', import.meta.url).pathname },
    growth: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
})
const timeLimitMs = Number(values['time-limit'])

// The clock the engine reads: CPU time of this process, in milliseconds.
const cpuAtStart = process.cpuUsage()
performance.now = () => {
  const used = process.cpuUsage(cpuAtStart)
  return (used.user + used.system) / 1000
}
// The growth table leaves out MPV class 9 (its sizes are the files').
const families = (values.family ?? FAMILIES.filter((f) => !values.growth || f !== 'mpv9-fixed').join(',')).split(',') as Family[]
for (const f of families) if (!FAMILIES.includes(f)) throw new Error(`unknown family ${f}; one of ${FAMILIES.join(', ')}`)

let wrong = 0
if (values.growth) growthTable()
else for (const family of families) summary(family, build(family))
if (wrong > 0) {
  console.error(`${wrong} wrong answers`)
  process.exitCode = 1
}

// Per family: decided / unknown, median and slowest time, median and largest work units.
function summary(family: Family, cases: Case[]): void {
  const rows = cases.map((c) => ({ c, ...solve(c) }))
  const decided = rows.filter((r) => r.answer.status !== 'unknown' && r.ms <= timeLimitMs)
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b)
  const units = rows.map((r) => r.answer.stats.nodes).sort((a, b) => a - b)
  const kinds: Record<string, number> = {}
  for (const r of decided) kinds[`${r.answer.status}:${r.answer.proof.kind}`] = (kinds[`${r.answer.status}:${r.answer.proof.kind}`] ?? 0) + 1
  console.log(
    `${family.padEnd(11)} ${String(decided.length).padStart(3)}/${rows.length} decided within ${timeLimitMs} ms CPU, ${rows.length - decided.length} not` +
      `  median ${fmtMs(median(ms))}  max ${fmtMs(ms[ms.length - 1] ?? 0)}  work units median ${median(units)} max ${units[units.length - 1] ?? 0}  ${JSON.stringify(kinds)}`,
  )
  if (values.verbose) for (const r of rows) console.log(`  ${r.c.id}\t${r.answer.status}\t${r.answer.proof.kind}\t${fmtMs(r.ms)}\t${r.answer.stats.nodes}`)
}

// One line per n and family: status (and the proof's kind), time, work units.
function growthTable(): void {
  console.log('| n | ' + families.join(' | ') + ' |')
  console.log('|---:|' + families.map(() => '---|').join(''))
  for (let n = 5; n <= 40; n += n < 20 ? 5 : 2) {
    const cells = families.map((family) => {
      const c = growthCase(family, n)
      if (!c) return ''
      const { answer, ms } = solve(c)
      const status = answer.status === 'unknown' || ms > timeLimitMs ? 'unknown' : answer.status === 'fits' ? 'fits' : `no (${answer.proof.kind})`
      return `${status}, ${fmtMs(Math.min(ms, timeLimitMs))}${ms > timeLimitMs ? '+' : ''}, ${answer.stats.nodes.toLocaleString('en')} u`
    })
    console.log(`| ${n} | ${cells.join(' | ')} |`)
  }
}

// Solves once (again, warm, when that was quick) and checks the answer; `ms` is CPU time.
function solve(c: Case): { answer: FitAnswer; ms: number } {
  const problem = { ...c.problem, options: { timeLimitMs } }
  let start = performance.now()
  let answer = fit(problem)
  let ms = performance.now() - start
  if (ms < 50) {
    start = performance.now()
    answer = fit(problem)
    ms = performance.now() - start
  }
  const problems: string[] = []
  if (answer.status === 'fits') {
    const check = checkPacking(c.problem, answer.placements)
    if (!check.ok) problems.push(`layout rejected: ${check.problems.join('; ')}`)
  }
  if (answer.status === 'does-not-fit') {
    const check = verifyProof(c.problem, answer.proof)
    if (!check.ok) problems.push(`proof rejected: ${check.problems.join('; ')}`)
  }
  if (c.expected && answer.status !== 'unknown' && answer.status !== c.expected) problems.push(`answered ${answer.status}, the truth is ${c.expected}`)
  if (problems.length > 0) {
    wrong++
    console.error(`WRONG ${c.id}: ${problems.join('; ')}`)
  }
  return { answer, ms }
}

function build(family: Family): Case[] {
  switch (family) {
    case 'mpv9-fixed':
      return loadMpvClass9(values.shared).map((m) => ({
        id: m.name,
        n: m.problem.items.length,
        problem: { ...m.problem, items: m.problem.items.map((it) => ({ ...it, rotate: 'none' as const })) },
        expected: 'fits',
      }))
    case 'copies':
      return [20, 30, 40, 60, 80, 100, 120, 150, 200].flatMap((n) => (['none', 'upright', 'any'] as const).flatMap((rotate) => [0, 1].map((k) => copiesCase(n, rotate, k))))
    case 'perfect':
    case 'pinwheel':
      return range(13, 30).flatMap((n) => [0, 1].map((k) => perfectCase(n, family === 'pinwheel', k)))
    case 'mixes':
      return range(6, 30).flatMap((n) => [0, 1].map((k) => mixCase(n, k)))
  }
}

function growthCase(family: Family, n: number): Case | null {
  switch (family) {
    case 'mpv9-fixed':
      return null
    case 'copies':
      return n >= 20 ? copiesCase(n, 'any', 0) : null
    case 'perfect':
    case 'pinwheel':
      return perfectCase(n, family === 'pinwheel', 0)
    case 'mixes':
      return mixCase(n, 0)
  }
}

/**
 * `n` copies of one box where a lattice of the box as given holds n − 1: the container is the lattice plus a gap
 * along each axis shorter than the box's shortest side, wide enough that the n copies' volume fits. With fixed
 * orientation n − 1 is the most that fits (pushed toward a corner, every copy sits in a cell of the lattice); turned,
 * nobody knows in advance.
 */
function copiesCase(n: number, rotate: 'none' | 'upright' | 'any', k: number): Case {
  const random = mulberry32(seedFor(1, `copies/${n}/${rotate}/${k}`))
  const cells = latticeOf(n - 1, random)
  for (;;) {
    const side = [randInt(random, 60, 300), randInt(random, 60, 300), randInt(random, 60, 300)]
    const least = Math.min(...side)
    const gap = [0, 1, 2].map(() => randInt(random, Math.floor(least / 3), least - 1))
    const L = side.map((s, a) => s * cells[a]! + gap[a]!)
    if (n * side[0]! * side[1]! * side[2]! > L[0]! * L[1]! * L[2]!) continue
    return {
      id: `copies-${rotate}-n${n}-${k + 1}`,
      n,
      problem: { container: { size: tenths(L) }, items: [{ id: 'box', size: tenths(side), count: n, rotate }] },
      expected: rotate === 'none' ? 'does-not-fit' : null,
    }
  }
}

// Three whole numbers whose product is `m`, as even as the divisors allow, in a random order.
function latticeOf(m: number, random: Random): [number, number, number] {
  let best: [number, number, number] = [m, 1, 1]
  for (let a = 1; a <= m; a++) {
    if (m % a) continue
    for (let b = a; a * b <= m; b++) {
      if ((m / a) % b) continue
      const c = m / a / b
      if (c >= b && c - a < Math.max(...best) - Math.min(...best)) best = [a, b, c]
    }
  }
  return shuffled(random, best) as [number, number, number]
}

// A perfect packing of n boxes (guillotine cuts, or pinwheels nested in pinwheels), boxes free to turn.
function perfectCase(n: number, pinwheel: boolean, k: number): Case {
  const random = mulberry32(seedFor(1, `${pinwheel ? 'pinwheel' : 'perfect'}/${n}/${k}`))
  return { id: `${pinwheel ? 'pinwheel' : 'perfect'}-n${n}-${k + 1}`, n, problem: perfectProblem(random, n, pinwheel).problem, expected: 'fits' }
}

/**
 * An `upright`/`none` mix that does not fit: a perfect packing's pieces as they were cut, some fixed (`none`) and
 * the rest `upright`, and one fixed piece laid on another face, so the pieces no longer tile the container as cut.
 * Whether another layout exists is not known in advance: the answer is checked, not compared.
 */
function mixCase(n: number, k: number): Case {
  const random = mulberry32(seedFor(1, `mixes/${n}/${k}`))
  const { problem, witness } = perfectProblem(random, n, k % 2 === 1)
  // The pieces as they lie in the witness, each upright or fixed, so the witness stays a layout.
  const items: FitItem[] = witness.map((w, i) => ({ id: w.id, size: [...w.size] as Vec3, rotate: i % 3 === 0 ? 'none' : 'upright' }))
  // One fixed piece laid on another face that still fits the container: the pieces no longer tile it as cut.
  const L = problem.container.size
  const swaps: [number, number][] = [[0, 2], [1, 2], [0, 1]]
  for (const it of items.filter((it) => it.rotate === 'none')) {
    const swap = swaps.find(([a, b]) => it.size[a] !== it.size[b] && it.size[a]! <= L[b]! && it.size[b]! <= L[a]!)
    if (!swap) continue
    const [a, b] = swap
    ;[it.size[a], it.size[b]] = [it.size[b]!, it.size[a]!]
    break
  }
  return { id: `mix-n${n}-${k + 1}`, n, problem: { container: problem.container, items }, expected: null }
}

function tenths(v: readonly number[]): Vec3 {
  return v.map((x) => x / 10) as Vec3
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i)
}

function median(v: number[]): number {
  return v.length === 0 ? 0 : v[Math.floor(v.length / 2)]!
}

function fmtMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 100 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(0)} ms`
}
