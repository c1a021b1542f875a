import { describe, expect, test } from 'vitest'
import { MicropurseError } from '../../src/errors.js'
import { fit } from '../../src/pack/index.js'
import type { FitProblem, Vec3 } from '../../src/pack/types.js'
import { expectValidAnswer } from '../support/assert-answer.js'
import { mulberry32 } from '../support/instances.js'

// Sourced sizes from shared/data (see data/SOURCES.md there): exterior w × h × d of bags, w × h × d of items.
const CARD = { id: 'iso-7810-id1-card', size: [85.6, 53.98, 0.76] as [number, number, number] }
const IPHONE_15_PRO_MAX = { id: 'apple-iphone-15-pro-max', size: [76.7, 159.9, 8.25] as [number, number, number] }
const IPHONE_15_PRO = { id: 'apple-iphone-15-pro', size: [70.6, 146.6, 8.25] as [number, number, number] }

function solve(problem: FitProblem) {
  const answer = fit(problem)
  expectValidAnswer(problem, answer)
  return answer
}

describe('fit', () => {
  test('no ID-1 card fits the Jacquemus Le Petit Chiquito, even before any wall thickness', () => {
    // Exterior 53 × 43 × 15 mm (w × h × d): as a container x = 53, y = 15, z = 43.
    const answer = solve({ container: { size: [53, 15, 43] }, items: [CARD] })
    expect(answer.status).toBe('does-not-fit')
    expect(answer.reason).toContain('85.6 mm exceeds every side')
  })

  test('an iPhone 15 Pro Max fits the Coach Tabby 20', () => {
    // Exterior 196.9 × 108 × 69.9 mm (w × h × d).
    const answer = solve({ container: { size: [196.9, 69.9, 108] }, items: [IPHONE_15_PRO_MAX] })
    expect(answer.status).toBe('fits')
  })

  test('says which item is too long, with its length', () => {
    const answer = solve({ container: { size: [120, 44, 84] }, items: [IPHONE_15_PRO] })
    expect(answer.status).toBe('does-not-fit')
    expect(answer.reason).toBe("The apple-iphone-15-pro's 146.6 mm exceeds every side of the 120 × 44 × 84 mm interior.")
  })

  test('proves by volume, in millilitres', () => {
    const answer = solve({ container: { size: [10, 10, 10] }, items: [{ id: 'cube', size: [6, 6, 6], count: 5 }] })
    expect(answer.status).toBe('does-not-fit')
    expect(answer.reason).toBe('The items need 1.08 ml, the interior holds 1 ml.')
  })

  test('proves that two long items cannot sit side by side', () => {
    const answer = solve({ container: { size: [100, 100, 100] }, items: [{ id: 'rod', size: [60, 60, 60], count: 2 }] })
    expect(answer.status).toBe('does-not-fit')
    expect(answer.reason).toMatch(/Two rod cannot both fit/)
  })

  test('proves that items too deep to stand one behind another cannot all share the front', () => {
    // Depth 50.5 mm: each pair of b, d, e is deeper than that, so all three face the front, and their fronts need
    // more than the 148.7 × 123.4 mm face. Volume (83 %) and pairs alone allow it.
    const answer = solve({
      container: { size: [148.7, 50.5, 123.4] },
      items: [
        { id: 'a', size: [8.7, 120.6, 92.9] },
        { id: 'b', size: [58.1, 113.5, 40.7] },
        { id: 'c', size: [9.6, 7.4, 16.7] },
        { id: 'd', size: [86.5, 105.7, 24.9] },
        { id: 'e', size: [70, 41.7, 60.7] },
      ],
    })
    expect(answer.status).toBe('does-not-fit')
    expect(answer.reason).toBe(
      'The b, d and e are too deep to sit one behind another in the 50.5 mm depth, so they must all share the front: they need 199.9 cm² of it, the 148.7 × 50.5 × 123.4 mm interior has 183.5 cm².',
    )
  })

  test('decides by exhaustive search where no bound applies', () => {
    // Two 2 × 2 × 1 tiles and a 3 × 3 × 1 plate in a 3 × 2 × 3 box: the plate must stand on edge, leaving a
    // 3 × 1 × 3 slab where only one tile fits. Volume (11 of 18) and side lengths allow it; only search rules it out.
    const no = solve({
      container: { size: [3, 2, 3] },
      items: [
        { id: 'tile', size: [2, 2, 1], count: 2 },
        { id: 'plate', size: [3, 3, 1] },
      ],
    })
    expect(no.status).toBe('does-not-fit')
    expect(no.proof.kind).toBe('search')
    expect(no.reason).toMatch(/^No arrangement exists \(searched [\d,]+ placements\)\.$/)
    // Four 2 × 3 tiles fill a 5 × 5 square but for a hole in the middle, only as a pinwheel (no straight cut).
    const pinwheel = solve({ container: { size: [5, 5, 1] }, items: [{ id: 'tile', size: [2, 3, 1], count: 4 }, { id: 'pin', size: [1, 1, 1] }] })
    expect(pinwheel.status).toBe('fits')
  })

  test('honours rotate modes', () => {
    const lipstick = { id: 'lipstick', size: [20, 20, 75] as [number, number, number] }
    const low = { size: [100, 30, 30] as [number, number, number] }
    expect(solve({ container: low, items: [{ ...lipstick, rotate: 'any' }] }).status).toBe('fits')
    expect(solve({ container: low, items: [{ ...lipstick, rotate: 'upright' }] }).status).toBe('does-not-fit')
    expect(solve({ container: low, items: [{ ...lipstick, rotate: 'none' }] }).status).toBe('does-not-fit')
    const phone = { id: 'phone', size: [70, 8, 140] as [number, number, number] }
    const turned = { size: [10, 80, 150] as [number, number, number] }
    expect(solve({ container: turned, items: [{ ...phone, rotate: 'upright' }] }).status).toBe('fits')
    expect(solve({ container: turned, items: [{ ...phone, rotate: 'none' }] }).status).toBe('does-not-fit')
  })

  test('keeps items out of blocked regions', () => {
    // A 100 mm cube with everything but a 20 mm slot at the back blocked.
    const container = { size: [100, 100, 100] as [number, number, number], blocked: [{ at: [0, 0, 0] as [number, number, number], size: [100, 80, 100] as [number, number, number] }] }
    const slotted = solve({ container, items: [{ id: 'book', size: [90, 15, 90] }] })
    expect(slotted.status).toBe('fits')
    expect(slotted.placements[0]!.at[1]).toBeGreaterThanOrEqual(80)
    const tooMuch = solve({ container, items: [{ id: 'book', size: [90, 15, 90], count: 2 }] })
    expect(tooMuch.status).toBe('does-not-fit')
    const noRoom = solve({ container, items: [{ id: 'box', size: [25, 25, 21] }] })
    expect(noRoom.status).toBe('does-not-fit')
    expect(noRoom.reason).toMatch(/nowhere clear of its blocked regions/)
  })

  test('refuses an item that cannot pass through the opening', () => {
    const soft = solve({ container: { size: [120, 44, 84], opening: [50, 20], soft: true }, items: [CARD] })
    expect(soft.status).toBe('does-not-fit')
    expect(soft.proof).toEqual({ kind: 'opening', itemId: CARD.id, rule: 'soft' })
    // The reason gives the opening and the card's two shorter sides.
    expect(soft.reason).toContain('50 × 20 mm opening')
    expect(soft.reason).toContain('0.76 mm × 53.98 mm')
    // Soft walls: end first through a slot just wide enough for its short side, then it turns inside.
    expect(solve({ container: { size: [120, 44, 84], opening: [54, 1], soft: true }, items: [CARD] }).status).toBe('fits')
    // Rigid walls: lowered as it lies, it would have to stand on its short edge, 85.6 mm tall in an 84 mm interior.
    const rigid = solve({ container: { size: [120, 44, 84], opening: [54, 1] }, items: [CARD] })
    expect(rigid.proof).toEqual({ kind: 'opening', itemId: CARD.id, rule: 'rigid' })
    expect(solve({ container: { size: [120, 44, 86], opening: [54, 1] }, items: [CARD] }).status).toBe('fits')
  })

  test('keeps a rigid stick out of a low interior however it passes the opening', () => {
    // 90 × 8 × 8 mm through a 10 × 10 opening into a rigid interior 10 mm tall: it passes only standing, and standing
    // it cannot be inside. (The old rule, "the two shorter sides pass the opening", let it in.)
    const answer = solve({ container: { size: [100, 100, 10], opening: [10, 10] }, items: [{ id: 'stick', size: [90, 8, 8] }] })
    expect(answer.status).toBe('does-not-fit')
    expect(answer.proof.kind).toBe('opening')
  })

  test('lets a card through a slot turned in the plane of the slot', () => {
    // Standing on its short edge, the card's 53.98 × 0.76 mm footprint passes a 50 × 30 mm slot only turned (at 30°
    // with 2.7 mm to spare), then turns square inside a 120 × 44 mm interior.
    const answer = solve({ container: { size: [120, 44, 90], opening: [50, 30] }, items: [CARD] })
    expect(answer.status).toBe('fits')
    // A slot too narrow at every angle refuses it.
    expect(solve({ container: { size: [120, 44, 90], opening: [40, 30] }, items: [CARD] }).status).toBe('does-not-fit')
  })

  test('places identical copies and reports each with its own size, turned', () => {
    const problem: FitProblem = { container: { size: [90, 60, 10] }, items: [{ ...CARD, count: 10 }] }
    const answer = solve(problem)
    expect(answer.status).toBe('fits')
    expect(answer.placements).toHaveLength(10)
    for (const p of answer.placements) expect([...p.size].sort((a, b) => a - b)).toEqual([0.76, 53.98, 85.6])
  })

  test('is exact to the micrometre: a card fits a slot of its own size and not one a micrometre smaller', () => {
    expect(solve({ container: { size: [85.6, 53.98, 0.76] }, items: [CARD] }).status).toBe('fits')
    expect(solve({ container: { size: [85.6, 53.979, 0.76] }, items: [CARD] }).status).toBe('does-not-fit')
  })

  test('answers unknown, never a guess, when its node limit runs out', () => {
    // The tiles and the plate below: about 230 work units to prove, by search, that they do not fit.
    const problem: FitProblem = {
      container: { size: [3, 2, 3] },
      items: [
        { id: 'tile', size: [2, 2, 1], count: 2 },
        { id: 'plate', size: [3, 3, 1] },
      ],
      options: { nodeLimit: 100 },
    }
    const answer = solve(problem)
    expect(answer.status).toBe('unknown')
    expect(answer.proof).toEqual({ kind: 'node-limit', nodeLimit: 100 })
    expect(answer.reason).toMatch(/^Could not decide/)
    expect(answer.reason).toContain('node limit of 100 work units')
    // The same limit gives the same answer and the same work, whatever else the machine is doing.
    const again = solve(problem)
    expect([again.status, again.stats.nodes]).toEqual([answer.status, answer.stats.nodes])
    // Given enough, the same problem is decided.
    expect(solve({ ...problem, options: { nodeLimit: 1000 } }).status).toBe('does-not-fit')
  })

  test('keeps its node limit with 200 blocked regions and 200 item kinds', () => {
    // Work is counted inside every step (bounds, reaches, layouts, search), so a node limit is kept to within one
    // step's charge even here; the clock keeps the time limit the same way (bench/engine measures it).
    const random = mulberry32(7)
    const blocked = Array.from({ length: 200 }, () => {
      const at = [random() * 290, random() * 290, random() * 290].map((v) => Math.round(v * 10) / 10) as Vec3
      return { at, size: at.map(() => Math.round((1 + random() * 9) * 10) / 10) as Vec3 }
    })
    const items = Array.from({ length: 200 }, (_, i) => ({
      id: `thing-${i}`,
      size: [0, 0, 0].map(() => 5 + Math.round(random() * 400) / 10) as Vec3,
    }))
    const nodeLimit = 20_000
    const answer = solve({ container: { size: [300, 300, 300], blocked }, items, options: { nodeLimit, timeLimitMs: 600_000 } })
    expect(answer.status).toBe('unknown')
    expect(answer.stats.nodes).toBeLessThan(nodeLimit + 200 ** 3)
  })

  test('gives the same answer twice and leaves its input unchanged', () => {
    const problem: FitProblem = { container: { size: [120, 44, 84] }, items: [{ ...CARD, count: 3 }, { id: 'key', size: [56, 23, 3], count: 2 }] }
    const copy = structuredClone(problem)
    const a = solve(problem)
    const b = solve(problem)
    expect(problem).toEqual(copy)
    expect(b.placements).toEqual(a.placements)
    expect(b.status).toBe(a.status)
  })

  test('fits nothing trivially', () => {
    expect(solve({ container: { size: [1, 1, 1] }, items: [] }).status).toBe('fits')
  })
})

