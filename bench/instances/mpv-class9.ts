/**
 * The public single-container perfect packings of shared/bench-data/mpv3d-class9-single: Martello–Pisinger–Vigo
 * class-9 instances (three 100³ bins cut by guillotine cuts) split into their bins, 9–21 boxes each, every one a
 * "fits" at 100 % fill. Read from the shared folder when present; the set is skipped otherwise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FitProblem, Vec3 } from '../../src/pack/types.js'

/** One instance file with the MPV exact code's published 5 s result from reference-results.csv. */
export interface MpvInstance {
  /** File name without `.txt`, e.g. `c9_n30_i1_bin1`. */
  name: string
  problem: FitProblem
  /** `fits` when the MPV exact code proved it within 5 s (one core), else what it said. */
  mpvExact5s: string
}

/** The folder of the set under a shared directory. */
function mpvFolder(sharedDir: string): string {
  return join(sharedDir, 'bench-data', 'mpv3d-class9-single')
}

/** Reads every instance, sorted by box count then name; empty when the folder is missing. */
export function loadMpvClass9(sharedDir: string): MpvInstance[] {
  const dir = mpvFolder(sharedDir)
  if (!existsSync(dir)) return []
  const reference = readReference(join(dir, 'reference-results.csv'))
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'))
  return files
    .map((file) => {
      const name = file.replace(/\.txt$/, '')
      return {
        name,
        problem: parseMpv(readFileSync(join(dir, file), 'utf8')),
        mpvExact5s: reference.get(file) ?? '?',
      }
    })
    .sort(
      (a, b) =>
        a.problem.items.length - b.problem.items.length ||
        a.name.localeCompare(b.name, 'en', { numeric: true }),
    )
}

/**
 * Parses the MPV format: `W H D`, the number of boxes, then one `w h d` line per box. Boxes keep the file's axis
 * order and may rotate freely (the answer is "fits" either way).
 */
function parseMpv(text: string): FitProblem {
  const numbers = text.trim().split(/\s+/).map(Number)
  const container = numbers.slice(0, 3) as Vec3
  const n = numbers[3]!
  const items = Array.from({ length: n }, (_, i) => ({
    id: `box-${i + 1}`,
    size: numbers.slice(4 + 3 * i, 7 + 3 * i) as Vec3,
    rotate: 'any' as const,
  }))
  return { container: { size: container }, items }
}

function readReference(path: string): Map<string, string> {
  const map = new Map<string, string>()
  if (!existsSync(path)) return map
  for (const line of readFileSync(path, 'utf8').trim().split('\n').slice(1)) {
    const [file, , , result] = line.split(',')
    if (file && result) map.set(file, result)
  }
  return map
}
