import { describe, expect, it } from 'vitest'
import { ZIP_END_MM, bagInterior, freeVolumeMm3, pricePerMl } from '../../src/bag/index.js'
import type { BagSpec } from '../../src/bag/index.js'
import { MicropurseError } from '../../src/errors.js'
import type { Vec3 } from '../../src/pack/types.js'
import { canPlace, isFree } from './free-space.js'

const tabby20: BagSpec = { exteriorMm: { w: 196.9, h: 108, d: 69.9 }, shape: 'box', closure: 'flap' }

/** The point at shares (0..1) of the container along each axis. */
function at(size: Vec3, fx: number, fy: number, fz: number): Vec3 {
  return [size[0] * fx, size[1] * fy, size[2] * fz]
}

function errorOf(run: () => unknown): MicropurseError {
  try {
    run()
  } catch (error) {
    if (error instanceof MicropurseError) return error
    throw error
  }
  throw new Error('expected a MicropurseError')
}

describe('bagInterior: straight-sided shapes', () => {
  it('takes a 2.9 mm structured-leather wall off every side of a box and the flap off its top', () => {
    const bag = bagInterior(tabby20)
    // 196.9 − 2 × 2.9, 69.9 − 2 × 2.9, 108 − 2.9 (base) − 2.9 (flap)
    expect(bag.container.size).toEqual([191.1, 64.1, 102.2])
    expect(bag.container.blocked).toEqual([])
    expect(bag.container.opening).toEqual([191.1, 64.1])
    expect(bag.lostShare).toBe(0)
    expect(bag.volumeMl).toBeCloseTo((191.1 * 64.1 * 102.2) / 1000, 1)
  })

  it('maps shop order (width, height, depth) onto x = width, y = depth, z = height', () => {
    const bag = bagInterior({ exteriorMm: { w: 100, h: 60, d: 30 }, shape: 'box', material: { wallMm: 1, stiffenerMm: 0, liningMm: 0 } })
    expect(bag.container.size).toEqual([98, 28, 58])
  })

  it('gives a pouch soft leather and a zip by default, with the zip ends off the opening', () => {
    const bag = bagInterior({ exteriorMm: { w: 120, h: 80, d: 30 }, shape: 'pouch' })
    expect(bag.material.name).toBe('soft-leather')
    expect(bag.closure).toBe('zip')
    // Soft leather bows out 3 mm when full (BULGE_MM): 30 + 3 − 2 × 1.5 deep.
    expect(bag.container.size).toEqual([117, 30, 77])
    expect(bag.container.opening).toEqual([117 - 2 * ZIP_END_MM, 30])
    expect(bag.explanation.join('\n')).toMatch(/soft leather gives: 3 mm more depth when the bag is full/)
  })

  it('gives a tote an open top that takes no height', () => {
    const bag = bagInterior({ exteriorMm: { w: 70, h: 100, d: 35 }, shape: 'tote' })
    expect(bag.closure).toBe('open-top')
    expect(bag.allowancesMm.top).toBe(0)
    expect(bag.container.size[2]).toBe(98.5)
  })
})

