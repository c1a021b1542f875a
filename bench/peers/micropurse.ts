/**
 * micropurse's own exact engine, `fit(problem)` from src/pack, as a benchmark peer. Loaded lazily so the harness
 * can run the other peers while the engine is missing or broken.
 */
import type { FitAnswer, FitProblem } from '../../src/pack/types.js'
import type { InProcessPeer, MissingPeer } from './types.js'

/** Loads the engine, or says why it cannot. */
export async function loadMicropurse(): Promise<InProcessPeer | MissingPeer> {
  let fit: (problem: FitProblem) => FitAnswer
  try {
    ;({ fit } = await import('../../src/pack/index.js'))
  } catch (error) {
    return {
      name: 'micropurse',
      reason: `src/pack/index.ts did not load: ${(error as Error).message.split('\n')[0]}`,
    }
  }
  return {
    kind: 'in-process',
    name: 'micropurse',
    label: 'micropurse fit() (exact)',
    exact: true,
    unsupported: () => null,
    solve(problem, timeLimitMs) {
      const answer = fit({ ...problem, options: { ...problem.options, timeLimitMs } })
      return { status: answer.status, placements: answer.placements, detail: answer.reason }
    },
  }
}
