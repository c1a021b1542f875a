import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkPacking } from '../../src/pack/index.js'
import type { FitAnswer, FitProblem } from '../../src/pack/types.js'
import { DIALECTS, buildTestApp, expectError, send } from './helper.js'
import type { TestApp } from './helper.js'

const CHIQUITO = 'jacquemus-le-petit-chiquito'
const CARDS: FitProblem = {
  container: { size: [120, 44, 84] },
  items: [{ id: 'card', size: [85.6, 53.98, 0.76], count: 2 }],
}

describe.each(DIALECTS)('routes on %s', (dialect) => {
  let t: TestApp | undefined
  beforeAll(async () => {
    t = await buildTestApp(dialect)
  })
  afterAll(async () => {
    await t?.close()
  })
  const app = () => t!.app
  const auth = () => ({ authorization: `Bearer ${t!.key}` })

  describe('POST /api/fit', () => {
    test('answers a fit problem with a layout the checker accepts', async ({ skip }) => {
      if (!t) return skip()
      const response = await send(app(), 'POST', '/api/fit', CARDS)
      expect(response.statusCode).toBe(200)
      const answer = response.json<FitAnswer>()
      expect(answer.status).toBe('fits')
      expect(checkPacking(CARDS, answer.placements).ok).toBe(true)
    })

    test('fits catalog items and a kit in a catalog bag, returning the derived container', async ({
      skip,
    }) => {
      if (!t) return skip()
      const response = await send(app(), 'POST', '/api/fit', {
        bag: 'coach-tabby-20',
        kit: 'essentials',
        items: [{ id: 'lipstick', count: 1 }],
      })
      expect(response.statusCode, response.body).toBe(200)
      const answer = response.json<
        FitAnswer & {
          container: FitProblem['container']
          bag: { id: string; explanation: string[] }
        }
      >()
      expect(answer.bag.id).toBe('coach-tabby-20')
      expect(answer.bag.explanation.length).toBeGreaterThan(0)
      // The Tabby 20 holds the essentials and a second lipstick with room to spare (17 mm).
      expect(answer.status).toBe('fits')
      const lipsticks = answer.placements.filter((p) => p.id === 'lipstick').length
      expect(lipsticks).toBe(2) // one from the kit, one asked for
    })

    test('says why a lipstick does not fit the Petit Chiquito, with the numbers', async ({ skip }) => {
      if (!t) return skip()
      const answer = (
        await send(app(), 'POST', '/api/fit', { bag: CHIQUITO, items: ['lipstick'] })
      ).json<FitAnswer>()
      expect(answer.status).toBe('does-not-fit')
      expect(answer.reason).toMatch(/75 mm/)
    })

    test('refuses an unknown item id with the closest ids', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(
        await send(app(), 'POST', '/api/fit', { bag: CHIQUITO, items: ['iphone15'] }),
        404,
        'ITEM_NOT_FOUND',
      )
      expect(body.message).toMatch(/apple-iphone-15/)
    })

    test("refuses an opening wider than the container with the engine's message", async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(
        await send(app(), 'POST', '/api/fit', {
          container: { size: [10, 10, 10], opening: [20, 5] },
          items: [],
        }),
        400,
        'OPENING_TOO_LARGE',
      )
      expect(body.message).toMatch(/opening/)
    })

    test('names an unknown field and the fields it expected', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(
        await send(app(), 'POST', '/api/fit', { ...CARDS, colour: 'red' }),
        400,
        'INVALID_INPUT',
      )
      expect(body.message).toBe(
        'body has an unknown field "colour"; expected only container, items, options.',
      )
    })

    test('refuses a time limit above the HTTP cap', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(
        await send(app(), 'POST', '/api/fit', { ...CARDS, options: { timeLimitMs: 60_000 } }),
        400,
        'INVALID_INPUT',
      )
      expect(body.message).toMatch(/body\.options\.timeLimitMs must be at most 5000/)
    })
  })

  describe('GET /api/bags', () => {
    test('lists bags a page at a time, ordered by id, with the total', async ({ skip }) => {
      if (!t) return skip()
      const page = (await send(app(), 'GET', '/api/bags?limit=3&offset=1')).json<{
        total: number
        limit: number
        offset: number
        results: { id: string }[]
      }>()
      expect(page.total).toBeGreaterThan(20)
      expect(page.results.map((b) => b.id)).toEqual([...page.results.map((b) => b.id)].sort())
      expect(page).toMatchObject({ limit: 3, offset: 1 })
      expect(page.results).toHaveLength(3)
    })

    test('searches with q, ignoring case and accents', async ({ skip }) => {
      if (!t) return skip()
      const page = (await send(app(), 'GET', '/api/bags?q=Herm%C3%A8s%20constance')).json<{
        results: { id: string }[]
      }>()
      expect(page.results.map((b) => b.id)).toContain('hermes-constance-micro-14')
      const first = (await send(app(), 'GET', '/api/bags?q=hermes&limit=1')).json<{
        total: number
        results: unknown[]
      }>()
      expect(first.results).toHaveLength(1)
      expect(first.total).toBeGreaterThan(1)
    })

    test('gives one bag with the interior the bag layer derives', async ({ skip }) => {
      if (!t) return skip()
      const body = (await send(app(), 'GET', `/api/bags/${CHIQUITO}`)).json<{
        bag: { exteriorMm: object }
        room: { kind: string; volumeMl: number }
      }>()
      expect(body.bag.exteriorMm).toEqual({ w: 53, h: 43, d: 15 })
      expect(body.room.kind).toBe('derived')
      expect(body.room.volumeMl).toBeGreaterThan(0)
    })

    test('answers 404 naming the closest bags for an unknown id', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(await send(app(), 'GET', '/api/bags/chiquito'), 404, 'BAG_NOT_FOUND')
      expect(body.details?.suggestions).toContain(CHIQUITO)
    })

    test('refuses a page size above the cap', async ({ skip }) => {
      if (!t) return skip()
      expectError(await send(app(), 'GET', '/api/bags?limit=5000'), 400, 'INVALID_INPUT')
    })
  })

  describe('GET /api/bags/:id/what-fits', () => {
    test('judges every item and kit, with a reason for each that does not fit', async ({ skip }) => {
      if (!t) return skip()
      const response = await send(app(), 'GET', `/api/bags/${CHIQUITO}/what-fits?timeLimitMs=50`)
      expect(response.statusCode, response.body).toBe(200)
      const body = response.json<{
        counts: { items: { fit: number; total: number } }
        results: { status: string; reason: string; id: string }[]
      }>()
      expect(body.counts.items.total).toBeGreaterThan(40)
      expect(body.results.find((r) => r.id === 'lipstick')?.status).toBe('does-not-fit')
      for (const r of body.results) if (r.status !== 'fits') expect(r.reason.length).toBeGreaterThan(0)
    })
  })

  describe('GET /api/items and /api/kits', () => {
    test('lists items and kits', async ({ skip }) => {
      if (!t) return skip()
      const items = (await send(app(), 'GET', '/api/items?limit=1000')).json<{
        total: number
        results: { id: string }[]
      }>()
      expect(items.results).toHaveLength(items.total)
      const kits = (await send(app(), 'GET', '/api/kits')).json<{
        results: { id: string; items: { itemId: string }[] }[]
      }>()
      expect(kits.results.find((k) => k.id === 'essentials')?.items.length).toBeGreaterThan(0)
    })
  })

  describe('POST /api/plan', () => {
    test('plans a kit across a catalog bag, a pocket and a tote', async ({ skip }) => {
      if (!t) return skip()
      const response = await send(app(), 'POST', '/api/plan', {
        kit: 'essentials',
        containers: [CHIQUITO, 'pocket:womens-jeans-front', 'tote'],
      })
      expect(response.statusCode, response.body).toBe(200)
      const plan = response.json<{
        status: string
        containers: { problem: FitProblem; placements: FitAnswer['placements'] }[]
      }>()
      expect(plan.status).toBe('all-carried')
      for (const c of plan.containers) expect(checkPacking(c.problem, c.placements).ok).toBe(true)
    })

    test('refuses an unknown pocket with the pockets it knows', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(
        await send(app(), 'POST', '/api/plan', {
          items: [{ id: 'card', size: [85.6, 53.98, 0.76] }],
          containers: ['pocket:cargo'],
        }),
        400,
        'UNKNOWN_CONTAINER',
      )
      expect(body.message).toMatch(/womens-jeans-front/)
    })
  })

  describe('POST /api/style', () => {
    test('advises on a catalog bag in a colour, with the capacity from the fit engine', async ({ skip }) => {
      if (!t) return skip()
      const response = await send(app(), 'POST', '/api/style', {
        bagId: CHIQUITO,
        colour: 'hotpink',
        outfit: { garments: [{ name: 'dress', colour: 'black', fit: 'fitted', share: 1 }] },
        occasion: 'evening',
      })
      expect(response.statusCode, response.body).toBe(200)
      const advice = response.json<{
        rules: { practicality: { details: { mode: string } }; colour: { verdict: string } }
      }>()
      expect(advice.rules.practicality.details.mode).toBe('placed')
      expect(advice.rules.colour.verdict).toMatch(/jewellery/)
    })

    test('refuses a colour the advisor cannot read', async ({ skip }) => {
      if (!t) return skip()
      const response = await send(app(), 'POST', '/api/style', {
        bag: { id: 'mine', widthMm: 120, colour: 'not-a-colour' },
        outfit: { garments: [{ colour: 'black', fit: 'fitted', share: 1 }] },
      })
      expectError(response, 400, 'INVALID_COLOUR')
    })
  })

  describe('POST /api/scale', () => {
    test('finds the smallest Petit Chiquito that holds a card, with its layout, and why one size down does not', async ({
      skip,
    }) => {
      if (!t) return skip()
      const response = await send(app(), 'POST', '/api/scale', {
        silhouette: 'jacquemus-le-petit-chiquito',
        items: ['iso-7810-id1-card'],
      })
      expect(response.statusCode, response.body).toBe(200)
      const result = response.json<{
        status: string
        smallest: { widthMm: number; container: FitProblem['container']; answer: FitAnswer }
        largestNotFitting: { widthMm: number } | null
      }>()
      expect(result.status).toBe('found')
      const problem = {
        container: result.smallest.container,
        items: [{ id: 'iso-7810-id1-card', size: [85.6, 53.98, 0.76] as [number, number, number] }],
      }
      expect(checkPacking(problem, result.smallest.answer.placements).ok).toBe(true)
      expect(result.largestNotFitting!.widthMm).toBeLessThan(result.smallest.widthMm)
    })

    test('names the closest silhouettes for an unknown one', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(
        await send(app(), 'POST', '/api/scale', { silhouette: 'birkin', kit: 'essentials' }),
        404,
        'UNKNOWN_SILHOUETTE',
      )
      expect(body.message).toMatch(/hermes-birkin/)
    })
  })

  describe('catalog writes', () => {
    const item = {
      id: 'test-hair-clip',
      name: 'Hair clip',
      category: 'other',
      dimsMm: { w: 60, h: 20, d: 15 },
      dimsStatus: 'measured',
      shape: 'irregular',
    }

    test('refuses a write without an API key, saying how to get one', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(await send(app(), 'POST', '/api/items', item), 401, 'UNAUTHORIZED')
      expect(body.message).toMatch(/keys create/)
    })

    test('refuses a key this server never issued', async ({ skip }) => {
      if (!t) return skip()
      const fake = `mpk_${'A'.repeat(43)}`
      const body = expectError(
        await send(app(), 'DELETE', `/api/bags/${CHIQUITO}`, undefined, { 'x-api-key': fake }),
        401,
        'UNAUTHORIZED',
      )
      expect(body.message).toMatch(/not one this server issued/)
    })

    test('creates, reads, replaces and deletes an item with a key', async ({ skip }) => {
      if (!t) return skip()
      const created = await send(app(), 'POST', '/api/items', item, auth())
      expect(created.statusCode, created.body).toBe(201)
      expect(created.json()).toMatchObject({ id: item.id, isRigid: true, weightG: null, sources: [] })
      expectError(await send(app(), 'POST', '/api/items', item, auth()), 409, 'DUPLICATE_ID')
      const replaced = await send(
        app(),
        'PUT',
        `/api/items/${item.id}`,
        { ...item, id: undefined, weightG: 4 },
        auth(),
      )
      expect(replaced.statusCode, replaced.body).toBe(200)
      expect((await send(app(), 'GET', `/api/items/${item.id}`)).json()).toMatchObject({ weightG: 4 })
      expect((await send(app(), 'DELETE', `/api/items/${item.id}`, undefined, auth())).statusCode).toBe(204)
      expectError(await send(app(), 'GET', `/api/items/${item.id}`), 404, 'ITEM_NOT_FOUND')
    })

    test("creates a bag with PUT and reports the catalog's rules with the body's field names", async ({
      skip,
    }) => {
      if (!t) return skip()
      const bag = {
        brand: 'Test',
        model: 'Nano',
        exteriorMm: { w: 100, h: 80, d: 40 },
        dimsStatus: 'sourced',
        shape: 'box',
        price: { amount: 120, currency: 'EUR', amountMax: 150 },
      }
      const refused = expectError(
        await send(app(), 'PUT', '/api/bags/test-nano', bag, auth()),
        400,
        'INVALID_INPUT',
      )
      expect(refused.message).toMatch(/^The bag was not saved: sources: /)
      const created = await send(
        app(),
        'PUT',
        '/api/bags/test-nano',
        { ...bag, sources: ['https://example.com/nano'] },
        auth(),
      )
      expect(created.statusCode, created.body).toBe(201)
      expect(created.json()).toMatchObject({
        id: 'test-nano',
        price: { amount: 120, amountMax: 150, currency: 'EUR' },
      })
      const fits = (
        await send(app(), 'POST', '/api/fit', { bag: 'test-nano', items: ['lipstick'] })
      ).json<FitAnswer>()
      expect(fits.status).toBe('fits')
      expect((await send(app(), 'DELETE', '/api/bags/test-nano', undefined, auth())).statusCode).toBe(204)
    })

    test('a converted price, a squeezed size and what a case adds round-trip, in the body\'s words', async ({
      skip,
    }) => {
      if (!t) return skip()
      const bag = {
        id: 'test-priced',
        brand: 'Test',
        model: 'Priced',
        exteriorMm: { w: 100, h: 80, d: 40 },
        dimsStatus: 'sourced-cm',
        shape: 'box',
        material: 'coated canvas: test print',
        sources: ['https://example.com/priced'],
        price: { amount: 435, currency: 'EUR', year: 2019, date: '2019-05', source: 'https://example.com/p' },
        priceConverted: {
          amount: 486.94,
          currency: 'USD',
          rate: 1.1194,
          rateDate: '2019',
          rateSource: 'https://federalreserve.gov/releases/g5a/20210104',
        },
      }
      const created = await send(app(), 'POST', '/api/bags', bag, auth())
      expect(created.statusCode, created.body).toBe(201)
      expect((await send(app(), 'GET', '/api/bags/test-priced')).json()).toMatchObject({
        bag: { price: bag.price, priceConverted: bag.priceConverted, dimsStatus: 'sourced-cm' },
      })
      const wrong = expectError(
        await send(
          app(),
          'PUT',
          '/api/bags/test-priced',
          { ...bag, id: undefined, priceConverted: { ...bag.priceConverted, rateDate: 'June' } },
          auth(),
        ),
        400,
        'INVALID_INPUT',
      )
      expect(wrong.message).toMatch(/priceConverted\.rateDate: expected a date such as/)
      const squeezable = {
        ...item,
        id: 'test-scarf',
        isRigid: false,
        minDimsMm: { w: 50, h: 20, d: 5 },
      }
      expect((await send(app(), 'POST', '/api/items', squeezable, auth())).statusCode).toBe(201)
      expect((await send(app(), 'GET', '/api/items/test-scarf')).json()).toMatchObject({
        minDimsMm: { w: 50, h: 20, d: 5 },
        caseAddsMm: null,
      })
      const aCase = {
        ...item,
        id: 'test-case',
        category: 'case',
        caseAddsMm: { w: 2, h: 2, d: 1.5 },
        details: { caseFor: 'phone' },
      }
      expect((await send(app(), 'POST', '/api/items', aCase, auth())).statusCode).toBe(201)
      expect((await send(app(), 'GET', '/api/items/test-case')).json()).toMatchObject({
        category: 'case',
        caseAddsMm: { w: 2, h: 2, d: 1.5 },
      })
      for (const path of ['/api/bags/test-priced', '/api/items/test-scarf', '/api/items/test-case'])
        expect((await send(app(), 'DELETE', path, undefined, auth())).statusCode).toBe(204)
    })

    test('refuses a kit naming an item the catalog lacks, with the closest ids', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(
        await send(
          app(),
          'POST',
          '/api/kits',
          { id: 'test-kit', name: 'Test', items: [{ itemId: 'lipstik' }] },
          auth(),
        ),
        400,
        'INVALID_INPUT',
      )
      expect(body.message).toMatch(/items\[0\]\.itemId: .*lipstick/)
    })

    test('refuses to delete an item that a kit still uses', async ({ skip }) => {
      if (!t) return skip()
      const body = expectError(
        await send(app(), 'DELETE', '/api/items/lipstick', undefined, auth()),
        400,
        'INVALID_INPUT',
      )
      expect(body.message).toMatch(/kits/)
    })
  })

  describe('documentation', () => {
    test('/openapi.json describes every route, with the writes marked as needing a key', async ({ skip }) => {
      if (!t) return skip()
      const doc = (await send(app(), 'GET', '/openapi.json')).json<{
        openapi: string
        paths: Record<string, Record<string, { security?: unknown[] }>>
      }>()
      expect(doc.openapi).toBe('3.1.0')
      for (const path of [
        '/api/fit',
        '/api/bags',
        '/api/bags/{id}',
        '/api/bags/{id}/what-fits',
        '/api/which-bags',
        '/api/items',
        '/api/kits',
        '/api/plan',
        '/api/style',
        '/api/scale',
      ]) {
        expect(Object.keys(doc.paths)).toContain(path)
      }
      expect(doc.paths['/api/bags']!.post!.security).toEqual([{ apiKey: [] }, { apiKeyHeader: [] }])
    })

    test('/docs serves the browsable documentation', async ({ skip }) => {
      if (!t) return skip()
      const response = await send(app(), 'GET', '/docs/')
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/html/)
    })
  })
})
