/**
 * Ranks bags for one outfit: "given the catalog, the bags that suit this outfit best".
 */
import { fail, show } from '../errors.js'
import { adviseStyle } from './advise.js'
import { RULE_NAMES } from './types.js'
import type { CapacityInput, Occasion, Outfit, RankedBag, RuleName, StyleBag, Wearer } from './types.js'

/** What every bag is judged against, plus an optional capacity per bag id (from the caller's fit engine). */
export interface RankInput {
  outfit: Outfit
  wearer?: Wearer
  occasion?: Occasion
  capacities?: Readonly<Record<string, CapacityInput>>
}

/**
 * Runs `adviseStyle` for each bag against the same outfit and returns them best first: bags whose capacity for the
 * essentials is known before those whose is not (missing data never earns a place: a bag whose capacity is unknown
 * never ranks above one proven to hold the essentials), then by overall score, then by id (so ties are stable).
 * `limit` keeps the first n (default all). Pure; the input is not mutated.
 * Throws what `adviseStyle` throws for a bad bag or outfit, and `INVALID_INPUT` for duplicate bag ids or a bad limit.
 */
export function rankBags(bags: readonly StyleBag[], input: RankInput, limit = Infinity): RankedBag[] {
  if (!(limit >= 1)) fail('INVALID_INPUT', `The ranking limit is ${show(limit)}: expected 1 or more.`)
  const seen = new Set<string>()
  for (const bag of bags) {
    if (seen.has(bag?.id))
      fail('INVALID_INPUT', `Bag id ${show(bag.id)} appears twice: expected each bag once.`)
    seen.add(bag?.id)
  }
  // Advise on each bag, then order by overall score and id.
  const rows = bags.map((bag) => {
    const advice = adviseStyle({
      bag,
      outfit: input.outfit,
      ...(input.wearer === undefined ? {} : { wearer: input.wearer }),
      ...(input.occasion === undefined ? {} : { occasion: input.occasion }),
      ...(input.capacities?.[bag.id] === undefined ? {} : { capacity: input.capacities[bag.id] }),
    })
    const scores = Object.fromEntries(RULE_NAMES.map((n) => [n, advice.rules[n].score])) as Record<
      RuleName,
      number | null
    >
    // Headline: the rule that contributes most to the overall score; an unknown capacity says so first.
    const top = RULE_NAMES.map((n) => advice.rules[n]).reduce((a, b) =>
      b.weight * (b.score ?? 0) > a.weight * (a.score ?? 0) ? b : a,
    )
    const isCapacityKnown = advice.rules.practicality.score !== null
    return {
      bagId: advice.bag.id,
      name: advice.bag.name,
      overall: advice.overall,
      verdict: advice.verdict,
      scores,
      isCapacityKnown,
      headline: isCapacityKnown ? `${top.rule}: ${top.verdict}` : `capacity unknown; ${top.rule}: ${top.verdict}`,
    }
  })
  rows.sort(
    (a, b) =>
      Number(b.isCapacityKnown) - Number(a.isCapacityKnown) ||
      b.overall - a.overall ||
      (a.bagId < b.bagId ? -1 : a.bagId > b.bagId ? 1 : 0),
  )
  return rows.slice(0, limit).map((row, i) => ({ rank: i + 1, ...row }))
}
