import type { Budget } from './budget.js'
import type { Model } from './model.js'
import type { Placed } from './placed.js'

// Cuts deep: a lattice, a lattice beside a block of two lattices, and so on, `DEPTH` cuts down.
const DEPTH = 3

/**
 * A layout for many copies of one kind as blocks of lattices: the container is cut across an axis into a block of
 * whole rows of one orientation and the rest, and the rest is cut again, a few times; each block holds a plain
 * lattice of one orientation. The most copies this way decides; if that is all of them, the blocks are the layout.
 * Extreme points and the search miss these when the copies are many and the best layout turns some of them
 * (20 boxes 28.1 × 19.1 × 8.5 mm in 34.3 × 22.2 × 166.6 mm: four across, stood on end, five high).
 *
 *   top view: rows of one orientation, then the rest cut again
 *   +--+--+--+--+------+
 *   |  |  |  |  | ==== |
 *   |  |  |  |  | ==== |
 *   +--+--+--+--+------+
 *
 * For one kind of item in a plain container (else null). A unit per block size weighed; null when the blocks hold
 * fewer than all copies or `budget` runs out.
 */
export function latticeLayout(model: Model, budget: Budget): Placed[] | null {
  if (model.types.length !== 1 || model.blocked.length > 0) return null
  const type = model.types[0]!
  if (type.orients.length === 0) return null
  const orients = type.orients.map((o) => [o.w, o.d, o.h])
  const memo = new Map<string, Plan>()
  const plan = best([...model.L], DEPTH)
  if (!plan || plan.count < type.count) return null
  const out: Placed[] = []
  place(plan, [0, 0, 0], type.count, out)
  return out

  // The most copies blocks of lattices hold in a box of extents L, at most `depth` cuts down (null: out of budget).
  function best(L: number[], depth: number): Plan | null {
    const key = `${L.join(',')}:${depth}`
    const known = memo.get(key)
    if (known) return known
    let top: Plan = { count: 0, kind: 'empty' }
    // One lattice of each orientation.
    orients.forEach((e, o) => {
      const count = Math.floor(L[0]! / e[0]!) * Math.floor(L[1]! / e[1]!) * Math.floor(L[2]! / e[2]!)
      if (count > top.count) top = { count, kind: 'lattice', orient: o, L }
    })
    // Whole rows of one orientation across axis k, then the rest cut again.
    if (depth > 0) {
      for (let k = 0; k < 3; k++) {
        for (let o = 0; o < orients.length; o++) {
          const e = orients[o]!
          const rows = Math.floor(L[k]! / e[k]!)
          for (let m = 1; m < rows; m++) {
            if (!budget.spend(1)) return null
            const near = L.map((v, a) => (a === k ? m * e[k]! : v))
            const far = L.map((v, a) => (a === k ? v - m * e[k]! : v))
            const inNear =
              Math.floor(near[0]! / e[0]!) * Math.floor(near[1]! / e[1]!) * Math.floor(near[2]! / e[2]!)
            const rest = best(far, depth - 1)
            if (!rest) return null
            if (inNear + rest.count > top.count) {
              top = {
                count: inNear + rest.count,
                kind: 'cut',
                axis: k,
                at: m * e[k]!,
                near: { count: inNear, kind: 'lattice', orient: o, L: near },
                far: rest,
              }
            }
          }
        }
      }
    }
    memo.set(key, top)
    return top
  }

  // Places up to `left` copies of a plan at `origin`; returns how many it placed.
  function place(plan: Plan, origin: number[], left: number, out: Placed[]): number {
    if (plan.kind === 'empty' || left <= 0) return 0
    if (plan.kind === 'cut') {
      const n = place(plan.near, origin, left, out)
      return (
        n +
        place(
          plan.far,
          origin.map((v, a) => (a === plan.axis ? v + plan.at : v)),
          left - n,
          out,
        )
      )
    }
    const e = orients[plan.orient]!
    const per = plan.L.map((v, a) => Math.floor(v / e[a]!))
    let n = 0
    for (let i = 0; i < per[0]! && n < left; i++) {
      for (let j = 0; j < per[1]! && n < left; j++) {
        for (let k = 0; k < per[2]! && n < left; k++) {
          out.push({
            type: 0,
            orient: plan.orient,
            x: origin[0]! + i * e[0]!,
            y: origin[1]! + j * e[1]!,
            z: origin[2]! + k * e[2]!,
          })
          n++
        }
      }
    }
    return n
  }
}

/** How a box is filled: nothing, one lattice of one orientation, or a cut across an axis into two plans. */
type Plan =
  | { count: number; kind: 'empty' }
  | { count: number; kind: 'lattice'; orient: number; L: number[] }
  | { count: number; kind: 'cut'; axis: number; at: number; near: Plan; far: Plan }
