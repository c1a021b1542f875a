import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { fit } from '../../src/pack/index.js'
import { bagRoom, itemFitSize } from '../../src/services/catalog-bag.js'
import { buildTestApp, expectError, send } from './helper.js'
import type { TestApp } from './helper.js'

interface Reply {
  items: { id: string; size: number[]; count: number }[]
  counts: { fits: number; doesNotFit: number; unknown: number; unknownSize: number; total: number }
  results: {
    bag: { id: string; label: string; price: { amount: number; currency: string } | null; volumeMl: number | null }
    status: string
    reason: string
    style?: { overall: number; verdict: string; headline: string }
  }[]
}

describe('POST /api/which-bags', () => {
  let t: TestApp | undefined
  beforeAll(async () => {
    t = await buildTestApp('sqlite')
  })
  afterAll(async () => {
    await t?.close()
  })
  const app = () => t!.app

  test('judges every catalog bag, each verdict the fit engine gives for that bag, with a reason when not', async () => {
    const response = await send(app(), 'POST', '/api/which-bags', { items: ['apple-iphone-15', { id: 'lipstick', count: 2 }] })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<Reply>()
    expect(body.items).toEqual([
      { id: 'apple-iphone-15', size: [71.6, 7.8, 147.6], count: 1 },
      { id: 'lipstick', size: [22, 22, 75], count: 2 },
    ])
    // Every bag of the catalog, once.
    expect(new Set(body.results.map((r) => r.bag.id)).size).toBe(body.counts.total)
    expect(body.counts.fits + body.counts.doesNotFit + body.counts.unknown + body.counts.unknownSize).toBe(body.counts.total)
    expect(body.counts.fits).toBeGreaterThan(0)
    expect(body.counts.doesNotFit).toBeGreaterThan(0)
    for (const r of body.results) if (r.status !== 'fits') expect(r.reason.length, r.bag.id).toBeGreaterThan(5)
    // The micro Lady Dior cannot take a 14.8 cm phone; a larger bag can.
    expect(body.results.find((r) => r.bag.id === 'dior-lady-dior-micro')?.status).toBe('does-not-fit')
    const speedy = body.results.find((r) => r.bag.id === 'louis-vuitton-speedy-25')
    expect(speedy?.status, speedy?.reason).toBe('fits')
  })

  test('agrees with the fit engine run on each bag directly', async () => {
    const response = await send(app(), 'POST', '/api/which-bags', { items: ['iso-7810-id1-card', 'lipstick'] })
    const body = response.json<Reply>()
    const catalog = app().catalog
    const items = await Promise.all(
      ['iso-7810-id1-card', 'lipstick'].map(async (id) => ({ id, size: itemFitSize(await catalog.get('items', id)) as [number, number, number] })),
    )
    const bags = await catalog.list('bags')
    expect(body.results.map((r) => r.bag.id)).toEqual(bags.map((b) => b.id))
    for (const r of body.results) {
      const bag = bags.find((b) => b.id === r.bag.id)!
      const room = bagRoom(bag)
      if (room.kind === 'unknown') {
        expect(r.status).toBe('unknown-size')
        continue
      }
      const direct = fit({ container: room.interior.container, items, options: { timeLimitMs: 1000 } })
      if (r.status !== 'unknown' && direct.status !== 'unknown') expect(r.status, r.bag.id).toBe(direct.status)
    }
  })

  test('takes things of your own by size, and scores bags for an outfit when asked', async () => {
    const response = await send(app(), 'POST', '/api/which-bags', {
      items: [{ id: 'ring-box', size: [50, 50, 40] }],
      style: { colour: 'camel', outfit: { garments: [{ colour: 'black', fit: 'fitted', share: 1 }] }, occasion: 'evening' },
    })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<Reply>()
    expect(body.items[0]).toEqual({ id: 'ring-box', size: [50, 50, 40], count: 1 })
    const scored = body.results.filter((r) => r.style)
    expect(scored.length).toBeGreaterThan(10)
    for (const r of scored) expect(r.style!.overall).toBeGreaterThanOrEqual(0)
    // A bag that holds the things has a known capacity for them; one that does not fit them is not judged on it.
    for (const r of scored) {
      if (r.status === 'fits') expect(r.style!.headline, r.bag.id).not.toMatch(/capacity unknown/)
      if (r.status === 'unknown' || r.status === 'unknown-size') expect(r.style!.headline, r.bag.id).toMatch(/^capacity unknown/)
    }
  })

  test('the same things get the same verdicts on every run: each bag is decided by work units, not the clock', async () => {
    // The time limit only as a far-off safety net: 100,000 units take a fraction of it even on a busy machine.
    const body = { items: ['apple-iphone-15', { id: 'lipstick', count: 2 }], options: { timeLimitMs: 1000 } }
    const runs = [await send(app(), 'POST', '/api/which-bags', body), await send(app(), 'POST', '/api/which-bags', body)]
    const verdicts = runs.map((r) => r.json<Reply>().results.map((v) => `${v.bag.id} ${v.status} ${v.reason}`))
    expect(verdicts[1]).toEqual(verdicts[0])
    // With a node limit of one unit, what needs any search is undecided: the limit is used.
    const tight = await send(app(), 'POST', '/api/which-bags', { ...body, options: { timeLimitMs: 1000, nodeLimit: 1 } })
    expect(tight.statusCode, tight.body).toBe(200)
    expect(tight.json<Reply>().counts.unknown).toBeGreaterThan(runs[0]!.json<Reply>().counts.unknown)
  })

  test('a phone in its case grows by the standard case, and a named case by its own', async () => {
    const response = await send(app(), 'POST', '/api/which-bags', { items: [{ id: 'apple-iphone-15', case: true }, { id: 'apple-iphone-13', case: 'phone-case-rugged' }] })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<Reply>()
    const grown = async (phoneId: string, caseId: string, fitId: string) => {
      const [w, d, h] = itemFitSize(await app().catalog.get('items', phoneId)) as number[]
      const adds = (await app().catalog.get('items', caseId)).caseAddsMm!
      return { id: fitId, size: [w! + adds.w!, d! + adds.d!, h! + adds.h!], count: 1 }
    }
    expect(body.items).toEqual([
      await grown('apple-iphone-15', 'phone-case-standard', 'apple-iphone-15+case'),
      await grown('apple-iphone-13', 'phone-case-rugged', 'apple-iphone-13+phone-case-rugged'),
    ])
    expectError(await send(app(), 'POST', '/api/which-bags', { items: [{ id: 'lipstick', case: 'apple-iphone-15' }] }), 400, 'INVALID_INPUT')
  })

  test('refuses unknown items, items without a full size, two things of one name and an empty list', async () => {
    const unknown = expectError(await send(app(), 'POST', '/api/which-bags', { items: ['iphone-99'] }), 404)
    expect(unknown.message).toContain('iphone-99')
    const partial = expectError(await send(app(), 'POST', '/api/which-bags', { items: ['euro-banknote-5'] }), 400, 'INVALID_INPUT')
    expect(partial.message).toContain('euro-banknote-5')
    const twice = expectError(
      await send(app(), 'POST', '/api/which-bags', { items: [{ id: 'a', size: [1, 1, 1] }, { id: 'a', size: [200, 200, 200] }] }),
      400,
      'INVALID_INPUT',
    )
    expect(twice.message).toContain('"a"')
    expectError(await send(app(), 'POST', '/api/which-bags', { items: [] }), 400)
    expectError(await send(app(), 'POST', '/api/which-bags', { items: [{ id: 'x', size: [0, 1, 1] }] }), 400)
  })
})
