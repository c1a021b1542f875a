/**
 * Rule 1, proportion: a micro bag pairs best with streamlined silhouettes; its impact shrinks against voluminous
 * garments and heavy layering.
 *
 *   W_ref = 300 mm + 8.3 mm × (height − 165 cm)        everyday bag width for this height (stylist rule of thumb)
 *   V     = Σ share × volume(fit) + 0.15 × (layers − 1) + 0.15 if any heavy fabric
 *   p     = (width / W_ref) / (1 + V)
 *   p ≥ 0.30 balanced (score 1); 0.20–0.30 reads small (0.6–1); under 0.20 jewellery scale (0–0.6)
 * When the colour rule says the bag pops, a small p reads as a deliberate statement: the score is at least 0.7.
 */
import {
  FIT_VOLUME,
  PROPORTION_BALANCED,
  PROPORTION_JEWELLERY,
  REFERENCE_HEIGHT_CM,
  REFERENCE_WIDTH_MM,
  STATEMENT_FLOOR,
  VOLUME_HEAVY_FABRIC,
  VOLUME_PER_EXTRA_LAYER,
  WIDTH_PER_HEIGHT_MM_PER_CM,
} from '../calibration.js'
import type { CheckedGarment, CheckedInput } from '../check-input.js'
import { clamp01, percent, round } from '../numbers.js'
import type { ProportionDetails, ProportionReading, JudgedRuleResult, Suggestion } from '../types.js'

/**
 * Scores the bag's width against the wearer and the outfit's volume. `isColourPop` says whether the colour rule
 * found that the bag reads like jewellery (statement mode). `weight` is the rule's weight for the occasion.
 */
export function proportionRule(
  input: CheckedInput,
  isColourPop: boolean,
  weight: number,
): JudgedRuleResult<ProportionDetails> {
  const { bag, garments, wearer } = input
  // Reference width for the wearer's height.
  const heightCm = wearer.heightCm ?? REFERENCE_HEIGHT_CM
  const referenceWidthMm = referenceWidth(heightCm)
  // Outfit volume and the width ratio it leaves.
  const volume = outfitVolume(garments)
  const ratio = bag.widthMm / referenceWidthMm / (1 + volume.total)
  const reading: ProportionReading =
    ratio >= PROPORTION_BALANCED
      ? 'balanced'
      : ratio >= PROPORTION_JEWELLERY
        ? 'reads small'
        : 'jewellery scale'
  // Score from the ratio; a bag that pops may be worn small on purpose.
  const base = ratioScore(ratio)
  const isStatement = isColourPop && ratio < PROPORTION_BALANCED && base < STATEMENT_FLOOR
  const score = isStatement ? STATEMENT_FLOOR : base

  const reasons: string[] = []
  const heightText =
    wearer.heightCm === undefined ? `${heightCm} cm (assumed: no height given)` : `${heightCm} cm`
  reasons.push(
    `The bag is ${fmtCm(bag.widthMm)} wide; an everyday bag for a wearer of ${heightText} is about ${fmtCm(referenceWidthMm)} wide, a ratio of ${round(bag.widthMm / referenceWidthMm, 2)}.`,
  )
  reasons.push(`Outfit volume V = ${round(volume.total, 2)}: ${volume.parts.join('; ')}.`)
  reasons.push(
    `p = ${round(bag.widthMm / referenceWidthMm, 2)} / (1 + ${round(volume.total, 2)}) = ${round(ratio, 2)}: ${describeReading(reading)}.`,
  )
  if (isStatement) {
    reasons.push(
      `Its colour pops, so the small scale reads as a deliberate statement: score raised to ${STATEMENT_FLOOR}.`,
    )
  }

  const suggestions: Suggestion[] = []
  if (ratio < PROPORTION_BALANCED) {
    // The garment whose volume costs most, and what p would be with it fitted.
    const worst = garments
      .map((g, i) => ({ g, i, cost: g.share * FIT_VOLUME[g.fit] }))
      .sort((a, b) => b.cost - a.cost)[0]
    if (worst && worst.cost > 0) {
      const fitted = garments.map((g, i) =>
        i === worst.i ? { ...g, fit: 'fitted' as const, isHeavy: false } : g,
      )
      const newRatio = bag.widthMm / referenceWidthMm / (1 + outfitVolume(fitted).total)
      suggestions.push({
        rule: 'proportion',
        text: `The ${worst.g.fit} ${worst.g.label} (${percent(worst.g.share)} of the outfit) adds the most volume: a fitted or cropped one would raise p from ${round(ratio, 2)} to ${round(newRatio, 2)}.`,
      })
    }
    const neededMm = PROPORTION_BALANCED * referenceWidthMm * (1 + volume.total)
    suggestions.push({
      rule: 'proportion',
      text: `To balance this outfit as a handbag, choose one at least ${fmtCm(neededMm)} wide${reading === 'jewellery scale' ? ', or wear this one as jewellery (see placement)' : ''}.`,
    })
  }

  return {
    rule: 'proportion',
    score: round(score),
    weight,
    verdict: isStatement ? `${reading}, worn as a statement` : reading,
    reasons,
    suggestions,
    details: {
      widthMm: bag.widthMm,
      heightCm,
      isHeightAssumed: wearer.heightCm === undefined,
      referenceWidthMm: round(referenceWidthMm, 1),
      outfitVolume: round(volume.total),
      layers: volume.layers,
      ratio: round(ratio),
      reading,
      isStatement,
    },
  }
}

