/**
 * How long an import takes in a fresh Node process: the package root (`import { fit } from 'micropurse'`, the bundle
 * dist/micropurse.js) against the fit engine's own compiled files (dist/pack/index.js with geometry and errors), and
 * the other entries for scale. Each sample is a new process that times only its `await import(...)` (Node's own
 * start-up excluded); entries take turns so that a change in the machine's load hits them alike.
 *
 *   npm run build && npx tsx bench/load.ts [--runs 21]
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadNow, machineInfo } from './lib/machine.js'
import { median, quantile } from './lib/stats.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const runsFlag = process.argv.indexOf('--runs')
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 21

/** What is imported, as a user would name it (package entries) or as a file (the engine's own modules). */
const TARGETS = [
  { name: "the fit engine's own files (dist/pack/index.js)", specifier: './dist/pack/index.js' },
  { name: "import { fit } from 'micropurse'", specifier: 'micropurse', pick: 'fit' },
  {
    name: 'the same root as separate compiled files (dist/index.js)',
    specifier: './dist/index.js',
    pick: 'fit',
  },
  { name: "'micropurse/catalog'", specifier: 'micropurse/catalog' },
  { name: "'micropurse/batch'", specifier: 'micropurse/batch' },
  { name: "'micropurse/server'", specifier: 'micropurse/server' },
] as const

/** Milliseconds one fresh process spends importing `specifier`. */
function sample(specifier: string, pick?: string): number {
  const script = `
    const started = performance.now()
    const module = await import(${JSON.stringify(specifier)})
    const elapsed = performance.now() - started
    if (${JSON.stringify(pick ?? null)} !== null && typeof module[${JSON.stringify(pick)}] !== 'function') throw new Error('no export')
    console.log(elapsed)`
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }),
  )
}

if (!existsSync(`${ROOT}dist/micropurse.js`)) throw new Error('dist/ is not built: run npm run build first.')
const loadAtStart = loadNow()
const times: number[][] = TARGETS.map(() => [])
// One warm-up round (the file cache), then RUNS rounds.
for (let round = -1; round < RUNS; round++) {
  TARGETS.forEach((target, i) => {
    const ms = sample(target.specifier, 'pick' in target ? target.pick : undefined)
    if (round >= 0) times[i]!.push(ms)
  })
}

const engine = median(times[0]!)
const info = machineInfo(loadAtStart)
console.log(
  `Import time in a fresh process, ${RUNS} runs each: ${info.cpu}, ${info.cores} cores, Node ${info.node}, load ${info.load}, ${info.commit}, ${info.date}`,
)
console.log('')
console.log('| import | median | min | p90 | ÷ engine |')
console.log('|---|---:|---:|---:|---:|')
TARGETS.forEach((target, i) => {
  const t = times[i]!
  const m = median(t)
  console.log(
    `| ${target.name} | ${m.toFixed(1)} ms | ${Math.min(...t).toFixed(1)} ms | ${quantile(t, 0.9).toFixed(1)} ms | ${(m / engine).toFixed(2)}× |`,
  )
})
