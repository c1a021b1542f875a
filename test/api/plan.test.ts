import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CarryPlan } from '../../src/carry/index.js'
import { checkPacking } from '../../src/pack/index.js'
import { DIALECTS, buildTestApp, expectError, send } from './helper.js'
import type { TestApp } from './helper.js'

const DIOR = 'dior-lady-dior-micro'
const CHIQUITO = 'jacquemus-le-petit-chiquito'
const HELP_ITEMS = [
  { id: 'apple-iphone-15', mustHave: true },
  { id: 'iso-7810-id1-card', count: 2 },
  { id: 'lipstick' },
  { id: 'house-key', count: 2 },
]

describe.each(DIALECTS)('POST /api/plan on %s', (dialect) => {
  let t: TestApp | undefined
  beforeAll(async () => {
    t = await buildTestApp(dialect)
  })
  afterAll(async () => {
    await t?.close()
  })
  const plan = async (body: unknown) => {
    const response = await send(t!.app, 'POST', '/api/plan', body)
    expect(response.statusCode, response.body).toBe(200)
    const value = response.json<CarryPlan>()
    for (const c of value.containers) expect(checkPacking(c.problem, c.placements).problems).toEqual([])
    return value
  }

  test('squeezes a soft thing where it goes in squeezed: the tissue pack in the Constance Micro, no tote needed', async ({ skip }) => {
    if (!t) return skip()
    const value = await plan({ items: [{ id: 'pocket-tissue-pack' }, { id: 'lipstick' }], containers: ['hermes-constance-micro-14', 'tote'] })
    const bag = value.containers.find((c) => c.id === 'hermes-constance-micro-14')!
    expect(bag.contents).toEqual([
      { id: 'pocket-tissue-pack', count: 1 },
      { id: 'lipstick', count: 1 },
    ])
    expect(value.pieces).toEqual([])
    // The pack goes in at a depth the interior has, between its squeezed and its own size.
    const tissue = bag.placements.find((p) => p.id === 'pocket-tissue-pack')!
    expect(Math.min(...tissue.size)).toBeLessThanOrEqual(Math.min(...bag.problem.container.size))
    // Squeezing is the soft thing's own: a minSize above its size is refused, naming the side.
    const grown = await send(t.app, 'POST', '/api/plan', { items: [{ id: 'x', size: [10, 10, 10], minSize: [10, 11, 10] }], containers: ['tote'] })
    expect(expectError(grown, 400, 'INVALID_CARRY').message).toMatch(/items\[0\]\.minSize\[1\] is 11 mm, above the size's 10 mm/)
  })

  test('fills the micro bag you wear first and says why the tote is needed', async ({ skip }) => {
    if (!t) return skip()
    const value = await plan({ items: HELP_ITEMS, containers: [DIOR, 'pouch@tote', 'tote'] })
    const dior = value.containers.find((c) => c.id === DIOR)!
    expect(dior.worn).toBe(true)
    expect(dior.contents).toEqual([
      { id: 'iso-7810-id1-card', count: 2 },
      { id: 'lipstick', count: 1 },
      { id: 'house-key', count: 2 },
    ])
    const tote = value.containers.find((c) => c.id === 'tote')!
    expect(tote.contents).toEqual([{ id: 'apple-iphone-15', count: 1 }])
    expect(tote.why).toMatch(/^Carries the Apple iPhone 15 \(must-have\), which nothing you wear can take\. Dior Lady Dior Micro: The apple-iphone-15 \(71\.6 × 7\.8 × 147\.6 mm\) does not fit the 114\.2 × 44\.2 × 94\.2 mm interior even turned at an angle/)
    expect(value.pieces).toEqual(['tote'])
    expect(value.unused.map((u) => u.id)).toEqual(['pouch'])
    expect(value.wornPriority).toBe(41)
  })

  test('"wear" names what you wear: a bag not named is a piece to carry, used only when it saves another', async ({ skip }) => {
    if (!t) return skip()
    // Wearing nothing named: the Dior is one more piece, and the tote alone carries everything.
    const value = await plan({ items: HELP_ITEMS, containers: [DIOR, 'tote'], wear: [] })
    expect(value.pieces).toEqual(['tote'])
    expect(value.unused.map((u) => u.id)).toEqual([DIOR])
  })

  test('a bag given whole is worn unless it says otherwise, as the page sends it', async ({ skip }) => {
    if (!t) return skip()
    const bag = { id: 'bag', kind: 'bag', name: 'My micro bag', container: { size: [114.2, 44.2, 94.2] } }
    const worn = await plan({ items: HELP_ITEMS, containers: [bag, 'tote'] })
    expect(worn.containers.find((c) => c.id === 'bag')!.worn).toBe(true)
    expect(worn.pieces).toEqual(['tote'])
    const carried = await plan({ items: HELP_ITEMS, containers: [{ ...bag, worn: false }, 'tote'] })
    expect(carried.unused.map((u) => u.id)).toEqual(['bag'])
  })

  test('"only" restricts what a container holds, and the pouch in the tote takes what the tote does not', async ({ skip }) => {
    if (!t) return skip()
    const value = await plan({
      kit: 'essentials',
      items: [{ id: 'powder-compact' }],
      containers: [CHIQUITO, 'pouch@tote', 'tote'],
      only: { tote: ['phone', 'keys', 'card'], pouch: ['cosmetics'] },
    })
    const pouch = value.containers.find((c) => c.id === 'pouch')!
    expect(pouch.contents.map((c) => c.id).sort()).toEqual(['lipstick', 'powder-compact'])
    expect(pouch.why).toMatch(/which Tote does not take \(it takes phone, keys, card only\)/)
    expect(value.pieces).toEqual(['tote'])
  })

  test('a phone stands out of a jeans back pocket by a share of its length', async ({ skip }) => {
    if (!t) return skip()
    const value = await plan({ items: [{ id: 'apple-iphone-15' }], containers: ['pocket:womens-jeans-back'] })
    const pocket = value.containers[0]!
    expect(pocket.contents).toEqual([{ id: 'apple-iphone-15', count: 1 }])
    expect(pocket.standingOut).toEqual([{ id: 'apple-iphone-15', mm: 22.6, share: 0.15 }])
  })

  test('refuses two different things with one name, naming the name', async ({ skip }) => {
    if (!t) return skip()
    const body = expectError(
      await send(t.app, 'POST', '/api/plan', {
        items: [
          { id: 'a', size: [1, 1, 1] },
          { id: 'a', size: [200, 200, 200] },
        ],
        containers: ['bag:12x9x5cm'],
      }),
      400,
      'INVALID_CARRY',
    )
    expect(body.message).toBe(
      'Two different things are called "a": items[0] ("a", 1 × 1 × 1 mm) and items[1] ("a", 200 × 200 × 200 mm). Give each its own name, or list one with a count for copies of the same thing.',
    )
    const clash = expectError(
      await send(t.app, 'POST', '/api/plan', { items: [{ id: 'lipstick' }, { id: 'lipstick', size: [20, 20, 70] }], containers: ['tote'] }),
      400,
      'INVALID_CARRY',
    )
    expect(clash.message).toMatch(/^items\[1\] \("lipstick", 20 × 20 × 70 mm\) has the name of the catalog item "lipstick", also listed/)
  })

  test('adds up the copies of one catalog item listed twice, and of a kit item listed again', async ({ skip }) => {
    if (!t) return skip()
    const value = await plan({ kit: 'essentials', items: [{ id: 'lipstick' }, { id: 'lipstick', count: 2 }], containers: ['tote'] })
    expect(value.containers[0]!.contents).toContainEqual({ id: 'lipstick', count: 4 })
  })

  test('bad "wear" and "only" values are refused with what was expected', async ({ skip }) => {
    if (!t) return skip()
    const wear = expectError(await send(t.app, 'POST', '/api/plan', { items: HELP_ITEMS, containers: ['tote'], wear: ['dior'] }), 400, 'INVALID_CARRY')
    expect(wear.message).toBe('"dior" in "wear" is not one of the containers: tote.')
    const only = expectError(await send(t.app, 'POST', '/api/plan', { items: HELP_ITEMS, containers: ['tote'], only: { pouch: ['cosmetics'] } }), 400, 'INVALID_CARRY')
    expect(only.message).toBe('"pouch" in "only" is not one of the containers: tote.')
    expectError(await send(t.app, 'POST', '/api/plan', { items: HELP_ITEMS, containers: ['tote'], only: { tote: ['snacks'] } }), 400)
  })
})
