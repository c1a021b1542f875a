/**
 * Names for colours, for people: a plain word for explanations ("hot pink", "camel") from our short list, and a
 * playful name for flavour ("Pop That Gum") from color-name-list's best-of list (MIT, about 4,900 names, kept in
 * colour-name-list.ts). Both are the nearest by CIEDE2000.
 */
import { parse } from 'culori/fn'
import { PLAIN_COLOURS } from './calibration.js'
import { BEST_OF_COLOUR_NAMES } from './colour-name-list.js'
import { colourFrom, deltaE00 } from './colour.js'
import type { Colour } from './colour.js'
import type { ColourName } from './types.js'

interface Swatch {
  label: string
  colour: Colour
}

// Parse each list once, on first use: the best-of list is about 4,900 colours.
let plainSwatches: Swatch[] | undefined
let namedSwatches: Swatch[] | undefined
// Names already looked up, by hex: a page names the same few colours again and again.
const nameCache = new Map<string, ColourName>()
const NAME_CACHE_LIMIT = 2000

/** The nearest plain word and playful name for a colour. Pure; results are cached by hex. */
export function nameColour(colour: Colour): ColourName {
  const cached = nameCache.get(colour.hex)
  if (cached) return cached
  // Nearest plain word, then nearest playful name, both by ΔE00.
  const word = nearest(colour, plainList())
  const named = nearest(colour, namedList())
  const result: ColourName = Object.freeze({
    hex: colour.hex,
    word: word.swatch.label,
    name: named.swatch.label,
    nameDeltaE00: round1(named.distance),
  })
  if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear()
  nameCache.set(colour.hex, result)
  return result
}

/** The swatch of a plain colour word from `PLAIN_COLOURS`, e.g. `plainColour('cobalt')`. Undefined for unknown words. */
export function plainColour(word: string): Colour | undefined {
  return plainList().find((s) => s.label === word)?.colour
}

function plainList(): Swatch[] {
  plainSwatches ??= Object.entries(PLAIN_COLOURS).map(([label, hex]) => ({
    label,
    colour: colourFrom(hex, parse(hex)!),
  }))
  return plainSwatches
}

function namedList(): Swatch[] {
  namedSwatches ??= BEST_OF_COLOUR_NAMES.split('\n').map((line) => {
    const hex = `#${line.slice(0, 6)}`
    return { label: line.slice(7), colour: colourFrom(hex, parse(hex)!) }
  })
  return namedSwatches
}

/** Linear scan for the smallest ΔE00; ties keep the first in list order, so the answer is deterministic. */
function nearest(colour: Colour, swatches: Swatch[]): { swatch: Swatch; distance: number } {
  let best = swatches[0]!
  let bestDistance = Infinity
  for (const swatch of swatches) {
    const distance = deltaE00(colour, swatch.colour)
    if (distance < bestDistance) {
      best = swatch
      bestDistance = distance
    }
  }
  return { swatch: best, distance: bestDistance }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
