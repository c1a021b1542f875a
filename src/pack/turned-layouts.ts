import type { Budget } from './budget.js'
import { checkPacking } from './check.js'
import { maximalFreeBoxes, type Room } from './free-boxes.js'
import { cornerFor, fitsAloneTurned, liesSquare, planeAxes, turnAngle, turnedExtents, type Axes } from './turn.js'
import type { BlockedRegion, FitProblem, Placement, Vec3 } from './types.js'

/** Solves a problem square to the walls within a budget: its layout, or null. */
export type SquareSolver = (problem: FitProblem, budget: Budget) => Placement[] | null

// Space left around a turned box, in mm: far above the rounding of its axes as printed (about 1e-13 mm), far below
// anything a bag or a thing is measured to.
const TURN_CLEARANCE_MM = 1e-6
// Work units for packing the rest square beside one turned item (most layouts are found in a few hundred).
const REST_UNITS = 5_000
// Work units for the search over every rotation of one item alone.
const ALONE_UNITS = 200_000
// Maximal free boxes of a blocked interior tried for the turned item, and of those, how many get the diagonal search
// (the rest only face turns): the largest rooms are where a turned thing stands in a shaped bag.
const MAX_ROOMS_TRIED = 16
const DIAGONAL_ROOMS = 2

/**
 * Layouts with turned things, as people pack them: one item that does not lie square turned in a face of the bag
 * (a phone across the depth, a coin on edge, a card through the diagonal of a narrow bag), or along the space
 * diagonal, and everything else square beside it. For each item that may turn (`rotate: 'free'`), each face it can
 * turn in and each side it can stand on, the smallest turn that lets it lie is found (`turnAngle`); its bounding box
 * goes in a corner, and the rest is packed square around it, a blocked region where the turned box stands.
 *
 *   front view, a phone turned 9° in a bag 0.6 mm shorter than it:   ┌──────────────────┐
 *                                                                     │▁▁▁▁▁▁▁▁▁▁▂▂▃▃▄▄▅│  the rest square
 *                                                                     │▔▔▔▀▀▀▄▄▄▄▄▄▄▄▄▄▄│  beside it
 *                                                                     └──────────────────┘
 *
 * Every layout is checked by `checkPacking` before it is returned. Returns null when none is found within `budget`.
 */
export function turnedLayout(problem: FitProblem, budget: Budget, solveSquare: SquareSolver): Placement[] | null {
  const L = problem.container.size
  const free = problem.items.map((it, i) => ({ it, i })).filter(({ it }) => (it.rotate ?? 'any') === 'free')
  // Items that cannot lie square at all go first: they are the ones to turn.
  free.sort((a, b) => Number(liesSquare(a.it.size, L)) - Number(liesSquare(b.it.size, L)) || volume(b.it.size) - volume(a.it.size))
  // Where the turned item may stand: the whole interior, and where regions are blocked (a bag's outline steps,
  // dividers) each maximal box clear of them, largest first.
  const whole: Room = { at: [0, 0, 0], size: [L[0], L[1], L[2]] }
  const rooms = (problem.container.blocked ?? []).length === 0 ? [whole] : [whole, ...maximalFreeBoxes(problem.container).slice(0, MAX_ROOMS_TRIED)]
  for (const { it, i } of free) {
    for (const [r, room] of rooms.entries()) {
      const turns = turnsOf(it.size, room.size)
      // An item that turns in no face may still go in along a diagonal (searched in the largest rooms only).
      if (turns.length === 0 && r < DIAGONAL_ROOMS) {
        const diagonal = diagonalTurn(it.size, room.size, budget)
        if (diagonal) turns.push(diagonal)
      }
      for (const turn of turns) {
        for (let corner = 0; corner < 8; corner++) {
          if (budget.exhausted) return null
          const placed = withTurned(problem, i, turn, room, corner, budget, solveSquare)
          if (placed) return placed
        }
      }
    }
  }
  return null
}

