/**
 * The advisor's entry: runs the five rules on one bag and one outfit and weighs them for the occasion.
 */
import { OCCASION_WEIGHTS, VERDICT_FROM } from './calibration.js'
import { checkStyleInput } from './check-input.js'
import { round } from './numbers.js'
import { colourRule } from './rules/colour.js'
import { occasionRule } from './rules/occasion.js'
import { placementRule } from './rules/placement.js'
import { practicalityRule } from './rules/practicality.js'
import { proportionRule } from './rules/proportion.js'
import { RULE_NAMES } from './types.js'
import type { RuleResults, StyleAdvice, StyleInput, StyleVerdict, Suggestion } from './types.js'

/**
 * Advises on wearing `bag` with `outfit` for `occasion` (default `everyday`): five rule results (colour, proportion,
 * placement, practicality, occasion), each a score in 0..1 with reasons that quote numbers and suggestions that name
 * their rule; the overall score is their weighted mean for the occasion (weights in calibration.ts). A rule that
 * cannot judge (capacity unknown, material unknown) scores null, is listed in `unjudged` and weighs nothing; its
 * weight goes to the others in proportion.
 *
 * Pure and deterministic: the same input gives the same advice. Does not mutate its input.
 * Throws a `MicropurseError` (`INVALID_BAG`, `INVALID_COLOUR`, `INVALID_OUTFIT`, `INVALID_INPUT`, `INVALID_OPTION`)
 * naming the bad value and what was expected.
 *
 * @example
 * adviseStyle({
 *   bag: { id: 'pink-micro', widthMm: 120, colour: '#ff69b4' },
 *   outfit: { garments: [{ name: 'dress', colour: 'black', fit: 'fitted', share: 1 }] },
 *   occasion: 'evening',
 * }).rules.colour.verdict // 'reads like jewellery'
 */
export function adviseStyle(input: StyleInput): StyleAdvice {
  // Check the input once; the rules trust it.
  const checked = checkStyleInput(input)
  const weights = OCCASION_WEIGHTS[checked.occasion]
  // Colour first: proportion reads its pop (statement mode), placement reads proportion (jewellery scale).
  const colour = colourRule(checked, weights.colour)
  const proportion = proportionRule(checked, colour.details.reading === 'jewellery', weights.proportion)
  const placement = placementRule(checked, proportion, weights.placement)
  const practicality = practicalityRule(checked, weights.practicality)
  const occasion = occasionRule(checked, weights.occasion)
  const judged: RuleResults = { colour, proportion, placement, practicality, occasion }

  // Rules that cannot judge weigh nothing; the others share their weight in proportion (reported rounded).
  const unjudged = RULE_NAMES.filter((name) => judged[name].score === null)
  const known = RULE_NAMES.reduce((sum, name) => sum + (judged[name].score === null ? 0 : weights[name]), 0)
  const rules = Object.fromEntries(
    RULE_NAMES.map((name) => [name, { ...judged[name], weight: judged[name].score === null ? 0 : round(weights[name] / known) }]),
  ) as unknown as RuleResults
  // Weighted mean of the reported (rounded) scores, so the output adds up.
  const overall = round(RULE_NAMES.reduce((sum, name) => sum + rules[name].weight * (rules[name].score ?? 0), 0))
  const verdict = verdictFor(overall)
  // Suggestions from the rules that could gain most first (weight × room to improve); ties keep rule order.
  const suggestions: Suggestion[] = RULE_NAMES.map((name) => rules[name])
    .filter((r) => r.weight > 0)
    .map((r, i) => ({ r, i, gain: r.weight * (1 - (r.score ?? 0)) }))
    .sort((a, b) => b.gain - a.gain || a.i - b.i)
    .flatMap(({ r }) => r.suggestions)

  const name = checked.bag.name ?? checked.bag.id
  return {
    bag: { id: checked.bag.id, name },
    occasion: checked.occasion,
    overall,
    unjudged,
    verdict,
    summary: summarise(name, checked.occasion, overall, verdict, rules, unjudged),
    rules,
    suggestions,
  }
}

/** The verdict word for an overall score. */
function verdictFor(overall: number): StyleVerdict {
  if (overall >= VERDICT_FROM.strong) return 'strong'
  if (overall >= VERDICT_FROM.good) return 'good'
  if (overall >= VERDICT_FROM.mixed) return 'mixed'
  return 'weak'
}

function summarise(
  name: string,
  occasion: string,
  overall: number,
  verdict: StyleVerdict,
  rules: RuleResults,
  unjudged: readonly string[],
): string {
  const parts = RULE_NAMES.filter((n) => rules[n].weight > 0).map((n) => `${n} ${rules[n].verdict}`)
  const left = unjudged.length > 0 ? ` Not judged: ${unjudged.map((n) => `${n} (${rules[n as keyof RuleResults].verdict})`).join(', ')}.` : ''
  return `${name} for ${occasion}: ${verdict} (${round(overall, 2)}); ${parts.join(', ')}.${left}`
}
