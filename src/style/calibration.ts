/**
 * Every number the styling rules use, in one place, with where it came from. Sources are in
 * docs/styling.md and the research notes; **(ours)** marks a starting calibration with no published basis: change it
 * here when evidence says so, and the tests in test/style tell you what moved.
 */
import type {
  BagMaterial,
  Embellishment,
  GarmentFit,
  Neckline,
  Occasion,
  RuleName,
  StrapKind,
} from './types.js'

// ---------------------------------------------------------------------------------------------------------------
// Colour

/** OKLCH chroma below which a colour reads as neutral (black, white, grey). (ours; trial: navy 0.050, denim 0.073) */
export const NEUTRAL_CHROMA = 0.05
/** Chroma below which a warm, dark or denim colour still reads as a neutral in dress (camel 0.078, olive 0.090). (ours) */
export const COLOURED_NEUTRAL_CHROMA = 0.1
/** Warm hue band (OKLCH degrees) of the browns, camels, beiges, khakis and olives. (ours) */
export const WARM_HUE_DEG: readonly [number, number] = [30, 130]
/** Denim blues (OKLCH degrees). (ours) */
export const DENIM_HUE_DEG: readonly [number, number] = [220, 270]
/** Lightness below which a colour counts as dark (navy, chocolate). (ours) */
export const DARK_LIGHTNESS = 0.45
/** Deep colours (burgundy L 0.38 C 0.152, forest, deep navy) read as neutrals up to this chroma when darker than `DEEP_LIGHTNESS`. (ours) */
export const DEEP_CHROMA = 0.16
/** See `DEEP_CHROMA`. Cobalt (L 0.43, C 0.172) stays bright. (ours) */
export const DEEP_LIGHTNESS = 0.4
/** Darker than this, any colour reads as a coloured neutral: CSS navy #000080 (L 0.27, C 0.19), aubergine. (ours) */
export const VERY_DARK_LIGHTNESS = 0.3
/** Chroma from which a colour is bright (cobalt 0.172, hot pink 0.197, fuchsia 0.322). (research model) */
export const BRIGHT_CHROMA = 0.15

/** Area-weighted ΔE00 under which the bag is tonal with the outfit: it recedes. (research model) */
export const TONAL_DELTA_E = 12
/** Pop model: P = clamp((ΔE_w − 15)/25) × clamp((C − 0.05)/0.10) × clamp((N − 0.4)/0.4). (research model) */
export const POP_DELTA_E: readonly [number, number] = [15, 40]
/** See `POP_DELTA_E`: the chroma ramp of the bag. */
export const POP_CHROMA: readonly [number, number] = [0.05, 0.15]
/** See `POP_DELTA_E`: the neutral-share ramp of the outfit. */
export const POP_NEUTRAL_SHARE: readonly [number, number] = [0.4, 0.8]
/** Pop from which a bag reads like jewellery. (research model) */
export const JEWELLERY_POP = 0.6
/** Neutral share below which a bright bag competes with a coloured outfit. (ours) */
export const COMPETING_NEUTRAL_SHARE = 0.4

/**
 * Accent credit per garment for a coloured bag: how well the bag reads as the one accent against that piece.
 * A neutral piece earns `NEUTRAL_FLOOR` plus up to the rest by ΔE00 along `POP_DELTA_E`; a coloured piece earns at
 * most the floor (an echo of the bag), less when it merely harmonises, least when it clashes. Keeping every coloured
 * credit at or below the neutral floor is what makes a more neutral outfit never lower a bright bag's score. (ours)
 */
export const ACCENT_CREDIT = { neutralFloor: 0.4, echo: 0.4, harmonious: 0.3, discordant: 0.1 } as const
/** ΔE00 under which another piece echoes the bag's colour. (research model) */
export const ECHO_DELTA_E = 20
/** Contrast score of a neutral bag: 0.3 when tonal (ΔE_w ≤ 12), rising to 0.8 at ΔE_w 40. (ours) */
export const CONTRAST_SCORE = { tonal: 0.3, max: 0.8, fullAtDeltaE: 40 } as const
/** WCAG contrast below which a bag's outline blurs into the garment behind it (3:1 is WCAG's non-text minimum). */
export const OUTLINE_CONTRAST = 3
/** Colour scores under this get a suggestion of colours that would pop. (ours) */
export const SUGGEST_COLOUR_BELOW = 0.6

/**
 * Hue relations on the OKLCH wheel (research notes: complementary 180°, split-complementary 150°/210°, analogous
 * ±30°, triadic 120°, square 90°), each matched within ±15° (ours). Anything else is discordant.
 */
