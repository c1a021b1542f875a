/**
 * Rule 5, occasion: is the bag as dressy as the occasion, no more and no less? A crystal minaudière is made for
 * black tie and over-dressed at work; a canvas mini tote is right for a day out and under-dressed at black tie.
 *
 *   dress level D = weighted mean of the parts known (0 casual .. 1 black tie):
 *     finish 0.7      the dressiest of the material and embellishments (crystal 1 … leather 0.5 … canvas 0.15)
 *     structure 0.15  rigid 1, soft 0.3
 *     strap 0.15      none (a clutch) 1, chain 0.9, handle 0.7, leather 0.5, cord 0.4, fabric 0.2, belt 0
 *   score = 1 − distance of D outside the occasion's band / 0.4, at least 0
 * Without a known finish (no material we can place, no embellishment) the rule cannot judge: its score is null,
 * never a middling number. Numbers in calibration.ts.
 */
import {
  DRESS_PARTS,
  DRESS_TOLERANCE,
  FINISH_LEVEL,
  OCCASION_DRESS_BAND,
  STRAP_LEVEL,
  STRUCTURE_LEVEL,
} from '../calibration.js'
import type { CheckedInput } from '../check-input.js'
import { clamp01, listWords, round } from '../numbers.js'
import type { DressFit, Occasion, OccasionDetails, RuleResult, Suggestion } from '../types.js'

const OCCASION_TEXT: Record<Occasion, string> = {
  everyday: 'every day',
  work: 'work',
  travel: 'travel',
  wedding: 'a wedding',
  evening: 'an evening out',
  cocktail: 'cocktail',
  'black-tie': 'black tie',
}

/** Scores how well the bag's dress level suits the occasion, both ways. `weight` is the rule's weight for the occasion. */
export function occasionRule(input: CheckedInput, weight: number): RuleResult<OccasionDetails> {
  const { bag, occasion } = input
  const band = OCCASION_DRESS_BAND[occasion]
  const when = OCCASION_TEXT[occasion]
  const reasons: string[] = []

  // Finish: the dressiest of the material and embellishments we can place.
  const finishes = [...(bag.material ? [bag.material] : []), ...(bag.embellishments ?? [])]
  const placed = finishes
    .filter((f) => FINISH_LEVEL[f] !== undefined)
    .map((f) => ({ f, level: FINISH_LEVEL[f]! }))
    .sort((a, b) => b.level - a.level)
  const finish = placed[0]?.level ?? null
  // Structure and strap, where given.
  const structure =
    bag.isStructured === undefined ? null : bag.isStructured ? STRUCTURE_LEVEL.structured : STRUCTURE_LEVEL.soft
  const strap =
    bag.straps === undefined
      ? null
      : bag.straps.length === 0
        ? STRAP_LEVEL.none
        : Math.max(...bag.straps.map((s) => STRAP_LEVEL[s.kind]))
  const parts = ([
    { weight: DRESS_PARTS.finish, level: finish },
    { weight: DRESS_PARTS.structure, level: structure },
    { weight: DRESS_PARTS.strap, level: strap },
  ] as { weight: number; level: number | null }[]).filter((p): p is { weight: number; level: number } => p.level !== null)
  const dressLevel =
    finish === null ? null : parts.reduce((sum, p) => sum + p.weight * p.level, 0) / parts.reduce((sum, p) => sum + p.weight, 0)

  reasons.push(finishReason(finishes, placed))
  reasons.push(
    `Structure ${structure === null ? 'not given' : `${structure}: ${bag.isStructured ? 'rigid, like a minaudière' : 'soft'}`}; strap ${
      strap === null
        ? 'not given'
        : `${strap}: ${bag.straps!.length === 0 ? 'none, held like a clutch' : bag.straps!.map((s) => s.kind).join(' and ')}`
    }.`,
  )
  const details = (fit: DressFit): OccasionDetails => ({
    dressLevel: dressLevel === null ? null : round(dressLevel),
    band,
    fit,
    finish,
    structure,
    strap,
  })

  if (dressLevel === null) {
    reasons.push(
      `Without its material or an embellishment, how dressy the bag is cannot be judged, so this rule is left out of the overall score (it is never scored as middling).`,
    )
    return {
      rule: 'occasion',
      score: null,
      weight: 0,
      verdict: 'cannot judge: material not known',
      reasons,
      suggestions: [],
      details: details('unknown'),
    }
  }

  // Distance outside the occasion's band, either way.
  const under = band[0] - dressLevel
  const over = dressLevel - band[1]
  const fit: DressFit = under > 0 ? 'under-dressed' : over > 0 ? 'over-dressed' : 'right'
  const distance = Math.max(0, under, over)
  const score = clamp01(1 - distance / DRESS_TOLERANCE)
  const level = round(dressLevel, 2)
  const partsText = parts.length < 3 ? ` (from the ${parts.length === 1 ? 'finish alone' : 'parts known'})` : ''
  reasons.push(
    fit === 'right'
      ? `Dress level ${level}${partsText} on a scale from 0 (casual) to 1 (black tie): within the ${band[0]}–${band[1]} that ${when} suits.`
      : `Dress level ${level}${partsText} on a scale from 0 (casual) to 1 (black tie): ${round(distance, 2)} ${fit === 'under-dressed' ? 'under' : 'over'} the ${band[0]}–${band[1]} that ${when} suits, so ${fit} (score ${round(score, 2)}; 0 at ${DRESS_TOLERANCE} outside).`,
  )

  const suggestions: Suggestion[] = []
  if (weight > 0 && fit !== 'right') suggestions.push({ rule: 'occasion', text: suggestionFor(occasion, fit, placed[0]!.f) })
  return {
    rule: 'occasion',
    score: round(score),
    weight,
    verdict: fit === 'right' ? `right for ${when}` : fit === 'over-dressed' ? `too dressy for ${when}` : `too casual for ${when}`,
    reasons,
    suggestions,
    details: details(fit),
  }
}

function finishReason(finishes: readonly string[], placed: readonly { f: string; level: number }[]): string {
  const unplaced = finishes.filter((f) => FINISH_LEVEL[f as keyof typeof FINISH_LEVEL] === undefined)
  if (placed.length === 0) {
    return unplaced.length > 0
      ? `Finish unknown: a material of ${listWords(unplaced)} says nothing about how dressy it is.`
      : 'Finish unknown: no material or embellishment given.'
  }
  return `Finish ${placed[0]!.level}: ${placed.map((p) => `${p.f} ${p.level}`).join(', ')} (the dressiest counts).`
}

function suggestionFor(occasion: Occasion, fit: DressFit, finish: string): string {
  if (fit === 'over-dressed') {
    return `A ${finish} bag reads as evening wear at ${OCCASION_TEXT[occasion]}: keep it for the evening, or choose leather or suede on a leather strap.`
  }
  switch (occasion) {
    case 'black-tie':
      return 'For black tie, choose satin, silk or velvet, or a crystal or metallic minaudière, held in the hand or on a chain.'
    case 'evening':
    case 'cocktail':
    case 'wedding':
      return 'For the evening, an embellished micro bag (crystals, sequins, beading, feathers or a metallic finish) on a chain or held like a clutch does the job of a clutch.'
    default:
      return `For ${OCCASION_TEXT[occasion]}, a structured leather bag reads as polished; ${finish} reads as the weekend.`
  }
}
