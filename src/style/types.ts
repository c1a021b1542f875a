/**
 * The styling advisor's data: what it reads (a bag, an outfit, a wearer, an occasion, an optional capacity) and what
 * it answers (five rule results and a verdict). Plain objects only, so the advisor runs in the CLI, the server, a
 * Worker and the browser. Lengths in millimetres except the wearer's height (centimetres, as people say it).
 * Colours are CSS colour text: `#ff1493`, `hotpink`, `rgb(255 20 147)`, `oklch(0.65 0.26 357)`.
 */

/** The five rules, in the order the advisor runs them. */
export type RuleName = 'colour' | 'proportion' | 'placement' | 'practicality' | 'occasion'

/** Every rule name, in run order. */
export const RULE_NAMES: readonly RuleName[] = [
  'colour',
  'proportion',
  'placement',
  'practicality',
  'occasion',
]

/**
 * Occasions the advisor knows; each weighs the rules differently (see `OCCASION_WEIGHTS`) and suits a band of dress
 * levels (see `OCCASION_DRESS_BAND`).
 */
export type Occasion = 'everyday' | 'work' | 'travel' | 'wedding' | 'evening' | 'cocktail' | 'black-tie'

/** Every occasion, day first, then by formality. */
export const OCCASIONS: readonly Occasion[] = [
  'everyday',
  'work',
  'travel',
  'wedding',
  'evening',
  'cocktail',
  'black-tie',
]

/** What a bag's body is made of (the outer surface people see). */
export type BagMaterial =
  | 'leather'
  | 'patent'
  | 'suede'
  | 'satin'
  | 'silk'
  | 'velvet'
  | 'metal'
  | 'acrylic'
  | 'raffia'
  | 'canvas'
  | 'nylon'
  | 'other'

/** Every bag material. */
export const BAG_MATERIALS: readonly BagMaterial[] = [
  'leather',
  'patent',
  'suede',
  'satin',
  'silk',
  'velvet',
  'metal',
  'acrylic',
  'raffia',
  'canvas',
  'nylon',
  'other',
]

/** Decoration on the bag's surface. `metallic` means a metallic finish (lamé, gold or silver leather). */
export type Embellishment = 'crystal' | 'feather' | 'sequin' | 'beading' | 'pearl' | 'metallic'

/** Every embellishment. */
export const EMBELLISHMENTS: readonly Embellishment[] = [
  'crystal',
  'feather',
  'sequin',
  'beading',
  'pearl',
  'metallic',
]

/**
 * How a bag is held. `handle` is a top handle or wrist loop; `belt` is a waist belt of the bag's own (a belt bag);
 * the others are straps long enough to go over a shoulder.
 */
export type StrapKind = 'chain' | 'cord' | 'leather' | 'fabric' | 'handle' | 'belt'

/** Every strap kind. */
export const STRAP_KINDS: readonly StrapKind[] = ['chain', 'cord', 'leather', 'fabric', 'handle', 'belt']

/** One strap or handle. `lengthMm` is the full length end to end, when known. */
export interface Strap {
  kind: StrapKind
  lengthMm?: number
}

/**
 * The bag, as plain facts. Only `id`, `widthMm` and `colour` are required; the rules say what they assumed for
 * anything missing.
 */
export interface StyleBag {
  /** Stable id, e.g. `jacquemus-le-petit-chiquito`. */
  id: string
  /** Name for people, e.g. `Jacquemus Le Petit Chiquito`. Defaults to the id. */
  name?: string
  /** Exterior width in mm (left to right, the size people see). */
  widthMm: number
  /** Exterior height in mm, body only. */
  heightMm?: number
  /** Exterior depth in mm (front to back). */
  depthMm?: number
  /** Main colour as CSS colour text. */
  colour: string
  material?: BagMaterial
  /** Surface decoration; `[]` for none. */
  embellishments?: Embellishment[]
  /** True for a rigid, shape-holding bag (box, frame, minaudière). */
  isStructured?: boolean
  /** Every strap and handle it comes with; `[]` for a clutch. Unknown when absent. */
  straps?: Strap[]
  /** True when it has a clip, carabiner or ring that hooks onto a belt or another bag's handle. */
  hasClip?: boolean
  /** Weight in grams, empty. */
  weightG?: number
}

