/**
 * Per-set solve times of the fit engine alone, warm, in this process: median and slowest per set, and the answers.
 * Times are CPU time of this process (repeated until 20 ms of it), so other work on the machine moves them little.
 * A quick look while tuning; the full comparison with the peers is `npm run bench`.
 *
 *   npx tsx bench/engine/profile.ts [--suite real-kits,random-micro] [--node-limit N] [--repeat N]
 */
import { parseArgs } from 'node:util'
import { fit } from '../../src/pack/index.js'
import { buildSuite, SUITE_NAMES, type SuiteName } from '../instances/index.js'

const { values } = parseArgs({
  options: {
    suite: { type: 'string', default: 'real-kits,random-micro,guillotine,pinwheel,blocked' },
    'node-limit': { type: 'string' },
    'time-limit': { type: 'string', default: '1000' },
    repeat: { type: 'string', default: '5' },
    shared: { type: 'string', default: new URL('../../../shared', import.meta.url).pathname },
    verbose: { type: 'boolean', default: false },
  },
})
const repeat = Number(values.repeat)
for (const suite of values.suite.split(',') as SuiteName[]) {
  if (!SUITE_NAMES.includes(suite)) throw new Error(`unknown suite ${suite}`)
  const { instances } = buildSuite(suite, { size: 'full', seed: 1, sharedDir: values.shared, wallMm: 2 })
  const times: number[] = []
  const statuses: Record<string, number> = {}
  let slowest = { ms: 0, name: '' }
  for (const instance of instances) {
    const options = { timeLimitMs: Number(values['time-limit']), ...(values['node-limit'] && { nodeLimit: Number(values['node-limit']) }) }
    const problem = { ...instance.problem, options }
    let status = ''
    let runs = 0
    const cpu = process.cpuUsage()
    let used = 0
    while (runs < repeat || used < 20_000) {
      const answer = fit(problem)
      status = `${answer.status}:${answer.proof.kind}`
      runs++
      used = process.cpuUsage(cpu).user
      if (used > 200_000) break
    }
    const best = used / runs / 1000
    times.push(best)
    statuses[status] = (statuses[status] ?? 0) + 1
    if (best > slowest.ms) slowest = { ms: best, name: instance.id }
    if (values.verbose) console.log(`${instance.id}\t${best.toFixed(3)} ms\t${status}`)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  console.log(`${suite.padEnd(14)} n=${times.length}  median ${(median * 1000).toFixed(0)} µs  p90 ${(times[Math.floor(times.length * 0.9)]! * 1000).toFixed(0)} µs  max ${slowest.ms.toFixed(2)} ms (${slowest.name})  ${JSON.stringify(statuses)}`)
}
