/**
 * Rule 3, placement: where to wear a micro bag. Each placement is first feasible or not (size, weight, strap,
 * neckline, belt, host bag), then suitable to a degree (occasion, neckline, scale); the score is the best feasible
 * placement's suitability, and every other placement says why it was ruled out or ranked lower.
 *
 *   necklace  width ≤ 80 mm, weight ≤ 150 g, a chain, cord or strap ≥ 600 mm     × neckline × strap × occasion
 *   belt      depth ≤ 40 mm, width ≤ 200 mm, its own belt, or a clip and a belt/loops     × occasion (× 0.7 hidden)
 *   charm     a host bag with a handle, at least 3 × as wide; a clip or strap to hang it by  × occasion
 *   carried   always: 0.4 + 0.5 × proportion score
 * At jewellery scale (proportion p < 0.20) necklace and charm gain 0.2.
 */
import {
  BELT_HIDDEN_FACTOR,
  BELT_MAX_DEPTH_MM,
  BELT_MAX_WIDTH_MM,
  CARRIED_SUITABILITY,
  CHARM_MAX_WIDTH_SHARE,
  JEWELLERY_SCALE_BOOST,
  NECKLACE_MAX_WEIGHT_G,
  NECKLACE_MAX_WIDTH_MM,
  NECKLACE_MIN_STRAP_MM,
  NECKLACE_STRAP_SUITABILITY,
  NECKLINE_SUITABILITY,
  PLACEMENT_BY_OCCASION,
} from '../calibration.js'
import type { CheckedInput } from '../check-input.js'
import { clamp01, round } from '../numbers.js'
import type {
  PlacementName,
  PlacementDetails,
  PlacementOption,
  ProportionDetails,
  JudgedRuleResult,
  Strap,
  Suggestion,
} from '../types.js'

const LABEL: Record<PlacementName, string> = {
  necklace: 'as a necklace',
  belt: 'on a belt',
  charm: 'as a charm on a larger bag',
  carried: 'carried on its strap or in the hand',
}

/**
 * Scores where the bag can be worn. `proportion` is the proportion rule's result (its score and reading feed the
 * `carried` option and the jewellery-scale boost). `weight` is the rule's weight for the occasion.
 */
export function placementRule(
  input: CheckedInput,
  proportion: { score: number; details: ProportionDetails },
  weight: number,
): JudgedRuleResult<PlacementDetails> {
  const isJewelleryScale = proportion.details.reading === 'jewellery scale'
  const options = [
    necklace(input, isJewelleryScale),
    belt(input),
    charm(input, isJewelleryScale),
    carried(proportion.score),
  ]
  // Best feasible option; ties keep the listed order (necklace, belt, charm, carried).
  const best = options.reduce((a, b) => (b.isFeasible && b.suitability > a.suitability ? b : a), options[3]!)

  const reasons = [
    `Best: ${LABEL[best.placement]} (suitability ${round(best.suitability, 2)}).`,
    ...options.map(
      (o) =>
        `${capitalise(LABEL[o.placement])}: ${o.isFeasible ? `suits ${round(o.suitability, 2)}` : 'ruled out'}; ${o.reasons.join('; ')}.`,
    ),
  ]
  const suggestions = suggest(input, options, isJewelleryScale)

  return {
    rule: 'placement',
    score: round(best.suitability),
    weight,
    verdict: `best ${LABEL[best.placement]}`,
    reasons,
    suggestions,
    details: {
      options: options.map((o) => ({ ...o, suitability: round(o.suitability) })),
      best: best.placement,
    },
  }
}

