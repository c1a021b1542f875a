import { describe, expect, test } from 'vitest'
import { GARMENT_POCKETS, planCarry, pocketContainer, pocketSize, POCKET_GIVE, POCKET_NAMES } from '../../src/carry/index.js'
import type { CarryContainer, CarryItem } from '../../src/carry/index.js'
import { checkPacking } from '../../src/pack/index.js'
import type { Vec3 } from '../../src/pack/types.js'

const iphone15: Vec3 = [71.6, 7.8, 147.6] // sourced, data/seed/items.json
const lipstick: Vec3 = [22, 22, 75] // typical, data/seed/typical-items.json
const airpodsPro: Vec3 = [60.6, 21.7, 45.2] // approximate, data/seed/items.json

const carries = (container: CarryContainer, items: CarryItem[]) => planCarry({ items, containers: [container] })

describe('pockets by garment', () => {
  test('every pocket says where its size comes from, and its give is marked as calibration', () => {
    for (const name of POCKET_NAMES) {
      const pocket = pocketSize(name)
      expect(pocket.source).toMatch(/^sourced/)
      expect(pocket.source).toMatch(/calibration/)
      expect(pocket.sizeMm[1]).toBe(pocket.restThicknessMm + pocket.stretchMm)
    }
    for (const garment of Object.values(GARMENT_POCKETS)) expect(garment.source).toMatch(/\.(com|co\.uk)\//)
    for (const give of Object.values(POCKET_GIVE)) expect(give.reasoning).toMatch(/ours/)
  })

  test('a coat pocket is a coat pocket, not a jeans pocket: it takes the largest phone in the catalog', () => {
    const coat = pocketContainer('coat')
    expect(coat.container.size).not.toEqual(pocketContainer('womens-jeans-front').container.size)
    // The Samsung Galaxy S24 Ultra, 79 × 162.3 × 8.6 mm (sourced, data/seed/items.json).
    const plan = carries(coat, [{ id: 'samsung-galaxy-s24-ultra', size: [79, 8.6, 162.3], category: 'phone' }])
    expect(plan.status).toBe('all-carried')
  })

  test('a 22 mm lipstick and an AirPods Pro case fit a women’s jeans front pocket, as they do in real pockets', () => {
    const pocket = pocketContainer('womens-jeans-front')
    expect(carries(pocket, [{ id: 'lipstick', size: lipstick, category: 'cosmetics' }]).status).toBe('all-carried')
    expect(carries(pocket, [{ id: 'airpods', size: airpodsPro, category: 'audio' }]).status).toBe('all-carried')
    // Without the stretch (the pocket at rest, 20 mm) the lipstick would not go in.
    const rest = { ...pocket, container: { size: [pocket.container.size[0], pocketSize('womens-jeans-front').restThicknessMm, pocket.container.size[2]] as Vec3 } }
    expect(carries(rest, [{ id: 'lipstick', size: lipstick, category: 'cosmetics' }]).status).toBe('some-left')
  })

  test('a phone stands out of a jeans back pocket by up to a third of its length, and no more', () => {
    const pocket = pocketContainer('womens-jeans-back') // 120 × 20 × 125 mm
    expect(pocket.overhangShare).toBeCloseTo(1 / 3, 12)
    const plan = carries(pocket, [{ id: 'phone', size: iphone15, category: 'phone' }])
    expect(plan.status).toBe('all-carried')
    expect(plan.containers[0]!.standingOut).toEqual([{ id: 'phone', mm: 22.6, share: 0.15 }])
    expect(checkPacking(plan.containers[0]!.problem, plan.containers[0]!.placements).ok).toBe(true)
    // Two thirds of a thing must be inside: 187 mm stands in the 125 mm pocket, 188 mm does not.
    expect(carries(pocket, [{ id: 'long', size: [60, 8, 187], category: 'other' }]).status).toBe('all-carried')
    const tooLong = carries(pocket, [{ id: 'long', size: [60, 8, 188], category: 'other' }])
    expect(tooLong.status).toBe('some-left')
    expect(tooLong.leftBehind[0]!.reason).toMatch(/up to 33 % of a thing's height may stand out/)
    // A front pocket lets nothing stand out of it.
    expect(carries(pocketContainer('mens-jeans-front'), [{ id: 'long', size: [60, 8, 180], category: 'other' }]).status).toBe('some-left')
  })

  test('what stands out is checked thing by thing: a short thing never floats above the top', () => {
    // A pocket only a phone wide: the flat box must lie under the phone, which then stands out by 42.6 mm (29 %).
    const pocket: CarryContainer = { id: 'slot', kind: 'pocket', container: { size: [72, 8, 125] }, worn: true, overhangShare: 1 / 3 }
    const plan = carries(pocket, [
      { id: 'phone', size: iphone15, category: 'phone', rotate: 'upright' },
      { id: 'tin', size: [70, 7.8, 20], category: 'other', rotate: 'none' },
    ])
    expect(plan.status).toBe('all-carried')
    expect(plan.exact).toBe(true)
    const [cp] = plan.containers
    expect(checkPacking(cp!.problem, cp!.placements).ok).toBe(true)
    expect(cp!.standingOut).toEqual([{ id: 'phone', mm: 42.6, share: 0.29 }])
    // The flat box itself cannot ride on top: with a 60 mm one, the phone would stand out by more than a third.
    const over = carries(pocket, [
      { id: 'phone', size: iphone15, category: 'phone', rotate: 'upright' },
      { id: 'tin', size: [70, 7.8, 60], category: 'other', rotate: 'none' },
    ])
    expect(over.status).toBe('some-left')
  })
})
