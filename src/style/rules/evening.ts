/**
 * Rule 5, evening: an embellished micro bag as the alternative to a clutch, judged by dress code.
 *
 *   score = 0.4 × finish + 0.2 × structure + 0.2 × strap + 0.2 × capacity
 *   finish:    best of the material and embellishments for the dress code (satin, crystal, metallic… table in calibration.ts)
 *   structure: rigid 1, soft 0.4, unknown 0.5
 *   strap:     none (a clutch) or chain 1, handle 0.6, cord or fabric 0.5, leather 0.4, belt 0; unknown 0.5
 *   capacity:  the evening kit (card and lipstick) in the bag; unknown 0.5
 * Day occasions are judged as a night out, with weight 0 (the answer says so).
 */
import {
  DRESS_CODE,
  ESSENTIAL_VOLUME_ML,
  EVENING_FINISH,
  EVENING_PARTS,
  EVENING_STRAP,
  EVENING_STRUCTURE,
  UNKNOWN_CAPACITY_SCORE,
  VOLUME_LIKELY_CREDIT,
} from '../calibration.js'
import type { CheckedInput } from '../check-input.js'
import { round } from '../numbers.js'
import type { EveningDetails, RuleResult, Suggestion } from '../types.js'

const DRESS_CODE_TEXT = { evening: 'an evening out', cocktail: 'cocktail', 'black-tie': 'black tie' } as const

/** Scores the bag as an evening bag for the occasion's dress code. `weight` is the rule's weight for the occasion. */
export function eveningRule(input: CheckedInput, weight: number): RuleResult<EveningDetails> {
  const { bag, occasion } = input
  const dressCode = DRESS_CODE[occasion]
  const table = EVENING_FINISH[dressCode]
  const reasons: string[] = []

  // Finish: the best of its material and embellishments for this dress code.
  const finishes = [...(bag.material ? [bag.material] : []), ...(bag.embellishments ?? [])]
  const scored = finishes.map((f) => ({ f, credit: table[f] ?? 0 })).sort((a, b) => b.credit - a.credit)
  const finish = scored[0]?.credit ?? 0
  reasons.push(
    finishes.length === 0
      ? `No material or embellishment given: finish 0 for ${DRESS_CODE_TEXT[dressCode]}.`
      : `Finish ${round(finish, 2)} for ${DRESS_CODE_TEXT[dressCode]}: ${scored.map((s) => `${s.f} ${s.credit}`).join(', ')}.`,
  )
  // Structure: a rigid case reads as a minaudière.
  const structure =
    bag.isStructured === undefined
      ? EVENING_STRUCTURE.unknown
      : bag.isStructured
        ? EVENING_STRUCTURE.structured
        : EVENING_STRUCTURE.soft
  reasons.push(
    `Structure ${structure}: ${bag.isStructured === undefined ? 'not given' : bag.isStructured ? 'rigid, like a minaudière' : 'soft'}.`,
  )
  // Strap: a clutch or a chain is the evening way.
  const strap =
    bag.straps === undefined
      ? 0.5
      : bag.straps.length === 0
        ? EVENING_STRAP.none
        : Math.max(...bag.straps.map((s) => EVENING_STRAP[s.kind]))
  reasons.push(
    `Strap ${strap}: ${bag.straps === undefined ? 'not given' : bag.straps.length === 0 ? 'none, held like a clutch' : bag.straps.map((s) => s.kind).join(' and ')}.`,
  )
  // Capacity for the evening kit: card and lipstick.
  const capacity = eveningCapacity(input)
  reasons.push(`Evening kit (card and lipstick) ${round(capacity.credit, 2)}: ${capacity.text}.`)

  const score =
    EVENING_PARTS.embellishment * finish +
    EVENING_PARTS.structure * structure +
    EVENING_PARTS.strap * strap +
    EVENING_PARTS.capacity * capacity.credit
  if (weight === 0)
    reasons.push(
      `Not weighed: ${occasion} is not an evening dress code; this is how it would do on a night out.`,
    )

  const suggestions: Suggestion[] = []
  if (weight > 0 && score < 0.6) {
    suggestions.push({
      rule: 'evening',
      text:
        dressCode === 'black-tie'
          ? 'For black tie, choose satin, silk or velvet, or a crystal or metallic minaudière, held in the hand or on a chain.'
          : 'For the evening, an embellished micro bag (crystals, sequins, beading, feathers or a metallic finish) on a chain or held like a clutch does the job of a clutch.',
    })
  }

  return {
    rule: 'evening',
    score: round(score),
    weight,
    verdict:
      score >= 0.75
        ? `made for ${DRESS_CODE_TEXT[dressCode]}`
        : score >= 0.5
          ? `fine for ${DRESS_CODE_TEXT[dressCode]}`
          : `too casual for ${DRESS_CODE_TEXT[dressCode]}`,
    reasons,
    suggestions,
    details: {
      dressCode,
      embellishment: round(finish),
      structure: round(structure),
      strap: round(strap),
      capacity: round(capacity.credit),
    },
  }
}

/** Share of the evening kit (card, lipstick) the bag itself holds, and why. */
function eveningCapacity(input: CheckedInput): { credit: number; text: string } {
  const { capacity } = input
  if (capacity === undefined) return { credit: UNKNOWN_CAPACITY_SCORE, text: 'capacity not given' }
  if (capacity.kind === 'volume') {
    const needMl = ESSENTIAL_VOLUME_ML.card + ESSENTIAL_VOLUME_ML.lipstick
    const fits = capacity.interiorMl >= needMl
    return {
      credit: fits ? VOLUME_LIKELY_CREDIT : 0,
      text: `${round(needMl, 1)} ml needed, ${round(capacity.interiorMl, 1)} ml inside (volume only)`,
    }
  }
  // Placed: count card and lipstick that went into the bag itself.
  const kit = capacity.items.filter((i) => i.essential === 'card' || i.essential === 'lipstick')
  if (kit.length === 0)
    return { credit: UNKNOWN_CAPACITY_SCORE, text: 'no card or lipstick in the capacity given' }
  const inBag = kit.filter((i) => i.where === 'bag')
  return { credit: inBag.length / kit.length, text: `${inBag.length} of ${kit.length} in the bag itself` }
}
