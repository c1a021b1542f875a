import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { planCarry } from '../../src/carry/index.js'
import type { CarryCategory, CarryContainer, CarryItem, CarryProblem } from '../../src/carry/index.js'
import type { Vec3 } from '../../src/pack/types.js'
import { expectValidPlan } from './assert-plan.js'
import { bruteForcePlan } from './brute-force.js'

const side = (min: number, max: number) => fc.integer({ min, max })
const size3 = (min: number, max: number) => fc.tuple(side(min, max), side(min, max), side(min, max)) as fc.Arbitrary<Vec3>
const category = fc.constantFrom<CarryCategory>('card', 'keys', 'other')

// Small problems: at most 5 copies and 3 containers, so brute force tries at most 4^5 assignments.
const smallProblem = fc
  .record({
    items: fc.array(
      fc.record({
        size: size3(4, 40),
        count: fc.integer({ min: 1, max: 2 }),
        category,
        priority: fc.integer({ min: 1, max: 9 }),
        mustHave: fc.boolean(),
        rotate: fc.constantFrom<'any' | 'upright'>('any', 'upright'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    containers: fc.array(fc.record({ size: size3(10, 60), accepts: fc.option(fc.constantFrom<CarryCategory[]>(['card'], ['keys', 'other'])), worn: fc.boolean(), pocket: fc.boolean() }), {
      minLength: 1,
      maxLength: 3,
    }),
    nested: fc.option(size3(8, 30)),
    sharedPiece: fc.boolean(),
  })
  .map(({ items, containers, nested, sharedPiece }): CarryProblem => {
    // Trim to 5 copies.
    let copies = 0
    const kept: CarryItem[] = []
    items.forEach((it, i) => {
      const count = Math.min(it.count, 5 - copies)
      if (count <= 0) return
      copies += count
      kept.push({ id: `item${i}`, size: it.size, count, category: it.category, priority: it.priority, mustHave: it.mustHave, rotate: it.rotate })
    })
    // Worn containers are micro bags you wear or garment pockets.
    const built: CarryContainer[] = containers.map((c, i) => ({
      id: `c${i}`,
      kind: c.worn && c.pocket && i > 0 ? 'pocket' : 'bag',
      container: { size: c.size },
      ...(c.accepts ? { accepts: c.accepts } : {}),
      ...(c.worn && i > 0 ? { worn: true } : {}),
      ...(sharedPiece && i > 0 ? { piece: 'c0' } : {}),
    }))
    // Optionally the last container sits inside the first (a pouch in a bag).
    if (nested && built.length > 1) {
      const last = built[built.length - 1]!
      const ext = nested.map((v, k) => Math.max(v, last.container.size[k]!)) as Vec3
      built[built.length - 1] = { ...last, kind: 'pouch', inside: 'c0', exterior: ext }
    }
    return { items: kept, containers: built, options: { timeLimitMs: 20_000, fitTimeLimitMs: 3000 } }
  })

describe('planCarry on small problems', () => {
  test.prop([smallProblem], { numRuns: Number(process.env.CARRY_RUNS ?? 60) })('matches brute force: must-haves, priority, fewest pieces, the bags you wear filled, then pockets, fewest containers carried', (problem) => {
    const plan = planCarry(problem)
    expectValidPlan(problem, plan)
    const best = bruteForcePlan(problem)
    fc.pre(best.certain && plan.exact)
    // Must-haves are never dropped where a plan carrying them exists.
    expect(plan.mustHaves.carried).toBe(best.mustHaves)
    expect(plan.carriedPriority).toBeCloseTo(best.priority, 9)
    expect(plan.pieces.length).toBe(best.pieces)
    expect(plan.wornPriority).toBeCloseTo(best.worn, 9)
    // In pockets: the priority of what the plan puts in worn pockets.
    const priorityOf = (id: string) => {
      const it = problem.items.find((i) => i.id === id)
      return it ? (it.priority ?? 0) : 0
    }
    const inPockets = plan.containers
      .filter((c) => c.worn && c.kind === 'pocket')
      .reduce((sum, c) => sum + c.contents.reduce((v, { id, count }) => v + count * priorityOf(id), 0), 0)
    expect(inPockets).toBeCloseTo(best.pockets, 9)
    const carried = (c: (typeof plan.containers)[number]) => !c.worn && !plan.containers.some((h) => h.id === c.inside && h.worn)
    expect(plan.containers.filter(carried).length).toBe(best.used)
  })

  test.prop([smallProblem], { numRuns: 30 })('gives the same plan for the same input', (problem) => {
    const a = planCarry(problem)
    const b = planCarry(problem)
    expect(b.containers).toEqual(a.containers)
    expect(b.leftBehind).toEqual(a.leftBehind)
  })
})
