import { readFileSync } from 'node:fs'
import { fail, MicropurseError } from '../../errors.js'
import { formatSize } from '../../geometry/units.js'
import { fit, placementBounds, validateProblem } from '../../pack/index.js'
import type { FitAnswer, FitProblem } from '../../pack/types.js'
import type { ParsedOptions } from '../command.js'
import { out, outJson, table } from '../output.js'
import { readNodeLimit, readTimeLimit } from './limits.js'

/** `micropurse fit --input FILE`: answers one problem (.json) or many (.jsonl, one answer line each, in order). */
export async function runFitInput(options: ParsedOptions): Promise<number> {
  const file = options.input
  if (typeof file !== 'string' || file === '') {
    fail('INVALID_INPUT', 'Say what to fit: --input FILE (a fit problem as JSON or JSONL), or --bag ID --items ID,ID.')
  }
  const timeLimitMs = readTimeLimit(options.timeLimit)
  const nodeLimit = readNodeLimit(options.nodeLimit)
  const problems = readProblems(file).map((p) => ({
    ...p,
    options: { ...p.options, ...(timeLimitMs !== undefined && { timeLimitMs }), ...(nodeLimit !== undefined && { nodeLimit }) },
  }))
  const isBatch = file.endsWith('.jsonl')
  for (const problem of problems) {
    const answer = fit(problem)
    if (options.json || isBatch) outJson(toJson(answer))
    else out(formatAnswer(problem, answer))
  }
  return 0
}


// Reads and checks every problem before solving any, so bad input stops the run before it prints anything.
function readProblems(file: string): FitProblem[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    fail('FILE_NOT_FOUND', code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${(error as Error).message}`)
  }
  if (!file.endsWith('.jsonl')) return [parseProblem(text, file)]
  const problems: FitProblem[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') problems.push(parseProblem(line, `${file} line ${i + 1}`))
  })
  return problems
}

function parseProblem(text: string, where: string): FitProblem {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    fail('INVALID_JSON', `${where} is not valid JSON: ${(error as Error).message}`)
  }
  try {
    return validateProblem(value)
  } catch (error) {
    if (error instanceof MicropurseError) throw new MicropurseError(error.code, `${where}: ${error.message}`, error.details)
    throw error
  }
}

/** The answer exactly as docs/fit.md gives it (status, placements, reason, stats). */
function toJson(answer: FitAnswer) {
  return { status: answer.status, placements: answer.placements, reason: answer.reason, stats: answer.stats }
}

/** A readable verdict: status, reason, then a table of placements. */
export function formatAnswer(problem: FitProblem, answer: FitAnswer): string {
  const verdict = answer.status === 'fits' ? 'FITS' : answer.status === 'does-not-fit' ? 'DOES NOT FIT' : 'UNKNOWN'
  const lines = [`${verdict}: ${answer.reason}`, `container ${formatSize(problem.container.size)}`]
  if (answer.placements.length > 0) {
    const turned = answer.placements.some((p) => p.axes)
    lines.push('')
    lines.push(
      table(
        // A turned thing: its bounding box's corner and extents, to the hundredth, and by how much it is turned.
        ['item', 'x mm', 'y mm', 'z mm', 'size (w × d × h) mm', ...(turned ? ['turned'] : [])],
        answer.placements.map((p) => {
          if (!p.axes) return [p.id, p.at[0], p.at[1], p.at[2], p.size.join(' × '), ...(turned ? [''] : [])]
          const { lo, hi } = placementBounds(p)
          const r2 = (v: number) => Math.round(v * 100) / 100
          return [p.id, r2(lo[0]), r2(lo[1]), r2(lo[2]), hi.map((h, k) => r2(h - lo[k]!)).join(' × '), `${turnDegrees(p.axes)}°`]
        }),
      ),
    )
  }
  lines.push('', `${answer.stats.nodes} work unit${answer.stats.nodes === 1 ? '' : 's'}, ${answer.stats.elapsedMs} ms`)
  return lines.join('\n')
}

// The angle of the turn the axes make, in degrees to the tenth (from the trace of the rotation, up to quarter turns).
function turnDegrees(axes: NonNullable<FitAnswer['placements'][number]['axes']>): number {
  // The least turn from a square lie: the largest |entry| of each own side's direction is its cosine to some wall.
  const cosines = axes.map((row) => Math.max(...row.map(Math.abs)))
  const degrees = Math.max(...cosines.map((c) => (Math.acos(Math.min(1, c)) * 180) / Math.PI))
  return Math.round(degrees * 10) / 10
}
