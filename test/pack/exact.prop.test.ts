import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { decimalString } from '../../src/geometry/decimal.js'
import { checkPacking } from '../../src/pack/check.js'
import { fit } from '../../src/pack/index.js'
import type { FitProblem, Vec3 } from '../../src/pack/types.js'
import { verifyProof } from '../../src/pack/verify.js'
import { expectValidAnswer } from '../support/assert-answer.js'
import { cutContainer, mulberry32, type Piece } from '../support/instances.js'

// A perfect packing cut in whole numbers of a unit, then written out in millimetres as exact decimals: the unit is
// `digits × 10^-places` mm (1/64 inch is 396875 × 10^-6 mm).
function perfectIn(unitDigits: bigint, places: number, container: Vec3, pieces: Piece[], random: () => number): FitProblem {
  const mm = (v: number) => Number(decimalString(BigInt(v) * unitDigits, places))
  return {
    container: { size: container.map(mm) as Vec3 },
    items: pieces.map((p, i) => ({ id: `p${i}`, size: shuffled(p.size.map(mm), random) as Vec3 })),
    // A node limit, not a time: the same problem gets the same answer on any machine.
    options: { nodeLimit: 2_000_000, timeLimitMs: 60_000 },
  }
}

function shuffled<T>(values: T[], random: () => number): T[] {
  const out = [...values]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const side = (min: number, max: number) => fc.integer({ min, max })
const size3 = (min: number, max: number) => fc.tuple(side(min, max), side(min, max), side(min, max)) as fc.Arbitrary<Vec3>

describe('exact sizes (properties)', () => {
  // Inch fractions as US shops give sizes: 1/16 in = 1.5875 mm, 1/32 in = 0.79375 mm, 1/64 in = 0.396875 mm.
  const INCH_FRACTIONS: [bigint, number][] = [
    [15875n, 4],
    [79375n, 5],
    [396875n, 6],
  ]
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 9 }), size3(4, 40), fc.constantFrom(0, 1, 2)], { numRuns: 60, endOnFailure: true })(
    'perfect packings in 1/16, 1/32 and 1/64 inch always fit',
    (seed, count, container, which) => {
      const random = mulberry32(seed)
      const [digits, places] = INCH_FRACTIONS[which]!
      const problem = perfectIn(digits, places, container, cutContainer(container, count, random, 0.3), random)
      const answer = fit(problem)
      expectValidAnswer(problem, answer)
      expect(answer.status).toBe('fits')
    },
  )

  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 8 }), size3(3, 30), fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 3, max: 6 })], {
    numRuns: 60,
    endOnFailure: true,
  })('perfect packings with sizes of up to six decimals always fit', (seed, count, container, unit, places) => {
    const random = mulberry32(seed)
    // Every side at least the engine's smallest, 0.001 mm.
    const digits = BigInt(unit) + 10n ** BigInt(places - 3)
    const problem = perfectIn(digits, places, container, cutContainer(container, count, random, 0.3), random)
    const answer = fit(problem)
    expectValidAnswer(problem, answer)
    expect(answer.status).toBe('fits')
  })

  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 5 })], { numRuns: 40, endOnFailure: true })(
    'perfect packings with sides of 100 m to 1 km given to the micrometre always fit',
    (seed, count) => {
      const random = mulberry32(seed)
      // Sides of 100,000 to 1,000,000 mm in micrometres, cut into a few boxes.
      const container = [0, 1, 2].map(() => 100_000_000 + Math.floor(random() * 900_000_000)) as Vec3
      const pieces = cutContainer(container, count, random, 0)
      const problem = perfectIn(1n, 3, container, pieces, random)
      const answer = fit(problem)
      expectValidAnswer(problem, answer)
      expect(answer.status).toBe('fits')
    },
  )

  test.prop([fc.record({ container: size3(2, 40), items: fc.array(fc.record({ size: size3(1, 40), count: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 6 }) }), fc.constantFrom(1, 0.001, 1.5875, 0.396875)], {
    numRuns: 200,
  })('every does-not-fit is re-derived from the problem, and its two numbers differ where printed', ({ container, items }, unit) => {
    const mm = (v: number) => Number((v * unit).toPrecision(12))
    const problem: FitProblem = {
      container: { size: container.map(mm) as Vec3 },
      items: items.map((it, i) => ({ id: `i${i}`, size: it.size.map(mm) as Vec3, count: it.count })),
      options: { nodeLimit: 200_000, timeLimitMs: 60_000 },
    }
    const answer = fit(problem)
    expectValidAnswer(problem, answer)
    if (answer.status !== 'does-not-fit') return
    const check = verifyProof(problem, answer.proof)
    expect(check.problems).toEqual([])
    // "needs 1989.21 ml, holds 1989.2 ml": the two compared numbers never print the same.
    const pair = /need[s]? ([\d.]+) (ml|cm²)[^\d]*?(?:holds|has|of its|where) ([\d.]+) (ml|cm²)/.exec(answer.reason) ?? /least ([\d.]+) mm, in a ([\d.]+) mm/.exec(answer.reason)
    if (pair) {
      const numbers = pair.slice(1).filter((v) => /^[\d.]+$/.test(v))
      expect(numbers[0]).not.toBe(numbers[1])
    }
  })
})

