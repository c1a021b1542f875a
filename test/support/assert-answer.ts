import { expect } from 'vitest'
import { checkPacking } from '../../src/pack/check.js'
import type { FitAnswer, FitProblem } from '../../src/pack/types.js'
import { verifyProof } from '../../src/pack/verify.js'

/**
 * Every answer keeps the contract: a `fits` layout passes the checker; a `does-not-fit` proof is re-derived from the
 * problem by the proof checker; an `unknown` says it could not decide; only `fits` places anything.
 */
export function expectValidAnswer(problem: FitProblem, answer: FitAnswer): void {
  if (answer.status === 'fits') {
    expect(checkPacking(problem, answer.placements).problems).toEqual([])
    return
  }
  expect(answer.placements).toEqual([])
  if (answer.status === 'does-not-fit') expect(verifyProof(problem, answer.proof).problems).toEqual([])
  else expect(answer.reason).toMatch(/^Could not decide/)
}
