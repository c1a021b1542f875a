import { describe, expect, test } from 'vitest'
import { PLAIN_COLOURS } from '../../src/style/calibration.js'
import { adviseStyle } from '../../src/style/index.js'
import type { Occasion, Outfit } from '../../src/style/index.js'
import {
  CAMEL,
  HOT_PINK,
  blackFittedDress,
  camelAndNavy,
  camelOnCamel,
  garment,
  microBag,
  oversizedCoatOverDress,
  petitChiquito,
} from './looks.js'

describe('colour rule', () => {
  test('hot pink on black reads as jewellery', () => {
    const colour = adviseStyle({ bag: microBag(HOT_PINK), outfit: blackFittedDress }).rules.colour
    expect(colour.details.reading).toBe('jewellery')
    expect(colour.verdict).toBe('reads like jewellery')
    expect(colour.details.pop).toBeGreaterThanOrEqual(0.6)
    expect(colour.score).toBeGreaterThanOrEqual(0.9)
    expect(colour.reasons.join(' ')).toMatch(/hot pink.*black/)
  })

  test('camel on camel recedes, and a brighter colour is suggested with its ΔE00', () => {
    const colour = adviseStyle({ bag: microBag(CAMEL), outfit: camelOnCamel }).rules.colour
    expect(colour.details.reading).toBe('tonal')
    expect(colour.verdict).toMatch(/recedes/)
    expect(colour.details.deltaE00Weighted).toBeLessThan(12)
    expect(colour.score).toBeLessThan(0.5)
    expect(colour.suggestions).toHaveLength(1)
    expect(colour.suggestions[0]!.text).toMatch(/micro bag would pop against this camel outfit: ΔE00 \d+/)
  })

  test('the suggested colours score better than the bag against the same outfit', () => {
    const camel = adviseStyle({ bag: microBag(CAMEL), outfit: camelAndNavy }).rules.colour
    const words = /A (.+?) or (.+?) micro bag/.exec(camel.suggestions[0]?.text ?? '')
    expect(words).not.toBeNull()
    for (const word of [words![1]!, words![2]!]) {
      const swatch = PLAIN_COLOURS[word]
      expect(swatch, word).toBeDefined()
      const better = adviseStyle({ bag: microBag(swatch!), outfit: camelAndNavy }).rules.colour
      expect(better.score).toBeGreaterThanOrEqual(camel.score + 0.1)
      expect(better.details.reading).toBe('jewellery')
    }
  })

  test('a bright bag in a mostly coloured outfit competes, and the loudest piece is named', () => {
    const outfit: Outfit = {
      garments: [
        garment('#2e8b57', 'regular', 0.6, { name: 'suit' }),
        garment('#ffa500', 'fitted', 0.4, { name: 'top' }),
      ],
    }
    const colour = adviseStyle({ bag: microBag(HOT_PINK), outfit }).rules.colour
    expect(colour.details.reading).toBe('competing')
    expect(colour.suggestions.map((s) => s.text).join(' ')).toMatch(/Swap the .* suit for a neutral/)
  })

  test('a piece in the bag colour echoes it', () => {
    const outfit: Outfit = {
      garments: [
        garment('black', 'fitted', 0.9, { name: 'dress' }),
        garment('#ff5fa8', 'fitted', 0.1, { name: 'scarf' }),
      ],
    }
    const colour = adviseStyle({ bag: microBag(HOT_PINK), outfit }).rules.colour
    expect(colour.reasons.join(' ')).toMatch(/scarf echoes the bag/)
  })

  test('reports a blurred outline when the bag has the lightness of the garment behind it', () => {
    const colour = adviseStyle({
      bag: microBag('#fff44f'),
      outfit: { garments: [garment('white', 'fitted', 1)] },
    }).rules.colour
    expect(colour.details.outlineContrast).toBeLessThan(3)
    expect(colour.reasons.join(' ')).toMatch(/outline blurs/)
  })
})

