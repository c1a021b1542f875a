import { readFileSync } from 'node:fs'
import type { LoadingDims, LoadingProblem } from '../../src/carry/clp/types.js'

/**
 * Reads a Bischoff & Ratcliff container loading file (BR0.txt ... BR15.txt; format in
 * ../shared/bench-data/README.md): problems of one container and box types with their sizes, "may stand on this
 * side" flags and quantities.
 */
export interface BrProblem {
  /** Problem number within its file (1-based). */
  number: number
  seed: number
  loading: LoadingProblem
}

/** Parses one BR file. Orientation flags are honoured: a side with flag 0 never stands vertical (is never the height). */
export function readBrFile(path: string): BrProblem[] {
  return parseBr(readFileSync(path, 'utf8'), path)
}

/** Parses the text of a BR file (`path` names it in errors). */
export function parseBr(text: string, path = 'BR text'): BrProblem[] {
  const tokens = text.trim().split(/\s+/).map(Number)
  let p = 0
  const next = () => {
    const v = tokens[p++]
    if (v === undefined || !Number.isFinite(v)) throw new Error(`${path}: unexpected end or bad number at token ${p}`)
    return v
  }
  const problems: BrProblem[] = []
  const count = next()
  for (let n = 0; n < count; n++) {
    const number = next()
    const seed = next()
    const size: LoadingDims = [next(), next(), next()]
    const m = next()
    const types = []
    for (let t = 0; t < m; t++) {
      next() // type index
      const sides: number[] = []
      const upright: boolean[] = []
      for (let k = 0; k < 3; k++) {
        sides.push(next())
        upright.push(next() === 1)
      }
      const q = next()
      types.push({ id: `t${t + 1}`, count: q, orients: orientationsFor(sides, upright) })
    }
    problems.push({ number, seed, loading: { size, types } })
  }
  return problems
}

/** Every distinct [x, y, z] extent triple with a side whose flag allows it as the height (z). */
function orientationsFor(sides: number[], upright: boolean[]): LoadingDims[] {
  const out: LoadingDims[] = []
  const seen = new Set<string>()
  for (let v = 0; v < 3; v++) {
    if (!upright[v]) continue
    const [a, b] = [0, 1, 2].filter((k) => k !== v).map((k) => sides[k]!)
    for (const o of [[a!, b!, sides[v]!], [b!, a!, sides[v]!]] as LoadingDims[]) {
      const key = o.join(',')
      if (!seen.has(key)) {
        seen.add(key)
        out.push(o)
      }
    }
  }
  return out
}
