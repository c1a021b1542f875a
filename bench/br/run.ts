/**
 * The Bischoff & Ratcliff container loading benchmark (BR1-BR7, the first problems of each file), for the carry
 * planner's loading heuristic. Orientation flags honoured, no support constraint. Every layout is checked by
 * `checkPacking` and against the flags before it counts.
 *
 *   npx tsx bench/br/run.ts --quick            3 problems per class at 1 s (about half a minute)
 *   npx tsx bench/br/run.ts                    10 problems per class at 1 s and at 10 s (about 13 minutes)
 *   npx tsx bench/br/run.ts --problems 5 --times 1000 --classes 1,4,7 --json results.json
 *
 * Prints a Markdown table of average volume utilisation per class beside the published means.
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'
import { loadContainer } from '../../src/carry/clp/search.js'
import type { LoadingOptions, LoadingProblem, LoadingResult } from '../../src/carry/clp/types.js'
import { checkPacking } from '../../src/pack/index.js'
import type { FitProblem, Placement, Vec3 } from '../../src/pack/types.js'
import { readBrFile } from './br.js'

// Published class means (% of container volume), as quoted in ../shared/bench-data/README.md.
const MP_BRKGA_FULL_SUPPORT: Record<number, number> = { 1: 94.34, 2: 94.88, 3: 95.05, 4: 94.75, 5: 94.58, 6: 94.38, 7: 93.74 }
const CLTRS_NO_SUPPORT_MEAN = 95.0

interface Args {
  classes: number[]
  problems: number
  times: number[]
  json?: string
  data: string
}

function readArgs(argv: string[]): Args {
  const args: Args = { classes: [1, 2, 3, 4, 5, 6, 7], problems: 10, times: [1000, 10_000], data: resolve(import.meta.dirname, '../../../shared/bench-data/br') }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${flag} needs a value`)
      return v
    }
    if (flag === '--quick') {
      args.problems = 3
      args.times = [1000]
    } else if (flag === '--classes') args.classes = value().split(',').map(Number)
    else if (flag === '--problems') args.problems = Number(value())
    else if (flag === '--times') args.times = value().split(',').map(Number)
    else if (flag === '--json') args.json = value()
    else if (flag === '--data') args.data = value()
    else throw new Error(`unknown flag ${flag}; see the comment at the top of bench/br/run.ts`)
  }
  return args
}

/** The loading as a fit problem with counts as loaded, checked by the packing checker, and the flags checked too. */
function validate(problem: LoadingProblem, result: LoadingResult): string[] {
  const loaded = new Map<number, number>()
  const placements: Placement[] = result.boxes.map((b) => {
    loaded.set(b.type, (loaded.get(b.type) ?? 0) + 1)
    return { id: problem.types[b.type]!.id, at: [...b.at] as Vec3, size: [...b.size] as Vec3 }
  })
  const fitProblem: FitProblem = {
    container: { size: [...problem.size] as Vec3 },
    items: [...loaded].map(([t, count]) => ({ id: problem.types[t]!.id, size: [...problem.types[t]!.orients[0]!] as Vec3, count })),
  }
  const problems = checkPacking(fitProblem, placements).problems
  // The checker allows any rotation; the flags allow fewer. Each placed size must be an allowed orientation.
  for (const b of result.boxes) {
    const ok = problem.types[b.type]!.orients.some((o) => o[0] === b.size[0] && o[1] === b.size[1] && o[2] === b.size[2])
    if (!ok) problems.push(`box of type ${problem.types[b.type]!.id} placed as ${b.size.join('x')}, against its orientation flags`)
  }
  for (const [t, n] of loaded) if (n > problem.types[t]!.count) problems.push(`type ${t} loaded ${n} times, only ${problem.types[t]!.count} exist`)
  return problems
}

interface Row {
  cls: number
  problem: number
  variant: string
  utilization: number
  boxes: number
  completions: number
  elapsedMs: number
}

function main(): void {
  const args = readArgs(process.argv.slice(2))
  const variants: { name: string; options: LoadingOptions }[] = [
    { name: 'greedy', options: { strategy: 'greedy', generalBlocks: false, timeLimitMs: 1000 } },
    ...args.times.map((t) => ({ name: `search ${t / 1000} s`, options: { strategy: 'search' as const, timeLimitMs: t } })),
  ]
  const rows: Row[] = []
  const started = Date.now()
  for (const cls of args.classes) {
    const problems = readBrFile(join(args.data, `BR${cls}.txt`)).slice(0, args.problems)
    for (const p of problems) {
      for (const v of variants) {
        const result = loadContainer(p.loading, v.options)
        const problemsFound = validate(p.loading, result)
        if (problemsFound.length > 0) throw new Error(`BR${cls} #${p.number} ${v.name}: invalid layout: ${problemsFound.slice(0, 3).join('; ')}`)
        rows.push({
          cls,
          problem: p.number,
          variant: v.name,
          utilization: result.utilization * 100,
          boxes: result.boxes.length,
          completions: result.stats.completions,
          elapsedMs: result.stats.elapsedMs,
        })
        process.stderr.write(`BR${cls} #${p.number} ${v.name}: ${(result.utilization * 100).toFixed(2)} %\n`)
      }
    }
  }

  // Markdown table: class means per variant beside the published ones.
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const names = variants.map((v) => v.name)
  const header = ['class', ...names.map((n) => `${n} (%)`), 'mp-BRKGA, full support (%)']
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`]
  for (const cls of args.classes) {
    const cells = names.map((n) => mean(rows.filter((r) => r.cls === cls && r.variant === n).map((r) => r.utilization)).toFixed(2))
    lines.push(`| BR${cls} | ${cells.join(' | ')} | ${MP_BRKGA_FULL_SUPPORT[cls]?.toFixed(2) ?? ''} |`)
  }
  const overall = names.map((n) => mean(rows.filter((r) => r.variant === n).map((r) => r.utilization)).toFixed(2))
  const brkga = mean(args.classes.map((c) => MP_BRKGA_FULL_SUPPORT[c]!)).toFixed(2)
  lines.push(`| mean | ${overall.join(' | ')} | ${brkga} |`)
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`
  console.log(lines.join('\n'))
  console.log(
    `\n${args.problems} problems per class; CLTRS (Fanslau & Bortfeldt 2010) reports ${CLTRS_NO_SUPPORT_MEAN} % on BR1-7 without support after minutes per problem.`,
  )
  console.log(`Machine: ${machine}. Wall time ${Math.round((Date.now() - started) / 1000)} s.`)
  if (args.json) writeFileSync(args.json, JSON.stringify({ machine, args, rows }, null, 2) + '\n')
}

main()
