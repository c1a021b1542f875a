import type { Budget } from './budget.js'
import { fitsAloneTurned, liesSquare, quickNoTurn } from './turn.js'
import { turnedLayout, type SquareSolver } from './turned-layouts.js'
import type { FitItem, FitProblem, FitProof, Placement } from './types.js'

/**
 * Items that may turn by any angle (`rotate: 'free'`). The engine first decides the problem square to the walls
 * (free items by quarter turns): a layout there is a layout. A "does not fit" there holds for turned items too only
 * when its proof never relied on a free item lying square (`holdsTurned`); otherwise the free items get proofs that
 * hold for every rotation (each alone in the container's box, by a certified search over rotations), then layouts
 * with one turned (`turnedLayout`), and failing both the answer is `unknown`, saying that it does not fit square.
 * Items that cannot lie square at all are tried alone first: one that fits at no angle ends it at once.
 */
export function decideTurned(problem: FitProblem, square: FitProof, budget: Budget, solveSquare: SquareSolver): { proof: FitProof; placements: Placement[] | null } {
  const L = problem.container.size
  const free = problem.items.filter((it) => (it.rotate ?? 'any') === 'free')
  // A lower bound, so rounded down (to a hundredth of a millimetre) it stays one.
  const tooLarge = (itemId: string, shortMm: number): FitProof => ({ kind: 'turned-too-large', itemId, shortMm: Math.floor(shortMm * 100) / 100 })
  // 1. A free item that no rotation fits, seen at once (too thick for the thinnest side, too long for the diagonal).
  for (const it of free) {
    const quick = quickNoTurn(it.size, L)
    if (quick) return { proof: tooLarge(it.id, quick.shortMm), placements: null }
  }
  // 2. Each free item alone, at any rotation, in the container's box (blocked regions left out: only more room):
  //    first the items that cannot lie square, since one that fits at no angle settles it before any layout is tried.
  const order = [...free].sort((a, b) => Number(liesSquare(a.size, L)) - Number(liesSquare(b.size, L)))
  const tried = new Set<string>()
  const alone = (it: FitItem): FitProof | null => {
    const key = it.size.join('×')
    if (tried.has(key) || budget.stopped) return null
    tried.add(key)
    const turned = fitsAloneTurned(it.size, L, 0, budget)
    return turned.kind === 'no' ? tooLarge(it.id, turned.shortMm) : null
  }
  for (const it of order) {
    if (liesSquare(it.size, L)) break
    const proof = alone(it)
    if (proof) return { proof, placements: null }
  }
  // 3. Layouts with one item turned.
  const placements = turnedLayout(problem, budget, solveSquare)
  if (placements) return { proof: { kind: 'layout', by: 'turned' }, placements }
  // 4. The other free items alone.
  for (const it of order) {
    const proof = alone(it)
    if (proof) return { proof, placements: null }
  }
  if (budget.stopped) return { proof: { kind: budget.timedOutByClock ? 'time-limit' : 'node-limit', nodeLimit: budget.limit }, placements: null }
  return { proof: { kind: 'square-only', square }, placements: null }
}

/**
 * Whether a proof found square to the walls also holds when the free items turn by any angle: volume always does;
 * a proof about named items does when none of them is free; one about all the items together (the search, the
 * dual-feasible and reduced-volume bounds) only when no item is free.
 */
export function holdsTurned(proof: FitProof, problem: FitProblem): boolean {
  const isFree = (id: string) => (problem.items.find((it) => it.id === id)?.rotate ?? 'any') === 'free'
  const anyFree = problem.items.some((it) => (it.rotate ?? 'any') === 'free')
  switch (proof.kind) {
    case 'volume':
    case 'turned-too-large':
      return true
    case 'item-too-large':
    case 'no-room':
    case 'opening':
    case 'layers':
      return !isFree(proof.itemId)
    case 'conflict':
    case 'projection':
    case 'stacking':
    case 'shadow-packing':
      return !proof.itemIds.some(isFree)
    default:
      return !anyFree
  }
}
