import { HARDWARE } from './hardware.js'
import type { FitItem, FitProof, Placement } from '../pack/types.js'
import { carryLayout, carryProblems } from './carry-layout.js'
import type { HardwareKind, ScaleCertainty, ScaledBag, Silhouette } from './types.js'

/** Shapes whose interior is a plain box at every size (no outline steps). */
const BOX_SHAPES = new Set(['box', 'pouch', 'tote'])

/**
 * Proof kinds that look only at the container's box and opening, never at its blocked parts. The box and the opening
 * grow with the width (walls and allowances are fixed), so such a proof at one width holds at every smaller width.
 */
export const BOX_PROOFS: ReadonlySet<FitProof['kind']> = new Set([
  'item-too-large',
  'opening',
  'conflict',
  'dual-feasible',
])

/**
 * Whether fitting is proven monotone in the width for this silhouette, and why.
 *
 * Proven for box-shaped silhouettes whose hardware is centred on the front wall (turn-lock, clasp): the container at
 * width W + 1 holds the whole container at W moved by half the extra width across and the extra height up, hardware
 * included (it keeps its place under the top and in the middle), and the opening only grows. So any layout at W moves
 * into W + 1, and bisection alone gives the exact threshold.
 *
 * Not proven when the outline is approximated by steps (their number and edges change with the size, on a 0.1 mm
 * grid, so a larger bag can lack a sliver a smaller one had), or when handle anchors move outward with the width (an
 * item tucked between an anchor and the side can be hit). The search then checks widths around the threshold.
 */
export function monotoneClaim(silhouette: Silhouette): Pick<ScaleCertainty, 'monotone' | 'monotoneReason'> {
  const shape = silhouette.reference.shape
  const moving = silhouette.hardware
    .filter((p) => HARDWARE[p.kind].placement !== 'front-centre')
    .map((p) => HARDWARE[p.kind].label)
  const reasons: string[] = []
  if (!BOX_SHAPES.has(shape)) {
    reasons.push(
      `the ${shape} outline is approximated by steps whose number and edges change with the size (0.1 mm grid), so a larger bag can lack a sliver a smaller one had`,
    )
  }
  if (moving.length > 0) {
    reasons.push(
      `the ${moving.join(' and ')} sit at a share of the width and move outward as it grows, so an item tucked beside one can be hit`,
    )
  }
  if (reasons.length === 0) {
    return {
      monotone: 'proven',
      monotoneReason: `a ${shape} with ${silhouette.hardware.length === 0 ? 'no hardware' : 'only centred hardware'}: each width's interior holds the one 1 mm smaller, moved half the extra width across and the extra height up, and the opening only grows, so a layout never stops fitting`,
    }
  }
  return { monotone: 'not-proven', monotoneReason: reasons.join('; ') }
}

/**
 * Why a layout found at a smaller width does not serve at a larger one, in words: which blocked parts it runs into
 * there, and how the outline's steps changed.
 */
export function explainBreak(
  small: ScaledBag,
  placements: readonly Placement[],
  large: ScaledBag,
  items: readonly FitItem[],
): string {
  const check = carryProblems(placements, large.container, items)
  const hit = new Set<string>()
  let outside = false
  for (const problem of check.problems) {
    const match = /overlaps blocked region (\d+)/.exec(problem)
    if (match) hit.add(kindWords(large.blockedKinds[Number(match[1])]))
    else if (/reaches outside/.test(problem)) outside = true
  }
  const parts: string[] = []
  if (hit.size > 0)
    parts.push(
      `the layout that fits at ${small.widthMm} mm runs into ${[...hit].join(' and ')} at ${large.widthMm} mm`,
    )
  else if (outside)
    parts.push(
      `the layout that fits at ${small.widthMm} mm does not lie inside the ${large.widthMm} mm interior as placed`,
    )
  else
    parts.push(
      `the layout that fits at ${small.widthMm} mm would fit at ${large.widthMm} mm too, so the fit there ran a different course`,
    )
  if (small.interior.steps !== large.interior.steps) {
    parts.push(
      `the outline has ${large.interior.steps} steps at ${large.widthMm} mm against ${small.interior.steps} at ${small.widthMm} mm`,
    )
  } else if (small.interior.steps > 0) {
    parts.push(
      `the outline's ${large.interior.steps} steps sit at other heights at ${large.widthMm} mm (edges on a 0.1 mm grid)`,
    )
  }
  if (hit.has(kindWords('handle-anchors'))) parts.push(`the handle anchors moved outward with the width`)
  const shifted = carryLayout(placements, small.container, large.container, items) !== null
  parts.push(
    shifted
      ? 'yet a shifted copy of it does fit, so the answer there is in doubt'
      : 'no shift of it clears them, and the exact search finds no other layout there',
  )
  return parts.join('; ')
}

function kindWords(kind: 'outline' | 'divider' | HardwareKind | undefined): string {
  if (kind === 'outline') return 'the steps that approximate the outline'
  if (kind === 'divider') return 'a divider'
  if (kind === undefined) return 'a blocked part'
  return `the ${HARDWARE[kind].label}`
}
