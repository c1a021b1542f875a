import { unionVolumeExact } from '../geometry/box.js'
import { dualFeasibleBound, itemTooLarge, openingTooSmall, pairConflict, projectionBound, volumeBound } from './bounds.js'
import { explainProof } from './explain.js'
import { extremePointPacking } from './heuristic.js'
import { LIMITS } from './limits.js'
import type { Placed } from './placed.js'
import { buildModel, validateProblem, type Model } from './problem.js'
import { portfolioSearch } from './portfolio.js'
import { reachTable } from './reach.js'
import { slabPacking } from './slabs.js'
import { shadowPackingBound } from './shadow-packing.js'
import { stackingBound } from './stacking.js'
import type { FitAnswer, FitProblem, FitProof, Placement, Vec3 } from './types.js'

// Share of the time limit the heuristic may use before the exact search takes over. Layouts that exist are
// usually found in well under a millisecond; the rest of the budget is better spent proving.
const HEURISTIC_SHARE = 0.1
// Share of the time limit for working out where each item fits alone (well under a millisecond for bags).
const REACH_SHARE = 0.1
// Share of the time limit for the layout in slabs, tried when the first heuristic finds none.
const SLAB_SHARE = 0.1
// Share of the time limit for packing the shadows of items that must share a face (2D, so usually quick).
const SHADOW_SHARE = 0.2

/**
 * Will these items fit in this container? Exact: `fits` comes with a layout that `checkPacking` accepts,
 * `does-not-fit` with a reason that holds (a bound, or an exhausted search), and `unknown` only when
 * `options.timeLimitMs` (default 1000) runs out. Sizes are in millimetres; the engine rounds item sizes up and the
 * container down to whole micrometres, so the answer is exact for sizes given to three decimals.
 *
 * Same input, same output; the input is not changed. Throws a `MicropurseError` for a malformed problem (negative or
 * missing sizes, unknown rotate mode, an opening larger than the container, too many items, unknown options).
 *
 * @example
 * fit({
 *   container: { size: [120, 44, 84] },
 *   items: [{ id: 'card', size: [85.6, 53.98, 0.76], count: 2 }],
 * }).status // 'fits'
 */
export function fit(problem: FitProblem): FitAnswer {
  const started = performance.now()
  validateProblem(problem)
  const deadline = started + (problem.options?.timeLimitMs ?? LIMITS.defaultTimeLimitMs)
  const model = buildModel(problem)
  const { proof, placed, nodes } = decide(model, deadline, started)
  const answer: FitAnswer = {
    status: proof.kind === 'layout' || proof.kind === 'empty' ? 'fits' : proof.kind === 'time-limit' ? 'unknown' : 'does-not-fit',
    placements: placed ? placed.map((p) => toPlacement(p, model)) : [],
    reason: explainProof(proof, problem),
    stats: { nodes, elapsedMs: round(performance.now() - started) },
    proof,
  }
  return answer
}

function decide(model: Model, deadline: number, started: number): { proof: FitProof; placed: Placed[] | null; nodes: number } {
  if (model.totalCount === 0) return { proof: { kind: 'empty' }, placed: [], nodes: 0 }

  // 1. Bounds: cheap proofs, from the most to the least obvious.
  const blockedVolume = unionVolumeExact(
    model.blocked.map((b) => ({ at: [b[0]!, b[1]!, b[2]!], size: [b[3]! - b[0]!, b[4]! - b[1]!, b[5]! - b[2]!] })),
  )
  const bound =
    itemTooLarge(model) ?? openingTooSmall(model) ?? volumeBound(model, blockedVolume) ?? pairConflict(model) ?? projectionBound(model) ?? dualFeasibleBound(model)
  if (bound) return { proof: bound, placed: null, nodes: 0 }

  // 2. Each item alone must find room clear of the blocked regions; where it can go decides which items must stack.
  // (Among very many blocked regions this can take long: past its share of the time it is dropped, with what it
  // decides, and the search alone decides.)
  let nodes = 0
  const reaches = reachTable(model, Math.min(deadline, started + (deadline - started) * REACH_SHARE))
  if (reaches) {
    const roomless = model.types.find((t) => reaches[t.index]!.every((r) => r === null))
    if (roomless) return { proof: { kind: 'no-room', itemId: roomless.id }, placed: null, nodes }
    const stacked = stackingBound(model, reaches)
    if (stacked) return { proof: stacked, placed: null, nodes }
  }

  // 3. Items that must share a face must fit on it side by side, as flat shadows.
  const shadows = shadowPackingBound(model, Math.min(deadline, performance.now() + (deadline - started) * SHADOW_SHARE))
  nodes += shadows.nodes
  if (shadows.proof) return { proof: shadows.proof, placed: null, nodes }

  // 4. A fast layout, if one comes easily.
  const heuristicDeadline = Math.min(deadline, started + (deadline - started) * HEURISTIC_SHARE)
  const quick = extremePointPacking(model, heuristicDeadline)
  nodes += quick.steps
  if (quick.placed) return { proof: { kind: 'layout', by: 'heuristic' }, placed: quick.placed, nodes }
  if (reaches) {
    const slabDeadline = Math.min(deadline, performance.now() + (deadline - started) * SLAB_SHARE)
    const slabs = slabPacking(model, reaches, slabDeadline)
    nodes += slabs.steps
    if (slabs.placed) return { proof: { kind: 'layout', by: 'heuristic' }, placed: slabs.placed, nodes }
  }

  // 5. Exact search for the rest.
  const result = portfolioSearch(model, deadline)
  nodes += result.nodes
  if (result.status === 'fits') return { proof: { kind: 'layout', by: 'search' }, placed: result.placed, nodes }
  if (result.status === 'does-not-fit') return { proof: { kind: 'search', nodes: result.nodes }, placed: null, nodes }
  return { proof: { kind: 'time-limit', nodes }, placed: null, nodes }
}

// Model units back to millimetres; the size is the item's own size in millimetres, turned as placed.
function toPlacement(p: Placed, model: Model): Placement {
  const type = model.types[p.type]!
  const o = type.orients[p.orient]!
  const toMm = (v: number) => (v * model.unitUm) / 1000
  return {
    id: type.id,
    at: [toMm(p.x), toMm(p.y), toMm(p.z)],
    size: o.perm.map((k) => type.sizeMm[k]!) as Vec3,
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000
}