describe('bagInterior: curved and slanted outlines', () => {
  it('narrows a trapezoid towards the top: wider than its mouth at the base, blocked at the top corners', () => {
    const bag = bagInterior({ exteriorMm: { w: 100, h: 100, d: 30 }, shape: 'trapezoid', taperMm: 10 })
    const { size, opening } = bag.container
    expect(canPlace(bag.container, [opening![0] + 5, 5, 5])).toBe(true)
    expect(isFree(bag.container, at(size, 0.01, 0.5, 0.98))).toBe(false)
    expect(isFree(bag.container, at(size, 0.99, 0.5, 0.98))).toBe(false)
    // The mouth is the width at the top: 100 − 2 × (2.9 × √(100² + 10²) / 100 + 10 × 97.1 / 100) = 74.75 mm.
    expect(opening![0]).toBe(74.7)
    expect(bag.explanation.join('\n')).toContain('leaning in 10 mm')
  })

  it('blocks the lower corners of a half-moon and keeps its flat top free', () => {
    const bag = bagInterior({ exteriorMm: { w: 200, h: 150, d: 50 }, shape: 'half-moon' })
    const { size, opening } = bag.container
    expect(isFree(bag.container, at(size, 0.02, 0.5, 0.02))).toBe(false)
    expect(isFree(bag.container, at(size, 0.98, 0.5, 0.02))).toBe(false)
    expect(isFree(bag.container, at(size, 0.5, 0.5, 0.02))).toBe(true)
    expect(isFree(bag.container, at(size, 0.05, 0.5, 0.99))).toBe(true)
    expect(opening![0]).toBeGreaterThan(size[0] - 3)
  })

  it('blocks all four corners of a round bag and keeps its centre free', () => {
    const bag = bagInterior({ exteriorMm: { w: 150, h: 150, d: 40 }, shape: 'round' })
    const c = bag.container
    for (const [fx, fz] of [
      [0.05, 0.05],
      [0.95, 0.05],
      [0.05, 0.95],
      [0.95, 0.95],
    ]) {
      expect(isFree(c, at(c.size, fx!, 0.5, fz!))).toBe(false)
    }
    expect(isFree(c, at(c.size, 0.5, 0.5, 0.5))).toBe(true)
    expect(isFree(c, at(c.size, 0.02, 0.5, 0.5))).toBe(true)
    expect(bag.steps).toBeGreaterThan(10)
  })

  it('lays a barrel along its width: the ends are free, the side view is round', () => {
    const bag = bagInterior({ exteriorMm: { w: 249.9, h: 190.5, d: 152.4 }, shape: 'barrel' })
    const c = bag.container
    expect(isFree(c, at(c.size, 0.01, 0.5, 0.5))).toBe(true)
    expect(isFree(c, at(c.size, 0.99, 0.5, 0.5))).toBe(true)
    expect(isFree(c, at(c.size, 0.5, 0.03, 0.03))).toBe(false)
    expect(isFree(c, at(c.size, 0.5, 0.97, 0.97))).toBe(false)
  })

  it('stands a bucket upright: its top-view corners are blocked at every height and its mouth is the inscribed rectangle', () => {
    const bag = bagInterior({ exteriorMm: { w: 160, h: 130, d: 100 }, shape: 'bucket' })
    const c = bag.container
    for (const fz of [0.01, 0.5, 0.99]) {
      expect(isFree(c, at(c.size, 0.02, 0.02, fz))).toBe(false)
      expect(isFree(c, at(c.size, 0.5, 0.5, fz))).toBe(true)
    }
    expect(c.opening![0]).toBeLessThanOrEqual(c.size[0] / Math.SQRT2)
    expect(c.opening![0]).toBeGreaterThan(c.size[0] / Math.SQRT2 - 2)
    expect(bag.closure).toBe('drawstring')
  })

  it('rounds the corners of a minaudière and opens it at the frame span', () => {
    const bag = bagInterior({ exteriorMm: { w: 180, h: 100, d: 40 }, shape: 'minaudiere' })
    const c = bag.container
    expect(bag.material.name).toBe('metal-frame')
    expect(isFree(c, at(c.size, 0.005, 0.5, 0.01))).toBe(false)
    expect(isFree(c, at(c.size, 0.005, 0.5, 0.5))).toBe(true)
    expect(c.opening![0]).toBe(144) // 80% of the 180 mm width
  })
})

describe('bagInterior: closures', () => {
  const box = (closure: BagSpec['closure']) => bagInterior({ exteriorMm: { w: 150, h: 100, d: 50 }, shape: 'box', closure })

  it('opens a flap over the whole top and a zip shorter by its two ends', () => {
    expect(box('flap').container.opening![0]).toBe(box('flap').container.size[0])
    expect(box('zip').container.opening![0]).toBeCloseTo(box('zip').container.size[0] - 2 * ZIP_END_MM, 5)
  })

  it('opens a clasp frame across its inner span and takes its bar off the top', () => {
    const bag = box('clasp')
    expect(bag.container.opening![0]).toBe(120)
    expect(bag.allowancesMm.top).toBe(5)
  })

  it('takes the drawstring casing off the top and nothing for an open top', () => {
    expect(box('drawstring').allowancesMm.top).toBe(10)
    expect(box('open-top').allowancesMm.top).toBe(0)
    expect(box('open-top').container.size[2]).toBeGreaterThan(box('drawstring').container.size[2])
  })
})

