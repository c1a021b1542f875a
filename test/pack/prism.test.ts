import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fit } from '../../src/pack/index.js'
import type { BlockedRegion, FitProblem, Vec3 } from '../../src/pack/types.js'
import { expectValidAnswer } from '../support/assert-answer.js'
import { bruteForceFits } from '../support/brute-force.js'
import { mulberry32 } from '../support/instances.js'

// Containers whose blocked regions run through one axis end to end, as a curved outline's steps do: the stacking
// bound and the layout in slabs are made for them.
const fixture = (name: string): FitProblem => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as FitProblem

describe('fit in prisms (curved outlines as steps through the depth)', () => {
  it('proves that four phones and a flip phone cannot all lie behind one another in a round bag 45.9 mm deep', () => {
    const problem = fixture('baby-ball-phones-194')
    const answer = fit(problem)
    expect(answer.status).toBe('does-not-fit')
    expect(answer.proof).toMatchObject({ kind: 'stacking', axis: 1, haveMm: '45.9', needMm: '47' })
    expect(answer.reason).toBe(
      'No two of the samsung-galaxy-z-flip6-folded, samsung-galaxy-s24-ultra, google-pixel-9-pro, apple-iphone-16-plus and samsung-galaxy-s25 can sit apart across the front of the 188.2 × 45.9 × 188.2 mm interior (its size and blocked regions leave no room for any two apart), so they must lie one behind another: together at least 47 mm, in a 45.9 mm depth.',
    )
  })

  it('finds the layout where a glasses case and a phone share the front of a round bag', () => {
    for (const name of ['baby-ball-glasses-case-211', 'baby-ball-sanitiser-200']) {
      const problem = fixture(name)
      const answer = fit(problem)
      expectValidAnswer(problem, answer)
      expect(answer.status).toBe('fits')
    }
  })

  it('agrees with a brute-force enumeration on 400 tiny prisms', () => {
    const random = mulberry32(4242)
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
    const proofs: Record<string, number> = {}
    for (let run = 0; run < 400; run++) {
      const L: Vec3 = [int(2, 4), int(2, 4), int(2, 4)]
      const axis = int(0, 2)
      // Corner steps through the whole axis, and sometimes one loose box.
      const blocked: BlockedRegion[] = []
      for (let b = int(1, 3); b > 0; b--) {
        const at: Vec3 = [0, 0, 0]
        const size: Vec3 = [0, 0, 0]
        for (let k = 0; k < 3; k++) {
          if (k === axis) {
            size[k] = L[k]!
            continue
          }
          size[k] = int(1, Math.max(1, L[k]! - 1))
          at[k] = random() < 0.5 ? 0 : L[k]! - size[k]!
        }
        blocked.push({ at, size })
      }
      if (random() < 0.3) {
        const at = L.map((v) => int(0, v - 1)) as Vec3
        blocked.push({ at, size: at.map((a, k) => int(1, L[k]! - a)) as Vec3 })
      }
      // Items thin along the axis, so that they must stack through it.
      const items = Array.from({ length: int(1, 5) }, (_, i) => {
        const size = L.map((v) => int(1, v)) as Vec3
        size[axis] = 1
        return { id: `i${i}`, size, rotate: random() < 0.5 ? ('none' as const) : ('any' as const) }
      })
      const problem: FitProblem = { container: { size: L, blocked }, items, options: { timeLimitMs: 5000 } }
      const answer = fit(problem)
      expectValidAnswer(problem, answer)
      expect(answer.status).not.toBe('unknown')
      expect({ run, fits: answer.status === 'fits' }).toEqual({ run, fits: bruteForceFits(problem) })
      proofs[answer.proof.kind] = (proofs[answer.proof.kind] ?? 0) + 1
    }
    // The new bound decides some of them on its own.
    expect(proofs.stacking ?? 0).toBeGreaterThan(5)
  })
})
