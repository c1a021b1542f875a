import { expect } from 'vitest'
import { checkPacking } from '../../src/pack/check.js'
import type { FitAnswer, FitProblem, FitProof, FitStatus } from '../../src/pack/types.js'
import { verifyProof } from '../../src/pack/verify.js'

/** Proofs that come with `fits` (a layout; nothing to place) and with `unknown` (a limit ran out); the rest prove no. */
const FITS_PROOFS: readonly FitProof['kind'][] = ['layout', 'empty']
const UNDECIDED_PROOFS: readonly FitProof['kind'][] = ['time-limit', 'node-limit', 'too-fine']

/** The status a proof of this kind decides. */
function statusOf(proof: FitProof): FitStatus {
  if (FITS_PROOFS.includes(proof.kind)) return 'fits'
  return UNDECIDED_PROOFS.includes(proof.kind) ? 'unknown' : 'does-not-fit'
}

/**
 * Every answer keeps the contract: its status is the one its proof decides; a `fits` layout passes the checker; a
 * `does-not-fit` proof is re-derived from the problem by the proof checker; an `unknown` says it could not decide;
 * only `fits` places anything. Callers assert which status a case must have.
 */
export function expectValidAnswer(problem: FitProblem, answer: FitAnswer): void {
  expect(answer.status, `the status of a ${answer.proof.kind} proof`).toBe(statusOf(answer.proof))
  if (answer.status === 'fits') {
    expect(checkPacking(problem, answer.placements).problems).toEqual([])
    return
  }
  expect(answer.placements).toEqual([])
  if (answer.status === 'does-not-fit') expect(verifyProof(problem, answer.proof).problems).toEqual([])
  else expect(answer.reason).toMatch(/^Could not decide/)
}
