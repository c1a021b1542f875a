import { checkPacking, fit } from '../pack/index.js'
import { loadFitProblem } from './clp/from-fit.js'
import type { FitContainer, FitItem, FitProblem, Placement } from '../pack/types.js'

/**
 * Can this container hold exactly these things? Asked again and again by the planner's search, so answers are kept
 * and reused three ways: the same contents (a cache), any contents inside contents known to fit (a subset of a
 * packing packs: drop the extra copies), and any contents holding contents known not to fit (a superset of an
 * impossible set is impossible). Everything else goes to the exact engine, `fit`.
 */

/** One kind of thing a container may hold: an item, or a nested container's outside. */
export interface Kind {
  id: string
  item: FitItem
  /** Volume of one copy in mm³ (item sizes as given). */
  volume: number
}

/** The answer for one set of contents. `uncertain` marks a "no" that is only a time-out. */
export interface Verdict {
  fits: boolean
  uncertain: boolean
  /** A layout when `fits` and it was computed for exactly these contents (else derive it with `layoutFor`). */
  placements?: Placement[]
  /** Why not, in words, when `fits` is false. */
  reason?: string
}

// Time the loading heuristic gets to find a layout when the exact engine timed out, in milliseconds.
const HEURISTIC_RETRY_MS = 100

interface Known {
  counts: Int32Array
  placements: Placement[] | null
}

/** The feasibility oracle for one container. */
export class ContainerOracle {
  readonly container: FitContainer
  private readonly kinds: readonly Kind[]
  private readonly freeVolume: number
  private readonly cache = new Map<string, Verdict>()
  private readonly feasible: Known[] = []
  private readonly infeasible: { counts: Int32Array; reason: string }[] = []
  /** Fit calls made (cache and subset hits excluded). */
  fitChecks = 0

  constructor(container: FitContainer, kinds: readonly Kind[], freeVolumeMm3: number) {
    this.container = container
    this.kinds = kinds
    this.freeVolume = freeVolumeMm3
  }

  /** Whether `counts` (copies per kind) fit, within `timeLimitMs` for a fresh check. */
  check(counts: Int32Array, timeLimitMs: number): Verdict {
    const key = counts.join(',')
    const cached = this.cache.get(key)
    if (cached) return cached
    const verdict = this.decide(counts, timeLimitMs)
    this.cache.set(key, verdict)
    return verdict
  }

  /** A checked layout for contents known to fit: its own, or one of a known superset with the extra copies dropped. */
  layoutFor(counts: Int32Array, timeLimitMs: number): Placement[] | null {
    const own = this.check(counts, timeLimitMs)
    if (!own.fits) return null
    if (own.placements) return own.placements
    for (const known of this.feasible) {
      if (known.placements && within(counts, known.counts)) return dropExtras(known.placements, counts, this.kinds)
    }
    // Known to fit only through a superset whose layout came from elsewhere: ask the engine once more.
    return this.run(counts, timeLimitMs).placements ?? null
  }

  /** Records a layout found elsewhere (the loading heuristic) for exactly `counts`. */
  remember(counts: Int32Array, placements: Placement[]): void {
    const verdict: Verdict = { fits: true, uncertain: false, placements }
    this.cache.set(counts.join(','), verdict)
    this.feasible.push({ counts: counts.slice(), placements })
  }

  /** The fit problem for these contents. */
  problemFor(counts: Int32Array): FitProblem {
    const items: FitItem[] = []
    counts.forEach((n, k) => {
      if (n > 0) items.push({ ...this.kinds[k]!.item, count: n })
    })
    return { container: this.container, items }
  }

  /** "the phone, 2 × card" for contents. */
  private describe(counts: Int32Array): string {
    const names: string[] = []
    counts.forEach((n, k) => {
      if (n > 0) names.push(n > 1 ? `${n} × ${this.kinds[k]!.id}` : `the ${this.kinds[k]!.id}`)
    })
    return names.join(', ')
  }

  private decide(counts: Int32Array, timeLimitMs: number): Verdict {
    // 1. Nothing always fits.
    if (counts.every((n) => n === 0)) return { fits: true, uncertain: false, placements: [] }
    // 2. Inside a set known to fit: fits.
    for (const known of this.feasible) if (within(counts, known.counts)) return { fits: true, uncertain: false }
    // 3. Holding a set known not to fit: does not fit.
    for (const bad of this.infeasible) {
      if (within(bad.counts, counts)) {
        const some = bad.counts.some((n, k) => n < counts[k]!)
        const copies = bad.counts.reduce((a, b) => a + b, 0)
        const part = copies === 1 ? 'alone does not fit' : 'already do not fit together'
        return { fits: false, uncertain: false, reason: some ? `${this.describe(bad.counts)} ${part}: ${bad.reason}` : bad.reason }
      }
    }
    // 4. More volume than the container has: does not fit (fit would say the same, at more cost). A single thing
    // goes to the engine, whose reason says more (its longest side against the interior).
    let volume = 0
    let copies = 0
    counts.forEach((n, k) => {
      volume += n * this.kinds[k]!.volume
      copies += n
    })
    if (copies > 1 && volume > this.freeVolume * (1 + 1e-9)) {
      const reason = `The things need ${ml(volume)} ml, the interior holds ${ml(this.freeVolume)} ml.`
      this.infeasible.push({ counts: counts.slice(), reason })
      return { fits: false, uncertain: false, reason }
    }
    // 5. Ask the exact engine.
    return this.run(counts, timeLimitMs)
  }

  private run(counts: Int32Array, timeLimitMs: number): Verdict {
    this.fitChecks++
    const answer = fit({ ...this.problemFor(counts), options: { timeLimitMs: Math.max(1, timeLimitMs) } })
    if (answer.status === 'fits') {
      this.feasible.push({ counts: counts.slice(), placements: answer.placements })
      return { fits: true, uncertain: false, placements: answer.placements }
    }
    if (answer.status === 'does-not-fit') {
      this.infeasible.push({ counts: counts.slice(), reason: answer.reason })
      return { fits: false, uncertain: false, reason: answer.reason }
    }
    // The engine ran out of time: the loading heuristic may still find a layout (checked before it counts).
    const problem = this.problemFor(counts)
    const loading = loadFitProblem(problem, undefined, { timeLimitMs: Math.min(HEURISTIC_RETRY_MS, timeLimitMs) })
    const all = problem.items.every((it) => loading.loaded.get(it.id) === (it.count ?? 1))
    if (all && checkPacking(problem, loading.placements).ok) {
      this.feasible.push({ counts: counts.slice(), placements: loading.placements })
      return { fits: true, uncertain: false, placements: loading.placements }
    }
    return { fits: false, uncertain: true, reason: `Not decided: the fit check ran out of time (${Math.round(timeLimitMs)} ms).` }
  }
}

/** True when a[k] ≤ b[k] for every kind. */
function within(a: Int32Array, b: Int32Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k]! > b[k]!) return false
  return true
}

/** The placements of a larger set, keeping only `counts[k]` copies of each kind. */
function dropExtras(placements: Placement[], counts: Int32Array, kinds: readonly Kind[]): Placement[] {
  const left = new Map(kinds.map((kind, k) => [kind.id, counts[k]!]))
  return placements.filter((p) => {
    const n = left.get(p.id) ?? 0
    if (n <= 0) return false
    left.set(p.id, n - 1)
    return true
  })
}

function ml(mm3: number): string {
  return String(Math.round(mm3 / 100) / 10)
}
