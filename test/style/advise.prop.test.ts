import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  BAG_MATERIALS,
  BELT_KINDS,
  CARRY_PLACES,
  EMBELLISHMENTS,
  ESSENTIALS,
  GARMENT_FITS,
  GARMENT_LAYERS,
  NECKLINES,
  OCCASIONS,
  RULE_NAMES,
  STRAP_KINDS,
  adviseStyle,
  classifyColour,
  parseColour,
  rankBags,
} from '../../src/style/index.js'
import type { CapacityInput, Garment, Outfit, StyleBag, StyleInput, Wearer } from '../../src/style/index.js'

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`)
const classOf = (text: string) => classifyColour(parseColour(text, 'a generated colour'))

const garmentArb: fc.Arbitrary<Garment> = fc.record(
  {
    name: fc.constantFrom('coat', 'dress', 'top', 'trousers', 'scarf'),
    colour: hex,
    fit: fc.constantFrom(...GARMENT_FITS),
    share: fc.integer({ min: 1, max: 100 }),
    layer: fc.constantFrom(...GARMENT_LAYERS),
    isHeavy: fc.boolean(),
    hasPockets: fc.boolean(),
  },
  { requiredKeys: ['colour', 'fit', 'share'] },
)
const outfitArb: fc.Arbitrary<Outfit> = fc.record({
  garments: fc.array(garmentArb, { minLength: 1, maxLength: 4 }),
})

const bagArb = (colour: fc.Arbitrary<string>): fc.Arbitrary<StyleBag> =>
  fc.record(
    {
      id: fc.constant('generated'),
      widthMm: fc.double({ min: 20, max: 400, noNaN: true }),
      heightMm: fc.double({ min: 20, max: 300, noNaN: true }),
      depthMm: fc.double({ min: 5, max: 150, noNaN: true }),
      colour,
      material: fc.constantFrom(...BAG_MATERIALS),
      embellishments: fc.subarray([...EMBELLISHMENTS]),
      isStructured: fc.boolean(),
      straps: fc.array(
        fc.record(
          { kind: fc.constantFrom(...STRAP_KINDS), lengthMm: fc.integer({ min: 100, max: 1400 }) },
          { requiredKeys: ['kind'] },
        ),
        { maxLength: 3 },
      ),
      hasClip: fc.boolean(),
      weightG: fc.integer({ min: 20, max: 1500 }),
    },
    { requiredKeys: ['id', 'widthMm', 'colour'] },
  )

const wearerArb: fc.Arbitrary<Wearer> = fc.record(
  {
    heightCm: fc.integer({ min: 100, max: 230 }),
    neckline: fc.constantFrom(...NECKLINES),
    belt: fc.constantFrom(...BELT_KINDS),
    hostBag: fc.record({ widthMm: fc.integer({ min: 50, max: 600 }), hasHandle: fc.boolean() }),
  },
  { requiredKeys: [] },
)

const capacityArb: fc.Arbitrary<CapacityInput> = fc.oneof(
  fc.record({
    kind: fc.constant('placed' as const),
    items: fc.array(
      fc.record({ essential: fc.constantFrom(...ESSENTIALS), where: fc.constantFrom(...CARRY_PLACES) }),
      { maxLength: 6 },
    ),
  }),
  fc.record({
    kind: fc.constant('volume' as const),
    interiorMl: fc.double({ min: 0, max: 3000, noNaN: true }),
  }),
)

const inputArb: fc.Arbitrary<StyleInput> = fc.record(
  {
    bag: bagArb(hex),
    outfit: outfitArb,
    wearer: wearerArb,
    occasion: fc.constantFrom(...OCCASIONS),
    capacity: capacityArb,
  },
  { requiredKeys: ['bag', 'outfit'] },
)

// Neutral garment colours: greys, and the coloured neutrals of dress.
const neutralColour = fc
  .oneof(
    fc.integer({ min: 0, max: 255 }).map((v) => `#${v.toString(16).padStart(2, '0').repeat(3)}`),
    fc.constantFrom(
      '#c19a6b',
      '#1f2a44',
      '#5d7a99',
      '#556b2f',
      '#e8d9c0',
      '#800020',
      '#3d2b1f',
      'navy',
      'ivory',
    ),
  )
  .filter((text) => classOf(text) === 'neutral' || classOf(text) === 'coloured-neutral')
