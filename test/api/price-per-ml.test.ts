import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DIALECTS, buildTestApp, send } from './helper.js'
import type { TestApp } from './helper.js'

interface ListedBag {
  id: string
  price: { amount: number; currency: string } | null
  priceConverted?: { amount: number; currency: 'USD' } | null
  pricePerMl: { amount: number; currency: string; priceUsd: number; volumeMl: number } | null
}

describe.each(DIALECTS)('price per ml in listings on %s', (dialect) => {
  let t: TestApp | undefined
  beforeAll(async () => {
    t = await buildTestApp(dialect)
  })
  afterAll(async () => {
    await t?.close()
  })

  test('GET /api/bags gives every bag with a dollar price its price per ml in US dollars, one currency for all', async ({ skip }) => {
    if (!t) return skip()
    const response = await send(t.app, 'GET', '/api/bags?limit=500')
    expect(response.statusCode, response.body).toBe(200)
    const bags = (response.json() as { results: ListedBag[] }).results
    for (const bag of bags) {
      if (bag.pricePerMl === null) continue
      expect(bag.pricePerMl.currency).toBe('USD')
      expect(bag.pricePerMl.priceUsd).toBe(bag.priceConverted!.amount)
      expect(bag.pricePerMl.amount).toBeCloseTo(bag.pricePerMl.priceUsd / bag.pricePerMl.volumeMl, 2)
    }
    // Bags priced in another currency carry no per-ml figure unless converted: nothing is compared across currencies.
    for (const bag of bags) if (!bag.priceConverted) expect(bag.pricePerMl).toBeNull()
    // Until the catalog records prices in US dollars (Bag.priceConverted), there is nothing more to compare.
    if (!bags.some((b) => b.priceConverted)) return skip('the catalog has no prices in US dollars yet (Bag.priceConverted)')
    expect(bags.filter((b) => b.pricePerMl !== null).length).toBeGreaterThan(0)
    // The bag's own page says the same.
    const one = bags.find((b) => b.pricePerMl !== null)!
    const page = (await send(t.app, 'GET', `/api/bags/${one.id}`)).json() as { room: { pricePerMl: ListedBag['pricePerMl'] } }
    expect(page.room.pricePerMl).toEqual(one.pricePerMl)
  })
})
