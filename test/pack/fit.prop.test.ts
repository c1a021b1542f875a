import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { fit } from '../../src/pack/index.js'
import type { FitItem, FitProblem, Vec3 } from '../../src/pack/types.js'
import { expectValidAnswer } from '../support/assert-answer.js'
import { bruteForceFits } from '../support/brute-force.js'
import { cutContainer, mulberry32, piecesToProblem } from '../support/instances.js'

const side = (min: number, max: number) => fc.integer({ min, max })
const size3 = (min: number, max: number) => fc.tuple(side(min, max), side(min, max), side(min, max)) as fc.Arbitrary<Vec3>
const rotate = fc.constantFrom<'any' | 'upright' | 'none'>('any', 'upright', 'none')

const randomProblem = fc
  .record({
    container: size3(10, 120),
    items: fc.array(fc.record({ size: size3(1, 80), count: fc.integer({ min: 1, max: 3 }), rotate }), { minLength: 1, maxLength: 6 }),
  })
  .map(
    ({ container, items }): FitProblem => ({
      container: { size: container },
      items: items.map((it, i): FitItem => ({ id: `item${i}`, ...it })),
      options: { timeLimitMs: 200 },
    }),
  )

describe('fit (properties)', () => {
  test.prop([randomProblem], { numRuns: 150 })('every answer keeps the contract: fits come with a checked layout', (problem) => {
    expectValidAnswer(problem, fit(problem))
  })

  // Perfect packings leave no room to spare: the hardest "yes" answers. Shrinking is off, since each run may take
  // seconds; a counterexample is reported as found, with its seed.
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 4, max: 12 }), size3(8, 60)], { numRuns: 40, endOnFailure: true })(
    'boxes cut from a container by guillotine cuts always fit back',
    (seed, count, container) => {
      const random = mulberry32(seed)
      const problem = piecesToProblem(container, cutContainer(container, count, random, 0), random)
      const answer = fit(problem)
      expectValidAnswer(problem, answer)
      expect(answer.status).toBe('fits')
    },
  )

  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 5, max: 10 }), size3(8, 60)], { numRuns: 30, endOnFailure: true })(
    'boxes cut by pinwheels (no straight cut separates them) always fit back',
    (seed, count, container) => {
      const random = mulberry32(seed)
      const problem = piecesToProblem(container, cutContainer(container, count, random, 1), random)
      const answer = fit(problem)
      expectValidAnswer(problem, answer)
      expect(answer.status).toBe('fits')
    },
  )

  test.prop(
    [
      fc.record({
        container: fc.tuple(side(1, 4), side(1, 4), side(1, 4)).filter(([a, b, c]) => a * b * c <= 64),
        items: fc.array(fc.record({ size: size3(1, 4), rotate }), { minLength: 1, maxLength: 4 }),
      }),
    ],
    { numRuns: 300 },
  )('on tiny problems a brute-force enumeration agrees with every answer', ({ container, items }) => {
    const problem: FitProblem = { container: { size: container }, items: items.map((it, i) => ({ id: `i${i}`, ...it })), options: { timeLimitMs: 5000 } }
    const answer = fit(problem)
    expectValidAnswer(problem, answer)
    expect(answer.status).not.toBe('unknown')
    expect(answer.status === 'fits').toBe(bruteForceFits(problem))
  })

  test.prop([randomProblem], { numRuns: 60 })('answers survive scaling every size by 1000 and by 1/1000', (problem) => {
    const scale = (f: number): FitProblem => ({
      container: { size: problem.container.size.map((v) => v * f) as Vec3 },
      items: problem.items.map((it) => ({ ...it, size: it.size.map((v) => Math.round(v * f * 1000) / 1000) as Vec3 })),
      options: { timeLimitMs: 2000 },
    })
    const base = fit({ ...problem, options: { timeLimitMs: 2000 } })
    for (const f of [1000, 1 / 1000]) {
      const scaled = scale(f)
      const answer = fit(scaled)
      expectValidAnswer(scaled, answer)
      if (base.status !== 'unknown' && answer.status !== 'unknown') expect(answer.status).toBe(base.status)
    }
  })

  test.prop([size3(10, 100), size3(1, 200)], { numRuns: 100 })('an item too big for the container in every orientation is never placed', (container, item) => {
    const sortedC = [...container].sort((a, b) => a - b)
    const sortedI = [...item].sort((a, b) => a - b)
    const tooBig = sortedI.some((v, k) => v > sortedC[k]!)
    const answer = fit({ container: { size: container }, items: [{ id: 'x', size: item }] })
    expect(answer.status).toBe(tooBig ? 'does-not-fit' : 'fits')
  })
})
