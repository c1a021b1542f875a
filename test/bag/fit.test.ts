import { describe, expect, it } from 'vitest'
import { bagInterior } from '../../src/bag/index.js'
import type { BagSpec } from '../../src/bag/index.js'
import { loadSeed } from '../../src/catalog/index.js'
import type { Bag, Item } from '../../src/catalog/index.js'
import { fit } from '../../src/pack/index.js'
import type { FitItem, FitProblem, Vec3 } from '../../src/pack/types.js'
import { expectValidAnswer } from '../support/assert-answer.js'
import { canPlace } from './free-space.js'

const seed = loadSeed()
const bags: Bag[] = seed.bags.map((row) => row.value)
const items: Item[] = seed.items.map((row) => row.value)

function seedBag(id: string): BagSpec {
  const bag = bags.find((b) => b.id === id)
  if (!bag) throw new Error(`no bag ${id} in the seed`)
  const { w, h, d } = bag.exteriorMm
  if (w === null || h === null || d === null) throw new Error(`bag ${id} has a missing side`)
  return { exteriorMm: { w, h, d }, shape: bag.shape ?? 'box', ...(bag.closure ? { closure: bag.closure } : {}) }
}

function seedItem(id: string): FitItem {
  const item = items.find((i) => i.id === id)
  if (!item) throw new Error(`no item ${id} in the seed`)
  const { w, h, d } = item.dimsMm
  return { id, size: [w!, d!, h!] }
}

/** Fits the items in the bag and checks the answer keeps the engine's contract. */
function fitIn(bag: BagSpec, items: FitItem[]): string {
  const problem: FitProblem = { container: bagInterior(bag).container, items, options: { timeLimitMs: 2000 } }
  const answer = fit(problem)
  expectValidAnswer(problem, answer)
  return answer.status
}

const roundBag: BagSpec = { exteriorMm: { w: 150, h: 150, d: 40 }, shape: 'round' }

describe('a round bag 150 mm across', () => {
  // iPhone SE (3rd generation): 138.4 × 67.3 × 7.3 mm, a 153.9 mm diagonal, wider than the bag itself.
  const se3: Vec3 = [138.4, 67.3, 7.3]
  // iPhone SE (1st generation): 123.8 × 58.6 × 7.6 mm, a 137.0 mm diagonal, 95% of the 144.2 mm inside.
  const se1: Vec3 = [123.8, 58.6, 7.6]

  it('has no room for a phone with a 154 mm diagonal, whatever the material', () => {
    for (const material of ['structured-leather', 'fabric', { wallMm: 0, stiffenerMm: 0, liningMm: 0 }] as const) {
      expect(canPlace(bagInterior({ ...roundBag, material }).container, se3)).toBe(false)
    }
  })

  it('has room for a phone with a 137 mm diagonal', () => {
    expect(canPlace(bagInterior(roundBag).container, se1)).toBe(true)
  })

  it('is answered by fit: the 154 mm phone does not fit, the 137 mm phone fits', () => {
    expect(fitIn(roundBag, [{ id: 'iphone-se-3', size: se3 }])).toBe('does-not-fit')
    expect(fitIn(roundBag, [{ id: 'iphone-se-1', size: se1 }])).toBe('fits')
  })
})

describe('checks from the sourced data (issue 3)', () => {
  it('the Jacquemus Le Petit Chiquito takes no bank card', () => {
    expect(fitIn(seedBag('jacquemus-le-petit-chiquito'), [seedItem('iso-7810-id1-card')])).toBe('does-not-fit')
  })

  it('the Coach Tabby 20 takes an iPhone 15 Pro Max', () => {
    expect(fitIn(seedBag('coach-tabby-20'), [seedItem('apple-iphone-15-pro-max')])).toBe('fits')
  })

  it('the Micro Lady Dior takes no slab phone in the catalog', () => {
    const slabs = items.filter((i) => i.category === 'phone' && !i.id.includes('flip'))
    expect(slabs.length).toBeGreaterThan(10)
    for (const phone of slabs) expect(fitIn(seedBag('dior-lady-dior-micro'), [seedItem(phone.id)])).toBe('does-not-fit')
  })

  it('the Dior Baby Ball takes no iPhone SE of the current (3rd) generation', () => {
    expect(fitIn(seedBag('dior-baby-ball'), [seedItem('apple-iphone-se-3rd-gen')])).toBe('does-not-fit')
  })
})
