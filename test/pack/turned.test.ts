import { fc, test as propTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { Budget } from '../../src/pack/budget.js'
import { fit } from '../../src/pack/index.js'
import { fitMargin } from '../../src/pack/margin.js'
import { passesOpening, rectangleFits } from '../../src/pack/opening.js'
import { eulerAxes, fitsAloneTurned, turnedExtents } from '../../src/pack/turn.js'
import type { FitItem, FitProblem, Vec3 } from '../../src/pack/types.js'
import { expectValidAnswer } from '../support/assert-answer.js'

// Sourced sizes (data/seed): the iPhone 15 Pro Max 76.7 × 159.9 × 8.25 mm, an ID-1 card, a 2-euro coin 25.75 mm
// across and 2.2 mm thick (its bounding box).
const PHONE: FitItem = { id: 'apple-iphone-15-pro-max', size: [76.7, 159.9, 8.25], rotate: 'free' }
const CARD: FitItem = { id: 'iso-7810-id1-card', size: [85.6, 53.98, 0.76], rotate: 'free' }
const COIN: FitItem = { id: 'euro-coin-2', size: [25.75, 25.75, 2.2], rotate: 'free' }

function solve(problem: FitProblem) {
  const answer = fit(problem)
  expectValidAnswer(problem, answer)
  return answer
}


describe('things turned at an angle', () => {
  test('a phone 0.6 mm longer than the bag lies turned about 9° across its depth', () => {
    // The Chanel Classic Flap mini square's interior, 159.3 × 57.7 × 121.2 mm.
    const answer = solve({ container: { size: [159.3, 57.7, 121.2] }, items: [PHONE] })
    expect(answer.status).toBe('fits')
    expect(answer.proof).toEqual({ kind: 'layout', by: 'turned' })
    const placed = answer.placements[0]!
    expect(placed.size).toEqual(PHONE.size)
    const sines = placed.axes!.flat().map(Math.abs).filter((v) => v > 1e-9 && v < 1 - 1e-9)
    const degrees = (Math.asin(Math.min(...sines)) * 180) / Math.PI
    expect(degrees).toBeGreaterThan(8)
    expect(degrees).toBeLessThan(10)
    // Square to the walls it does not fit: the same phone, quarter turns only, is refused.
    expect(solve({ container: { size: [159.3, 57.7, 121.2] }, items: [{ ...PHONE, rotate: 'any' }] }).status).toBe('does-not-fit')
  })

  test('a card never fits the Petit Chiquito, turned or not: its space diagonal is 69.8 mm', () => {
    const answer = solve({ container: { size: [53, 15, 43] }, items: [CARD] })
    expect(answer.status).toBe('does-not-fit')
    expect(answer.proof.kind).toBe('turned-too-large')
    expect(answer.proof.kind === 'turned-too-large' && answer.proof.shortMm).toBe(Math.floor((85.6 - Math.hypot(53, 15, 43)) * 100) / 100)
    expect(answer.reason).toMatch(/does not fit the 53 × 15 × 43 mm interior even turned at an angle: every way it can turn, it is at least 15\.72\d* mm too big/)
  })

  test('a coin stands on edge, turned in the floor of a narrow case', () => {
    // 22 × 22 mm across, 80 mm tall: the coin's 25.75 mm face fits only on edge and turned.
    const answer = solve({ container: { size: [22, 22, 80] }, items: [COIN] })
    expect(answer.status).toBe('fits')
    expect(answer.placements[0]!.axes).toBeDefined()
  })

  test('a rod goes in along the space diagonal where no face is long enough', () => {
    // 118 mm: longer than every face diagonal of 100 × 60 × 40 (116.6 at most), shorter than the space diagonal (123.3).
    const answer = solve({ container: { size: [100, 60, 40] }, items: [{ id: 'rod', size: [118, 2, 2], rotate: 'free' }] })
    expect(answer.status).toBe('fits')
  })

  test('the rest lies square beside the turned thing', () => {
    const answer = solve({ container: { size: [159.3, 57.7, 121.2] }, items: [PHONE, { ...CARD, count: 3 }, { id: 'lipstick', size: [22, 22, 75], rotate: 'free' }] })
    expect(answer.status).toBe('fits')
    expect(answer.placements.filter((p) => p.axes)).toHaveLength(1)
  })

  test('a problem that fails square and has no proof for turned things says both', () => {
    // Square, two phones cannot both lie in this bag; turned, nothing rules it out, and no layout is found.
    const answer = solve({ container: { size: [159.3, 57.7, 121.2] }, items: [{ ...PHONE, count: 2 }, { id: 'block', size: [150, 40, 100], rotate: 'free' }], options: { nodeLimit: 200_000 } })
    expect(answer.status).not.toBe('does-not-fit')
    if (answer.status === 'unknown') expect(answer.reason).toMatch(/square to the walls it does not/)
  })

  test('quarter turns stay quarter turns: rotate "any" is never turned at an angle', () => {
    const answer = solve({ container: { size: [22, 22, 80] }, items: [{ ...COIN, rotate: 'any' }] })
    expect(answer.status).toBe('does-not-fit')
  })
})

describe('squeezable things', () => {
  const TISSUES: FitItem = { id: 'tissue-pack', size: [105, 25, 53], minSize: [105, 18, 53], rotate: 'free' }

  test('a tissue pack 25 mm thick squeezes into a 24.2 mm deep bag, and says how far it was pressed', () => {
    const answer = solve({ container: { size: [150, 24.2, 90] }, items: [TISSUES] })
    expect(answer.status).toBe('fits')
    expect(answer.proof).toMatchObject({ kind: 'layout', squeezed: true })
    // Let out again as far as the bag allows: 24.2 mm, not its 18 mm least.
    expect([...answer.placements[0]!.size].sort((a, b) => a - b)).toEqual([24.2, 53, 105])
    expect(answer.reason).toMatch(/with the tissue-pack squeezed/)
  })

  test('squeezed as far as it goes and still too thick is a proof, with the squeezed size', () => {
    const answer = solve({ container: { size: [150, 17, 90] }, items: [TISSUES] })
    expect(answer.status).toBe('does-not-fit')
    expect(answer.proof.kind).toBe('squeezed')
    expect(answer.reason).toMatch(/^Even squeezed as small as it goes \(the tissue-pack to 105 × 18 × 53 mm\)/)
  })
})

describe('how close a verdict is', () => {
  test('room to spare is how much every item could grow; too big is how much it must shrink', () => {
    const box: FitProblem = { container: { size: [100, 50, 20] }, items: [{ id: 'slab', size: [90, 40, 10] }] }
    const fits = solve(box)
    // 10 mm spare along each axis: every side of the slab may grow by 10 mm.
    expect(fitMargin(box, fits)).toEqual({ marginMm: 10, atLeast: false })
    const tight: FitProblem = { container: { size: [100, 50, 20] }, items: [{ id: 'slab', size: [103.4, 40, 10] }] }
    const refused = solve(tight)
    expect(refused.status).toBe('does-not-fit')
    expect(fitMargin(tight, refused, { stepMm: 0.1 })?.marginMm).toBeCloseTo(-3.4, 1)
    // With blocked regions, by solving again: a 1 mm rim at the back leaves 9 mm of growth, not 10.
    const rimmed: FitProblem = { container: { size: [100, 50, 20], blocked: [{ at: [0, 49, 0], size: [100, 1, 20] }] }, items: [{ id: 'slab', size: [90, 40, 10] }] }
    expect(fitMargin(rimmed, solve(rimmed), { stepMm: 0.1 })).toEqual({ marginMm: 9, atLeast: false })
  })
})

describe('rotations (properties)', () => {
  propTest.prop([fc.double({ min: 0, max: Math.PI, noNaN: true }), fc.double({ min: -Math.PI / 2, max: Math.PI / 2, noNaN: true }), fc.double({ min: 0, max: Math.PI, noNaN: true })])(
    'flipping an axis only flips signs, so the search may keep α and β in [0, π/2] and γ in [0, π]',
    (a, b, g) => {
      const s = [3, 5, 7]
      const e = turnedExtents(eulerAxes(a, b, g), s)
      for (const [a2, b2, g2] of [
        [a + Math.PI, -b, -g],
        [-a, -b, g],
        [a, -b, Math.PI - g],
        [Math.PI - a, b, Math.PI - g],
      ]) {
        const folded = turnedExtents(eulerAxes(a2!, b2!, g2!), s)
        for (let k = 0; k < 3; k++) expect(folded[k]).toBeCloseTo(e[k]!, 9)
      }
    },
  )

  propTest.prop([fc.tuple(fc.integer({ min: 5, max: 120 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })), fc.double({ min: 0.05, max: 1.5, noNaN: true }), fc.double({ min: 0, max: 1.5, noNaN: true })], { numRuns: 80 })(
    'a box cut to fit a container only turned is always placed, and the layout checks',
    ([p, q, c], theta, tilt) => {
      // The container is the bounding box of the box turned by theta in x-y and tilted in y-z, plus 0.5 mm: a layout
      // exists by construction, so the answer is never "does not fit".
      const axes = eulerAxes(theta, 0, tilt)
      const extents = turnedExtents(axes, [p, q, c]).map((v) => Math.round((v + 0.5) * 1000) / 1000) as Vec3
      const problem: FitProblem = { container: { size: extents }, items: [{ id: 'thing', size: [p, q, c], rotate: 'free' }], options: { nodeLimit: 2_000_000, timeLimitMs: 60_000 } }
      const answer = solve(problem)
      expect(answer.status).not.toBe('does-not-fit')
    },
  )

  propTest.prop([fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 })), fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }))], { numRuns: 60 })(
    'the search over rotations agrees with a fine sampling of rotations: a sampled fit is never refused',
    (s, L) => {
      const alone = fitsAloneTurned(s, L, 0, new Budget(100_000, Infinity))
      // A coarse sampling of rotations with room to spare proves a fit exists.
      let sampled = false
      for (let i = 0; i <= 24 && !sampled; i++)
        for (let j = -12; j <= 12 && !sampled; j++)
          for (let k = 0; k <= 24 && !sampled; k++) {
            const e = turnedExtents(eulerAxes((i * Math.PI) / 24, (j * Math.PI) / 24, (k * Math.PI) / 24), s)
            if (e.every((v, a) => v <= L[a]! - 1e-6)) sampled = true
          }
      if (sampled) expect(alone.kind).not.toBe('no')
      if (alone.kind === 'fits') expect(turnedExtents(alone.axes, s).every((v, a) => v <= L[a]! + 1e-9)).toBe(true)
    },
  )
})

