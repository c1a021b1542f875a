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
    // The container as given; one with an open top grows upwards by at most its share of the tallest thing in it.
    const [w, d, h] = container!.container.size
    expect(cp.problem.container.size.slice(0, 2)).toEqual([w, d])
    const tallest = Math.max(0, ...cp.problem.items.map((it) => Math.max(...it.size)))
    expect(cp.problem.container.size[2]).toBeGreaterThanOrEqual(h)
    expect(cp.problem.container.size[2]).toBeLessThanOrEqual(h + (container!.overhangShare ?? 0) * tallest + 1e-9)
    expect(cp.why.length).toBeGreaterThan(10)
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
  // Pieces: the used containers' pieces, what you wear (and what sits in it) excepted; empty containers are named.
  const wornOrIn = (id: string): boolean => {
    const c = byId.get(id)!
    return c.worn === true || (c.inside !== undefined && wornOrIn(c.inside))
  }
  expect(plan.pieces).toEqual([...new Set(plan.containers.filter((c) => !wornOrIn(c.id)).map((c) => c.piece))])
  const used = new Set(plan.containers.map((c) => c.id))
  expect(plan.unused.map((u) => u.id)).toEqual(problem.containers.filter((c) => !used.has(c.id) && c.kind !== 'card-slot').map((c) => c.id))
  expect(plan.carriedPriority).toBeLessThanOrEqual(plan.priorityBound + 1e-9)
}