/** How loosely a garment fits. Ease (room between body and cloth) from about 4–6 cm (fitted) to 18 cm or more (oversized). */
export type GarmentFit = 'fitted' | 'regular' | 'relaxed' | 'oversized'

/** Every garment fit, tightest first. */
export const GARMENT_FITS: readonly GarmentFit[] = ['fitted', 'regular', 'relaxed', 'oversized']

/** Where a garment sits: worn against the body, over it (a cardigan, a blazer), or outermost (a coat). */
export type GarmentLayer = 'base' | 'mid' | 'outer'

/** Every garment layer, innermost first. */
export const GARMENT_LAYERS: readonly GarmentLayer[] = ['base', 'mid', 'outer']

/** One visible garment or accessory. */
export interface Garment {
  /** What it is, e.g. `coat`, `dress`, `scarf`. Used in explanations. */
  name?: string
  /** Main colour as CSS colour text. */
  colour: string
  fit: GarmentFit
  /**
   * Share of the outfit's visible area, any positive number: shares are normalised to sum to 1, so `70` and `30`
   * mean the same as `0.7` and `0.3`.
   */
  share: number
  /** Default `base`. */
  layer?: GarmentLayer
  /** True for heavy fabric (wool coat, puffer, chunky knit): adds visual volume. */
  isHeavy?: boolean
  /** True when it has pockets you can use. */
  hasPockets?: boolean
}

/** What someone wears: at least one garment. */
export interface Outfit {
  name?: string
  garments: Garment[]
}

/** How open the neckline is: `open` (V, scoop, strapless), `crew`, `high` (turtleneck, mock neck), `collar` (shirt). */
export type Neckline = 'open' | 'crew' | 'high' | 'collar'

/** Every neckline. */
export const NECKLINES: readonly Neckline[] = ['open', 'crew', 'high', 'collar']

/** Whether there is something to hang a bag on at the waist: a belt, belt loops only, or neither. */
export type BeltKind = 'belt' | 'loops' | 'none'

/** Every belt kind. */
export const BELT_KINDS: readonly BeltKind[] = ['belt', 'loops', 'none']

/** A larger bag carried at the same time, which could hold the micro bag as a charm. */
export interface HostBag {
  name?: string
  /** Exterior width in mm. */
  widthMm: number
  /** True when it has a handle or strap ring to clip onto. */
  hasHandle: boolean
}

/** The person wearing it. Everything optional; the rules say what they assumed. */
export interface Wearer {
  /** Height in cm (100–230). Assumed 165 cm when absent. */
  heightCm?: number
  neckline?: Neckline
  belt?: BeltKind
  hostBag?: HostBag
}

/** Categories of everyday things, each with a weight in the practicality score. */
export type Essential = 'phone' | 'keys' | 'card' | 'lipstick' | 'other'

/** Every essential, most important first. */
export const ESSENTIALS: readonly Essential[] = ['phone', 'keys', 'card', 'lipstick', 'other']

/** Where a thing ends up in a carry plan: in the micro bag, a pocket of the outfit, a companion piece (tote, pouch), or nowhere. */
export type CarryPlace = 'bag' | 'pocket' | 'companion' | 'nowhere'

/** Every carry place. */
export const CARRY_PLACES: readonly CarryPlace[] = ['bag', 'pocket', 'companion', 'nowhere']

/** One thing and where the caller's fit engine or carry planner put it. */
export interface PlacedEssential {
  /** The item's id, e.g. `apple-iphone-16`. */
  id?: string
  essential: Essential
  where: CarryPlace
}

