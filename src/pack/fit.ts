import {
  dualFeasibleBound,
  itemTooLarge,
  openingTooSmall,
  pairConflict,
  projectionBound,
  reducedVolumeBound,
  volumeBound,
  type Prover,
} from './bounds.js'
import { Budget } from './budget.js'
import { explainProof } from './explain.js'
import { guillotineLayout } from './guillotine.js'
import { extremePointPacking, ORDERS, QUICK_ORDERS } from './heuristic.js'
import { latticeLayout } from './lattice.js'
import { layerBound } from './layers.js'
import { LIMITS } from './limits.js'
import { decimalPlaces } from '../geometry/decimal.js'
import { buildModels, MAX_EXACT_PLACES, toMm as modelToMm, type Model } from './model.js'
import type { Placed } from './placed.js'
import { portfolioSearch } from './portfolio.js'
import { reachTable, type Reach } from './reach.js'
import { shadowPackingBound } from './shadow-packing.js'
import { slabPacking } from './slabs.js'
import { stackingBound } from './stacking.js'
import type { FitAnswer, FitProblem, FitProof, Placement, Vec3 } from './types.js'
import { validateProblem } from './validate.js'
import { decideTurned, holdsTurned } from './free.js'
import { canSqueeze, relax, squeezed } from './squeeze.js'

/**
 * Will these items fit in this container? Exact: `fits` comes with a layout that `checkPacking` accepts,
 * `does-not-fit` with a reason that holds (a bound, or an exhausted search), and `unknown` only when the time limit
 * (`options.timeLimitMs`, default 1000) or the node limit (`options.nodeLimit`, in work units) runs out, or when the
 * sizes are given to more decimals than the engine represents and the answer turns on them. Sizes are in millimetres,
 * read exactly as the decimals they print as.
 *
 * With a node limit and a time limit that does not run out, the answer (status, layout, reason, `stats.nodes`) is a
 * function of the problem alone. The input is not changed. Throws a `MicropurseError` for a malformed problem
 * (negative or missing sizes, unknown rotate mode, an opening larger than the container, too many items, unknown
 * options).
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
  const options = problem.options ?? {}
  const budget = new Budget(options.nodeLimit ?? Infinity, started + (options.timeLimitMs ?? LIMITS.defaultTimeLimitMs))
  let { proof, placements } = solveTurning(problem, budget)
  // Squeezable things that do not fit as they are: the question is whether they fit squeezed.
  if (!placements && !budget.stopped && canSqueeze(problem)) {
    const pressed = solveTurning(squeezed(problem), budget)
    if (pressed.placements && pressed.proof.kind === 'layout') {
      proof = { ...pressed.proof, squeezed: true }
      placements = relax(problem, pressed.placements)
    } else proof = UNDECIDED.has(pressed.proof.kind) ? pressed.proof : { kind: 'squeezed', proof: pressed.proof }
  }
  return {
    status: proof.kind === 'layout' || proof.kind === 'empty' ? 'fits' : UNDECIDED.has(proof.kind) ? 'unknown' : 'does-not-fit',
    placements: placements ?? [],
    reason: explainProof(proof, problem),
    stats: { nodes: budget.spent, elapsedMs: round(performance.now() - started) },
    proof,
  }
}

const UNDECIDED = new Set<FitProof['kind']>(['time-limit', 'node-limit', 'too-fine', 'square-only'])

// Square to the walls first; then, for things that may turn by any angle, where that gives no layout and no proof
// that holds turned, the turned layouts and proofs.
function solveTurning(problem: FitProblem, budget: Budget): { proof: FitProof; placements: Placement[] | null } {
  const square = solveSquare(problem, budget)
  const settled = UNDECIDED.has(square.proof.kind) || square.placements !== null
  if (settled || !problem.items.some((it) => it.rotate === 'free') || holdsTurned(square.proof, problem)) return square
  return decideTurned(problem, square.proof, budget, (p, b) => solveSquare(p, b).placements)
}

// The problem square to the walls (free items by quarter turns): a proof, and a layout in millimetres when it is one.
function solveSquare(problem: FitProblem, budget: Budget): { proof: FitProof; placements: Placement[] | null } {
  const { proof, placed, model } = decideProblem(problem, budget)
  return { proof, placements: placed && model ? placed.map((p) => toPlacement(p, model)) : null }
}

/** What deciding one model gave: a proof, and the layout when it is one. */
interface Decision {
  proof: FitProof
  placed: Placed[] | null
  model: Model | null
}

// Sizes exact: one model. Finer than the engine represents: a layout of the inner model is a layout, a proof for the
// outer one is a proof, and anything else is `unknown`.
function decideProblem(problem: FitProblem, budget: Budget): Decision {
  const models = buildModels(problem)
  if ('exact' in models) return decide(models.exact, budget)
  const inner = decide(models.inner, budget)
  if (inner.placed || budget.stopped) return inner
  const outer = decide(models.outer, budget)
  if (budget.stopped) return outer
  if (!outer.placed) return models.outer.unitScale === MAX_EXACT_PLACES && tooManyPlaces(problem) ? { ...outer, proof: { ...outer.proof, rounded: true } } : outer
  return { proof: { kind: 'too-fine', cause: tooManyPlaces(problem) ? 'decimals' : 'opening' }, placed: null, model: null }
}

function tooManyPlaces(problem: FitProblem): boolean {
  const all = [...problem.container.size, ...problem.items.flatMap((it) => [...it.size, ...(it.minSize ?? [])]), ...(problem.container.opening ?? [])]
  return all.some((v) => decimalPlaces(v) > MAX_EXACT_PLACES)
}

