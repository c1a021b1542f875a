import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { StyleAdvice } from '../../src/style/index.js'
import { DIALECTS, buildTestApp, send } from './helper.js'
import type { TestApp } from './helper.js'

const DRESS = { garments: [{ name: 'dress', colour: 'black', fit: 'fitted', share: 1 }] }
const MINAUDIERE = {
  id: 'crystal-minaudiere',
  widthMm: 110,
  heightMm: 70,
  depthMm: 40,
  colour: 'silver',
  material: 'metal',
  embellishments: ['crystal'],
  isStructured: true,
  straps: [{ kind: 'chain', lengthMm: 1000 }],
}
const ALL_IN_BAG = {
  kind: 'placed',
  items: ['phone', 'keys', 'card', 'lipstick'].map((essential) => ({ essential, where: 'bag' })),
}

describe.each(DIALECTS)('POST /api/style on %s', (dialect) => {
  let t: TestApp | undefined
  beforeAll(async () => {
    t = await buildTestApp(dialect)
  })
  afterAll(async () => {
    await t?.close()
  })
  const advise = async (body: unknown) => {
    const response = await send(t!.app, 'POST', '/api/style', body)
    expect(response.statusCode, response.body).toBe(200)
    return response.json<StyleAdvice>()
  }

  test('judges the occasion both ways: a crystal minaudière is right for black tie, too dressy for work', async ({ skip }) => {
    if (!t) return skip()
    const blackTie = await advise({ bag: MINAUDIERE, outfit: DRESS, occasion: 'black-tie', capacity: ALL_IN_BAG })
    const work = await advise({ bag: MINAUDIERE, outfit: DRESS, occasion: 'work', capacity: ALL_IN_BAG })
    expect(blackTie.rules.occasion.verdict).toBe('right for black tie')
    expect(work.rules.occasion.verdict).toBe('too dressy for work')
    expect(blackTie.overall - work.overall).toBeGreaterThan(0.1)
  })

  test('an unknown material and an unknown capacity are not scored, and say so', async ({ skip }) => {
    if (!t) return skip()
    const { material: _material, embellishments: _embellishments, ...plain } = MINAUDIERE
    const advice = await advise({ bag: { ...plain, id: 'plain-box' }, outfit: DRESS, occasion: 'evening', capacity: ALL_IN_BAG })
    expect(advice.rules.occasion.score).toBeNull()
    expect(advice.unjudged).toEqual(['occasion'])
    const bare = await advise({ bag: { id: 'plain', widthMm: 120, colour: 'navy' }, outfit: DRESS })
    expect(bare.unjudged).toEqual(['practicality', 'occasion'])
    expect(bare.rules.colour.details.bag.hex).toBe('#1f2a44')
    expect(bare.rules.colour.details.bag.word).toBe('navy')
  })

  test('with a tote already carried it never says to pair the bag with a tote', async ({ skip }) => {
    if (!t) return skip()
    const advice = await advise({
      bagId: 'jacquemus-le-petit-chiquito',
      colour: 'black',
      outfit: DRESS,
      wearer: { hostBag: { name: 'tote', widthMm: 380, hasHandle: true } },
    })
    expect(advice.rules.practicality.reasons.join(' ')).toMatch(/In your tote: phone, keys, card and lipstick/)
    for (const s of advice.suggestions) expect(s.text).not.toMatch(/pair the bag with a tote/i)
  })
})