const brightColour = hex.filter((text) => classOf(text) === 'bright')

describe('adviseStyle (properties)', () => {
  test.prop([inputArb], { numRuns: 60 })('every score and the overall score stay in 0..1', (input) => {
    const advice = adviseStyle(input)
    expect(advice.overall).toBeGreaterThanOrEqual(0)
    expect(advice.overall).toBeLessThanOrEqual(1)
    for (const name of RULE_NAMES) {
      const rule = advice.rules[name]
      expect(rule.rule).toBe(name)
      // A rule that cannot judge has no score and no weight; every other score is in 0..1.
      if (rule.score === null) expect(rule.weight).toBe(0)
      else {
        expect(rule.score).toBeGreaterThanOrEqual(0)
        expect(rule.score).toBeLessThanOrEqual(1)
      }
      expect(rule.reasons.length).toBeGreaterThan(0)
    }
    expect(advice.unjudged).toEqual(RULE_NAMES.filter((n) => advice.rules[n].score === null))
    const total = RULE_NAMES.reduce((sum, n) => sum + advice.rules[n].weight, 0)
    expect(total).toBeCloseTo(1, 2)
  })

  test.prop([fc.array(fc.tuple(bagArb(hex), fc.option(capacityArb, { nil: undefined })), { minLength: 2, maxLength: 6 }), outfitArb, wearerArb, fc.constantFrom(...OCCASIONS)], {
    numRuns: 60,
  })('a bag whose capacity is unknown never ranks above one proven to hold the essentials', (entries, outfit, wearer, occasion) => {
    // Some bags proven to hold every essential in the bag itself, some with another capacity, some unknown.
    const proven: CapacityInput = { kind: 'placed', items: ESSENTIALS.filter((e) => e !== 'other').map((essential) => ({ essential, where: 'bag' })) }
    const bags = entries.map(([bag], i) => ({ ...bag, id: `bag-${i}` }))
    const capacities: Record<string, CapacityInput> = {}
    entries.forEach(([, capacity], i) => {
      if (i % 3 === 0) capacities[`bag-${i}`] = proven
      else if (capacity) capacities[`bag-${i}`] = capacity
    })
    const ranked = rankBags(bags, { outfit, wearer, occasion, capacities })
    const provenRanks = ranked.filter((r) => capacities[r.bagId] === proven).map((r) => r.rank)
    const unknownRanks = ranked.filter((r) => capacities[r.bagId] === undefined).map((r) => r.rank)
    for (const u of unknownRanks) for (const p of provenRanks) expect(u).toBeGreaterThan(p)
  })

  test.prop([inputArb], { numRuns: 60 })('every suggestion names the rule that produced it', (input) => {
    const advice = adviseStyle(input)
    for (const name of RULE_NAMES) {
      for (const s of advice.rules[name].suggestions) expect(s.rule).toBe(name)
    }
    for (const s of advice.suggestions) {
      expect(RULE_NAMES).toContain(s.rule)
      expect(advice.rules[s.rule].suggestions).toContainEqual(s)
      expect(advice.rules[s.rule].weight).toBeGreaterThan(0)
    }
  })

  test.prop(
    [
      brightColour,
      outfitArb,
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      fc.array(neutralColour, { minLength: 4, maxLength: 4 }),
    ],
    {
      numRuns: 80,
    },
  )(
    'a more neutral outfit never lowers the colour score of a bright bag',
    (bagColour, outfit, swap, neutrals) => {
      // More neutral: some coloured pieces (muted or bright) become neutral; nothing else changes.
      const bag: StyleBag = { id: 'bright', widthMm: 120, colour: bagColour }
      const isColoured = (text: string) => classOf(text) === 'muted' || classOf(text) === 'bright'
      const neutralised: Outfit = {
        garments: outfit.garments.map((g, i) =>
          swap[i] && isColoured(g.colour) ? { ...g, colour: neutrals[i]! } : g,
        ),
      }
      const before = adviseStyle({ bag, outfit }).rules.colour.score
      const after = adviseStyle({ bag, outfit: neutralised }).rules.colour.score
      expect(after).toBeGreaterThanOrEqual(before)
    },
  )
})