describe('the opening (properties)', () => {
  // A small insertion model, independent of the engine's algebra: sample angles finely.
  function sampledPassage(w: number, d: number, A: number, B: number, W: number, D: number): 'yes' | 'no' | 'close' {
    const N = 20_000
    const fitsIn = (t: number, X: number, Y: number, eps: number) => w * Math.cos(t) + d * Math.sin(t) <= X + eps && w * Math.sin(t) + d * Math.cos(t) <= Y + eps
    // Passes at some angle from which every angle back to 0 stays inside the interior.
    let sure = false
    let maybe = false
    for (let i = 0; i <= N; i++) {
      const t = (i / N) * (Math.PI / 2)
      if (!fitsIn(t, W, D, 1e-7)) break
      if (fitsIn(t, A, B, -1e-4)) sure = true
      if (fitsIn(t, A, B, 1e-4)) maybe = true
    }
    return sure ? 'yes' : maybe ? 'close' : 'no'
  }

  propTest.prop([fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 5, max: 80 }), fc.integer({ min: 5, max: 80 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })], { numRuns: 400 })(
    'a rigid bag lets a footprint in exactly when it passes the opening turned and turns back square inside',
    (w, d, A, B, extraW, extraD) => {
      const W = A + extraW
      const D = B + extraD
      if (w > W || d > D) return
      const engine = passesOpening({ footprint: [BigInt(w), BigInt(d)], smallest: [0n, 0n], opening: [BigInt(A), BigInt(B)], interior: [BigInt(W), BigInt(D)], rule: 'rigid' })
      const model = sampledPassage(w, d, A, B, W, D)
      if (model !== 'close' && engine !== 'close') expect(engine).toBe(model)
    },
  )

  propTest.prop([fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 })], { numRuns: 400 })(
    'a rectangle fits a rectangle (Carver) exactly when some angle of a fine sweep fits it',
    (p, q, a, b) => {
      const sweep = (eps: number) => {
        for (let i = 0; i <= 20_000; i++) {
          const t = (i / 20_000) * (Math.PI / 2)
          if (p * Math.cos(t) + q * Math.sin(t) <= a + eps && p * Math.sin(t) + q * Math.cos(t) <= b + eps) return true
        }
        return false
      }
      const exact = rectangleFits(BigInt(p), BigInt(q), BigInt(a), BigInt(b))
      if (exact) expect(sweep(1e-3)).toBe(true)
      else expect(sweep(-1e-3)).toBe(false)
    },
  )
})