describe('exact sizes', () => {
  test('sixteen 1/16-inch sheets fill a 1-inch slot', () => {
    const answer = fit({ container: { size: [25.4, 100, 100] }, items: [{ id: 'sheet', size: [1.5875, 100, 100], count: 16 }] })
    expect(answer.status).toBe('fits')
    expect(fit({ container: { size: [25.4, 100, 100] }, items: [{ id: 'sheet', size: [1.5875, 100, 100], count: 17 }] }).status).toBe('does-not-fit')
  })

  test('a 10 mm block fits a 10.001 mm interior, and a 10.0001 mm block does not fit a 10 mm one', () => {
    expect(fit({ container: { size: [10.001, 10, 10] }, items: [{ id: 'block', size: [10, 10, 10] }] }).status).toBe('fits')
    const tight = fit({ container: { size: [10, 10, 10] }, items: [{ id: 'block', size: [10.0001, 10, 10] }] })
    expect(tight.status).toBe('does-not-fit')
    expect(tight.reason).toBe("The block's 10.0001 mm exceeds every side of the 10 × 10 × 10 mm interior.")
  })

  test('two boxes that fill a 775 m container exactly fit (areas in µm² pass 2^53)', () => {
    const problem: FitProblem = {
      container: { size: [775762.534, 299615.329, 1] },
      items: [
        { id: 'p0', size: [1, 318246.765, 299615.329] },
        { id: 'p1', size: [299615.329, 457515.769, 1] },
      ],
    }
    const answer = fit(problem)
    expectValidAnswer(problem, answer)
    expect(answer.status).toBe('fits')
  })

  test('sizes finer than the engine represents give unknown on a tie, never a does-not-fit made by rounding', () => {
    // Three thirds of an inch in an inch, each third given to 15 decimals: the sum is 25.4 to within 1e-14 mm.
    const third = 25.4 / 3
    const answer = fit({ container: { size: [25.4, 10, 10] }, items: [{ id: 'third', size: [third, 10, 10], count: 3 }] })
    expect(answer.status).not.toBe('does-not-fit')
    // Clearly too big stays a proof.
    expect(fit({ container: { size: [25.4, 10, 10] }, items: [{ id: 'third', size: [third, 10, 10], count: 4 }] }).status).toBe('does-not-fit')
  })

  test('the checker rejects an overlap of 0.1 µm and an overhang of 1 nm', () => {
    const problem: FitProblem = { container: { size: [20, 10, 10] }, items: [{ id: 'a', size: [10, 10, 10], count: 2 }] }
    expect(checkPacking(problem, [
      { id: 'a', at: [0, 0, 0], size: [10, 10, 10] },
      { id: 'a', at: [10, 0, 0], size: [10, 10, 10] },
    ]).ok).toBe(true)
    const overlap = checkPacking(problem, [
      { id: 'a', at: [0, 0, 0], size: [10, 10, 10] },
      { id: 'a', at: [9.9999999, 0, 0], size: [10, 10, 10] },
    ])
    expect(overlap.problems.join()).toMatch(/overlaps a/)
    const overhang = checkPacking(problem, [
      { id: 'a', at: [0, 0, 0], size: [10, 10, 10] },
      { id: 'a', at: [10.000001, 0, 0], size: [10, 10, 10] },
    ])
    expect(overhang.problems.join()).toMatch(/outside the container along x/)
  })
})
