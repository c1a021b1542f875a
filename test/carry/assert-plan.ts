import { expect } from 'vitest'
import type { CarryPlan, CarryProblem } from '../../src/carry/types.js'
import { checkPacking } from '../../src/pack/index.js'

/**
 * Every plan keeps its promises: each container's layout passes the packing checker for that container; every copy
 * of every item is carried once or listed as left behind with a reason; containers hold only what they accept; a
 * nested container that holds something sits, as one item of its outside size, in its host's layout.
 */
export function expectValidPlan(problem: CarryProblem, plan: CarryPlan): void {
  const byId = new Map(problem.containers.map((c) => [c.id, c]))
  const carried = new Map<string, number>()
  for (const cp of plan.containers) {
    const container = byId.get(cp.id)
    expect(container, `plan names an unknown container ${cp.id}`).toBeDefined()
    expect(cp.problem.container).toEqual(container!.container)
    expect(checkPacking(cp.problem, cp.placements).problems).toEqual([])
    for (const { id, count } of cp.contents) {
      const item = problem.items.find((it) => it.id === id)
      if (item) {
        carried.set(id, (carried.get(id) ?? 0) + count)
        if (container!.accepts) expect(container!.accepts).toContain(item.category ?? 'other')
      } else {
        // Not an item: a nested container's outside, exactly once, for a container nested here that holds something.
        const nested = byId.get(id)
        expect(nested?.inside).toBe(cp.id)
        expect(count).toBe(1)
        expect(plan.containers.some((p) => p.id === id)).toBe(true)
        const placed = cp.placements.find((p) => p.id === id)!
        expect([...placed.size].sort((a, b) => a - b)).toEqual([...nested!.exterior!].sort((a, b) => a - b))
      }
    }
    if (container!.inside !== undefined) {
      const host = plan.containers.find((p) => p.id === container!.inside)
      expect(host?.contents).toContainEqual({ id: cp.id, count: 1 })
    }
  }
  for (const item of problem.items) {
    const left = plan.leftBehind.find((l) => l.id === item.id)
    expect((carried.get(item.id) ?? 0) + (left?.count ?? 0)).toBe(item.count ?? 1)
    if (left) expect(left.reason.length).toBeGreaterThan(10)
  }
  expect(plan.pieces).toEqual([...new Set(plan.containers.filter((c) => !c.worn).map((c) => c.piece))])
  expect(plan.carriedPriority).toBeLessThanOrEqual(plan.priorityBound + 1e-9)
}
