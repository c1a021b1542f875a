import type { FitProblem, Placement } from '../../src/pack/types.js'

/** The benchmark's instance sets. */
export const SUITE_NAMES = [
  'guillotine',
  'pinwheel',
  'blocked',
  'random-micro',
  'real-kits',
  'mpv-class9',
  'growth',
] as const

export type SuiteName = (typeof SUITE_NAMES)[number]

/** One benchmark problem and what is known about its answer before any solver runs. */
export interface BenchInstance {
  /** Unique within a run, e.g. `guillotine-07` or `c9_n30_i1_bin1`. */
  id: string
  suite: SuiteName
  /** The fit problem without `options`; the harness adds the time limit. */
  problem: FitProblem
  /** The true answer when the generator knows it (perfect packings always fit), else `null`. */
  expected: 'fits' | 'does-not-fit' | null
  /** Boxes to place, every copy counted. */
  boxes: number
  /** Items' volume over the container's free volume (1 for a perfect packing). */
  fill: number
  /** A known layout (the pieces where they were cut), for perfect packings: the proof that the answer is "fits". */
  witness?: Placement[]
  /** Where it came from, for the per-instance log. */
  note?: string
}

/** How big a run is: `quick` for a smoke run under two minutes, `full` for the numbers in the docs. */
export type RunSize = 'quick' | 'full'
