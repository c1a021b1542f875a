import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { CLOSURE_NAMES, DEFAULT_CORNER_SHARE, DEFAULT_TAPER_SHARE, SHAPE_NAMES, bagInterior } from '../../src/bag/index.js'
import type { BagInterior, BagSpec, MaterialStack } from '../../src/bag/index.js'
import { MicropurseError } from '../../src/errors.js'
import type { Vec3 } from '../../src/pack/types.js'
import { canPlace, isFree, mulberry } from './free-space.js'

// Lengths in tenths of a millimetre, as shops and makers give them.
const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10)
const stack = fc.record({ wallMm: tenths(0, 3), stiffenerMm: tenths(0, 2), liningMm: tenths(0, 1) })
const bagSpec = fc.record({
  exteriorMm: fc.record({ w: tenths(30, 300), h: tenths(30, 300), d: tenths(20, 200) }),
  shape: fc.constantFrom(...SHAPE_NAMES),
  closure: fc.constantFrom(...CLOSURE_NAMES),
  material: stack,
}) as fc.Arbitrary<BagSpec & { material: MaterialStack }>

/** The interior, or undefined when the bag leaves no room (a legitimate `INVALID_BAG`). */
function interiorOrNone(spec: BagSpec): BagInterior | undefined {
  try {
    return bagInterior(spec)
  } catch (error) {
    if (error instanceof MicropurseError && error.code === 'INVALID_BAG') return undefined
    throw error
  }
}

describe('bagInterior (properties)', () => {
  test.prop([bagSpec], { numRuns: 60 })('a derived interior, its opening and every blocked box stay inside the exterior', (spec) => {
    const bag = interiorOrNone(spec)
    if (!bag) return
    const { size, blocked, opening } = bag.container
    const ext: Vec3 = [spec.exteriorMm.w, spec.exteriorMm.d, spec.exteriorMm.h]
    for (let k = 0; k < 3; k++) {
      expect(size[k]).toBeGreaterThan(0)
      expect(bag.originMm[k]! + size[k]!).toBeLessThanOrEqual(ext[k]! + 1e-9)
    }
    for (const b of blocked ?? []) {
      for (let k = 0; k < 3; k++) {
        expect(b.at[k]).toBeGreaterThanOrEqual(0)
        expect(b.size[k]).toBeGreaterThan(0)
        expect(b.at[k]! + b.size[k]!).toBeLessThanOrEqual(size[k]! + 1e-9)
      }
    }
    expect(opening![0]).toBeLessThanOrEqual(size[0])
    expect(opening![1]).toBeLessThanOrEqual(size[1])
    expect(bag.volumeMl).toBeLessThanOrEqual((ext[0] * ext[1] * ext[2]) / 1000)
  })

  test.prop([bagSpec, stack], { numRuns: 60 })('a thicker material never gives more room: volume, every side and the opening', (spec, extra) => {
    const thicker: BagSpec = {
      ...spec,
      material: {
        wallMm: spec.material.wallMm + extra.wallMm,
        stiffenerMm: spec.material.stiffenerMm + extra.stiffenerMm,
        liningMm: spec.material.liningMm + extra.liningMm,
      },
    }
    const thin = interiorOrNone(spec)
    const thick = interiorOrNone(thicker)
    if (!thick) return
    expect(thin).toBeDefined()
    for (let k = 0; k < 3; k++) expect(thick.container.size[k]).toBeLessThanOrEqual(thin!.container.size[k]!)
    expect(thick.volumeMl).toBeLessThanOrEqual(thin!.volumeMl)
    expect(thick.container.opening![0]).toBeLessThanOrEqual(thin!.container.opening![0])
    expect(thick.container.opening![1]).toBeLessThanOrEqual(thin!.container.opening![1])
  })

  test.prop([bagSpec, fc.integer()], { numRuns: 40 })('every free point lies inside the outline, at least a wall away from it', (spec, seed) => {
    const bag = interiorOrNone(spec)
    if (!bag) return
    const wall = bag.allowancesMm.side
    const random = mulberry(seed)
    for (let n = 0; n < 150; n++) {
      const p = bag.container.size.map((s) => s * random()) as Vec3
      if (!isFree(bag.container, p)) continue
      const q = p.map((v, k) => v + bag.originMm[k]!) as Vec3
      expect(clearance(spec, q)).toBeGreaterThanOrEqual(wall - 0.02)
    }
  })

  test.prop([tenths(40, 260), tenths(20, 80), fc.integer({ min: 1, max: 89 })], { numRuns: 60 })(
    'a round bag takes any flat item whose diagonal is at most 94% of the inner diameter, and none longer than it',
    (diameter, depth, angle) => {
      const bag = interiorOrNone({ exteriorMm: { w: diameter, h: diameter, d: depth }, shape: 'round' })
      if (!bag) return
      const inner = diameter - 2 * bag.allowancesMm.side
      const thickness = Math.min(1, bag.container.size[1])
      const [c, s] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)]
      expect(canPlace(bag.container, [0.94 * inner * c, thickness, 0.94 * inner * s])).toBe(true)
      // Flat in the front plane with a diagonal longer than the inner diameter: nowhere to go.
      const long = 1.001 * inner
      expect(canPlace(bag.container, [long * c, thickness, long * s], false)).toBe(false)
    },
  )
})

/**
 * How far a point (bag coordinates, mm) lies inside the exterior outline of its cross-section: the distance to the
 * nearest point of the outline, computed here independently of src/bag (ellipses by dense sampling).
 */
function clearance(spec: BagSpec, [x, y, z]: Vec3): number {
  const { w: W, h: H, d: D } = spec.exteriorMm
  switch (spec.shape) {
    case 'round':
      return ellipseClearance(x - W / 2, z - H / 2, W / 2, H / 2)
    case 'half-moon':
      return ellipseClearance(x - W / 2, z - H, W / 2, H)
    case 'barrel':
      return ellipseClearance(y - D / 2, z - H / 2, D / 2, H / 2)
    case 'bucket':
      return ellipseClearance(x - W / 2, y - D / 2, W / 2, D / 2)
    case 'trapezoid': {
      const s = spec.taperMm ?? DEFAULT_TAPER_SHARE * H
      const L = Math.hypot(H, s)
      return Math.min((H * x - s * z) / L, (H * (W - x) - s * z) / L)
    }
    case 'minaudiere': {
      const r = spec.cornerRadiusMm ?? DEFAULT_CORNER_SHARE * Math.min(W, H)
      const cx = Math.min(Math.max(x, r), W - r)
      const cz = Math.min(Math.max(z, r), H - r)
      const inCorner = cx !== x && cz !== z
      return inCorner ? r - Math.hypot(x - cx, z - cz) : Math.min(x, W - x, z, H - z)
    }
    default:
      return Math.min(x, W - x, y, D - y)
  }
}

/** Distance from (u, v) to the ellipse u²/a² + v²/b² = 1, negative outside. */
function ellipseClearance(u: number, v: number, a: number, b: number): number {
  const inside = (u * u) / (a * a) + (v * v) / (b * b) <= 1
  let best = Infinity
  for (let i = 0; i < 4096; i++) {
    const t = (2 * Math.PI * i) / 4096
    best = Math.min(best, Math.hypot(u - a * Math.cos(t), v - b * Math.sin(t)))
  }
  return inside ? best : -best
}