/** One way to turn an item: its axes, its extents turned, and whether it came from the search over all rotations. */
interface Turn {
  axes: Axes
  extents: Vec3
}

// Every face turn of a box that fits the container, least bounding box first.
function turnsOf(size: readonly number[], L: readonly number[]): Turn[] {
  const found: Turn[] = []
  for (const [i, j] of [
    [0, 1],
    [0, 2],
    [1, 2],
  ] as const) {
    const k = 3 - i - j
    for (let c = 0; c < 3; c++) {
      if (size[c]! > L[k]! - 2 * TURN_CLEARANCE_MM) continue
      const [p, q] = [0, 1, 2].filter((s) => s !== c) as [number, number]
      for (const [u, v] of [
        [p, q],
        [q, p],
      ] as const) {
        // u starts along i, v along j; the turn that leaves the most room along j.
        const theta = turnAngle(size[u]!, size[v]!, L[i]!, L[j]!, 2 * TURN_CLEARANCE_MM)
        if (theta === null) continue
        const axes = planeAxes(i, j, theta, u, v, c)
        found.push({ axes, extents: turnedExtents(axes, size) })
      }
    }
  }
  // Least volume of bounding box first: the most room for the rest.
  return found.sort((a, b) => volume(a.extents) - volume(b.extents))
}

/** A turn found by the search over every rotation, for an item that turns in no face. */
function diagonalTurn(size: readonly number[], L: readonly number[], budget: Budget): Turn | null {
  const alone = fitsAloneTurned(size, L, 2 * TURN_CLEARANCE_MM, budget.slice(ALONE_UNITS))
  if (alone.kind !== 'fits') return null
  return { axes: alone.axes, extents: turnedExtents(alone.axes, size) }
}

// The item turned in one of the corners of `room` (bit k of `corner` set: at the far end of axis k), the rest
// square around its bounding box, checked.
function withTurned(problem: FitProblem, index: number, turn: Turn, room: Room, corner: number, budget: Budget, solveSquare: SquareSolver): Placement[] | null {
  const item = problem.items[index]!
  const L = problem.container.size
  const c = TURN_CLEARANCE_MM
  // The turned box sits a clearance off the room's sides; the rest keeps out of its bounding box and a clearance
  // more, rounded out to the micrometre so the rest's problem stays in whole micrometres.
  const far = (k: number) => room.at[k]! + room.size[k]!
  const span = turn.extents.map((e, k) => Math.min(room.size[k]!, Math.ceil((e + 2 * c) * 1000) / 1000))
  const low = [0, 1, 2].map((k) => (corner & (1 << k) ? Math.floor((far(k) - span[k]!) * 1000) / 1000 : room.at[k]!))
  if (low.some((v, k) => v < room.at[k]! - 1e-9)) return null
  const at = cornerFor(turn.axes, item.size, low.map((v, k) => (corner & (1 << k) ? far(k) - turn.extents[k]! - c : v + c)))
  const box: BlockedRegion = { at: low as Vec3, size: span.map((v, k) => Math.min(v, L[k]! - low[k]!)) as Vec3 }
  const turned: Placement = { id: item.id, at, size: [...item.size], axes: turn.axes }
  const restItems = problem.items.flatMap((it, i) => {
    if (i !== index) return [it]
    const count = (it.count ?? 1) - 1
    return count > 0 ? [{ ...it, count }] : []
  })
  let placements: Placement[] = [turned]
  if (restItems.length > 0) {
    const rest: FitProblem = {
      container: { ...problem.container, blocked: [...(problem.container.blocked ?? []), box] },
      items: restItems.map((it) => ({ ...it, rotate: it.rotate === 'free' ? 'any' : it.rotate })),
    }
    const square = solveSquare(rest, budget.slice(REST_UNITS))
    if (!square) return null
    placements = [turned, ...square]
  }
  return checkPacking(problem, placements).ok ? placements : null
}

function volume(s: readonly number[]): number {
  return s[0]! * s[1]! * s[2]!
}