export const HUE_RELATIONS = [
  { relation: 'analogous', fromDeg: 0, toDeg: 30 },
  { relation: 'square', fromDeg: 75, toDeg: 105 },
  { relation: 'triadic', fromDeg: 105, toDeg: 135 },
  { relation: 'split-complementary', fromDeg: 135, toDeg: 165 },
  { relation: 'complementary', fromDeg: 165, toDeg: 180 },
] as const

/** Bright bag colours the colour rule tries when it suggests an alternative (plain words from `PLAIN_COLOURS`). */
export const SUGGESTED_BAG_COLOURS: readonly string[] = [
  'hot pink',
  'fuchsia',
  'red',
  'tangerine',
  'lemon',
  'emerald',
  'kelly green',
  'turquoise',
  'cobalt',
  'violet',
]

/**
 * Plain colour words for explanations, each with a typical swatch (ours: common fashion usage; navy, camel and
 * cobalt are the research trial's swatches). A colour gets the word whose swatch is nearest by ΔE00. Typed as
 * colours, these words mean what they mean in fashion, before CSS: "navy" is this navy, not CSS #000080, "beige"
 * this beige, not CSS #f5f5dc (which reads as ivory), "khaki" a greyed tan, not CSS's yellow #f0e68c.
 */
export const PLAIN_COLOURS: Readonly<Record<string, string>> = {
  black: '#000000',
  charcoal: '#36454f',
  grey: '#808080',
  'light grey': '#c8c8c8',
  white: '#ffffff',
  ivory: '#fffff0',
  cream: '#f3e5c0',
  beige: '#e8d9c0',
  taupe: '#8b7d6b',
  khaki: '#c3b091',
  camel: '#c19a6b',
  tan: '#d2b48c',
  cognac: '#9a463d',
  brown: '#6f4e37',
  chocolate: '#3d2b1f',
  navy: '#1f2a44',
  'dark blue': '#00008b',
  denim: '#5d7a99',
  'sky blue': '#87ceeb',
  'baby blue': '#bcd4e6',
  cobalt: '#0047ab',
  'royal blue': '#4169e1',
  turquoise: '#30d5c8',
  teal: '#008080',
  'forest green': '#228b22',
  'kelly green': '#4cbb17',
  emerald: '#50c878',
  mint: '#98e2c6',
  sage: '#9caf88',
  olive: '#556b2f',
  lemon: '#fff44f',
  yellow: '#ffd700',
  mustard: '#d4a017',
  gold: '#c9a23f',
  tangerine: '#f28500',
  orange: '#ffa500',
  coral: '#ff7f50',
  rust: '#b7410e',
  red: '#d2042d',
  burgundy: '#800020',
  'hot pink': '#ff69b4',
  fuchsia: '#ff00ff',
  pink: '#ffc0cb',
  blush: '#e8b4b8',
  nude: '#e3bc9a',
  'dusty rose': '#c48b8f',
  lilac: '#c8a2c8',
  lavender: '#b4a7d6',
  violet: '#7f00ff',
  purple: '#6a0dad',
  plum: '#673147',
  silver: '#c0c0c0',
}

// ---------------------------------------------------------------------------------------------------------------
// Proportion

/** Height the width rule is anchored at, and assumed when none is given, cm (stylist rule: 30 cm bag at 165 cm). */
export const REFERENCE_HEIGHT_CM = 165
/** Everyday bag width at the reference height, mm (stylist rule of thumb). */
export const REFERENCE_WIDTH_MM = 300
/** Extra width per cm of height, mm: 35–40 cm at 175 cm, 40–45 cm at 180 cm gives 8.3 mm/cm. (research model) */
export const WIDTH_PER_HEIGHT_MM_PER_CM = 8.3
/** Garment volume by fit, from ease (fitted ≤ 6 cm → 0, 6–10 → 0.33, 10–18 → 0.66, ≥ 18 → 1). (research model) */
export const FIT_VOLUME: Readonly<Record<GarmentFit, number>> = {
  fitted: 0,
  regular: 0.33,
  relaxed: 0.66,
  oversized: 1,
}
/** Added outfit volume per visible layer beyond one. (research model) */
export const VOLUME_PER_EXTRA_LAYER = 0.15
/** Added outfit volume when any garment is of heavy fabric. (research model) */
export const VOLUME_HEAVY_FABRIC = 0.15
/** Ratio p from which the bag is balanced, and under which it is jewellery scale. (research model) */
export const PROPORTION_BALANCED = 0.3
/** See `PROPORTION_BALANCED`. */
export const PROPORTION_JEWELLERY = 0.2
/** Lowest proportion score when a bag that pops is worn as a deliberate statement. (ours) */
export const STATEMENT_FLOOR = 0.7

