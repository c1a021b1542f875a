import { describe, expect, test } from 'vitest'
import { MicropurseError } from '../../src/errors.js'
import { OCCASIONS, OCCASION_WEIGHTS, RULE_NAMES, adviseStyle, rankBags } from '../../src/style/index.js'
import type { StyleInput } from '../../src/style/index.js'
import {
  CAMEL,
  HOT_PINK,
  blackFittedDress,
  camelOnCamel,
  garment,
  microBag,
  oversizedCoatOverDress,
  petitChiquito,
} from './looks.js'

function errorOf(run: () => unknown): MicropurseError {
  try {
    run()
  } catch (error) {
    if (error instanceof MicropurseError) return error
    throw error
  }
  throw new Error('expected a MicropurseError')
}

describe('adviseStyle', () => {
  test('the overall score is the occasion-weighted mean of the five rule scores', () => {
    const capacity = { kind: 'placed' as const, items: [{ essential: 'phone' as const, where: 'bag' as const }] }
    for (const occasion of OCCASIONS) {
      const bag = microBag(HOT_PINK, { material: 'leather' })
      const advice = adviseStyle({ bag, outfit: oversizedCoatOverDress, occasion, capacity })
      const weights = OCCASION_WEIGHTS[occasion]
      expect(RULE_NAMES.reduce((sum, n) => sum + weights[n], 0)).toBeCloseTo(1, 9)
      expect(advice.unjudged).toEqual([])
      const mean = RULE_NAMES.reduce((sum, n) => sum + weights[n] * advice.rules[n].score!, 0)
      expect(Math.abs(advice.overall - mean)).toBeLessThanOrEqual(0.0005 + 1e-12)
      for (const n of RULE_NAMES) expect(advice.rules[n].weight).toBe(weights[n])
    }
  })

  test('a rule that cannot judge weighs nothing, and the others share its weight in proportion', () => {
    for (const occasion of OCCASIONS) {
      const advice = adviseStyle({ bag: microBag(HOT_PINK), outfit: oversizedCoatOverDress, occasion })
      expect(advice.unjudged).toEqual(['practicality', 'occasion'])
      const weights = OCCASION_WEIGHTS[occasion]
      const known = weights.colour + weights.proportion + weights.placement
      for (const n of ['colour', 'proportion', 'placement'] as const) expect(advice.rules[n].weight).toBeCloseTo(weights[n] / known, 3)
      expect(advice.rules.practicality.weight).toBe(0)
      expect(advice.summary).toMatch(/Not judged: practicality \(capacity unknown\), occasion \(cannot judge: material not known\)\./)
    }
  })

  test('a crystal minaudière scores clearly lower at work than at black tie; a canvas mini tote is marked down at black tie', () => {
    const capacity = {
      kind: 'placed' as const,
      items: (['phone', 'keys', 'card', 'lipstick'] as const).map((essential) => ({ essential, where: 'bag' as const })),
    }
    const minaudiere = microBag('silver', { material: 'metal', embellishments: ['crystal'], isStructured: true, straps: [] })
    const tote = microBag('beige', { material: 'canvas', isStructured: false, straps: [{ kind: 'handle' }] })
    const overall = (bag: typeof tote, occasion: 'work' | 'black-tie' | 'everyday') =>
      adviseStyle({ bag, outfit: blackFittedDress, occasion, capacity }).overall
    expect(overall(minaudiere, 'black-tie') - overall(minaudiere, 'work')).toBeGreaterThan(0.1)
    expect(overall(tote, 'everyday') - overall(tote, 'black-tie')).toBeGreaterThan(0.15)
    expect(adviseStyle({ bag: tote, outfit: blackFittedDress, occasion: 'black-tie', capacity }).verdict).not.toMatch(/strong|good/)
  })

  test('defaults the occasion to everyday', () => {
    expect(adviseStyle({ bag: microBag(HOT_PINK), outfit: blackFittedDress }).occasion).toBe('everyday')
  })

  test('gives the same advice for the same input and leaves the input as it was', () => {
    const input: StyleInput = {
      bag: petitChiquito(HOT_PINK),
      outfit: oversizedCoatOverDress,
      wearer: { heightCm: 172, neckline: 'open' },
      occasion: 'evening',
    }
    const copy = structuredClone(input)
    expect(adviseStyle(input)).toEqual(adviseStyle(structuredClone(input)))
    expect(input).toEqual(copy)
  })

  test('normalises shares: 70/30 means the same as 0.7/0.3', () => {
    const percent = {
      garments: [garment('black', 'oversized', 70, { layer: 'outer' }), garment(CAMEL, 'fitted', 30)],
    }
    const fraction = {
      garments: [garment('black', 'oversized', 0.7, { layer: 'outer' }), garment(CAMEL, 'fitted', 0.3)],
    }
    expect(adviseStyle({ bag: microBag(HOT_PINK), outfit: percent })).toEqual(
      adviseStyle({ bag: microBag(HOT_PINK), outfit: fraction }),
    )
  })

  test('a jewellery-bright bag with a fitted dress beats a tonal bag in an oversized coat', () => {
    const good = adviseStyle({ bag: microBag(HOT_PINK), outfit: blackFittedDress })
    const poor = adviseStyle({
      bag: microBag(CAMEL),
      outfit: { garments: [...camelOnCamel.garments, garment(CAMEL, 'oversized', 1, { layer: 'outer' })] },
    })
    expect(good.overall).toBeGreaterThan(poor.overall)
    expect(good.summary).toMatch(/reads like jewellery/)
  })
})

