/**
 * Rule 2, practicality: does the look carry the essentials? The advisor does no packing: the caller passes what
 * its fit engine or carry planner found (`placed`), or only an interior volume (`volume`), or nothing (unknown).
 *
 *   score = Σ weight(essential) × credit(where it goes) / Σ weight of the essentials listed
 *   weights: phone 0.35, keys 0.25, card 0.2, lipstick 0.1, other 0.1
 *   credit:  bag 1, pocket 1, companion (tote, pouch) 0.8, nowhere 0; by volume only: fits 0.75, too big 0
 *   no place for the phone caps the score at 0.5
 * A larger bag carried too (`wearer.hostBag`) takes what has no place, when it is wider than the thing is long (its
 * other sides are not known, so this is said as assumed), with companion credit; the advice then never says "pair
 * the bag with a tote". Unknown capacity is not scored: the score is null and the rule is left out of the overall.
 */
import {
  ESSENTIAL_LONGEST_MM,
  ESSENTIAL_VOLUME_ML,
  ESSENTIAL_WEIGHT,
  NO_PHONE_CAP,
  PLACE_CREDIT,
  VOLUME_LIKELY_CREDIT,
} from '../calibration.js'
import type { CheckedInput } from '../check-input.js'
import { listWords, round } from '../numbers.js'
import type { CarryPlace, Essential, PracticalityDetails, RuleResult, Suggestion } from '../types.js'

type Row = PracticalityDetails['essentials'][number]

/** Scores how well the look carries the essentials. `weight` is the rule's weight for the occasion. */
export function practicalityRule(input: CheckedInput, weight: number): RuleResult<PracticalityDetails> {
  const { capacity } = input
  if (capacity === undefined) return unknownCapacity(input, weight, 'Capacity not given')
  const found = capacity.kind === 'placed' ? placedRows(capacity.items) : volumeRows(capacity.interiorMl)
  // What has no place goes in a larger bag carried too, if it is wide enough.
  const host = input.wearer.hostBag
  const rows = host ? found.map((r) => inHostBag(r, host.widthMm)) : found
  // Weighted credit over the essentials listed.
  const totalWeight = rows.reduce((sum, r) => sum + ESSENTIAL_WEIGHT[r.essential], 0)
  if (totalWeight === 0) return unknownCapacity(input, weight, 'The capacity given lists no essentials')
  let score = rows.reduce((sum, r) => sum + ESSENTIAL_WEIGHT[r.essential] * r.credit, 0) / totalWeight
  // No place for the phone caps the score.
  const phone = rows.find((r) => r.essential === 'phone')
  const isPhoneStranded = phone !== undefined && phone.credit === 0
  if (isPhoneStranded) score = Math.min(score, NO_PHONE_CAP)

  const reasons: string[] = []
  const suggestions: Suggestion[] = []
  const hostName = host?.name ?? 'larger bag'
  if (capacity.kind === 'placed') {
    // Group by place, in carry order.
    for (const place of ['bag', 'pocket', 'companion', 'nowhere'] as const) {
      const here = rows.filter((r) => r.where === place).map((r) => r.essential)
      if (here.length > 0) reasons.push(`${PLACE_TEXT[place]}: ${listWords(here)}.`)
    }
  }
  const inHost = rows.filter((r) => r.where === 'host bag').map((r) => r.essential)
  if (inHost.length > 0) {
    reasons.push(
      `In your ${hostName}: ${listWords(inHost)} (assumed: it is ${host!.widthMm} mm wide, longer than ${inHost.length === 1 ? 'it is' : 'each is'} long; its other sides are not known).`,
    )
  }
  if (capacity.kind === 'volume') {
    reasons.push(
      `Only an interior volume is known (${round(capacity.interiorMl, 1)} ml), an upper bound: shapes are not checked, so "fits" means "not ruled out". For an exact answer, pack it with micropurse fit.`,
    )
    for (const r of found) {
      const need = round(ESSENTIAL_VOLUME_ML[r.essential as keyof typeof ESSENTIAL_VOLUME_ML], 1)
      reasons.push(
        `${capitalise(r.essential)} (${need} ml): ${r.where === 'fits by volume' ? 'not ruled out' : 'too big for the bag alone'}.`,
      )
    }
  }
  if (isPhoneStranded) reasons.push(`Nothing in this look holds the phone: score capped at ${NO_PHONE_CAP}.`)
  reasons.push(
    `Practicality ${round(score, 2)} (weights: ${WEIGHT_WORDS}).`,
  )

  // Suggest a companion for what the bag cannot take.
  const outside = rows
    .filter((r) => r.where === 'nowhere' || r.where === 'too big by volume')
    .map((r) => r.essential)
  if (outside.length > 0) {
    const pockets = input.garments.find((g) => g.hasPockets)
    const checked = capacity.kind === 'placed' && capacity.pocketsChecked === true
    const them = listWords(outside)
    suggestions.push({
      rule: 'practicality',
      text: host
        ? // A larger bag is carried already: never "pair it with a tote".
          `Your ${hostName} (${host.widthMm} mm wide) is too narrow for the ${them}${pockets && !checked ? `, and the ${pockets.label}'s pockets may take ${outside.length === 1 ? 'it' : 'them'}` : ''}: a phone case with card slots carries ${outside.length === 1 ? 'it' : 'them'} on you.`
        : pockets && checked
          ? `The ${them} ${outside.length === 1 ? 'fits' : 'fit'} neither the bag nor the outfit's pockets: pair the bag with a tote or a phone case with card slots.`
          : pockets
            ? `The ${pockets.label} has pockets: check they take the ${them}; otherwise pair the bag with a tote or a phone case with card slots.`
            : `Pair the bag with a tote, a coat with functional pockets or a phone case with card slots for the ${them}.`,
    })
  }

  return {
    rule: 'practicality',
    score: round(score),
    weight,
    verdict: isPhoneStranded
      ? 'phone has no place'
      : score >= 0.9
        ? 'carries the essentials'
        : score >= 0.6
          ? 'carries most essentials'
          : 'needs a companion',
    reasons,
    suggestions,
    details: {
      mode: capacity.kind,
      essentials: rows,
      ...(capacity.kind === 'volume' ? { interiorMl: capacity.interiorMl } : {}),
    },
  }
}

