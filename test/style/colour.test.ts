import { describe, expect, test } from 'vitest'
import { MicropurseError } from '../../src/errors.js'
import { classifyColour, deltaE00, nameColour, parseColour } from '../../src/style/index.js'
import { hueDifferenceDeg, hueRelation } from '../../src/style/colour.js'

const c = (text: string) => parseColour(text, 'the test colour')

describe('parseColour', () => {
  test('reads hex, CSS names, rgb() and oklch()', () => {
    expect(c('#FF1493').hex).toBe('#ff1493')
    expect(c('hotpink').hex).toBe('#ff69b4')
    expect(c('rgb(255 20 147)').hex).toBe('#ff1493')
    expect(c('oklch(0.7 0.1 70)').oklch.c).toBeCloseTo(0.1, 6)
  })

  test('reads fashion colour words as fashion means them, before CSS names', () => {
    expect(c('cobalt').hex).toBe('#0047ab')
    expect(c('Hot-Pink').hex).toBe('#ff69b4')
    expect(c('camel').hex).toBe('#c19a6b')
    // CSS navy is #000080 (a bright dark blue), CSS beige #f5f5dc reads as ivory, CSS khaki #f0e68c is a yellow.
    expect(c('navy').hex).toBe('#1f2a44')
    expect(c('beige').hex).toBe('#e8d9c0')
    expect(c('khaki').hex).toBe('#c3b091')
    expect(c('hotpink').hex).toBe('#ff69b4') // CSS names that are no fashion word still read as CSS
    expect(() => c('constructor')).toThrow(/as the colour of the test colour/)
  })

  test('a navy, camel, beige, cream, burgundy, khaki, nude or blush garment is named as that word', () => {
    for (const word of ['navy', 'camel', 'beige', 'cream', 'burgundy', 'khaki', 'nude', 'blush']) {
      expect(nameColour(c(word)).word).toBe(word)
    }
  })

  test('rejects text that is not a colour, naming the value, the field and the accepted forms', () => {
    expect(() => parseColour('blurple', 'garment 2 (coat)')).toThrow(MicropurseError)
    expect(() => parseColour('blurple', 'garment 2 (coat)')).toThrow(
      /"blurple".*garment 2 \(coat\).*hex code/,
    )
  })

  test('rejects transparent colours', () => {
    expect(() => c('transparent')).toThrow(/transparent: expected one solid colour/)
  })
})

describe('classifyColour', () => {
  // Chroma values from the research trial: black, white, grey 0; navy 0.050; denim 0.073; camel 0.078; cobalt 0.172; hot pink 0.197.
  test.each([
    ['black', 'neutral'],
    ['white', 'neutral'],
    ['grey', 'neutral'],
    ['#1f2a44', 'coloured-neutral'], // navy
    ['#c19a6b', 'coloured-neutral'], // camel
    ['#5d7a99', 'coloured-neutral'], // denim
    ['#556b2f', 'coloured-neutral'], // olive
    ['#800020', 'coloured-neutral'], // burgundy, deep
    ['navy', 'coloured-neutral'], // CSS navy #000080, very dark
    ['#0047ab', 'bright'], // cobalt
    ['#ff69b4', 'bright'], // hot pink
    ['#ff00ff', 'bright'], // fuchsia
    ['#c48b8f', 'muted'], // dusty rose
  ])('%s is %s', (text, expected) => {
    expect(classifyColour(c(text))).toBe(expected)
  })
})

describe('deltaE00', () => {
  test('agrees with the research trial (culori, D65): hot pink/white 35.4, lemon/white 28.5', () => {
    expect(deltaE00(c('#ff69b4'), c('white'))).toBeCloseTo(35.4, 1)
    expect(deltaE00(c('#fff44f'), c('white'))).toBeCloseTo(28.5, 1)
  })

  test('is zero for the same colour and symmetric', () => {
    expect(deltaE00(c('#c19a6b'), c('#c19a6b'))).toBe(0)
    expect(deltaE00(c('navy'), c('tan'))).toBeCloseTo(deltaE00(c('tan'), c('navy')), 9)
  })
})

describe('hue relations', () => {
  test('name the classic relations by angle and call the gaps discordant', () => {
    expect(hueRelation(hueDifferenceDeg(350, 10))).toBe('analogous')
    expect(hueRelation(hueDifferenceDeg(10, 190))).toBe('complementary')
    expect(hueRelation(120)).toBe('triadic')
    expect(hueRelation(150)).toBe('split-complementary')
    expect(hueRelation(90)).toBe('square')
    expect(hueRelation(50)).toBe('discordant')
  })
})

describe('nameColour', () => {
  test('gives a plain word for explanations and a playful name from color-name-list', () => {
    const pink = nameColour(c('#ff69b4'))
    expect(pink.word).toBe('hot pink')
    expect(pink.name.length).toBeGreaterThan(0)
    expect(pink.nameDeltaE00).toBeLessThan(5)
    expect(nameColour(c('#c19a6b')).word).toBe('camel')
    expect(nameColour(c('#1f2a44')).word).toBe('navy')
    expect(nameColour(c('black')).word).toBe('black')
  })

  test('is deterministic', () => {
    expect(nameColour(c('#7a3b9c'))).toEqual(nameColour(c('#7a3b9c')))
  })
})