describe('adviseStyle bad input', () => {
  test('an unparseable garment colour names the value, the garment and the accepted forms', () => {
    const error = errorOf(() =>
      adviseStyle({
        bag: microBag(HOT_PINK),
        outfit: { garments: [garment('blurple', 'fitted', 1, { name: 'coat' })] },
      }),
    )
    expect(error.code).toBe('INVALID_COLOUR')
    expect(error.status).toBe(400)
    expect(error.message).toBe(
      'Cannot read "blurple" as the colour of garment 1 (coat): expected a hex code like "#ff1493", a CSS colour name like "hotpink", a colour word like "camel" or "cobalt", or rgb(), hsl() or oklch().',
    )
  })

  test('an unparseable bag colour names the bag', () => {
    const error = errorOf(() => adviseStyle({ bag: microBag('#ggg'), outfit: blackFittedDress }))
    expect(error.code).toBe('INVALID_COLOUR')
    expect(error.message).toMatch(/"#ggg" as the colour of bag "micro-12"/)
  })

  test('an unknown garment fit names the value and the fits it accepts', () => {
    const bad = { colour: 'black', fit: 'baggy', share: 1, name: 'jeans' } as unknown as ReturnType<
      typeof garment
    >
    const error = errorOf(() => adviseStyle({ bag: microBag(HOT_PINK), outfit: { garments: [bad] } }))
    expect(error.code).toBe('INVALID_OUTFIT')
    expect(error.message).toBe(
      'Unknown fit "baggy" for garment 1 (jeans): expected one of fitted, regular, relaxed, oversized.',
    )
  })

  test('the US spelling of colour is pointed out rather than ignored', () => {
    const bad = { color: 'black', fit: 'fitted', share: 1 } as unknown as ReturnType<typeof garment>
    expect(() => adviseStyle({ bag: microBag(HOT_PINK), outfit: { garments: [bad] } })).toThrow(
      /Unknown field "color" in garment 1 \(the field is spelt "colour"\)/,
    )
  })

  test.each([
    [{ garments: [] }, /at least one garment/],
    [{ garments: [garment('black', 'fitted', 0)] }, /share is 0: expected a positive share/],
    [
      { garments: [garment('black', 'fitted', 1, { layer: 'top' as never })] },
      /Unknown value "top" for garment 1: layer/,
    ],
  ])('a bad outfit is refused with a message: %j', (outfit, message) => {
    const error = errorOf(() => adviseStyle({ bag: microBag(HOT_PINK), outfit }))
    expect(error.code).toBe('INVALID_OUTFIT')
    expect(error.message).toMatch(message)
  })

  test('a bag without a width, a bad height and an unknown occasion are refused', () => {
    expect(
      errorOf(() => adviseStyle({ bag: { id: 'x', colour: 'red' } as never, outfit: blackFittedDress }))
        .message,
    ).toMatch(/^Bag "x": widthMm is missing: expected a width in millimetres/)
    expect(
      errorOf(() => adviseStyle({ bag: microBag('red'), outfit: blackFittedDress, wearer: { heightCm: 17 } }))
        .message,
    ).toMatch(/heightCm is 17: expected a height in centimetres from 100 to 230/)
    const occasion = errorOf(() =>
      adviseStyle({ bag: microBag('red'), outfit: blackFittedDress, occasion: 'gala' as never }),
    )
    expect(occasion.code).toBe('INVALID_OPTION')
    expect(occasion.message).toMatch(/Unknown occasion "gala": expected one of everyday, work/)
  })

  test('a bag without a colour says a colour is needed', () => {
    const error = errorOf(() =>
      adviseStyle({ bag: { id: 'x', widthMm: 100 } as never, outfit: blackFittedDress }),
    )
    expect(error.code).toBe('INVALID_COLOUR')
    expect(error.message).toMatch(/bag "x" has no colour/)
  })
})

