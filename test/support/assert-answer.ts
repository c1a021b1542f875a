import { expect } from 'vitest'
import { checkPacking } from '../../src/pack/check.js'
import type { FitAnswer, FitProblem } from '../../src/pack/types.js'

/** Every answer keeps the contract: a `fits` layout passes the checker; other answers place nothing and say why. */
export function expectValidAnswer(problem: FitProblem, answer: FitAnswer): void {
  expect(['fits', 'does-not-fit', 'unknown']).toContain(answer.status)
  expect(answer.reason.length).toBeGreaterThan(0)
  if (answer.status === 'fits') {
    const check = checkPacking(problem, answer.placements)
    expect(check.problems).toEqual([])
  } else {
    expect(answer.placements).toEqual([])
  }
}