/**
 * What the bag can hold, computed by the caller (the advisor does no packing):
 * - `placed`: each essential and where the fit engine or carry planner put it (exact);
 * - `volume`: only an interior volume estimate in millilitres (an upper bound: shape is not checked).
 * Without either, the practicality rule says the capacity is unknown.
 */
export type CapacityInput =
  | {
      kind: 'placed'
      items: PlacedEssential[]
      /** True when the caller also tried the outfit's pockets, so what has no place fits none of them either. */
      pocketsChecked?: boolean
    }
  | { kind: 'volume'; interiorMl: number }

/** Everything `adviseStyle` reads. `occasion` defaults to `everyday`. */
export interface StyleInput {
  bag: StyleBag
  outfit: Outfit
  wearer?: Wearer
  occasion?: Occasion
  capacity?: CapacityInput
}

/** A concrete change to try, always naming the rule that produced it. */
export interface Suggestion {
  rule: RuleName
  text: string
}

/**
 * One rule's answer: a score in 0..1 (or null when it cannot judge), its weight for the occasion, a short verdict,
 * reasons with numbers, and suggestions.
 */
export interface RuleResult<Details = unknown> {
  rule: RuleName
  /**
   * 0 (works against the outfit) to 1 (ideal); null when what the rule needs is not known (the bag's capacity, its
   * material). Unknown is never scored as a middling number: the rule is left out of the overall score.
   */
  score: number | null
  /**
   * This rule's weight in the overall score for the occasion: the weights of the rules that judge sum to 1, a rule
   * that cannot judge weighs 0 and its share goes to the others in proportion.
   */
  weight: number
  /** A few words, e.g. `reads like jewellery`. */
  verdict: string
  reasons: string[]
  suggestions: Suggestion[]
  /** The numbers behind the score. */
  details: Details
}

/** A colour as people hear it: a plain word for explanations and a playful name from color-name-list for flavour. */
export interface ColourName {
  /** The colour as given, as sRGB hex (clamped into gamut). */
  hex: string
  /** A plain word: `hot pink`, `camel`, `navy`. */
  word: string
  /** The nearest name in color-name-list's best-of list, e.g. `Pop That Gum`. */
  name: string
  /** ΔE00 from the colour to that name's swatch. */
  nameDeltaE00: number
}

/** How a colour reads in dress: `neutral` (black, white, grey), `coloured-neutral` (camel, navy, denim, olive, burgundy), `muted`, `bright`. */
export type ColourClass = 'neutral' | 'coloured-neutral' | 'muted' | 'bright'

/** How the bag's colour reads against the outfit. */
export type ColourReading = 'jewellery' | 'accent' | 'competing' | 'contrast' | 'tonal'

/** The colour rule's numbers. */
export interface ColourDetails {
  bag: ColourName & { class: ColourClass; oklch: { l: number; c: number; h: number | null } }
  garments: (ColourName & { class: ColourClass; share: number; deltaE00: number })[]
  /** Area-weighted ΔE00 between the bag and the outfit. */
  deltaE00Weighted: number
  /** Share of the outfit in neutral or coloured-neutral colours, 0..1. */
  neutralShare: number
  /** How strongly the bag pops, 0..1 (≥ 0.6 reads like jewellery). */
  pop: number
  reading: ColourReading
  /** WCAG contrast ratio between the bag and the garment behind it (outline visibility only). */
  outlineContrast: number
  /** Hue relations among the coloured pieces (bag included). */
  harmonies: { between: [string, string]; relation: HueRelation; hueDifferenceDeg: number }[]
}

/** How two hues relate on the OKLCH wheel. */
export type HueRelation =
  'analogous' | 'square' | 'triadic' | 'split-complementary' | 'complementary' | 'discordant'

/** How big the bag reads against the outfit. */
export type ProportionReading = 'balanced' | 'reads small' | 'jewellery scale'

