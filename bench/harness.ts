/**
 * Runs instances through solvers, checks every layout with the engine's independent checker, and scores the
 * answers against the truth.
 *
 * The truth of an instance is what its generator knows (perfect packings fit); otherwise a layout that passes the
 * checker proves "fits", and an exact solver's "does not fit" decides the rest. A heuristic's "does not fit" is
 * scored only where the truth is known.
 */
import { checkPacking } from '../src/pack/check.js'
import type { BenchInstance } from './instances/index.js'
import type { InProcessPeer, PeerAnswer, PeerStatus, ProcessPeer } from './peers/types.js'

/** What one solver did on one instance. */
export interface Outcome {
  instanceId: string
  peer: string
  status: PeerStatus | 'skipped'
  /** Best wall time over the runs, in milliseconds (one run for child processes and time-outs). */
  ms: number
  runs: number
  /** The solver's own search time, when it reports one. */
  solverMs?: number
  /** The checker's verdict on a `fits` layout. */
  layout: 'valid' | 'invalid' | null
  /** The checker's first complaints about an invalid layout. */
  problems?: string[]
  detail?: string
}

/** How an outcome scores against the truth. */
export type Verdict = 'correct' | 'wrong' | 'unknown' | 'invalid' | 'unscored' | 'skipped' | 'error'

/** Wall-time budget for repeating a fast in-process solve, and the cut-off below which repeats happen. */
const REPEAT_BELOW_MS = 20
const REPEAT_BUDGET_MS = 200
const MAX_RUNS = 30

/** Results are summed here so no solve can be optimised away. */
export const sink = { placements: 0 }

/** Runs an in-process solver on every instance: a warm-up pass on the first few, then timed runs. */
export function runInProcess(
  peer: InProcessPeer,
  instances: readonly BenchInstance[],
  timeLimitMs: number,
  onDone?: (o: Outcome) => void,
): Outcome[] {
  for (const instance of instances.slice(0, 3)) {
    if (!peer.unsupported(instance.problem))
      sink.placements += peer.solve(instance.problem, Math.min(timeLimitMs, 100)).placements.length
  }
  return instances.map((instance) => {
    const outcome = solveInProcess(peer, instance, timeLimitMs)
    onDone?.(outcome)
    return outcome
  })
}

/** Runs a child-process solver on every instance, `jobs` at a time. */
export async function runProcesses(
  peer: ProcessPeer,
  instances: readonly BenchInstance[],
  timeLimitMs: number,
  jobs: number,
  onDone?: (o: Outcome) => void,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(instances.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < instances.length; i = next++) {
      const instance = instances[i]!
      const reason = peer.unsupported(instance.problem)
      if (reason) {
        outcomes[i] = skipped(peer.name, instance, reason)
      } else {
        const start = performance.now()
        const answer = await peer.solve(instance.problem, timeLimitMs)
        outcomes[i] = toOutcome(peer.name, instance, answer, performance.now() - start, 1)
      }
      onDone?.(outcomes[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker))
  return outcomes
}

/** The truth of an instance given everyone's outcomes, or `null` when nobody knows. */
export function truthOf(
  instance: BenchInstance,
  outcomes: readonly Outcome[],
  exactPeers: ReadonlySet<string>,
): 'fits' | 'does-not-fit' | null {
  if (instance.expected) return instance.expected
  if (outcomes.some((o) => o.layout === 'valid')) return 'fits'
  if (outcomes.some((o) => o.status === 'does-not-fit' && exactPeers.has(o.peer))) return 'does-not-fit'
  return null
}

/** Scores one outcome against the truth. */
export function verdictOf(outcome: Outcome, truth: 'fits' | 'does-not-fit' | null): Verdict {
  switch (outcome.status) {
    case 'skipped':
    case 'error':
    case 'unknown':
      return outcome.status
    case 'fits':
      return outcome.layout === 'valid' ? 'correct' : 'invalid'
    case 'does-not-fit':
      return truth === null ? 'unscored' : truth === 'does-not-fit' ? 'correct' : 'wrong'
  }
}

function solveInProcess(peer: InProcessPeer, instance: BenchInstance, timeLimitMs: number): Outcome {
  const reason = peer.unsupported(instance.problem)
  if (reason) return skipped(peer.name, instance, reason)
  let answer: PeerAnswer
  let start = performance.now()
  try {
    answer = peer.solve(instance.problem, timeLimitMs)
  } catch (error) {
    return { ...skipped(peer.name, instance, (error as Error).message), status: 'error' }
  }
  let best = performance.now() - start
  let spent = best
  let runs = 1
  // Tiny timings are noisy: repeat fast, decided solves and keep the minimum.
  while (
    answer.status !== 'unknown' &&
    best < REPEAT_BELOW_MS &&
    spent < REPEAT_BUDGET_MS &&
    runs < MAX_RUNS
  ) {
    start = performance.now()
    sink.placements += peer.solve(instance.problem, timeLimitMs).placements.length
    const elapsed = performance.now() - start
    best = Math.min(best, elapsed)
    spent += elapsed
    runs++
  }
  return toOutcome(peer.name, instance, answer, best, runs)
}

function toOutcome(
  peer: string,
  instance: BenchInstance,
  answer: PeerAnswer,
  ms: number,
  runs: number,
): Outcome {
  sink.placements += answer.placements.length
  const outcome: Outcome = { instanceId: instance.id, peer, status: answer.status, ms, runs, layout: null }
  if (answer.solverMs !== undefined) outcome.solverMs = answer.solverMs
  if (answer.detail) outcome.detail = answer.detail
  if (answer.status === 'fits') {
    const check = checkPacking(instance.problem, answer.placements)
    outcome.layout = check.ok ? 'valid' : 'invalid'
    if (!check.ok) outcome.problems = check.problems.slice(0, 3)
  }
  return outcome
}

function skipped(peer: string, instance: BenchInstance, reason: string): Outcome {
  return { instanceId: instance.id, peer, status: 'skipped', ms: NaN, runs: 0, layout: null, detail: reason }
}
