import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { CLOSURE_NAMES, SHAPE_NAMES } from '../../src/bag/index.js'
import { HARDWARE_KINDS, defineSilhouette, hasRoom, scaleBag } from '../../src/design/index.js'
import type { Silhouette } from '../../src/design/index.js'

// Lengths in tenths of a millimetre, as shops give them.
const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10)
const silhouette: fc.Arbitrary<Silhouette> = fc
  .record({
    exteriorMm: fc.record({ w: tenths(60, 300), h: tenths(40, 300), d: tenths(20, 200) }),
    shape: fc.constantFrom(...SHAPE_NAMES),
    closure: fc.constantFrom(...CLOSURE_NAMES),
    material: fc.record({ wallMm: tenths(0.2, 3), stiffenerMm: tenths(0, 2), liningMm: tenths(0, 1) }),
    hardware: fc.subarray([...HARDWARE_KINDS]),
  })
  .map(({ hardware, material, ...reference }) => defineSilhouette({ id: 'p', reference, material, hardware }))

const widths = fc.tuple(fc.integer({ min: 15, max: 400 }), fc.integer({ min: 1, max: 60 }))

describe('scaleBag (properties)', () => {
  test.prop([silhouette, widths], { numRuns: 40 })(
    'a wider bag has an interior box and an opening at least as large on every side (the box bound relies on it)',
    (s, [w, step]) => {
      if (!hasRoom(s, w)) return
      const small = scaleBag(s, w).container
      const large = scaleBag(s, w + step).container
      for (let k = 0; k < 3; k++) expect(large.size[k]).toBeGreaterThanOrEqual(small.size[k]!)
      const [a, b] = [...small.opening!].sort((p, q) => p - q)
      const [c, d] = [...large.opening!].sort((p, q) => p - q)
      expect(c).toBeGreaterThanOrEqual(a!)
      expect(d).toBeGreaterThanOrEqual(b!)
    },
  )

  test.prop([silhouette, widths], { numRuns: 40 })(
    'once a width has room, every wider one has room too',
    (s, [w, step]) => {
      if (hasRoom(s, w)) expect(hasRoom(s, w + step)).toBe(true)
    },
  )

  test.prop([silhouette, widths], { numRuns: 40 })(
    'the walls take a smaller share of a wider bag, and the shares add up to the whole exterior',
    (s, [w, step]) => {
      if (!hasRoom(s, w)) return
      const small = scaleBag(s, w).volumes
      const large = scaleBag(s, w + step).volumes
      expect(large.materialsShare).toBeLessThanOrEqual(small.materialsShare + 1e-3)
      for (const v of [small, large]) {
        expect(v.usableShare + v.materialsShare + v.approximationShare + v.hardwareShare).toBeCloseTo(1, 3)
        expect(v.usableShare).toBeGreaterThanOrEqual(0)
      }
    },
  )

  test.prop([silhouette, fc.integer({ min: 15, max: 400 })], { numRuns: 40 })(
    'hardware keeps its size at every width and stays inside the interior',
    (s, w) => {
      if (!hasRoom(s, w)) return
      const bag = scaleBag(s, w)
      bag.container.blocked!.forEach((b, i) => {
        for (let k = 0; k < 3; k++) {
          expect(b.at[k]).toBeGreaterThanOrEqual(0)
          expect(b.at[k]! + b.size[k]!).toBeLessThanOrEqual(bag.container.size[k]! + 1e-9)
        }
        const kind = bag.blockedKinds[i]!
        const part = s.hardware.find((p) => p.kind === kind)
        if (part) {
          expect(b.size[0]).toBeLessThanOrEqual(part.widthMm + 1e-9)
          expect(b.size[1]).toBeLessThanOrEqual(part.depthMm + 1e-9)
          expect(b.size[2]).toBeLessThanOrEqual(part.heightMm + 1e-9)
        }
      })
    },
  )
})
