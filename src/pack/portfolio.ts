import { AXIS_PERMUTATIONS } from '../geometry/orientation.js'
import type { Budget } from './budget.js'
import { extents, type Model, type Orientation } from './model.js'
import type { Placed } from './placed.js'
import { relationSearch, suitsRelationSearch } from './relations.js'
import { createSearchMemory, exactSearch, type SearchResult } from './search.js'

// Work units in the first round of each search; every round doubles it. Small enough that an easy order answers
// before a hard one has cost much, measured on the perfect packings of bench/.
const FIRST_ROUND_UNITS = 2048

/**
 * Runs the exact search along several sweep orders (and, for small problems, the search over relative positions), in
 * rounds of doubling work budgets, until one of them decides or `budget` runs out (then `unknown`).
 * The order in which the search fills the container (which axis it sweeps first) changes its cost by orders of
 * magnitude on the same instance, and no rule picks the best one every time, so each order gets a turn: with the
 * longest axis swept last first, as it wins most often. Each order keeps what it learnt (dead states, subset sums,
 * normal positions) between rounds, so a restart does not redo its work. Any order's "does not fit" is a proof; any
 * order's layout is a layout. Budgets are work units, so the same problem always takes the same turns.
 */
export function portfolioSearch(model: Model, budget: Budget): SearchResult {
  const runs = sweepOrders(model.L).map((perm) => ({ perm, model: permuteModel(model, perm), memory: createSearchMemory() }))
  let nodes = 0
  // Small problems also get the search over relative positions, each round first.
  const relations = suitsRelationSearch(model)
  for (let round = FIRST_ROUND_UNITS; !budget.exhausted; round *= 2) {
    if (relations) {
      const result = relationSearch(model, budget.slice(round))
      nodes += result.nodes
      if (result.status !== 'unknown') return { ...result, nodes }
    }
    for (const run of runs) {
      if (budget.exhausted) break
      const result = exactSearch(run.model, budget.slice(round), run.memory)
      nodes += result.nodes
      if (result.status === 'fits') return { status: 'fits', placed: result.placed.map((p) => unpermute(p, run.perm)), nodes }
      if (result.status === 'does-not-fit') return { status: 'does-not-fit', placed: [], nodes }
    }
  }
  return { status: 'unknown', placed: [], nodes }
}

/**
 * Axis permutations to sweep by, best guess first. perm[k] is the original axis that plays the role of axis k:
 * the search fills z (the last role) slowest and x fastest, so the longest side goes last and the shortest first.
 */
function sweepOrders(L: readonly number[]): [number, number, number][] {
  const all = AXIS_PERMUTATIONS.map((p): [number, number, number] => [...p])
  const seen = new Set<string>()
  const distinct = all.filter((p) => {
    const key = p.map((k) => L[k]).join(',')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const score = (p: number[]) => L[p[2]!]! * 4 - L[p[0]!]! * 2 - L[p[1]!]!
  return distinct.sort((a, b) => score(b) - score(a))
}

function permuteModel(model: Model, perm: readonly number[]): Model {
  const pick = <T>(v: readonly T[]) => perm.map((k) => v[k]!) as [T, T, T]
  return {
    ...model,
    L: pick(model.L),
    blocked: model.blocked.map((b) => [...pick(b.slice(0, 3)), ...pick(b.slice(3, 6))]),
    types: model.types.map((t) => ({
      ...t,
      orients: t.orients.map((o): Orientation => {
        const e = pick(extents(o))
        return { w: e[0], d: e[1], h: e[2], perm: pick(o.perm) }
      }),
    })),
  }
}

// Back to the original axes, coordinate by coordinate. `permuteModel` keeps each type's orientations in their order,
// so the orientation index is the same on both sides.
function unpermute(p: Placed, perm: readonly number[]): Placed {
  const at = [0, 0, 0]
  at[perm[0]!] = p.x
  at[perm[1]!] = p.y
  at[perm[2]!] = p.z
  return { type: p.type, orient: p.orient, x: at[0]!, y: at[1]!, z: at[2]! }
}
