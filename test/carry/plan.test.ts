import { describe, expect, test } from 'vitest'
import {
  bagContainer,
  bestSubset,
  phoneCaseContainers,
  planCarry,
  pocketContainer,
  pouchContainer,
  toteContainer,
} from '../../src/carry/index.js'
import type { CarryItem, CarryProblem } from '../../src/carry/index.js'
import { MicropurseError } from '../../src/errors.js'
import { expectValidPlan } from './assert-plan.js'

// Sizes from the seed catalog (data/seed/items.json), as [w, d, h] in mm.
const phone: CarryItem = { id: 'apple-iphone-15', size: [71.6, 7.8, 147.6], category: 'phone' }
const miniPhone: CarryItem = { id: 'apple-iphone-13-mini', size: [64.2, 7.65, 131.5], category: 'phone' }
const card: CarryItem = { id: 'card', size: [85.6, 0.76, 53.98], category: 'card' }
const lipstick: CarryItem = { id: 'lipstick', size: [22, 22, 75], category: 'cosmetics' }
const key: CarryItem = { id: 'house-key', size: [24, 2.5, 58], category: 'keys' }
const airpods: CarryItem = { id: 'airpods', size: [60.6, 21.7, 45.2], category: 'audio' }
const compact: CarryItem = { id: 'powder-compact', size: [70, 14, 70], category: 'cosmetics' }

function plan(problem: CarryProblem) {
  const result = planCarry(problem)
  expectValidPlan(problem, result)
  return result
}