function necklace(input: CheckedInput, isJewelleryScale: boolean): PlacementOption {
  const { bag, wearer, occasion } = input
  const reasons: string[] = []
  let isFeasible = true
  // Size and weight: it hangs from the neck.
  if (bag.widthMm > NECKLACE_MAX_WIDTH_MM) {
    isFeasible = false
    reasons.push(`${round(bag.widthMm, 1)} mm wide, over the ${NECKLACE_MAX_WIDTH_MM} mm a pendant can be`)
  } else {
    reasons.push(`${round(bag.widthMm, 1)} mm wide, pendant size (≤ ${NECKLACE_MAX_WIDTH_MM} mm)`)
  }
  if (bag.weightG === undefined) {
    reasons.push(`weight not given (should be ≤ ${NECKLACE_MAX_WEIGHT_G} g)`)
  } else if (bag.weightG > NECKLACE_MAX_WEIGHT_G) {
    isFeasible = false
    reasons.push(`${bag.weightG} g, over the ${NECKLACE_MAX_WEIGHT_G} g a neck carries comfortably`)
  }
  // A strap that goes over the head.
  const strap = bestStrap(
    bag.straps,
    (s) =>
      NECKLACE_STRAP_SUITABILITY[s.kind] !== undefined && (s.lengthMm ?? Infinity) >= NECKLACE_MIN_STRAP_MM,
  )
  let strapFactor = 0
  if (bag.straps === undefined) {
    isFeasible = false
    reasons.push('straps not given: it needs a chain or cord of 60 cm or more')
  } else if (!strap) {
    isFeasible = false
    reasons.push(`no chain, cord or strap of ${NECKLACE_MIN_STRAP_MM / 10} cm or more to go over the head`)
  } else {
    strapFactor = NECKLACE_STRAP_SUITABILITY[strap.kind]!
    const strapWord = strap.kind === 'leather' || strap.kind === 'fabric' ? `${strap.kind} strap` : strap.kind
    reasons.push(
      `hangs from its ${strapWord}${strap.lengthMm === undefined ? ' (length not given)' : ` (${strap.lengthMm / 10} cm)`}`,
    )
  }
  // Suitability: neckline, strap, occasion, scale.
  const neckline = wearer.neckline ?? 'crew'
  reasons.push(
    `${wearer.neckline === undefined ? 'neckline not given, taken as crew' : `${neckline} neckline`} (${NECKLINE_SUITABILITY[neckline]})`,
  )
  const suitability = isFeasible
    ? clamp01(
        NECKLINE_SUITABILITY[neckline] * strapFactor * PLACEMENT_BY_OCCASION[occasion].necklace +
          (isJewelleryScale ? JEWELLERY_SCALE_BOOST : 0),
      )
    : 0
  return { placement: 'necklace', isFeasible, suitability, reasons }
}

function belt(input: CheckedInput): PlacementOption {
  const { bag, wearer, garments, occasion } = input
  const reasons: string[] = []
  let isFeasible = true
  // Shallow and not too wide: it sits flat at the waist.
  if (bag.depthMm === undefined) {
    reasons.push(`depth not given (should be ≤ ${BELT_MAX_DEPTH_MM} mm)`)
  } else if (bag.depthMm > BELT_MAX_DEPTH_MM) {
    isFeasible = false
    reasons.push(
      `${round(bag.depthMm, 1)} mm deep, over the ${BELT_MAX_DEPTH_MM} mm that sits flat at the waist`,
    )
  } else {
    reasons.push(`${round(bag.depthMm, 1)} mm deep, flat enough`)
  }
  if (bag.widthMm > BELT_MAX_WIDTH_MM) {
    isFeasible = false
    reasons.push(`${round(bag.widthMm, 1)} mm wide, over ${BELT_MAX_WIDTH_MM} mm`)
  }
  // Something to hang it by: its own belt, or a clip on the wearer's belt or loops.
  const hasOwnBelt = bag.straps?.some((s) => s.kind === 'belt') ?? false
  const wearerBelt = wearer.belt ?? 'none'
  if (hasOwnBelt) {
    reasons.push('comes with its own belt')
  } else if (wearerBelt === 'none') {
    isFeasible = false
    reasons.push(
      wearer.belt === undefined
        ? 'no belt or belt loops given for the wearer'
        : 'the wearer has no belt or belt loops',
    )
  } else if (!bag.hasClip) {
    isFeasible = false
    reasons.push(`no clip to hang it from the wearer's ${wearerBelt === 'belt' ? 'belt' : 'belt loops'}`)
  } else {
    reasons.push(`clips onto the wearer's ${wearerBelt === 'belt' ? 'belt' : 'belt loops'}`)
  }
  // Suitability: occasion; an oversized outer layer hides the waist.
  const hidden = garments.some((g) => g.layer === 'outer' && g.fit === 'oversized')
  if (hidden) reasons.push(`an oversized outer layer hides the waist (× ${BELT_HIDDEN_FACTOR})`)
  const suitability = isFeasible
    ? PLACEMENT_BY_OCCASION[occasion].belt * (hidden ? BELT_HIDDEN_FACTOR : 1)
    : 0
  return { placement: 'belt', isFeasible, suitability, reasons }
}

