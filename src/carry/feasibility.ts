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
  /** Volume of one copy in mm³, squeezed as far as it goes (`minSize`) when it is soft. */
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

/**
 * The feasibility oracle for one container. A container with an open top (`overhangShare` s > 0, a pocket) lets a
 * thing stand out of its top by up to s of its own height: its fit problem is the container grown upwards by s times
 * the tallest height any of the contents can stand at, a relaxation (so its "does not fit" holds for the real
 * pocket), and a layout found counts only when every thing keeps within its own share (else the strict container is
 * tried, and failing that the answer is "not decided").
 */
export class ContainerOracle {
  readonly container: FitContainer
  private readonly kinds: readonly Kind[]
  private readonly freeVolume: number
  private readonly overhangShare: number
  private readonly cache = new Map<string, Verdict>()
  private readonly feasible: Known[] = []
  private readonly infeasible: { counts: Int32Array; reason: string }[] = []
  /** Fit calls made (cache and subset hits excluded). */
  fitChecks = 0

  constructor(container: FitContainer, kinds: readonly Kind[], freeVolumeMm3: number, overhangShare = 0) {
    this.container = container
    this.kinds = kinds
    this.freeVolume = freeVolumeMm3
    this.overhangShare = overhangShare
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

  /** The fit problem for these contents: the container, grown by the overhang its contents may take. */
  problemFor(counts: Int32Array): FitProblem {
    const items: FitItem[] = []
    counts.forEach((n, k) => {
      if (n > 0) items.push({ ...this.kinds[k]!.item, count: n })
    })
    const extraMm = this.overhangMm(counts)
    if (extraMm === 0) return { container: this.container, items }
    const [w, d, h] = this.container.size
    return { container: { ...this.container, size: [w, d, h + extraMm] }, items }
  }

  /** Things of a layout in this container that stand out of its top: by how many mm, and that share of their height. */
  standingOut(placements: readonly Placement[]): { id: string; mm: number; share: number }[] {
    const top = this.container.size[2]
    return placements.flatMap((p) => {
      const { zTop, height } = verticalOf(p)
      return zTop > top + EPS_MM ? [{ id: p.id, mm: round2(zTop - top), share: round2((zTop - top) / height) }] : []
    })
  }

  /** How far up the fit problem for `counts` reaches above the container's top, mm: s × the tallest standing height. */
  private overhangMm(counts: Int32Array): number {
    if (this.overhangShare <= 0) return 0
    let tallest = 0
    counts.forEach((n, k) => {
      if (n > 0) tallest = Math.max(tallest, standingHeight(this.kinds[k]!.item))
    })
    return Math.round(this.overhangShare * tallest * 1000) / 1000
  }

  /** An engine reason about the grown container, with what the growth is. */
  private overhangNote(counts: Int32Array, reason: string): string {
    const extraMm = this.overhangMm(counts)
    if (extraMm === 0) return reason
    const pct = Math.round(this.overhangShare * 100)
    return `${reason.replace(/\.$/, '')} (the ${this.container.size[2]} mm deep pocket with ${extraMm} mm more on top: up to ${pct} % of a thing's height may stand out).`
  }

  /** True when no thing of the layout stands out of the top by more than its own share of its height. */
  private withinOverhang(placements: readonly Placement[]): boolean {
    if (this.overhangShare <= 0) return true
    const top = this.container.size[2]
    return placements.every((p) => {
      const { zTop, height } = verticalOf(p)
      return zTop <= top + this.overhangShare * height + EPS_MM
    })
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
    const [w, d] = this.container.size
    const room = this.freeVolume + w * d * this.overhangMm(counts)
    if (copies > 1 && volume > room * (1 + 1e-9)) {
      const reason = `The things need ${ml(volume)} ml, the interior holds ${ml(room)} ml.`
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
      // Within every thing's share as found, or turned upside down (what stood on top now stands at the bottom).
      const layout = [answer.placements, flipped(answer.placements)].find((p) => p !== null && this.withinOverhang(p))
      if (!layout) return this.runStrict(counts, timeLimitMs)
      this.feasible.push({ counts: counts.slice(), placements: layout })
      return { fits: true, uncertain: false, placements: layout }
    }
    if (answer.status === 'does-not-fit') {
      const reason = this.overhangNote(counts, answer.reason)
      this.infeasible.push({ counts: counts.slice(), reason })
      return { fits: false, uncertain: false, reason }
    }
    // The engine ran out of time: the loading heuristic may still find a layout (checked before it counts).
    const problem = this.problemFor(counts)
    const loading = loadFitProblem(problem, undefined, { timeLimitMs: Math.min(HEURISTIC_RETRY_MS, timeLimitMs) })
    const all = problem.items.every((it) => loading.loaded.get(it.id) === (it.count ?? 1))
    if (all && checkPacking(problem, loading.placements).ok && this.withinOverhang(loading.placements)) {
      this.feasible.push({ counts: counts.slice(), placements: loading.placements })
      return { fits: true, uncertain: false, placements: loading.placements }
    }
    return { fits: false, uncertain: true, reason: `Not decided: the fit check ran out of time (${Math.round(timeLimitMs)} ms).` }
  }

  /**
   * The relaxed layout stands something out by more than its share: try the container without any overhang, whose
   * layouts are valid here too; otherwise the answer is not decided.
   */
  private runStrict(counts: Int32Array, timeLimitMs: number): Verdict {
    this.fitChecks++
    const strict = { container: this.container, items: this.problemFor(counts).items }
    const answer = fit({ ...strict, options: { timeLimitMs: Math.max(1, timeLimitMs) } })
    if (answer.status === 'fits') {
      this.feasible.push({ counts: counts.slice(), placements: answer.placements })
      return { fits: true, uncertain: false, placements: answer.placements }
    }
    return { fits: false, uncertain: true, reason: 'Not decided: the layout found stands something out of the top by more than its share, and none fits inside.' }
  }
}

// Slack for comparing heights against the container's top, mm (the engine rounds to whole micrometres).
const EPS_MM = 1e-3

/** The tallest a thing can stand: its own height when it may not tip over (`upright`, `none`), else its longest side. */
function standingHeight(item: FitItem): number {
  const rotate = item.rotate ?? 'any'
  return rotate === 'upright' || rotate === 'none' ? item.size[2] : Math.max(...item.size)
}

/**
 * A placement's top and its height as placed, mm. A turned placement (with `axes`: the container directions of its
 * own sides) reaches up by the upward parts of its sides.
 */
function verticalOf(p: Placement): { zTop: number; height: number } {
  if (!p.axes) return { zTop: p.at[2] + p.size[2], height: p.size[2] }
  let up = 0
  let height = 0
  p.axes.forEach((axis, k) => {
    const z = axis[2] * p.size[k]!
    height += Math.abs(z)
    up += Math.max(0, z)
  })
  return { zTop: p.at[2] + up, height }
}

/**
 * The layout turned upside down within the height it uses: z becomes top − z − height. The same boxes mirrored, so
 * still a packing; null when a placement is turned (`axes`), whose mirror image would not be a rotation.
 */
function flipped(placements: readonly Placement[]): Placement[] | null {
  if (placements.some((p) => p.axes !== undefined)) return null
  const top = Math.max(0, ...placements.map((p) => p.at[2] + p.size[2]))
  return placements.map((p) => ({ ...p, at: [p.at[0], p.at[1], Math.round((top - p.at[2] - p.size[2]) * 1000) / 1000] }))
}

function round2(v: number): number {
  return Math.round(v * 100) / 100
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
