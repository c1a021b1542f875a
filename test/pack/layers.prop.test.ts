import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { Budget } from '../../src/pack/budget.js'
import { layerBound } from '../../src/pack/layers.js'
import { buildModel } from '../../src/pack/model.js'
import type { FitProblem } from '../../src/pack/types.js'
import { verifyProof } from '../../src/pack/verify.js'
import { bruteForceFits } from '../support/brute-force.js'

// Many copies of one kind that stand one way up (or not at all) in a tiny box, sometimes with another thing beside.
const side = fc.integer({ min: 1, max: 3 })
const copies = fc
  .record({
    container: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .filter(([a, b, c]) => a * b * c <= 32),
    size: fc.tuple(side, side, side),
    count: fc.integer({ min: 2, max: 7 }),
    rotate: fc.constantFrom<'upright' | 'none'>('upright', 'none'),
    other: fc.option(fc.tuple(side, side, side), { nil: undefined }),
  })
  .map(({ container, size, count, rotate, other }): FitProblem => ({
    container: { size: container },
    items: [{ id: 'copy', size, count, rotate }, ...(other ? [{ id: 'other', size: other }] : [])],
  }))

describe('layers of copies (properties)', () => {
  test.prop([copies], { numRuns: 300 })(
    'never refuses copies that the brute-force enumeration packs, and the proof re-derives',
    (problem) => {
      const proof = layerBound(buildModel(problem), new Budget(1_000_000, Infinity))
      if (!proof) return
      expect(bruteForceFits(problem)).toBe(false)
      expect(verifyProof(problem, proof).problems).toEqual([])
    },
  )

  test('refuses 100 upright copies where 3 layers of 33 fit, which the volume allows', () => {
    const problem: FitProblem = {
      container: { size: [159.5, 26.2, 33.4] },
      items: [{ id: 'box', size: [14.2, 7.8, 9.4], count: 100, rotate: 'upright' }],
    }
    const proof = layerBound(buildModel(problem), new Budget(1_000_000, Infinity))
    expect(proof).toMatchObject({
      kind: 'layers',
      axis: 2,
      layers: 3,
      perLayer: 33,
      reducedMm: ['159', '23.4'],
    })
    expect(verifyProof(problem, proof!).problems).toEqual([])
  })

  test('a proof with a layer count one too many is caught by the verifier', () => {
    const problem: FitProblem = {
      container: { size: [159.5, 26.2, 33.4] },
      items: [{ id: 'box', size: [14.2, 7.8, 9.4], count: 100, rotate: 'upright' }],
    }
    const proof = {
      kind: 'layers' as const,
      itemId: 'box',
      axis: 2,
      layers: 4,
      perLayer: 24,
      reducedMm: ['159.5', '23.4'] as [string, string],
    }
    expect(verifyProof(problem, proof).ok).toBe(false)
  })
})