/**
 * One step of the pipeline: a proof that it cannot fit, a layout, or nothing (the next step goes on). Each gets the
 * shared context and charges its work to the budget; the steps run in order, cheapest and likeliest first.
 */
interface Step {
  name: string
  run: (ctx: Context) => FitProof | Placed[] | null
}

/** What the steps share: the model, the budget, and what earlier steps learnt (each item's reach). */
interface Context {
  model: Model
  budget: Budget
  reaches: () => (Reach | null)[][] | null
}

// Work units for the first quick layouts, tried before any costly proof (a few orders of a small kit cost hundreds).
const QUICK_UNITS = 20_000
// Work units for rebuilding an exact fill as guillotine cuts at first (most of MPV class 9 with fixed orientation:
// under 20,000); the search goes on with it in its rounds.
const GUILLOTINE_UNITS = 2_000_000
// Work units for blocks of lattices of one kind (200 copies, three cuts deep: tens of thousands).
const LATTICE_UNITS = 100_000
// Work units for working out where each item fits alone among blocked regions (a bag's outline: a few thousand).
const REACH_UNITS = 200_000
// Work units for the remaining extreme-point orders and the slabs, tried after the proofs.
const LAYOUT_UNITS = 200_000

const prove = (name: string, prover: Prover): Step => ({ name, run: ({ model, budget }) => prover(model, budget) })

/** The pipeline: cheap bounds, quick layouts, the proofs that cost more, the other layouts, then exact search. */
const PIPELINE: Step[] = [
  prove('item-too-large', itemTooLarge),
  prove('opening', openingTooSmall),
  prove('volume', volumeBound),
  prove('pairs', pairConflict),
  { name: 'quick layouts', run: ({ model, budget }) => extremePointPacking(model, budget.slice(QUICK_UNITS), 0, QUICK_ORDERS) },
  // Many copies of one kind: blocks of lattices.
  { name: 'lattice', run: ({ model, budget }) => latticeLayout(model, budget.slice(LATTICE_UNITS)) },
  // Items that fill the container exactly: as a tree of guillotine cuts.
  { name: 'guillotine', run: ({ model, budget }) => guillotineLayout(model, budget.slice(GUILLOTINE_UNITS)) },
  prove('reduced volume', reducedVolumeBound),
  prove('shadows', projectionBound),
  prove('dual-feasible', dualFeasibleBound),
  // Copies that lie the same length along an axis every way: whole layers, each holding at most what its face does.
  prove('layers', layerBound),
  {
    name: 'room',
    run: ({ model, reaches }) => {
      const table = reaches()
      const roomless = table && model.types.find((t) => table[t.index]!.every((r) => r === null))
      return roomless ? { kind: 'no-room', itemId: roomless.id, opening: roomless.orients.length < roomless.withinBox } : null
    },
  },
  { name: 'stacking', run: ({ model, budget, reaches }) => (reaches() ? stackingBound(model, reaches()!, budget) : null) },
  { name: 'shadow packing', run: ({ model, budget }) => shadowPackingBound(model, budget) },
  { name: 'layouts', run: ({ model, budget }) => extremePointPacking(model, budget.slice(LAYOUT_UNITS), QUICK_ORDERS, ORDERS - QUICK_ORDERS) },
  { name: 'slabs', run: ({ model, budget, reaches }) => (reaches() ? slabPacking(model, reaches()!, budget.slice(LAYOUT_UNITS)) : null) },
  {
    name: 'search',
    run: ({ model, budget }) => {
      const result = portfolioSearch(model, budget)
      if (result.status === 'fits') return result.placed
      return result.status === 'does-not-fit' ? { kind: 'search', placements: result.nodes } : null
    },
  },
]

// Runs the pipeline on one model until a step decides or the budget stops the solve.
function decide(model: Model, budget: Budget): Decision {
  if (model.totalCount === 0) return { proof: { kind: 'empty' }, placed: [], model }
  let reaches: (Reach | null)[][] | null | undefined
  const ctx: Context = {
    model,
    budget,
    // Computed once, when a step first asks (in a plain box: the container less the item, at once).
    reaches: () => (reaches !== undefined ? reaches : (reaches = reachTable(model, budget.slice(REACH_UNITS)))),
  }
  for (const step of PIPELINE) {
    const outcome = step.run(ctx)
    if (budget.stopped) return { proof: stoppedProof(budget), placed: null, model }
    if (Array.isArray(outcome)) return { proof: { kind: 'layout', by: step.name === 'search' ? 'search' : 'heuristic' }, placed: outcome, model }
    if (outcome) return { proof: outcome, placed: null, model }
  }
  return { proof: stoppedProof(budget), placed: null, model }
}

function stoppedProof(budget: Budget): FitProof {
  return budget.timedOutByClock ? { kind: 'time-limit' } : { kind: 'node-limit', nodeLimit: budget.limit }
}

// Model units back to millimetres, exactly; the size is the item's own size in millimetres, turned as placed.
function toPlacement(p: Placed, model: Model): Placement {
  const type = model.types[p.type]!
  const o = type.orients[p.orient]!
  const toMm = (v: number) => modelToMm(model, v)
  return {
    id: type.id,
    at: [toMm(p.x), toMm(p.y), toMm(p.z)],
    size: o.perm.map((k) => type.sizeMm[k]!) as Vec3,
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000
}