describe('proportion rule', () => {
  test('a 12 cm bag with an oversized coat scores lower than with a fitted dress', () => {
    const coat = adviseStyle({ bag: microBag('black'), outfit: oversizedCoatOverDress }).rules.proportion
    const dress = adviseStyle({ bag: microBag('black'), outfit: blackFittedDress }).rules.proportion
    expect(coat.score).toBeLessThan(dress.score)
    expect(dress.details.reading).toBe('balanced')
    expect(coat.details.outfitVolume).toBeGreaterThan(dress.details.outfitVolume)
    expect(coat.suggestions[0]!.text).toMatch(/oversized coat .* adds the most volume/)
  })

  test('a taller wearer needs a wider bag for the same balance', () => {
    const short = adviseStyle({ bag: microBag('black'), outfit: blackFittedDress, wearer: { heightCm: 155 } })
      .rules.proportion
    const tall = adviseStyle({ bag: microBag('black'), outfit: blackFittedDress, wearer: { heightCm: 185 } })
      .rules.proportion
    expect(tall.details.referenceWidthMm).toBeGreaterThan(short.details.referenceWidthMm)
    expect(tall.details.ratio).toBeLessThan(short.details.ratio)
    expect(short.details.isHeightAssumed).toBe(false)
  })

  test('says when it assumed the height', () => {
    const rule = adviseStyle({ bag: microBag('black'), outfit: blackFittedDress }).rules.proportion
    expect(rule.details.isHeightAssumed).toBe(true)
    expect(rule.reasons[0]).toMatch(/165 cm \(assumed/)
  })

  test('a bag that pops against a voluminous outfit is worn as a statement, still below a balanced one', () => {
    const statement = adviseStyle({ bag: petitChiquito(HOT_PINK), outfit: oversizedCoatOverDress }).rules
      .proportion
    const quiet = adviseStyle({ bag: petitChiquito('#222222'), outfit: oversizedCoatOverDress }).rules
      .proportion
    expect(statement.details.isStatement).toBe(true)
    expect(statement.score).toBeGreaterThan(quiet.score)
    expect(statement.score).toBeLessThan(1)
  })
})

describe('placement rule', () => {
  test('Le Petit Chiquito on its long strap can be worn as a necklace, best over an open neckline', () => {
    const open = adviseStyle({
      bag: petitChiquito('black'),
      outfit: blackFittedDress,
      wearer: { neckline: 'open' },
    }).rules.placement
    const collar = adviseStyle({
      bag: petitChiquito('black'),
      outfit: blackFittedDress,
      wearer: { neckline: 'collar' },
    }).rules.placement
    expect(open.details.best).toBe('necklace')
    expect(open.score).toBeGreaterThan(collar.details.options[0]!.suitability)
  })

  test('a 12 cm bag is ruled out as a necklace, with the reason in numbers', () => {
    const rule = adviseStyle({ bag: microBag('black'), outfit: blackFittedDress }).rules.placement
    const necklace = rule.details.options.find((o) => o.placement === 'necklace')!
    expect(necklace.isFeasible).toBe(false)
    expect(necklace.reasons.join(' ')).toMatch(/120 mm wide, over the 80 mm/)
  })

  test("a belt needs a shallow bag and a clip on the wearer's belt", () => {
    const bag = petitChiquito('black', { hasClip: true })
    const withBelt = adviseStyle({ bag, outfit: blackFittedDress, wearer: { belt: 'belt' } }).rules.placement
    const noBelt = adviseStyle({ bag, outfit: blackFittedDress, wearer: { belt: 'none' } }).rules.placement
    expect(withBelt.details.options.find((o) => o.placement === 'belt')!.isFeasible).toBe(true)
    expect(noBelt.details.options.find((o) => o.placement === 'belt')!.reasons.join(' ')).toMatch(
      /no belt or belt loops/,
    )
  })

  test('a charm needs a host bag with a handle at least three times as wide', () => {
    const bag = petitChiquito('black')
    const wide = adviseStyle({
      bag,
      outfit: blackFittedDress,
      wearer: { hostBag: { widthMm: 350, hasHandle: true } },
    })
    const narrow = adviseStyle({
      bag,
      outfit: blackFittedDress,
      wearer: { hostBag: { widthMm: 120, hasHandle: true } },
    })
    expect(wide.rules.placement.details.options.find((o) => o.placement === 'charm')!.isFeasible).toBe(true)
    const charm = narrow.rules.placement.details.options.find((o) => o.placement === 'charm')!
    expect(charm.isFeasible).toBe(false)
    expect(charm.reasons.join(' ')).toMatch(/over a third of/)
  })

  test('a pendant-sized bag without a long strap is told to add a chain', () => {
    const bag = petitChiquito('black', { straps: [{ kind: 'handle' }] })
    const rule = adviseStyle({ bag, outfit: blackFittedDress }).rules.placement
    expect(rule.suggestions.map((s) => s.text).join(' ')).toMatch(/Add a chain of 60 cm or more/)
  })
})

describe('practicality rule', () => {
  test('everything in the bag or pockets scores 1', () => {
    const rule = adviseStyle({
      bag: microBag('black'),
      outfit: blackFittedDress,
      capacity: {
        kind: 'placed',
        items: [
          { essential: 'phone', where: 'pocket' },
          { essential: 'card', where: 'bag' },
          { essential: 'lipstick', where: 'bag' },
        ],
      },
    }).rules.practicality
    expect(rule.score).toBe(1)
    expect(rule.reasons.join(' ')).toMatch(/In the bag: card and lipstick/)
  })

  test('a phone with no place caps the score at 0.5 and asks for a companion', () => {
    const rule = adviseStyle({
      bag: petitChiquito('black'),
      outfit: blackFittedDress,
      capacity: {
        kind: 'placed',
        items: [
          { essential: 'phone', where: 'nowhere' },
          { essential: 'keys', where: 'bag' },
          { essential: 'card', where: 'bag' },
          { essential: 'lipstick', where: 'bag' },
        ],
      },
    }).rules.practicality
    expect(rule.score).toBeLessThanOrEqual(0.5)
    expect(rule.verdict).toBe('phone has no place')
    expect(rule.suggestions[0]!.text).toMatch(/tote/)
  })

  test("once the pockets were tried (pocketsChecked), it no longer asks to check them", () => {
    const coatWithPockets: Outfit = {
      garments: [{ name: 'coat', colour: 'black', fit: 'regular', share: 1, layer: 'outer', hasPockets: true }],
    }
    const items = [
      { essential: 'phone' as const, where: 'nowhere' as const },
      { essential: 'card' as const, where: 'pocket' as const },
    ]
    const advise = (pocketsChecked?: boolean) =>
      adviseStyle({
        bag: petitChiquito('black'),
        outfit: coatWithPockets,
        capacity: { kind: 'placed', items, ...(pocketsChecked !== undefined && { pocketsChecked }) },
      }).rules.practicality.suggestions[0]!.text
    expect(advise()).toMatch(/^The coat has pockets: check they take the phone/)
    expect(advise(true)).toBe(
      "The phone fits neither the bag nor the outfit's pockets: pair the bag with a tote or a phone case with card slots.",
    )
    expect(() =>
      adviseStyle({
        bag: petitChiquito('black'),
        outfit: coatWithPockets,
        capacity: { kind: 'placed', items, pocketsChecked: 'yes' as unknown as boolean },
      }),
    ).toThrow(/The capacity's pocketsChecked is "yes": expected true or false/)
  })

  test('with only a volume it says what is ruled out and that it is an upper bound', () => {
    const rule = adviseStyle({
      bag: petitChiquito('black'),
      outfit: blackFittedDress,
      capacity: { kind: 'volume', interiorMl: 20 },
    }).rules.practicality
    expect(rule.details.mode).toBe('volume')
    expect(rule.reasons.join(' ')).toMatch(/upper bound/)
    expect(rule.details.essentials.find((e) => e.essential === 'phone')!.where).toBe('too big by volume')
    expect(rule.details.essentials.find((e) => e.essential === 'card')!.where).toBe('fits by volume')
  })

  test('without capacity it cannot judge: no score, never a neutral one', () => {
    const advice = adviseStyle({ bag: microBag('black'), outfit: blackFittedDress })
    const rule = advice.rules.practicality
    expect(rule.verdict).toBe('capacity unknown')
    expect(rule.score).toBeNull()
    expect(rule.weight).toBe(0)
    expect(advice.unjudged).toContain('practicality')
    expect(rule.reasons[0]).toMatch(/cannot judge and is left out of the overall score/)
  })

  test('a larger bag carried too takes what has no place, and the advice never says to pair it with a tote', () => {
    const items = [
      { essential: 'phone' as const, where: 'nowhere' as const },
      { essential: 'card' as const, where: 'bag' as const },
    ]
    const advise = (widthMm: number) =>
      adviseStyle({
        bag: petitChiquito('black'),
        outfit: blackFittedDress,
        wearer: { hostBag: { name: 'tote', widthMm, hasHandle: true } },
        capacity: { kind: 'placed', items },
      }).rules.practicality
    const tote = advise(380)
    expect(tote.details.essentials.find((e) => e.essential === 'phone')!.where).toBe('host bag')
    expect(tote.verdict).not.toBe('phone has no place')
    expect(tote.reasons.join(' ')).toMatch(/In your tote: phone \(assumed: it is 380 mm wide/)
    expect(tote.suggestions).toEqual([])
    // A host too narrow for the phone: still no "pair it with a tote".
    const narrow = advise(120)
    expect(narrow.verdict).toBe('phone has no place')
    expect(narrow.suggestions[0]!.text).toMatch(/^Your tote \(120 mm wide\) is too narrow for the phone/)
    expect(narrow.suggestions[0]!.text).not.toMatch(/pair the bag with a tote/i)
  })
})

describe('occasion rule', () => {
  const crystalMinaudiere = microBag('silver', {
    material: 'metal',
    embellishments: ['crystal'],
    isStructured: true,
    straps: [],
  })
  const canvasMiniTote = microBag('beige', {
    material: 'canvas',
    isStructured: false,
    straps: [{ kind: 'handle' }],
  })
  const rule = (bag: typeof crystalMinaudiere, occasion: Occasion) =>
    adviseStyle({ bag, outfit: blackFittedDress, occasion }).rules.occasion

  test('a crystal minaudière is made for black tie and over-dressed at work', () => {
    expect(rule(crystalMinaudiere, 'black-tie').score).toBe(1)
    expect(rule(crystalMinaudiere, 'black-tie').verdict).toBe('right for black tie')
    const work = rule(crystalMinaudiere, 'work')
    expect(work.details.fit).toBe('over-dressed')
    expect(work.score).toBeLessThan(0.5)
    expect(work.verdict).toBe('too dressy for work')
    expect(work.suggestions[0]!.text).toMatch(/reads as evening wear at work/)
  })

  test('a canvas mini tote is right for every day and under-dressed at black tie', () => {
    expect(rule(canvasMiniTote, 'everyday').details.fit).toBe('right')
    const blackTie = rule(canvasMiniTote, 'black-tie')
    expect(blackTie.details.fit).toBe('under-dressed')
    expect(blackTie.score).toBe(0)
    expect(blackTie.suggestions[0]!.text).toMatch(/black tie/)
  })

  test('the dress level follows the finish: each step up the finish table never lowers it', () => {
    const levels = (['canvas', 'leather', 'patent', 'satin'] as const).map(
      (material) => rule(microBag('black', { material, isStructured: true, straps: [{ kind: 'chain' }] }), 'evening').details.dressLevel!,
    )
    expect([...levels].sort((a, b) => a - b)).toEqual(levels)
    expect(levels[0]!).toBeLessThan(levels[3]!)
  })

  test('an unknown finish stays unknown: no score, left out of the overall, never below canvas', () => {
    const unknown = adviseStyle({ bag: microBag('black'), outfit: blackFittedDress, occasion: 'evening' })
    expect(unknown.rules.occasion.score).toBeNull()
    expect(unknown.rules.occasion.verdict).toBe('cannot judge: material not known')
    expect(unknown.unjudged).toContain('occasion')
    const other = rule(microBag('black', { material: 'other' }), 'evening')
    expect(other.score).toBeNull()
    expect(other.reasons[0]).toMatch(/a material of other says nothing/)
    // An embellishment alone is enough to judge.
    expect(rule(microBag('black', { embellishments: ['sequin'] }), 'cocktail').score).toBe(1)
  })
})
