import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { shiftLayout } from '../../src/design/carry-layout.js'
import { defineSilhouette, designScale, scaleBag } from '../../src/design/index.js'
import type { HardwareKind, Silhouette } from '../../src/design/index.js'
import { MicropurseError } from '../../src/errors.js'
import { checkPacking, fit } from '../../src/pack/index.js'
import type { FitItem, Vec3 } from '../../src/pack/types.js'
import { expectCheckedLayout, statusAt } from './helpers.js'

// Box-family silhouettes with only centred hardware: the family whose fitting the designer proves monotone.
const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10)
const boxSilhouette: fc.Arbitrary<Silhouette> = fc
  .record({
    w: tenths(80, 220),
    hShare: fc.double({ min: 0.4, max: 1, noNaN: true }),
    dShare: fc.double({ min: 0.2, max: 0.6, noNaN: true }),
    shape: fc.constantFrom('box' as const, 'pouch' as const, 'tote' as const),
    closure: fc.constantFrom('flap' as const, 'zip' as const, 'clasp' as const, 'open-top' as const),
    hardware: fc.subarray<HardwareKind>(['turn-lock', 'clasp']),
  })
  .map(({ w, hShare, dShare, shape, closure, hardware }) =>
    defineSilhouette({
      id: 'prop',
      reference: {
        exteriorMm: { w, h: Math.round(w * hShare * 10) / 10, d: Math.round(w * dShare * 10) / 10 },
        shape,
        closure,
      },
      hardware,
    }),
  )
const kit: fc.Arbitrary<FitItem[]> = fc
  .array(
    fc.record({
      w: fc.integer({ min: 5, max: 90 }),
      d: fc.integer({ min: 1, max: 30 }),
      h: fc.integer({ min: 5, max: 90 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((sizes) => sizes.map((s, i) => ({ id: `item-${i}`, size: [s.w, s.d, s.h] as Vec3 })))

describe('designScale (properties)', () => {
  test.prop([boxSilhouette, kit, fc.integer({ min: 1, max: 40 })], { numRuns: 30 })(
    'a larger box never loses a kit a smaller one held: the layout moves half the extra width across and the extra height up',
    (s, items, extra) => {
      const w = Math.round(s.reference.exteriorMm.w)
      const small = scaleBag(s, w).container
      const answer = fit({ container: small, items, options: { timeLimitMs: 300 } })
      if (answer.status !== 'fits') return
      const large = scaleBag(s, w + extra).container
      const dx = (large.size[0] - small.size[0]) / 2
      const dz = large.size[2] - small.size[2]
      // Moved exactly (to the micrometre, as the bag layer's sizes are), so faces that touched still touch.
      const moved = shiftLayout(answer.placements, [dx, 0, dz])
      expect(checkPacking({ container: large, items }, moved).problems).toEqual([])
    },
  )

  test.prop([boxSilhouette, kit], { numRuns: 12 })(
    'for a box, the smallest width found fits with a checked layout, 1 mm less does not, and the answer is exact',
    (s, items) => {
      let result
      try {
        result = designScale({ silhouette: s, items, options: { widthTimeLimitMs: 300, maxWidthMm: 300 } })
      } catch (error) {
        // A kit too large for every width of the range is a legitimate refusal.
        if (error instanceof MicropurseError && error.code === 'NO_SIZE_IN_RANGE') return
        throw error
      }
      if (result.status === 'unknown') return
      expect(result.certainty.monotone).toBe('proven')
      expect(result.breaks).toEqual([])
      expectCheckedLayout(s, result.smallest!, items)
      if (result.status === 'found') {
        expect(result.largestNotFitting!.widthMm).toBe(result.smallest!.widthMm - 1)
        expect(statusAt(s, result.smallest!.widthMm - 1, items, 2000)).not.toBe('fits')
      }
      if (result.unknownWidthsMm.length === 0) {
        expect(result.certainty.smallestIsExact).toBe(true)
        expect(result.certainty.largestIsExact).toBe(true)
      }
    },
  )
})
