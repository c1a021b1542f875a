import { describe, expect, test } from 'vitest'
import { checkPacking } from '../../src/pack/check.js'
import type { FitProblem } from '../../src/pack/types.js'

const problem: FitProblem = {
  container: { size: [100, 50, 20], blocked: [{ at: [90, 0, 0], size: [10, 10, 20] }], opening: [100, 50] },
  items: [
    { id: 'card', size: [85.6, 53.98, 0.76], count: 2 },
    { id: 'lipstick', size: [20, 20, 75], rotate: 'none' },
  ],
}

describe('checkPacking', () => {
  test('accepts a layout that respects every rule', () => {
    const p: FitProblem = { container: { size: [100, 60, 20] }, items: [{ id: 'card', size: [85.6, 53.98, 0.76], count: 2 }] }
    const ok = checkPacking(p, [
      { id: 'card', at: [0, 0, 0], size: [85.6, 53.98, 0.76] },
      { id: 'card', at: [0, 0, 0.76], size: [85.6, 53.98, 0.76] },
    ])
    expect(ok).toEqual({ ok: true, problems: [] })
  })

  test('rejects an item that reaches outside the container', () => {
    const p: FitProblem = { container: { size: [100, 60, 20] }, items: [{ id: 'card', size: [85.6, 53.98, 0.76] }] }
    const check = checkPacking(p, [{ id: 'card', at: [20, 0, 0], size: [85.6, 53.98, 0.76] }])
    expect(check.problems).toEqual(['card at 20, 0, 0 reaches outside the container along x'])
  })

  test('rejects overlapping items', () => {
    const p: FitProblem = { container: { size: [100, 60, 20] }, items: [{ id: 'card', size: [85.6, 53.98, 0.76], count: 2 }] }
    const check = checkPacking(p, [
      { id: 'card', at: [0, 0, 0], size: [85.6, 53.98, 0.76] },
      { id: 'card', at: [0, 0, 0.5], size: [85.6, 53.98, 0.76] },
    ])
    expect(check.ok).toBe(false)
    expect(check.problems.join()).toMatch(/overlaps card/)
  })

  test('rejects a size that is not a rotation of the item, and a rotation the mode forbids', () => {
    const check = checkPacking(problem, [
      { id: 'card', at: [0, 0, 0], size: [85.6, 53.98, 0.8] },
      { id: 'card', at: [0, 0, 1], size: [85.6, 0.76, 53.98] },
      { id: 'lipstick', at: [0, 0, 2], size: [20, 75, 20] },
    ])
    expect(check.problems.filter((m) => m.includes('not an allowed rotation'))).toHaveLength(2)
  })

  test('rejects items in blocked regions, outside the container, missing or unknown', () => {
    const check = checkPacking(problem, [
      { id: 'card', at: [89.5, 0, 0], size: [0.76, 53.98, 85.6] },
      { id: 'comb', at: [0, 0, 0], size: [1, 1, 1] },
    ])
    const text = check.problems.join('\n')
    expect(text).toMatch(/overlaps blocked region 0/)
    expect(text).toMatch(/outside the container along y/)
    expect(text).toMatch(/"comb", which is not an item/)
    expect(text).toMatch(/card is placed 1 times, expected 2/)
    expect(text).toMatch(/lipstick is placed 0 times, expected 1/)
  })

  test('rejects an item that cannot pass through the opening', () => {
    const p: FitProblem = { container: { size: [100, 60, 90], opening: [50, 15] }, items: [{ id: 'lipstick', size: [20, 20, 75] }] }
    const check = checkPacking(p, [{ id: 'lipstick', at: [0, 0, 0], size: [20, 20, 75] }])
    expect(check.problems.join()).toMatch(/cannot pass through the 50 × 15 mm opening/)
  })
})
