import type { Garment, Outfit, StyleBag } from '../../src/style/index.js'

/** Test bags and outfits, named after what they show. Colours are the research trial's swatches where it gave one. */
export const HOT_PINK = '#ff69b4'
export const CAMEL = '#c19a6b'
const NAVY = '#1f2a44'

/** A 12 cm bag in a colour, with a long chain. */
export function microBag(colour: string, extra: Partial<StyleBag> = {}): StyleBag {
  return {
    id: 'micro-12',
    name: '12 cm micro bag',
    widthMm: 120,
    heightMm: 90,
    depthMm: 50,
    colour,
    straps: [{ kind: 'chain', lengthMm: 1100 }],
    ...extra,
  }
}

/** Le Petit Chiquito: 53 × 43 × 15 mm, about 100 g, on a long thin leather strap (shared/data/bags.json). */
export function petitChiquito(colour: string, extra: Partial<StyleBag> = {}): StyleBag {
  return {
    id: 'jacquemus-le-petit-chiquito',
    name: 'Jacquemus Le Petit Chiquito',
    widthMm: 53,
    heightMm: 43,
    depthMm: 15,
    weightG: 100,
    colour,
    material: 'leather',
    straps: [{ kind: 'leather', lengthMm: 1200 }, { kind: 'handle' }],
    ...extra,
  }
}

export function garment(
  colour: string,
  fit: Garment['fit'],
  share: number,
  extra: Partial<Garment> = {},
): Garment {
  return { colour, fit, share, ...extra }
}

export const blackFittedDress: Outfit = { garments: [garment('black', 'fitted', 1, { name: 'dress' })] }

export const oversizedCoatOverDress: Outfit = {
  garments: [
    garment('black', 'oversized', 0.7, { name: 'coat', layer: 'outer', isHeavy: true }),
    garment('black', 'fitted', 0.3, { name: 'dress' }),
  ],
}

export const camelOnCamel: Outfit = {
  garments: [
    garment(CAMEL, 'regular', 0.6, { name: 'coat', layer: 'outer' }),
    garment('#c8a27a', 'fitted', 0.4, { name: 'knit dress' }),
  ],
}

export const camelAndNavy: Outfit = {
  garments: [
    garment(CAMEL, 'regular', 0.55, { name: 'coat', layer: 'outer' }),
    garment(NAVY, 'regular', 0.45, { name: 'trousers' }),
  ],
}