/** The proportion rule's numbers. */
export interface ProportionDetails {
  widthMm: number
  heightCm: number
  isHeightAssumed: boolean
  /** Everyday bag width that suits this height, mm. */
  referenceWidthMm: number
  /** Outfit volume V (0 for all fitted, one layer; grows with ease, layers and heavy fabric). */
  outfitVolume: number
  layers: number
  /** p = (width / reference) / (1 + V). */
  ratio: number
  reading: ProportionReading
  /** True when a bag that pops lifts a small ratio (worn as a deliberate statement). */
  isStatement: boolean
}

/** Where a micro bag can be worn. `carried` is the usual way: on its strap or in the hand. */
export type PlacementName = 'necklace' | 'belt' | 'charm' | 'carried'

/** One placement's answer. */
export interface PlacementOption {
  placement: PlacementName
  isFeasible: boolean
  /** 0..1; 0 when not feasible. */
  suitability: number
  reasons: string[]
}

/** The placement rule's numbers. */
export interface PlacementDetails {
  options: PlacementOption[]
  best: PlacementName
}

/** The practicality rule's numbers: per essential, where it goes and the credit it earns. */
export interface PracticalityDetails {
  mode: 'placed' | 'volume' | 'unknown'
  essentials: {
    essential: Essential
    /** `host bag`: no place in the bag or pockets, assumed carried in the larger bag carried too (`wearer.hostBag`). */
    where: CarryPlace | 'host bag' | 'fits by volume' | 'too big by volume' | 'unknown'
    credit: number
  }[]
  interiorMl?: number
}

/** How a bag's dress level compares with what the occasion asks: within its band, under it, over it, or unknown. */
export type DressFit = 'right' | 'under-dressed' | 'over-dressed' | 'unknown'

/** The occasion rule's numbers: the bag's dress level (0 casual to 1 black tie) from its parts, and the occasion's band. */
export interface OccasionDetails {
  /** Null when the finish (material and embellishments) is not known. */
  dressLevel: number | null
  /** The dress levels the occasion suits, [low, high]. */
  band: readonly [number, number]
  fit: DressFit
  /** The parts, each 0..1, null where not known: the finish (the dressiest of material and embellishments), structure, strap. */
  finish: number | null
  structure: number | null
  strap: number | null
}

/** A rule result that always judges (colour, proportion and placement need only the bag's width and colour). */
export type JudgedRuleResult<Details = unknown> = RuleResult<Details> & { score: number }

/** The five rule results by name. */
export interface RuleResults {
  colour: JudgedRuleResult<ColourDetails>
  proportion: JudgedRuleResult<ProportionDetails>
  placement: JudgedRuleResult<PlacementDetails>
  practicality: RuleResult<PracticalityDetails>
  occasion: RuleResult<OccasionDetails>
}

/** The overall verdict words, best first. */
export type StyleVerdict = 'strong' | 'good' | 'mixed' | 'weak'

/** What `adviseStyle` returns. */
export interface StyleAdvice {
  bag: { id: string; name: string }
  occasion: Occasion
  /** Weighted mean of the scores of the rules that judge, 0..1. */
  overall: number
  /** Rules that cannot judge (what they need is not known), left out of `overall`. */
  unjudged: RuleName[]
  verdict: StyleVerdict
  /** One sentence for people. */
  summary: string
  rules: RuleResults
  /** Every rule's suggestions, the ones that could gain most first. */
  suggestions: Suggestion[]
}

/** One row of `rankBags`. */
export interface RankedBag {
  rank: number
  bagId: string
  name: string
  overall: number
  verdict: StyleVerdict
  /** Each rule's score; null where it cannot judge. */
  scores: Record<RuleName, number | null>
  /** Whether the bag's capacity for the essentials is known; bags whose capacity is unknown rank after those whose is. */
  isCapacityKnown: boolean
  /** The strongest reason this bag ranks where it does. */
  headline: string
}