// ---------------------------------------------------------------------------------------------------------------
// Placement

/** Necklace: widest bag, mm (Le Petit Chiquito, 53 mm, is worn as one; 8 cm from the research model). */
export const NECKLACE_MAX_WIDTH_MM = 80
/** Necklace: heaviest bag, g (research model; Le Petit Chiquito is about 100 g). */
export const NECKLACE_MAX_WEIGHT_G = 150
/** Necklace: shortest strap that goes over a head, mm (ours: adult head circumference is about 55–58 cm). */
export const NECKLACE_MIN_STRAP_MM = 600
/** Necklace suitability by neckline (ours): open necklines frame a pendant best. Unknown counts as crew. */
export const NECKLINE_SUITABILITY: Readonly<Record<Neckline, number>> = {
  open: 1,
  crew: 0.8,
  high: 0.7,
  collar: 0.5,
}
/** Necklace suitability by strap (ours). */
export const NECKLACE_STRAP_SUITABILITY: Partial<Record<StrapKind, number>> = {
  chain: 1,
  cord: 0.9,
  leather: 0.85,
  fabric: 0.8,
}
/** Belt: deepest bag, mm (research model), and widest (ours: a belt bag such as LV's Dauphine bumbag is 12 cm). */
export const BELT_MAX_DEPTH_MM = 40
/** See `BELT_MAX_DEPTH_MM`. */
export const BELT_MAX_WIDTH_MM = 200
/** Charm: the micro bag at most this share of the host bag's width. (ours) */
export const CHARM_MAX_WIDTH_SHARE = 1 / 3
/** Boost to necklace and charm when the proportion rule says jewellery scale. (ours) */
export const JEWELLERY_SCALE_BOOST = 0.2
/** How fitting each placement is for each occasion, before the other factors. (ours) */
export const PLACEMENT_BY_OCCASION: Readonly<
  Record<Occasion, { necklace: number; belt: number; charm: number }>
> = {
  everyday: { necklace: 0.8, belt: 0.9, charm: 0.8 },
  work: { necklace: 0.7, belt: 0.7, charm: 0.8 },
  travel: { necklace: 0.7, belt: 1, charm: 0.8 },
  wedding: { necklace: 0.8, belt: 0.5, charm: 0.4 },
  evening: { necklace: 0.9, belt: 0.6, charm: 0.6 },
  cocktail: { necklace: 0.9, belt: 0.5, charm: 0.5 },
  'black-tie': { necklace: 0.7, belt: 0.3, charm: 0.3 },
}
/** Belt suitability factor when an oversized outer layer hides the waist. (ours) */
export const BELT_HIDDEN_FACTOR = 0.7
/** Carried on its strap or in the hand: suitability = base + span × proportion score. (ours) */
export const CARRIED_SUITABILITY = { base: 0.4, span: 0.5 } as const

// ---------------------------------------------------------------------------------------------------------------
// Practicality

/** Weight of each essential in the practicality score. (research model) */
export const ESSENTIAL_WEIGHT = { phone: 0.35, keys: 0.25, card: 0.2, lipstick: 0.1, other: 0.1 } as const
/** Credit for where an essential is carried. (ours: pockets are as good as the bag, a second piece costs a little) */
export const PLACE_CREDIT = { bag: 1, pocket: 1, companion: 0.8, nowhere: 0 } as const
/** Cap on the practicality score when the phone has no place. (research model) */
export const NO_PHONE_CAP = 0.5
/** Credit when only an interior volume is known and the item is not ruled out by it: likely, shape unchecked. (ours) */
export const VOLUME_LIKELY_CREDIT = 0.75
/**
 * Volume of each essential, ml, for the volume-only check: the bounding boxes of the seed kit `essentials`
 * (data/seed/kits.json), so this check and the fit engine judge the same things. phone: Apple iPhone 15,
 * 71.6 × 147.6 × 7.8 mm (sourced, shared/data/items.json); card: ISO/IEC 7810 ID-1, 85.6 × 53.98 × 0.76 mm
 * (sourced); lipstick: 22 × 75 × 22 mm (typical, data/seed/typical-items.json: top of the sourced 65–75 mm case
 * range, a usual 22 mm diameter); keys: two house keys of 24 × 58 × 2.5 mm (typical, same file).
 */
export const ESSENTIAL_VOLUME_ML: Readonly<Record<Exclude<keyof typeof ESSENTIAL_WEIGHT, 'other'>, number>> =
  {
    phone: (71.6 * 147.6 * 7.8) / 1000,
    keys: (2 * 24 * 58 * 2.5) / 1000,
    card: (85.6 * 53.98 * 0.76) / 1000,
    lipstick: (22 * 75 * 22) / 1000,
  }
