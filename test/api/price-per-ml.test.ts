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

  test('GET /api/bags gives every bag with a price in dollars its price per ml in US dollars, one currency for all', async ({ skip }) => {
    if (!t) return skip()
    const response = await send(t.app, 'GET', '/api/bags?limit=500')
    expect(response.statusCode, response.body).toBe(200)
    const bags = (response.json<{ results: ListedBag[] }>()).results
    // The dollar price: the catalog's conversion, or the price itself when quoted in dollars; none otherwise.
    const dollars = (bag: ListedBag) => bag.priceConverted?.amount ?? (bag.price?.currency === 'USD' ? bag.price.amount : null)
    for (const bag of bags) {
      if (dollars(bag) === null) {
        expect(bag.pricePerMl).toBeNull()
        continue
      }
      if (bag.pricePerMl === null) continue // no interior derived (a side or the shape missing)
      expect(bag.pricePerMl.currency).toBe('USD')
      expect(bag.pricePerMl.priceUsd).toBe(dollars(bag))
      expect(bag.pricePerMl.amount).toBeCloseTo(bag.pricePerMl.priceUsd / bag.pricePerMl.volumeMl, 2)
    }
    // Bags priced only in another currency carry no per-ml figure: nothing is compared across currencies.
    const priced = bags.filter((b) => b.pricePerMl !== null)
    expect(priced.length).toBeGreaterThan(0)
    if (!bags.some((b) => b.priceConverted)) return skip('the catalog has no conversions to US dollars yet (Bag.priceConverted)')
    expect(priced.some((b) => b.price!.currency !== 'USD')).toBe(true)
    // The bag's own page says the same.
    const one = priced.find((b) => b.price!.currency !== 'USD')!
    const page = (await send(t.app, 'GET', `/api/bags/${one.id}`)).json<{ room: { pricePerMl: ListedBag['pricePerMl'] } }>()
    expect(page.room.pricePerMl).toEqual(one.pricePerMl)
  })
})