/** Everyday bag width for a height in cm, mm. */
function referenceWidth(heightCm: number): number {
  return REFERENCE_WIDTH_MM + WIDTH_PER_HEIGHT_MM_PER_CM * (heightCm - REFERENCE_HEIGHT_CM)
}

/** Proportion score for a ratio p: piecewise linear, 0 at p = 0, 0.6 at 0.20, 1 from 0.30. */
function ratioScore(ratio: number): number {
  if (ratio >= PROPORTION_BALANCED) return 1
  if (ratio >= PROPORTION_JEWELLERY) {
    return 0.6 + (0.4 * (ratio - PROPORTION_JEWELLERY)) / (PROPORTION_BALANCED - PROPORTION_JEWELLERY)
  }
  return clamp01((0.6 * ratio) / PROPORTION_JEWELLERY)
}

/** Outfit volume V with its parts in words. */
function outfitVolume(
  garments: readonly Pick<CheckedGarment, 'fit' | 'share' | 'layer' | 'isHeavy' | 'label'>[],
): {
  total: number
  layers: number
  parts: string[]
} {
  // Ease, area-weighted.
  const ease = garments.reduce((sum, g) => sum + g.share * FIT_VOLUME[g.fit], 0)
  const parts = [
    `ease ${round(ease, 2)} (${garments.map((g) => `${g.fit} ${g.label} ${percent(g.share)}`).join(', ')})`,
  ]
  // Layers: each distinct layer worn is one visible layer.
  const layers = new Set(garments.map((g) => g.layer)).size
  const layering = VOLUME_PER_EXTRA_LAYER * (layers - 1)
  parts.push(`${layers} visible layer${layers === 1 ? '' : 's'} (+${round(layering, 2)})`)
  // Heavy fabric anywhere.
  const heavy = garments.find((g) => g.isHeavy)
  const heaviness = heavy ? VOLUME_HEAVY_FABRIC : 0
  if (heavy) parts.push(`heavy fabric in the ${heavy.label} (+${VOLUME_HEAVY_FABRIC})`)
  return { total: ease + layering + heaviness, layers, parts }
}

function describeReading(reading: ProportionReading): string {
  if (reading === 'balanced') return `balanced (≥ ${PROPORTION_BALANCED})`
  if (reading === 'reads small') return `reads small (${PROPORTION_JEWELLERY}–${PROPORTION_BALANCED})`
  return `jewellery scale (under ${PROPORTION_JEWELLERY}): it reads as an accessory, not a bag`
}

function fmtCm(mm: number): string {
  return `${round(mm / 10, 1)} cm`
}