/**
 * Longest side of each essential, mm, from the same kit: what a host bag (a tote carried too) must at least span to
 * take it. A host bag is given by its width alone, so this is a necessary condition, not a proof that it fits.
 */
export const ESSENTIAL_LONGEST_MM: Readonly<Record<Exclude<keyof typeof ESSENTIAL_WEIGHT, 'other'>, number>> = {
  phone: 147.6,
  keys: 58,
  card: 85.6,
  lipstick: 75,
}

// ---------------------------------------------------------------------------------------------------------------
// Occasion

/**
 * Dress level (0 casual, 1 black tie) of each finish: the bag's material or an embellishment. The order follows the
 * research notes (black tie favours satin, silk or velvet and metallic or jewelled minaudières, the hard evening case
 * Van Cleef & Arpels introduced in the 1930s; cocktail allows beading, patent and chain straps); the numbers are
 * (ours). `other` is not here: a material we cannot place is unknown, not casual.
 */
export const FINISH_LEVEL: Readonly<Partial<Record<Embellishment | BagMaterial, number>>> = {
  crystal: 1,
  pearl: 0.95,
  metallic: 0.95,
  satin: 0.95,
  metal: 0.9,
  silk: 0.9,
  velvet: 0.9,
  sequin: 0.85,
  beading: 0.85,
  feather: 0.85,
  patent: 0.7,
  acrylic: 0.6,
  leather: 0.5,
  suede: 0.45,
  nylon: 0.15,
  canvas: 0.15,
  raffia: 0.1,
}
/** Dress level of how it is held: a clutch (no strap) or a chain is the evening way (research model); the rest (ours). */
export const STRAP_LEVEL: Readonly<Record<StrapKind | 'none', number>> = {
  none: 1,
  chain: 0.9,
  handle: 0.7,
  leather: 0.5,
  cord: 0.4,
  fabric: 0.2,
  belt: 0,
}
/** Dress level of the build: a rigid case reads as a minaudière, a soft one as day wear. (ours) */
export const STRUCTURE_LEVEL = { structured: 1, soft: 0.3 } as const
/**
 * How the parts make the dress level: a weighted mean of those known. The finish dominates, as in the research
 * model's evening score (0.4 embellishment against 0.2 each for structure and strap); without it the level is
 * unknown. (ours)
 */
export const DRESS_PARTS = { finish: 0.7, structure: 0.15, strap: 0.15 } as const
/**
 * The dress levels each occasion suits, [low, high]. Under the band the bag is under-dressed (canvas at black tie),
 * over it over-dressed (a crystal minaudière at work). (ours: the dress codes of the research notes placed on one scale)
 */
export const OCCASION_DRESS_BAND: Readonly<Record<Occasion, readonly [number, number]>> = {
  everyday: [0, 0.7],
  work: [0.3, 0.7],
  travel: [0, 0.6],
  wedding: [0.5, 0.95],
  evening: [0.45, 1],
  cocktail: [0.6, 1],
  'black-tie': [0.8, 1],
}
/** How far outside the band scores 0: score = 1 − distance / this. (ours) */
export const DRESS_TOLERANCE = 0.4

// ---------------------------------------------------------------------------------------------------------------
// Overall

/**
 * Rule weights by occasion; each row sums to 1. The occasion rule weighs most where dress codes are strict (black tie)
 * and least for travel; when a rule cannot judge, its weight goes to the others in proportion. (ours)
 */
export const OCCASION_WEIGHTS: Readonly<Record<Occasion, Readonly<Record<RuleName, number>>>> = {
  everyday: { colour: 0.3, proportion: 0.2, placement: 0.1, practicality: 0.25, occasion: 0.15 },
  work: { colour: 0.25, proportion: 0.2, placement: 0.1, practicality: 0.25, occasion: 0.2 },
  travel: { colour: 0.2, proportion: 0.15, placement: 0.1, practicality: 0.45, occasion: 0.1 },
  wedding: { colour: 0.3, proportion: 0.2, placement: 0.15, practicality: 0.1, occasion: 0.25 },
  evening: { colour: 0.25, proportion: 0.2, placement: 0.15, practicality: 0.1, occasion: 0.3 },
  cocktail: { colour: 0.25, proportion: 0.2, placement: 0.15, practicality: 0.1, occasion: 0.3 },
  'black-tie': { colour: 0.25, proportion: 0.15, placement: 0.1, practicality: 0.1, occasion: 0.4 },
}
/** Overall score thresholds for the verdict words. (ours) */
export const VERDICT_FROM = { strong: 0.75, good: 0.6, mixed: 0.45 } as const
