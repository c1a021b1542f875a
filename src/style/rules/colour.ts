/**
 * Rule 4, colour: a bright micro bag against a neutral outfit reads like jewellery; a bag the colour of the outfit
 * recedes. Colours are classed in OKLCH, contrast is CIEDE2000 between the bag and each garment weighted by area,
 * and harmony is the hue angle between the coloured pieces.
 *
 * Score (calibration in calibration.ts):
 *   k = 0 for a neutral bag, else clamp((C_bag − 0.05) / 0.10)          how colourful the bag is
 *   A = Σ share_i × credit_i                                            how well it reads as the one accent
 *       credit_i = 0.4 + 0.6 × clamp((ΔE_i − 15) / 25)  neutral piece
 *                = 0.4 echo (ΔE_i < 20), 0.3 harmonious, 0.1 discordant  coloured piece
 *   K = 0.3 + 0.5 × clamp((ΔE_w − 12) / 28)                             contrast of a neutral bag (0.3: tonal)
 *   score = k × A + (1 − k) × K
 * A coloured piece never earns more than a neutral one, so a more neutral outfit never lowers a bright bag's score.
 */
import {
  ACCENT_CREDIT,
  COMPETING_NEUTRAL_SHARE,
  CONTRAST_SCORE,
  ECHO_DELTA_E,
  JEWELLERY_POP,
  OUTLINE_CONTRAST,
  POP_CHROMA,
  POP_DELTA_E,
  POP_NEUTRAL_SHARE,
  SUGGESTED_BAG_COLOURS,
  SUGGEST_COLOUR_BELOW,
  TONAL_DELTA_E,
} from '../calibration.js'
import type { CheckedGarment, CheckedInput } from '../check-input.js'
import {
  classifyColour,
  contrastRatio,
  deltaE00,
  hueDifferenceDeg,
  hueRelation,
  isNeutralClass,
} from '../colour.js'
import type { Colour } from '../colour.js'
import { nameColour, plainColour } from '../colour-names.js'
import { listWords, percent, ramp, round } from '../numbers.js'
import type { ColourClass, ColourDetails, ColourReading, JudgedRuleResult, Suggestion } from '../types.js'

/** The numbers the colour rule derives from one bag colour and one outfit. */
interface ColourMeasure {
  bagClass: ColourClass
  garmentClasses: ColourClass[]
  deltaEs: number[]
  deltaE00Weighted: number
  neutralShare: number
  /** k: 0 for a neutral bag, up to 1 for a bright one. */
  chromaFactor: number
  accent: number
  contrast: number
  pop: number
  score: number
  reading: ColourReading
}

const VERDICT: Record<ColourReading, string> = {
  jewellery: 'reads like jewellery',
  accent: 'a soft accent',
  competing: 'competes with the outfit',
  contrast: 'neutral contrast',
  tonal: 'recedes (tonal)',
}

/** Scores how the bag's colour reads against the outfit. `weight` is the rule's weight for the occasion. */
export function colourRule(input: CheckedInput, weight: number): JudgedRuleResult<ColourDetails> {
  const { bagColour, garments } = input
  const m = measureColour(bagColour, garments)
  const bagName = nameColour(bagColour)
  const names = garments.map((g) => nameColour(g.colourOf))
  const piece = (i: number) => `${names[i]!.word} ${garments[i]!.label}`
  const reasons: string[] = []
  const suggestions: Suggestion[] = []

  // 1. The bag's own colour class.
  const { l, c } = bagColour.oklch
  reasons.push(
    `The bag is ${bagName.word} ("${bagName.name}", ${bagColour.hex}), ${describeClass(m.bagClass)}: OKLCH lightness ${round(l, 2)}, chroma ${round(c, 3)}.`,
  )
  // 2. Contrast against the outfit, area-weighted, and how much of it is neutral.
  const parts = garments.map((g, i) => `${piece(i)} ${percent(g.share)}, ΔE00 ${round(m.deltaEs[i]!, 1)}`)
  reasons.push(
    `Against the outfit (${parts.join('; ')}) the area-weighted ΔE00 is ${round(m.deltaE00Weighted, 1)}; ${percent(m.neutralShare)} of the outfit is neutral.`,
  )
  // 3. What that adds up to.
  reasons.push(readingReason(m, bagName.word, describeOutfit(garments, names)))
  // 4. Echoes: another piece in (nearly) the bag's colour ties it in.
  if (m.chromaFactor > 0) {
    garments.forEach((g, i) => {
      if (!isNeutralClass(m.garmentClasses[i]!) && m.deltaEs[i]! < ECHO_DELTA_E) {
        reasons.push(
          `The ${piece(i)} echoes the bag (ΔE00 ${round(m.deltaEs[i]!, 1)}), which ties it into the outfit.`,
        )
      }
    })
  }
  // 5. Harmony among the coloured pieces, bag included, by hue angle.
  const harmonies = findHarmonies(input, m, names)
  if (harmonies.length > 0) {
    const text = harmonies.map(
      (h) => `${h.between[0]} and ${h.between[1]} ${h.relation} (${h.hueDifferenceDeg}°)`,
    )
    reasons.push(`Hue relations among the coloured pieces: ${text.join('; ')}.`)
  }
  // 6. Outline: lightness contrast with the garment behind the bag (WCAG, outline only).
  const behind = backdropIndex(garments)
  const outline = contrastRatio(bagColour, garments[behind]!.colourOf)
  if (outline < OUTLINE_CONTRAST) {
    reasons.push(
      `WCAG contrast against the ${piece(behind)} behind it is ${round(outline, 2)}:1 (under ${OUTLINE_CONTRAST}:1): its outline blurs, so it shows by colour, not by lightness.`,
    )
  }

  // Suggestions: colours that would pop, and neutralising a competing piece.
  if (m.score < SUGGEST_COLOUR_BELOW) suggestions.push(...suggestColours(bagColour, garments, names, m))
  if (m.reading === 'competing') {
    const loudest = garments
      .map((g, i) => ({ g, i }))
      .filter(({ i }) => !isNeutralClass(m.garmentClasses[i]!))
      .sort((a, b) => b.g.share - a.g.share)[0]
    if (loudest) {
      suggestions.push({
        rule: 'colour',
        text: `Swap the ${piece(loudest.i)} for a neutral (black, white, grey, camel or navy) so the ${bagName.word} bag is the one accent.`,
      })
    }
  }

  return {
    rule: 'colour',
    score: round(m.score),
    weight,
    verdict: VERDICT[m.reading],
    reasons,
    suggestions,
    details: {
      bag: {
        ...bagName,
        class: m.bagClass,
        oklch: {
          l: round(l),
          c: round(c),
          h: bagColour.oklch.h === null ? null : round(bagColour.oklch.h, 1),
        },
      },
      garments: garments.map((g, i) => ({
        ...names[i]!,
        class: m.garmentClasses[i]!,
        share: round(g.share),
        deltaE00: round(m.deltaEs[i]!, 1),
      })),
      deltaE00Weighted: round(m.deltaE00Weighted, 1),
      neutralShare: round(m.neutralShare),
      pop: round(m.pop),
      reading: m.reading,
      outlineContrast: round(outline, 2),
      harmonies,
    },
  }
}

