import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { dualFeasibleBound, itemTooLarge, openingTooSmall, pairConflict, projectionBound, reducedVolumeBound, volumeBound, type Prover } from '../../src/pack/bounds.js'
import { Budget } from '../../src/pack/budget.js'
import { buildModel } from '../../src/pack/model.js'
import { layerBound } from '../../src/pack/layers.js'
import { reachTable } from '../../src/pack/reach.js'
import { shadowPackingBound } from '../../src/pack/shadow-packing.js'
import { stackingBound } from '../../src/pack/stacking.js'
import type { BlockedRegion, FitProblem, Vec3 } from '../../src/pack/types.js'
import { verifyProof } from '../../src/pack/verify.js'
import { bruteForceFits } from '../support/brute-force.js'

// Every prover of the pipeline on its own, as the pipeline calls it.
const PROVERS: [string, Prover][] = [
  ['item too large', itemTooLarge],
  ['opening', openingTooSmall],
  ['volume', volumeBound],
  ['reduced volume', reducedVolumeBound],
  ['pairs', pairConflict],
  ['shadows', projectionBound],
  ['dual-feasible', dualFeasibleBound],
  ['layers', layerBound],
  [
    'room',
    (model, budget) => {
      const reaches = reachTable(model, budget)
      const roomless = reaches && model.types.find((t) => reaches[t.index]!.every((r) => r === null))
      return roomless ? { kind: 'no-room', itemId: roomless.id, opening: false } : null
    },
  ],
  ['stacking', (model, budget) => stackingBound(model, reachTable(model, budget)!, budget)],
  ['shadow packing', shadowPackingBound],
]

const side = fc.integer({ min: 1, max: 4 })
const tiny = fc
  .record({
    container: fc.tuple(side, side, side).filter(([a, b, c]) => a * b * c <= 64),
    items: fc.array(fc.record({ size: fc.tuple(side, side, side), count: fc.integer({ min: 1, max: 2 }), rotate: fc.constantFrom<'any' | 'upright' | 'none'>('any', 'upright', 'none') }), { minLength: 1, maxLength: 4 }),
    blocked: fc.array(fc.tuple(fc.tuple(side, side, side), fc.tuple(side, side, side)), { maxLength: 2 }),
  })
  .map(({ container, items, blocked }): FitProblem => {
    const L = container
    // Blocked boxes clipped to the container (whole millimetres, so the enumeration can fill them cell by cell).
    const regions: BlockedRegion[] = blocked
      .map(([at, size]) => {
        const a = at.map((v, k) => Math.min(v - 1, L[k]! - 1)) as Vec3
        return { at: a, size: size.map((v, k) => Math.min(v, L[k]! - a[k]!)) as Vec3 }
      })
      .filter((b) => b.size.every((v) => v > 0))
    return { container: { size: L, ...(regions.length > 0 && { blocked: regions }) }, items: items.map((it, i) => ({ id: `i${i}`, ...it })) }
  })

describe('every bound alone (properties)', () => {
  test.prop([tiny], { numRuns: 400 })('never refuses a problem that the brute-force enumeration packs, and its proof re-derives', (problem) => {
    const fits = bruteForceFits(problem)
    const model = buildModel(problem)
    for (const [name, prove] of PROVERS) {
      const proof = prove(model, new Budget(1_000_000, Infinity))
      if (!proof) continue
      expect({ name, refusedAPackable: fits }).toEqual({ name, refusedAPackable: false })
      expect({ name, problems: verifyProof(problem, proof).problems }).toEqual({ name, problems: [] })
    }
  })
})