describe('planCarry', () => {
  test('carries everything in one tote when it fits, using one piece', () => {
    const problem = { items: [phone, { ...card, count: 2 }, lipstick, { ...key, count: 2 }], containers: [pocketContainer('womens-jeans-front'), toteContainer()] }
    const result = plan(problem)
    expect(result.status).toBe('all-carried')
    expect(result.exact).toBe(true)
    expect(result.pieces).toEqual(['tote'])
  })

  test("puts a phone that is too wide for a women's front pocket elsewhere, and a small phone in the pocket", () => {
    const pocket = pocketContainer('womens-jeans-front')
    const wide = plan({ items: [phone], containers: [pocket] })
    expect(wide.status).toBe('some-left')
    expect(wide.leftBehind[0]!.reason).toMatch(/Too large for every container/)
    const small = plan({ items: [miniPhone], containers: [pocket] })
    expect(small.status).toBe('all-carried')
    // A men's front pocket takes the wider phone.
    expect(plan({ items: [phone], containers: [pocketContainer('mens-jeans-front')] }).status).toBe('all-carried')
  })

  test('card slots hold cards and nothing else; the sleeve holds the phone', () => {
    const problem = { items: [phone, { ...card, count: 3 }, key], containers: phoneCaseContainers(3) }
    const result = plan(problem)
    expect(result.pieces).toEqual(['phone-case'])
    const slots = result.containers.filter((c) => c.kind === 'card-slot')
    expect(slots.map((s) => s.contents)).toEqual([[{ id: 'card', count: 1 }], [{ id: 'card', count: 1 }], [{ id: 'card', count: 1 }]])
    expect(result.leftBehind).toEqual([expect.objectContaining({ id: 'house-key', count: 1 })])
    expect(result.leftBehind[0]!.reason).toMatch(/No container takes keys/)
  })

  test('leaves out the lowest priority first when not everything fits one bag', () => {
    // 80 × 40 × 60 mm: the lipstick and the airpods cannot share it.
    const bag = bagContainer('small', { size: [80, 40, 60] })
    const result = bestSubset(bag, [lipstick, airpods])
    expect(result.exact).toBe(true)
    expect(result.containers[0]!.contents).toEqual([{ id: 'lipstick', count: 1 }])
    expect(result.leftBehind).toEqual([expect.objectContaining({ id: 'airpods', priority: 3 })])
    expect(result.leftBehind[0]!.reason).toMatch(/No room left \(priority 3\)/)
    // Raising the airpods' priority above the lipstick's swaps them.
    const swapped = bestSubset(bag, [lipstick, { ...airpods, priority: 6 }])
    expect(swapped.containers[0]!.contents).toEqual([{ id: 'airpods', count: 1 }])
  })

  test('a must-have outranks any amount of priority', () => {
    const bag = bagContainer('small', { size: [80, 40, 60] })
    const result = bestSubset(bag, [{ ...lipstick, priority: 1000 }, { ...airpods, mustHave: true }])
    expect(result.status).toBe('some-left')
    expect(result.containers[0]!.contents).toEqual([{ id: 'airpods', count: 1 }])
    expect(result.mustHaves).toEqual({ carried: 1, total: 1 })
  })

  test('among must-haves that cannot all go, priority decides which (found by the brute-force property)', () => {
    // Three 4 × 7 × 7 boxes, two fit the 10 mm cube: the two copies of priority 2 beat the one of priority 1.
    const result = plan({
      items: [
        { id: 'item0', size: [4, 7, 7], category: 'card', priority: 1, mustHave: true },
        { id: 'item1', size: [7, 4, 7], count: 2, category: 'card', priority: 2, mustHave: true },
        { id: 'item2', size: [4, 4, 4], category: 'card', priority: 1 },
      ],
      containers: [bagContainer('c0', { size: [10, 10, 10] })],
    })
    expect(result.mustHaves).toEqual({ carried: 2, total: 3 })
    expect(result.carriedPriority).toBe(4)
  })

  test('proves when a must-have cannot be carried, and says why', () => {
    const bag = bagContainer('chiquito', { size: [45, 9, 30] })
    const tooLarge = plan({ items: [{ ...phone, mustHave: true }, lipstick], containers: [bag] })
    expect(tooLarge.status).toBe('must-have-left')
    expect(tooLarge.mustHaveProof).toMatch(/apple-iphone-15: Too large for every container/)
    // Two must-haves that each fit alone but not together: the proof is the exhausted search.
    const pair = plan({ items: [{ ...lipstick, mustHave: true }, { ...airpods, mustHave: true }], containers: [bagContainer('small', { size: [80, 40, 60] })] })
    expect(pair.status).toBe('must-have-left')
    expect(pair.exact).toBe(true)
    expect(pair.mustHaves).toEqual({ carried: 1, total: 2 })
    expect(pair.mustHaveProof).toMatch(/tried every assignment/)
  })

  test('a pouch left empty stays home: fewest pieces when the host takes everything', () => {
    const tote = toteContainer({ exteriorMm: { w: 160, h: 140, d: 40 } })
    const problem = { items: [{ ...lipstick, count: 2 }, key, card], containers: [pouchContainer({ inside: 'tote' }), tote] }
    const result = plan(problem)
    expect(result.status).toBe('all-carried')
    expect(result.pieces).toEqual(['tote'])
    expect(result.containers.map((c) => c.id)).toEqual(['tote'])
  })

  test('uses the pouch inside a host when only the pouch takes an item', () => {
    const tote = bagContainer('tote', { size: [200, 60, 150] })
    const pouch = { ...pouchContainer({ inside: 'tote' }), accepts: ['cosmetics' as const] }
    // The tote takes keys only, so the lipstick can only travel in the pouch, and the pouch in the tote.
    const problem = { items: [lipstick, key], containers: [{ ...tote, accepts: ['keys' as const] }, pouch] }
    const result = plan(problem)
    expect(result.status).toBe('all-carried')
    const inPouch = result.containers.find((c) => c.id === 'pouch')!
    expect(inPouch.contents).toEqual([{ id: 'lipstick', count: 1 }])
    expect(result.containers.find((c) => c.id === 'tote')!.contents).toEqual([
      { id: 'house-key', count: 1 },
      { id: 'pouch', count: 1 },
    ])
    // The pouch travels inside the tote: one piece to carry, and the plan says why the pouch is used.
    expect(result.pieces).toEqual(['tote'])
    expect(inPouch.why).toMatch(/^Inside tote: holds the lipstick, which tote does not take \(it takes keys only\)\.$/)
  })

  test('several micro bags worn at once share the things as one system', () => {
    const micro = bagContainer('micro', { size: [75, 30, 80] })
    // The compact and the lipstick cannot share one: two bags carry all.
    const problem = { items: [lipstick, compact, { ...key, count: 2 }], containers: [micro, { ...micro, id: 'micro#2' }] }
    const result = plan(problem)
    expect(result.status).toBe('all-carried')
    expect(result.pieces).toHaveLength(2)
  })

  test('beyond 15 copies it answers near the time limit with a valid plan and a bound on the best', () => {
    const items: CarryItem[] = [
      { ...phone, mustHave: true },
      { ...card, count: 6 },
      { ...lipstick, count: 3 },
      { ...key, count: 4 },
      { id: 'coin', size: [24.26, 24.26, 1.75], category: 'cash', count: 10 },
      { id: 'mints', size: [60, 20, 95], category: 'food', count: 2 },
      airpods,
      { ...compact, count: 2 },
    ]
    const containers = [bagContainer('micro', { size: [114.2, 44.2, 84.2] }), pocketContainer('womens-jeans-front'), ...phoneCaseContainers(2)]
    const started = performance.now()
    const result = plan({ items, containers, options: { timeLimitMs: 1000 } })
    // Generous slack: the machine is shared; the limit is what the search aims at.
    expect(performance.now() - started).toBeLessThan(2500)
    expect(result.mustHaves).toEqual({ carried: 1, total: 1 })
    expect(result.priorityBound).toBeGreaterThanOrEqual(result.carriedPriority)
    expect(result.priorityBound).toBeLessThanOrEqual(result.totalPriority)
  })

  test('an unknown host and duplicate ids are caller mistakes', () => {
    const bag = bagContainer('bag', { size: [100, 50, 80] })
    expect(() => planCarry({ items: [lipstick], containers: [bag, pouchContainer({ inside: 'tote' })] })).toThrow(
      /Container "pouch" sits inside "tote", which is not one of the containers: bag, pouch/,
    )
    expect(() => planCarry({ items: [lipstick, lipstick], containers: [bag] })).toThrow(/"lipstick" is used twice/)
    expect(() => planCarry({ items: [{ ...lipstick, priority: -1 }], containers: [bag] })).toThrow(/priority must be a number above 0/)
    expect(() => planCarry({ items: [lipstick], containers: [] })).toThrow(MicropurseError)
    expect(() => planCarry({ items: [{ ...lipstick, size: [22, 22] as never }], containers: [bag] })).toThrow(/items\[0\]\.size must be \[w, d, h\]/)
  })
})
