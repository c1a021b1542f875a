import { expect } from 'vitest'
import { checkPacking } from '../../src/pack/check.js'
import type { FitAnswer, FitProblem, FitProof, FitStatus } from '../../src/pack/types.js'

/** Proofs that come with `fits` (a layout; nothing to place) and with `unknown` (a limit ran out); the rest prove no. */
const FITS_PROOFS: readonly FitProof['kind'][] = ['layout', 'empty']
const UNDECIDED_PROOFS: readonly FitProof['kind'][] = ['time-limit', 'node-limit', 'too-fine']

/** The status a proof of this kind decides. */
function statusOf(proof: FitProof): FitStatus {
  if (FITS_PROOFS.includes(proof.kind)) return 'fits'
  return UNDECIDED_PROOFS.includes(proof.kind) ? 'unknown' : 'does-not-fit'
}

/**
 * Every answer keeps the contract: its status is the one its proof decides; a `fits` layout passes the checker;
 * other answers place nothing and say why. Callers assert which status a case must have.
 */
export function expectValidAnswer(problem: FitProblem, answer: FitAnswer): void {
  expect(answer.status, `the status of a ${answer.proof.kind} proof`).toBe(statusOf(answer.proof))
  expect(answer.reason.length).toBeGreaterThan(0)
  if (answer.status === 'fits') {
    const check = checkPacking(problem, answer.placements)
    expect(check.problems).toEqual([])
  } else {
    expect(answer.placements).toEqual([])
  }
}
