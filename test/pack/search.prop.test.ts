import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { checkPacking } from '../../src/pack/check.js'
import { Budget } from '../../src/pack/budget.js'
import { buildModel, toMm } from '../../src/pack/model.js'
import { relationSearch } from '../../src/pack/relations.js'
import { exactSearch, type SearchResult } from '../../src/pack/search.js'
import type { FitProblem, Placement, Vec3 } from '../../src/pack/types.js'

// The two exact searches share no code: where both decide, they must agree, and each layout must pass the checker.
const side = (min: number, max: number) => fc.integer({ min, max })
const size3 = (min: number, max: number) => fc.tuple(side(min, max), side(min, max), side(min, max)) as fc.Arbitrary<Vec3>

const problemWithBlocked = fc
  .record({
    container: size3(4, 12),
    blocked: fc.array(fc.record({ at: size3(0, 8), size: size3(1, 5) }), { maxLength: 3 }),
    items: fc.array(fc.record({ size: size3(1, 6), count: fc.integer({ min: 1, max: 2 }), rotate: fc.constantFrom<'any' | 'upright' | 'none'>('any', 'upright', 'none') }), {
      minLength: 1,
      maxLength: 4,
    }),
  })
  .map(({ container, blocked, items }): FitProblem => ({
    container: {
      size: container,
      // Clip each blocked box into the container.
      blocked: blocked
        .map((b) => ({ at: b.at.map((a, k) => Math.min(a, container[k]! - 1)) as Vec3, size: b.size }))
        .map((b) => ({ at: b.at, size: b.size.map((s, k) => Math.min(s, container[k]! - b.at[k]!)) as Vec3 })),
    },
    items: items.map((it, i) => ({ id: `i${i}`, ...it })),
  }))

function layout(problem: FitProblem, result: SearchResult): Placement[] {
  const model = buildModel(problem)
  return result.placed.map((p) => {
    const t = model.types[p.type]!
    const o = t.orients[p.orient]!
    return { id: t.id, at: [p.x, p.y, p.z].map((v) => toMm(model, v)) as Vec3, size: o.perm.map((k) => t.sizeMm[k]!) as Vec3 }
  })
}

// Many identical copies: the relation search's symmetry rules (orientations in order, the first of two twins before
// the second) must never cut off the only layouts.
const manyCopies = fc
  .record({
    container: size3(3, 9),
    items: fc.array(fc.record({ size: size3(1, 5), count: fc.integer({ min: 2, max: 6 }), rotate: fc.constantFrom<'any' | 'upright' | 'none'>('any', 'upright', 'none') }), {
      minLength: 1,
      maxLength: 2,
    }),
  })
  .map(({ container, items }): FitProblem => ({ container: { size: container }, items: items.map((it, i) => ({ id: `i${i}`, ...it })) }))

const NODES = 200_000

describe('the exact searches (properties)', () => {
  test.prop([manyCopies], { numRuns: 300 })('the sweep and the relation search agree on many identical copies', (problem) => {
    const model = buildModel(problem)
    // A node limit, not a time: the same problem always gets the same verdicts.
    const sweep = exactSearch(model, new Budget(NODES, Infinity))
    const relations = relationSearch(model, new Budget(NODES, Infinity))
    if (relations.status === 'fits') expect(checkPacking(problem, layout(problem, relations)).problems).toEqual([])
    if (sweep.status !== 'unknown' && relations.status !== 'unknown') expect(relations.status).toBe(sweep.status)
  })

  test.prop([problemWithBlocked], { numRuns: 200 })('the sweep and the relation search agree, with blocked regions too', (problem) => {
    const model = buildModel(problem)
    // A node limit, not a time: the same problem always gets the same verdicts.
    const sweep = exactSearch(model, new Budget(NODES, Infinity))
    const relations = relationSearch(model, new Budget(NODES, Infinity))
    for (const result of [sweep, relations]) {
      if (result.status === 'fits') expect(checkPacking(problem, layout(problem, result)).problems).toEqual([])
    }
    if (sweep.status !== 'unknown' && relations.status !== 'unknown') expect(relations.status).toBe(sweep.status)
  })
})
