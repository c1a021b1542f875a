import { describe, expect, it } from 'vitest'
import { Budget } from '../../src/pack/budget.js'
import { buildModel } from '../../src/pack/model.js'
import { reachOf } from '../../src/pack/reach.js'
import type { BlockedRegion, Vec3 } from '../../src/pack/types.js'
import { mulberry32 } from '../support/instances.js'

// Every whole-number corner of a box of `size` clear of `blocked` in a container of `L`, the slow way.
function reachByEnumeration(L: Vec3, blocked: BlockedRegion[], size: Vec3): { least: Vec3; greatest: Vec3 } | null {
  const least: Vec3 = [Infinity, Infinity, Infinity]
  const greatest: Vec3 = [-Infinity, -Infinity, -Infinity]
  let any = false
  for (let x = 0; x + size[0] <= L[0]; x++)
    for (let y = 0; y + size[1] <= L[1]; y++)
      for (let z = 0; z + size[2] <= L[2]; z++) {
        const at = [x, y, z]
        const hits = blocked.some((b) => [0, 1, 2].every((k) => b.at[k]! < at[k]! + size[k]! && at[k]! < b.at[k]! + b.size[k]!))
        if (hits) continue
        any = true
        for (let k = 0; k < 3; k++) {
          least[k] = Math.min(least[k]!, at[k]!)
          greatest[k] = Math.max(greatest[k]!, at[k]!)
        }
      }
  return any ? { least, greatest } : null
}

const unlimited = () => new Budget(Infinity, Infinity)

describe('reachOf', () => {
  it('spans the whole container less the item when nothing is blocked', () => {
    const model = buildModel({ container: { size: [10, 20, 30] }, items: [{ id: 'a', size: [1, 1, 1] }] })
    expect(reachOf(model, [4, 5, 6], unlimited())).toEqual({ least: [0, 0, 0], greatest: [6, 15, 24] })
    expect(reachOf(model, [11, 1, 1], unlimited())).toBeNull()
  })

  it('matches every whole-number position tried one by one, on 300 random containers with blocked boxes', () => {
    const random = mulberry32(20261127)
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
    let withRoom = 0
    for (let run = 0; run < 300; run++) {
      const L: Vec3 = [int(3, 9), int(3, 9), int(3, 9)]
      const blocked: BlockedRegion[] = []
      for (let b = int(0, 6); b > 0; b--) {
        const at = L.map((v) => int(0, v - 1)) as Vec3
        blocked.push({ at, size: at.map((a, k) => int(1, L[k]! - a)) as Vec3 })
      }
      const size = L.map((v) => int(1, v)) as Vec3
      // Sizes are whole millimetres with a 1 mm item, so the model unit is 1 mm and positions compare directly.
      const model = buildModel({ container: { size: L, blocked }, items: [{ id: 'unit', size: [1, 1, 1] }] })
      expect([model.unitDigits, model.unitScale]).toEqual([1n, 0])
      const expected = reachByEnumeration(L, blocked, size)
      expect(reachOf(model, size, unlimited())).toEqual(expected)
      if (expected) withRoom++
    }
    expect(withRoom).toBeGreaterThan(50)
  })
})