describe('bagInterior: measured interiors and compartments', () => {
  it('uses a measured interior instead of the walls, and keeps the shape outline', () => {
    const bag = bagInterior({ exteriorMm: { w: 150, h: 150, d: 40 }, interiorMm: { w: 146, h: 146, d: 37 }, shape: 'round' })
    expect(bag.source).toBe('measured')
    expect(bag.container.size).toEqual([146, 37, 146])
    expect(bag.container.blocked!.length).toBeGreaterThan(0)
    expect(bag.explanation.join('\n')).toContain('measured interior 146 × 146 × 37 mm')
  })

  it('splits the depth into compartments separated by blocked dividers', () => {
    const bag = bagInterior({ ...tabby20, compartments: [{ id: 'card-slot', depthMm: 8 }, { id: 'main' }] })
    const [slot, main] = bag.compartments
    expect(slot!.container.size).toEqual([191.1, 8, 102.2])
    // 64.1 − 8 − a 2 mm divider (two 0.5 mm linings around the 1 mm stiffener)
    expect(main!.container.size[1]).toBeCloseTo(54.1, 5)
    expect(bag.container.blocked).toEqual([{ at: [0, 8, 0], size: [191.1, 2, 102.2] }])
    expect(slot!.volumeMl + main!.volumeMl).toBeCloseTo(bag.volumeMl, 0)
    expect(canPlace(bag.container, [85.6, 53.98, 9])).toBe(true)
    expect(canPlace(slot!.container, [85.6, 53.98, 9])).toBe(false)
  })

  it('cuts a round bag\'s outline into each compartment', () => {
    const bag = bagInterior({ exteriorMm: { w: 150, h: 150, d: 40 }, shape: 'round', compartments: [{ id: 'front' }, { id: 'back' }] })
    for (const c of bag.compartments) {
      expect(c.container.blocked!.length).toBeGreaterThan(0)
      expect(isFree(c.container, at(c.container.size, 0.05, 0.5, 0.05))).toBe(false)
    }
  })
})

describe('bagInterior: bags that leave no room', () => {
  it('refuses walls thicker than the bag, naming the side and the thickness', () => {
    const error = errorOf(() => bagInterior({ exteriorMm: { w: 50, h: 40, d: 5 }, shape: 'box' }))
    expect(error.code).toBe('INVALID_BAG')
    expect(error.message).toContain('5 mm depth')
    expect(error.message).toContain('2 × 2.9 mm walls')
  })

  it('refuses a zip whose ends are longer than the mouth', () => {
    const error = errorOf(() => bagInterior({ exteriorMm: { w: 18, h: 40, d: 20 }, shape: 'pouch' }))
    expect(error.code).toBe('INVALID_BAG')
    expect(error.message).toContain('zip leaves no opening')
  })

  it('refuses compartments deeper than the interior', () => {
    const error = errorOf(() => bagInterior({ ...tabby20, compartments: [{ id: 'a', depthMm: 40 }, { id: 'b', depthMm: 40 }] }))
    expect(error.code).toBe('INVALID_BAG')
    expect(error.message).toContain('64.1 mm deep')
  })
})

describe('bagInterior: explanations', () => {
  it('explains every derived number: walls, top, interior, outline, opening and volume', () => {
    const bag = bagInterior({ exteriorMm: { w: 150, h: 150, d: 40 }, shape: 'round' })
    const text = bag.explanation.join('\n')
    expect(text).toContain('walls 2.9 mm each side')
    expect(text).toContain('structured leather 1.4 mm + stiffener 1 mm + lining 0.5 mm')
    expect(text).toContain(`interior ${bag.container.size.join(' × ')} mm`)
    expect(text).toContain(`${bag.steps} steps (${bag.container.blocked!.length} blocked boxes)`)
    expect(text).toContain(`${(bag.lostShare * 100).toFixed(1)}%`)
    expect(text).toContain(`opening ${bag.container.opening!.join(' × ')} mm`)
    expect(text).toContain(`free volume ${bag.volumeMl} ml`)
  })
})

describe('freeVolumeMm3 and pricePerMl', () => {
  it('counts overlapping blocked regions once', () => {
    const volume = freeVolumeMm3({
      size: [10, 10, 10],
      blocked: [
        { at: [0, 0, 0], size: [5, 10, 10] },
        { at: [3, 0, 0], size: [4, 10, 10] },
      ],
    })
    expect(volume).toBeCloseTo(300, 6)
  })

  it('divides a price by the free volume', () => {
    expect(pricePerMl(3500, 150)).toBeCloseTo(23.333, 3)
  })
})