function charm(input: CheckedInput, isJewelleryScale: boolean): PlacementOption {
  const { bag, wearer, occasion } = input
  const reasons: string[] = []
  let isFeasible = true
  const host = wearer.hostBag
  // A host bag with a handle, wide enough that the micro bag reads as a charm.
  if (!host) {
    isFeasible = false
    reasons.push('no larger bag carried to hang it from')
  } else {
    const hostName = host.name ?? 'the larger bag'
    if (!host.hasHandle) {
      isFeasible = false
      reasons.push(`${hostName} has no handle to clip it to`)
    }
    const maxWidth = host.widthMm * CHARM_MAX_WIDTH_SHARE
    if (bag.widthMm > maxWidth) {
      isFeasible = false
      reasons.push(
        `${round(bag.widthMm, 1)} mm wide, over a third of ${hostName}'s ${round(host.widthMm, 1)} mm (${round(maxWidth, 1)} mm)`,
      )
    } else {
      reasons.push(
        `${round(bag.widthMm, 1)} mm wide, at most a third of ${hostName}'s ${round(host.widthMm, 1)} mm`,
      )
    }
  }
  // Something to hang it by: a clip, or a strap looped round the handle.
  const canHang = bag.hasClip === true || (bag.straps?.some((s) => s.kind !== 'belt') ?? false)
  if (!canHang) {
    isFeasible = false
    reasons.push(
      bag.straps === undefined && bag.hasClip === undefined
        ? 'no clip or strap given to hang it by'
        : 'no clip or strap to hang it by',
    )
  } else {
    reasons.push(bag.hasClip ? 'clips on' : 'loops on by its strap')
  }
  const suitability = isFeasible
    ? clamp01(PLACEMENT_BY_OCCASION[occasion].charm + (isJewelleryScale ? JEWELLERY_SCALE_BOOST : 0))
    : 0
  return { placement: 'charm', isFeasible, suitability, reasons }
}

function carried(proportionScore: number): PlacementOption {
  const suitability = CARRIED_SUITABILITY.base + CARRIED_SUITABILITY.span * proportionScore
  return {
    placement: 'carried',
    isFeasible: true,
    suitability,
    reasons: [`always possible; suits as well as its proportion (${round(proportionScore, 2)}) allows`],
  }
}

/** The strap that passes `test` with the highest necklace suitability, if any. */
function bestStrap(straps: readonly Strap[] | undefined, test: (s: Strap) => boolean): Strap | undefined {
  return (straps ?? [])
    .filter(test)
    .sort((a, b) => (NECKLACE_STRAP_SUITABILITY[b.kind] ?? 0) - (NECKLACE_STRAP_SUITABILITY[a.kind] ?? 0))[0]
}

/** Ways to open up a better placement, when the bag is small enough for one. */
function suggest(input: CheckedInput, options: PlacementOption[], isJewelleryScale: boolean): Suggestion[] {
  const { bag, wearer } = input
  const result: Suggestion[] = []
  const necklaceOption = options[0]!
  const charmOption = options[2]!
  // Small enough for a necklace but no suitable strap: add a chain.
  const isNecklaceSize = bag.widthMm <= NECKLACE_MAX_WIDTH_MM && (bag.weightG ?? 0) <= NECKLACE_MAX_WEIGHT_G
  if (isNecklaceSize && !necklaceOption.isFeasible) {
    result.push({
      rule: 'placement',
      text: `Add a chain of ${NECKLACE_MIN_STRAP_MM / 10} cm or more and wear it as a necklace: at ${round(bag.widthMm / 10, 1)} cm it is pendant size.`,
    })
  } else if (necklaceOption.isFeasible && wearer.neckline !== undefined && wearer.neckline !== 'open') {
    result.push({
      rule: 'placement',
      text: 'Worn as a necklace it shows best over an open neckline (V, scoop or strapless).',
    })
  }
  // Jewellery scale with no host bag: clip it to a larger bag.
  if (isJewelleryScale && !charmOption.isFeasible && !wearer.hostBag) {
    result.push({
      rule: 'placement',
      text: `Clip it to the handle of a larger bag (at least ${round(bag.widthMm / CHARM_MAX_WIDTH_SHARE / 10, 1)} cm wide) as a charm.`,
    })
  }
  return result
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