/**
 * The colour rule's numbers for a bag colour against garments (shares summing to 1). Pure; used for the bag itself
 * and for every candidate colour the rule suggests.
 */
function measureColour(bag: Colour, garments: readonly CheckedGarment[]): ColourMeasure {
  // Class every colour; ΔE00 from the bag to each garment.
  const bagClass = classifyColour(bag)
  const garmentClasses = garments.map((g) => classifyColour(g.colourOf))
  const deltaEs = garments.map((g) => deltaE00(bag, g.colourOf))
  const deltaE00Weighted = garments.reduce((sum, g, i) => sum + g.share * deltaEs[i]!, 0)
  const neutralShare = garments.reduce(
    (sum, g, i) => sum + (isNeutralClass(garmentClasses[i]!) ? g.share : 0),
    0,
  )
  // k: how colourful the bag is; a neutral or coloured-neutral bag is no accent at all.
  const chromaFactor = isNeutralClass(bagClass) ? 0 : ramp(bag.oklch.c, POP_CHROMA)
  // A: accent credit per garment, area-weighted.
  const accent = garments.reduce(
    (sum, g, i) => sum + g.share * accentCredit(bag, g.colourOf, garmentClasses[i]!, deltaEs[i]!),
    0,
  )
  // K: plain contrast, for neutral bags.
  const contrast =
    CONTRAST_SCORE.tonal +
    (CONTRAST_SCORE.max - CONTRAST_SCORE.tonal) *
      ramp(deltaE00Weighted, [TONAL_DELTA_E, CONTRAST_SCORE.fullAtDeltaE])
  const score = chromaFactor * accent + (1 - chromaFactor) * contrast
  // Pop (research model), which decides the reading.
  const pop = ramp(deltaE00Weighted, POP_DELTA_E) * chromaFactor * ramp(neutralShare, POP_NEUTRAL_SHARE)
  const reading: ColourReading =
    deltaE00Weighted < TONAL_DELTA_E
      ? 'tonal'
      : pop >= JEWELLERY_POP
        ? 'jewellery'
        : chromaFactor === 0
          ? 'contrast'
          : neutralShare < COMPETING_NEUTRAL_SHARE
            ? 'competing'
            : 'accent'
  return {
    bagClass,
    garmentClasses,
    deltaEs,
    deltaE00Weighted,
    neutralShare,
    chromaFactor,
    accent,
    contrast,
    pop,
    score,
    reading,
  }
}

/** How well a coloured bag reads as the one accent against one garment (see the file comment). */
function accentCredit(bag: Colour, garment: Colour, garmentClass: ColourClass, deltaE: number): number {
  // A neutral piece: at least the floor, more as the bag stands further from it.
  if (isNeutralClass(garmentClass)) {
    return ACCENT_CREDIT.neutralFloor + (1 - ACCENT_CREDIT.neutralFloor) * ramp(deltaE, POP_DELTA_E)
  }
  // A coloured piece: an echo of the bag, a harmonious hue, or a clash; never above the neutral floor.
  if (deltaE < ECHO_DELTA_E) return ACCENT_CREDIT.echo
  const relation =
    bag.oklch.h === null || garment.oklch.h === null
      ? 'discordant'
      : hueRelation(hueDifferenceDeg(bag.oklch.h, garment.oklch.h))
  return relation === 'discordant' ? ACCENT_CREDIT.discordant : ACCENT_CREDIT.harmonious
}

