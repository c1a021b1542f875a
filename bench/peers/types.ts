import type { FitProblem, Placement } from '../../src/pack/types.js'

/** What a solver said, in the engine's terms. `error` means it crashed or printed something unreadable. */
export type PeerStatus = 'fits' | 'does-not-fit' | 'unknown' | 'error'

/** A solver's answer to one fit problem. `placements` is empty unless the status is `fits`. */
export interface PeerAnswer {
  status: PeerStatus
  placements: Placement[]
  /** A reason, an error message or a note from the solver. */
  detail?: string
  /** Time the solver itself reports for its search, when it reports one (Gecode), in milliseconds. */
  solverMs?: number
}

interface PeerBase {
  /** Short name used on the command line and in tables, e.g. `gecode`. */
  name: string
  /** What it is, for the report. */
  label: string
  /** True when its `does-not-fit` is a proof; a heuristic's `does-not-fit` only means it found no layout. */
  exact: boolean
  /** Why this solver cannot take this problem as posed (blocked regions, rotation rules), or `null`. */
  unsupported(problem: FitProblem): string | null
}

/** A solver called in this process: timed with warm-up and repeats. */
export interface InProcessPeer extends PeerBase {
  kind: 'in-process'
  solve(problem: FitProblem, timeLimitMs: number): PeerAnswer
}

/** A solver run as a child process: one run per instance, wall time including start-up. */
export interface ProcessPeer extends PeerBase {
  kind: 'process'
  solve(problem: FitProblem, timeLimitMs: number): Promise<PeerAnswer>
}

export type Peer = InProcessPeer | ProcessPeer

/** A peer that could not be loaded on this machine, with the reason (shown in the report). */
export interface MissingPeer {
  name: string
  reason: string
}