describe('fit input checks', () => {
  const bad = (problem: unknown, code: string, message: RegExp) => {
    let error: unknown
    try {
      fit(problem as FitProblem)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MicropurseError)
    expect((error as MicropurseError).code).toBe(code)
    expect((error as MicropurseError).message).toMatch(message)
  }

  test('rejects sizes that are negative, zero, not numbers or absurd', () => {
    bad({ container: { size: [-1, 2, 3] }, items: [] }, 'INVALID_SIZE', /container.size\[0\] is -1 mm/)
    bad({ container: { size: [0, 2, 3] }, items: [] }, 'INVALID_SIZE', /at least 0.001 mm/)
    bad({ container: { size: [1, 2, 3] }, items: [{ id: 'a', size: [1, NaN, 1] }] }, 'INVALID_SIZE', /items\[0\].size\[1\] must be a number/)
    bad({ container: { size: [1, 2, 3] }, items: [{ id: 'a', size: [1, 2] }] }, 'INVALID_SIZE', /must be 3 lengths/)
    bad({ container: { size: [1e7, 2, 3] }, items: [] }, 'INVALID_SIZE', /is the unit right/)
  })

  test('rejects unknown rotate modes, bad counts, duplicate ids and too many items', () => {
    bad({ container: { size: [1, 2, 3] }, items: [{ id: 'a', size: [1, 1, 1], rotate: 'sideways' }] }, 'INVALID_ROTATE', /any, upright, none, free, got "sideways"/)
    bad({ container: { size: [1, 2, 3] }, items: [{ id: 'a', size: [1, 1, 1], count: 1.5 }] }, 'INVALID_INPUT', /count must be a whole number/)
    bad({ container: { size: [1, 2, 3] }, items: [{ id: 'a', size: [1, 1, 1] }, { id: 'a', size: [1, 1, 1] }] }, 'INVALID_INPUT', /appears twice/)
    bad({ container: { size: [1, 2, 3] }, items: [{ id: 'a', size: [1, 1, 1], count: 501 }] }, 'TOO_MANY_ITEMS', /at most 500/)
  })

  test('rejects an opening larger than the container, blocked regions outside it and unknown options', () => {
    bad({ container: { size: [10, 10, 10], opening: [11, 5] }, items: [] }, 'OPENING_TOO_LARGE', /larger than the container's top 10 × 10 mm/)
    bad({ container: { size: [10, 10, 10], blocked: [{ at: [5, 5, 5], size: [6, 1, 1] }] }, items: [] }, 'BLOCKED_OUTSIDE', /reaches 11 mm along x/)
    bad({ container: { size: [10, 10, 10] }, items: [], options: { timeLimit: 5 } }, 'UNKNOWN_OPTION', /unknown field "timeLimit"/)
    bad({ container: { size: [10, 10, 10] }, items: [], options: { timeLimitMs: -5 } }, 'INVALID_OPTION', /timeLimitMs/)
    bad({ container: { size: [10, 10, 10] }, items: [], colour: 'red' }, 'INVALID_INPUT', /unknown field "colour"/)
  })
})
