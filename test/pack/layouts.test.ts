import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { Budget } from '../../src/pack/budget.js'
import { checkPacking } from '../../src/pack/check.js'
import { fit } from '../../src/pack/fit.js'
import { guillotineLayout } from '../../src/pack/guillotine.js'
import { latticeLayout } from '../../src/pack/lattice.js'
import { buildModel, type Model } from '../../src/pack/model.js'
import type { Placed } from '../../src/pack/placed.js'
import type { FitProblem, Placement, Vec3 } from '../../src/pack/types.js'

// A box of whole millimetres cut by random guillotine cuts into pieces, each a fixed item as it was cut.
const guillotineCut = fc
  .record({
    size: fc.tuple(
      fc.integer({ min: 2, max: 30 }),
      fc.integer({ min: 2, max: 30 }),
      fc.integer({ min: 2, max: 30 }),
    ),
    cuts: fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.double({ min: 0.05, max: 0.95, noNaN: true })),
      { minLength: 1, maxLength: 9 },
    ),
    rotate: fc.constantFrom<'none' | 'any'>('none', 'any'),
  })
  .map(({ size, cuts, rotate }): FitProblem => {
    let pieces: Vec3[] = [size]
    for (const [which, axis, at] of cuts) {
      const i = which % pieces.length
      const piece = pieces[i]!
      const cut = Math.round(piece[axis]! * at)
      if (cut < 1 || cut >= piece[axis]!) continue
      const a = [...piece] as Vec3
      const b = [...piece] as Vec3
      a[axis] = cut
      b[axis] = piece[axis]! - cut
      pieces.splice(i, 1, a, b)
    }
    pieces = [...pieces].reverse()
    return { container: { size }, items: pieces.map((p, k) => ({ id: `p${k}`, size: p, rotate })) }
  })

// Model placements back to millimetres (integer problems: a model unit is a whole number of millimetres).
function toPlacements(model: Model, placed: Placed[]): Placement[] {
  const u = model.unitNumber
  return placed.map((p) => {
    const t = model.types[p.type]!
    const o = t.orients[p.orient]!
    return { id: t.id, at: [p.x * u, p.y * u, p.z * u], size: [o.w * u, o.d * u, o.h * u] }
  })
}

describe('guillotine cuts (properties)', () => {
  test.prop([guillotineCut], { numRuns: 200 })(
    'rebuild every box cut by guillotine cuts, in a layout the checker accepts',
    (problem) => {
      const model = buildModel(problem)
      const placed = guillotineLayout(model, new Budget(5_000_000, Infinity))
      expect(placed).not.toBeNull()
      expect(checkPacking(problem, toPlacements(model, placed!))).toEqual({ ok: true, problems: [] })
    },
  )
})

describe('layouts for shapes extreme points miss', () => {
  test('guillotine cuts give nothing when the items do not fill the container exactly', () => {
    const problem: FitProblem = { container: { size: [10, 10, 10] }, items: [{ id: 'a', size: [5, 10, 10] }] }
    expect(guillotineLayout(buildModel(problem), new Budget(100_000, Infinity))).toBeNull()
  })

  test('20 boxes lie four across stood on end, five high, where the lattice as given holds 19', () => {
    const problem: FitProblem = {
      container: { size: [34.3, 22.2, 166.6] },
      items: [{ id: 'box', size: [28.1, 19.1, 8.5], count: 20 }],
    }
    const model = buildModel(problem)
    const placed = latticeLayout(model, new Budget(100_000, Infinity))
    expect(placed).toHaveLength(20)
    const answer = fit({ ...problem, options: { nodeLimit: 200_000 } })
    expect(answer.status).toBe('fits')
    expect(checkPacking(problem, answer.placements)).toEqual({ ok: true, problems: [] })
  })

  test('blocks of lattices give nothing for two kinds of item', () => {
    const problem: FitProblem = {
      container: { size: [10, 10, 10] },
      items: [
        { id: 'a', size: [5, 5, 5] },
        { id: 'b', size: [5, 5, 5] },
      ],
    }
    expect(latticeLayout(buildModel(problem), new Budget(100_000, Infinity))).toBeNull()
  })
})
