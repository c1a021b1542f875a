/**
 * Colour helpers on culori: parsing, OKLCH, CIEDE2000, WCAG contrast, and how a colour reads in dress. Every
 * conversion is culori's; this file only decides what the numbers mean.
 */
import {
  differenceCiede2000,
  formatHex,
  modeHsl,
  modeLab65,
  modeLrgb,
  modeOklab,
  modeOklch,
  modeRgb,
  parse,
  useMode,
  wcagContrast,
} from 'culori/fn'
import type { Color, Lab65, Oklch } from 'culori/fn'
import { fail, show } from '../errors.js'
import {
  BRIGHT_CHROMA,
  COLOURED_NEUTRAL_CHROMA,
  DARK_LIGHTNESS,
  DEEP_CHROMA,
  DEEP_LIGHTNESS,
  DENIM_HUE_DEG,
  HUE_RELATIONS,
  NEUTRAL_CHROMA,
  PLAIN_COLOURS,
  VERY_DARK_LIGHTNESS,
  WARM_HUE_DEG,
} from './calibration.js'
import type { ColourClass, HueRelation } from './types.js'

// Register only the modes we read and compare in (tree-shaken build; `culori/fn` registers nothing by itself).
// rgb parses hex, names and rgb(); hsl, oklab and oklch parse their CSS forms; lab65 is CIEDE2000's space; lrgb is WCAG's.
useMode(modeRgb)
useMode(modeHsl)
useMode(modeOklab)
const toOklch = useMode(modeOklch)
const toLab65 = useMode(modeLab65)
useMode(modeLrgb)

const deltaE2000 = differenceCiede2000()

/** A parsed colour with the forms the rules use. Immutable. */
export interface Colour {
  /** The text it was read from. */
  text: string
  /** sRGB hex, clamped into gamut. */
  hex: string
  /** OKLCH: lightness 0..1, chroma 0..~0.4, hue in degrees (null for greys). */
  oklch: { l: number; c: number; h: number | null }
  /** CIE Lab (D65), what CIEDE2000 compares. */
  lab: Lab65
}

/**
 * Reads one of our fashion colour words (`navy`, `camel`, `beige`, `cream`, `burgundy`, `khaki`, `nude`, `blush`,
 * `hot pink`...; see `PLAIN_COLOURS`) or CSS colour text (`#ff1493`, `hotpink`, `rgb(255 20 147)`, `hsl(...)`,
 * `oklch(...)`) into a `Colour`. A word that is both means what it means in fashion: `navy` is #1f2a44, not CSS's
 * #000080; `beige` is #e8d9c0, not CSS's #f5f5dc.
 * `where` names the field in the error message. Throws `INVALID_COLOUR` for anything culori cannot parse, and for
 * transparent colours (a bag or garment needs one solid colour).
 */
export function parseColour(text: string, where: string): Colour {
  // Fashion colour words first ("navy", "camel", "hot pink"), then CSS colour syntax through culori.
  const parsed = typeof text === 'string' ? (parsePlainWord(text) ?? parse(text.trim())) : undefined
  if (!parsed) {
    fail(
      'INVALID_COLOUR',
      `Cannot read ${show(text)} as the colour of ${where}: expected a hex code like "#ff1493", a CSS colour name like "hotpink", a colour word like "camel" or "cobalt", or rgb(), hsl() or oklch().`,
    )
  }
  if (parsed.alpha !== undefined && parsed.alpha < 1) {
    fail('INVALID_COLOUR', `The colour ${show(text)} of ${where} is transparent: expected one solid colour.`)
  }
  return colourFrom(text, parsed)
}

/** A plain colour word from `PLAIN_COLOURS` ("hot pink", "hot-pink", "Dusty Rose"), parsed from its swatch. */
function parsePlainWord(text: string): Color | undefined {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
  return Object.hasOwn(PLAIN_COLOURS, word) ? parse(PLAIN_COLOURS[word]!) : undefined
}

/** Makes a `Colour` from a colour culori already holds (used for the swatches in name lists). */
export function colourFrom(text: string, color: Color): Colour {
  const lch: Oklch = toOklch(color)
  return Object.freeze({
    text,
    hex: formatHex(color),
    oklch: Object.freeze({ l: lch.l, c: lch.c, h: lch.c < 1e-4 || lch.h === undefined ? null : lch.h }),
    lab: toLab65(color),
  })
}

/** CIEDE2000 colour difference (ΔE00): about 1 is just noticeable; above about 5 reads as two colours. */
export function deltaE00(a: Colour, b: Colour): number {
  return deltaE2000(a.lab, b.lab)
}

/** WCAG 2 contrast ratio, 1..21. Measures lightness only: use it for outlines, not for whether a colour pops. */
export function contrastRatio(a: Colour, b: Colour): number {
  return wcagContrast(a.lab, b.lab)
}

/**
 * How a colour reads in dress, from its OKLCH lightness, chroma and hue (thresholds in calibration.ts):
 * - `neutral`: almost no chroma (black, white, greys);
 * - `coloured-neutral`: low chroma that is warm (camel, beige, khaki, olive), dark (navy, chocolate) or denim, or a
 *   deep dark colour (burgundy, forest), or any very dark colour (CSS navy, aubergine);
 * - `bright`: high chroma (cobalt, hot pink, fuchsia);
 * - `muted`: everything between (dusty rose, sage, lilac).
 */
export function classifyColour(colour: Colour): ColourClass {
  const { l, c, h } = colour.oklch
  // Almost grey: neutral whatever the hue.
  if (c < NEUTRAL_CHROMA) return 'neutral'
  // Deep and dark: burgundy, forest green, navy read as neutrals in dress.
  if (l < VERY_DARK_LIGHTNESS || (l < DEEP_LIGHTNESS && c < DEEP_CHROMA)) return 'coloured-neutral'
  // Low chroma that is warm, dark or denim: camel, olive, navy, denim.
  if (c < COLOURED_NEUTRAL_CHROMA) {
    const isWarm = h !== null && h >= WARM_HUE_DEG[0] && h <= WARM_HUE_DEG[1]
    const isDenim = h !== null && h >= DENIM_HUE_DEG[0] && h <= DENIM_HUE_DEG[1]
    if (isWarm || isDenim || l < DARK_LIGHTNESS) return 'coloured-neutral'
  }
  return c >= BRIGHT_CHROMA ? 'bright' : 'muted'
}

/** True for `neutral` and `coloured-neutral`: the colours a bright accent reads against. */
export function isNeutralClass(colourClass: ColourClass): boolean {
  return colourClass === 'neutral' || colourClass === 'coloured-neutral'
}

/** The smaller angle between two hues, 0..180 degrees. */
export function hueDifferenceDeg(a: number, b: number): number {
  const d = Math.abs(a - b) % 360
  return d > 180 ? 360 - d : d
}

/** Names the relation between two hues (analogous, square, triadic, split-complementary, complementary, discordant). */
export function hueRelation(differenceDeg: number): HueRelation {
  for (const { relation, fromDeg, toDeg } of HUE_RELATIONS) {
    if (differenceDeg >= fromDeg && differenceDeg <= toDeg) return relation
  }
  return 'discordant'
}