function describeClass(colourClass: ColourClass): string {
  return {
    neutral: 'a neutral',
    'coloured-neutral': 'a coloured neutral',
    muted: 'a muted colour',
    bright: 'a bright colour',
  }[colourClass]
}

/** "camel and navy": the plain words of the biggest pieces, largest first, each once. */
function describeOutfit(garments: readonly CheckedGarment[], names: readonly { word: string }[]): string {
  const order = garments
    .map((g, i) => ({ share: g.share, word: names[i]!.word }))
    .sort((a, b) => b.share - a.share)
  const words = [...new Set(order.map((o) => o.word))].slice(0, 3)
  return listWords(words)
}

function readingReason(m: ColourMeasure, bagWord: string, outfitWords: string): string {
  const pop = `pop ${round(m.pop, 2)}`
  switch (m.reading) {
    case 'jewellery':
      return `A ${bagWord} bag against this ${outfitWords} outfit reads like jewellery (${pop}, ≥ ${JEWELLERY_POP}).`
    case 'tonal':
      return `ΔE00 ${round(m.deltaE00Weighted, 1)} is under ${TONAL_DELTA_E}: the ${bagWord} bag is tonal with this ${outfitWords} outfit and recedes.`
    case 'competing':
      return `Only ${percent(m.neutralShare)} of the outfit is neutral: the ${bagWord} bag competes with the coloured pieces instead of standing out (${pop}).`
    case 'accent':
      return `The ${bagWord} bag is an accent, but not a strong one (${pop}, under ${JEWELLERY_POP}): more contrast or a brighter colour would make it pop.`
    case 'contrast':
      return `A neutral ${bagWord} bag contrasts with this ${outfitWords} outfit without popping; neutral bags score at most ${CONTRAST_SCORE.max}.`
  }
}

/** Pairs of coloured pieces (the bag first) and their hue relation, at most six, strongest pieces first. */
function findHarmonies(
  input: CheckedInput,
  m: ColourMeasure,
  names: readonly { word: string }[],
): ColourDetails['harmonies'] {
  const pieces: { label: string; hue: number }[] = []
  if (!isNeutralClass(m.bagClass) && input.bagColour.oklch.h !== null)
    pieces.push({ label: `${nameColour(input.bagColour).word} bag`, hue: input.bagColour.oklch.h })
  input.garments.forEach((g, i) => {
    if (!isNeutralClass(m.garmentClasses[i]!) && g.colourOf.oklch.h !== null)
      pieces.push({ label: `${names[i]!.word} ${g.label}`, hue: g.colourOf.oklch.h })
  })
  const result: ColourDetails['harmonies'] = []
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const d = hueDifferenceDeg(pieces[i]!.hue, pieces[j]!.hue)
      result.push({
        between: [pieces[i]!.label, pieces[j]!.label],
        relation: hueRelation(d),
        hueDifferenceDeg: Math.round(d),
      })
    }
  }
  return result.slice(0, 6)
}

/** The garment the bag is seen against: the largest piece of the outermost layer worn. */
function backdropIndex(garments: readonly CheckedGarment[]): number {
  const order = { base: 0, mid: 1, outer: 2 }
  let best = 0
  garments.forEach((g, i) => {
    const b = garments[best]!
    if (order[g.layer] > order[b.layer] || (order[g.layer] === order[b.layer] && g.share > b.share)) best = i
  })
  return best
}

/** Up to two bright colours that would read like jewellery against this outfit and score clearly better, with the ΔE00 of the best. */
function suggestColours(
  bag: Colour,
  garments: readonly CheckedGarment[],
  names: readonly { word: string }[],
  current: ColourMeasure,
): Suggestion[] {
  const candidates = SUGGESTED_BAG_COLOURS.map((word) => ({
    word,
    m: measureColour(plainColour(word)!, garments),
  }))
    .filter(
      (x) =>
        x.m.reading === 'jewellery' && x.m.score >= current.score + 0.1 && x.word !== nameColour(bag).word,
    )
    .sort((a, b) => b.m.score - a.m.score || b.m.deltaE00Weighted - a.m.deltaE00Weighted)
    .slice(0, 2)
  if (candidates.length === 0) return []
  const words = candidates.map((x) => x.word)
  return [
    {
      rule: 'colour',
      text: `${/^[aeiou]/.test(words[0]!) ? 'An' : 'A'} ${listWords(words, 'or')} micro bag would pop against this ${describeOutfit(garments, names)} outfit: ΔE00 ${Math.round(candidates[0]!.m.deltaE00Weighted)}, colour score ${round(candidates[0]!.m.score, 2)}.`,
    },
  ]
}