describe('rankBags', () => {
  const bags = [
    microBag(CAMEL, { id: 'camel-12' }),
    microBag(HOT_PINK, { id: 'pink-12' }),
    microBag('#2f2f2f', { id: 'charcoal-12' }),
    { ...microBag(HOT_PINK, { id: 'pink-30' }), widthMm: 300 },
  ]

  test('puts the bags that suit the outfit best first, numbered from 1', () => {
    const ranked = rankBags(bags, { outfit: camelOnCamel })
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4])
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.overall).toBeGreaterThanOrEqual(ranked[i]!.overall)
    expect(ranked[ranked.length - 1]!.bagId).toBe('camel-12')
    for (const row of ranked)
      expect(row.headline).toMatch(/^(capacity unknown; )?(colour|proportion|placement|practicality|occasion): /)
  })

  test('keeps the first n with a limit and breaks ties by id', () => {
    const twins = [microBag(HOT_PINK, { id: 'b' }), microBag(HOT_PINK, { id: 'a' })]
    expect(rankBags(twins, { outfit: blackFittedDress }).map((r) => r.bagId)).toEqual(['a', 'b'])
    expect(rankBags(bags, { outfit: camelOnCamel }, 2)).toHaveLength(2)
  })

  test("uses each bag's capacity when given", () => {
    const capacities = {
      'pink-12': {
        kind: 'placed' as const,
        items: [{ essential: 'phone' as const, where: 'nowhere' as const }],
      },
    }
    const ranked = rankBags(bags, { outfit: camelOnCamel, capacities })
    expect(ranked.find((r) => r.bagId === 'pink-12')!.scores.practicality).toBe(0)
  })

  test('puts bags whose capacity is unknown after those whose capacity is known, and says so', () => {
    const known = { kind: 'placed' as const, items: [{ essential: 'phone' as const, where: 'nowhere' as const }] }
    const ranked = rankBags(bags, { outfit: camelOnCamel, capacities: { 'camel-12': known } })
    expect(ranked[0]!.bagId).toBe('camel-12')
    expect(ranked[0]!.isCapacityKnown).toBe(true)
    for (const row of ranked.slice(1)) {
      expect(row.isCapacityKnown).toBe(false)
      expect(row.scores.practicality).toBeNull()
      expect(row.headline).toMatch(/^capacity unknown; /)
    }
  })

  test('refuses duplicate bag ids', () => {
    expect(() => rankBags([bags[0]!, bags[0]!], { outfit: camelOnCamel })).toThrow(/appears twice/)
  })
})