// "phone 0.35, keys 0.25, ...": the weights as the calibration has them.
const WEIGHT_WORDS = Object.entries(ESSENTIAL_WEIGHT)
  .map(([essential, weight]) => `${essential} ${weight}`)
  .join(', ')

const PLACE_TEXT: Record<CarryPlace, string> = {
  bag: 'In the bag',
  pocket: 'In pockets',
  companion: 'In a companion piece',
  nowhere: 'No place for',
}

/** One row per item the caller placed; several of one essential keep their own rows. */
function placedRows(items: readonly { essential: Essential; where: CarryPlace }[]): Row[] {
  // Average the credit within each essential so two cards weigh as much as one.
  const rows: Row[] = []
  for (const essential of new Set(items.map((i) => i.essential))) {
    const mine = items.filter((i) => i.essential === essential)
    const credit = mine.reduce((sum, i) => sum + PLACE_CREDIT[i.where], 0) / mine.length
    // The worst place stands for the essential in words.
    const where = mine.map((i) => i.where).sort((a, b) => PLACE_CREDIT[a] - PLACE_CREDIT[b])[0]!
    rows.push({ essential, where, credit })
  }
  return rows
}

/** Rules essentials in or out by volume alone. */
function volumeRows(interiorMl: number): Row[] {
  return (Object.keys(ESSENTIAL_VOLUME_ML) as (keyof typeof ESSENTIAL_VOLUME_ML)[]).map((essential) => {
    const fits = ESSENTIAL_VOLUME_ML[essential] <= interiorMl
    return {
      essential,
      where: fits ? 'fits by volume' : 'too big by volume',
      credit: fits ? VOLUME_LIKELY_CREDIT : 0,
    }
  })
}

/**
 * A thing with no place, carried in the host bag instead when the host is wider than the thing is long (by volume
 * alone, what is too big for the bag likewise).
 */
function inHostBag(row: Row, hostWidthMm: number): Row {
  if (row.where !== 'nowhere' && row.where !== 'too big by volume') return row
  const longest = row.essential === 'other' ? undefined : ESSENTIAL_LONGEST_MM[row.essential]
  if (longest === undefined || hostWidthMm < longest) return row
  return { essential: row.essential, where: 'host bag', credit: PLACE_CREDIT.companion }
}

function unknownCapacity(input: CheckedInput, weight: number, why: string): RuleResult<PracticalityDetails> {
  return {
    rule: 'practicality',
    score: null,
    weight,
    verdict: 'capacity unknown',
    reasons: [
      `${why}, so this rule cannot judge and is left out of the overall score (it is never scored as middling). Pass capacity (where the fit engine or carry planner put each essential, or the interior volume) to score it.`,
    ],
    suggestions: [
      {
        rule: 'practicality',
        text: `Check what ${input.bag.name ?? input.bag.id} holds with micropurse fit, and plan pockets${input.wearer.hostBag ? ` or your ${input.wearer.hostBag.name ?? 'larger bag'}` : ' or a tote'} for the rest.`,
      },
    ],
    details: { mode: 'unknown', essentials: [] },
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
