import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { maximalFreeBoxes, type Room } from '../../src/pack/free-boxes.js'
import type { BlockedRegion, FitContainer, Vec3 } from '../../src/pack/types.js'

// A container of whole millimetres with up to six blocked regions inside it.
const containerArb = fc
  .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }))
  .chain((L) =>
    fc
      .array(
        fc.tuple(...L.map((side) => fc.tuple(fc.integer({ min: 0, max: side - 1 }), fc.integer({ min: 1, max: side })))),
        { maxLength: 6 },
      )
      .map((boxes): FitContainer => ({
        size: L,
        blocked: boxes.map((axes): BlockedRegion => ({
          at: axes.map(([a]) => a) as Vec3,
          size: axes.map(([a, s], k) => Math.min(s, L[k]! - a)) as Vec3,
        })),
      })),
  )

const inside = (p: readonly number[], r: { at: Vec3; size: Vec3 }) => p.every((v, k) => v > r.at[k]! && v < r.at[k]! + r.size[k]!)

describe('the maximal free boxes of a blocked interior', () => {
  test.prop([containerArb])('lie inside the container, meet no blocked region, and are maximal', (container) => {
    const rooms = maximalFreeBoxes(container)
    const blocked = container.blocked ?? []
    for (const room of rooms) {
      for (let k = 0; k < 3; k++) {
        expect(room.at[k]).toBeGreaterThanOrEqual(0)
        expect(room.at[k]! + room.size[k]!).toBeLessThanOrEqual(container.size[k]!)
        expect(room.size[k]).toBeGreaterThan(0)
      }
      for (const b of blocked) expect(overlap(room, b)).toBe(false)
      // Maximal: pushed out by a millimetre through any face, it leaves the container or meets a blocked region.
      for (let k = 0; k < 3; k++) {
        for (const side of [-1, 1]) {
          const grown: Room = { at: [...room.at], size: [...room.size] }
          grown.size[k]! += 1
          if (side < 0) grown.at[k]! -= 1
          const leaves = grown.at[k]! < 0 || grown.at[k]! + grown.size[k]! > container.size[k]!
          expect(leaves || blocked.some((b) => overlap(grown, b))).toBe(true)
        }
      }
    }
  })

  test.prop([containerArb])('cover every free cell of the interior', (container) => {
    const rooms = maximalFreeBoxes(container)
    // Past 64 rooms only the largest are kept, and some cells may be left out on purpose.
    if (rooms.length >= 64) return
    const blocked = container.blocked ?? []
    const [X, Y, Z] = container.size
    for (let x = 0.5; x < X; x++) {
      for (let y = 0.5; y < Y; y++) {
        for (let z = 0.5; z < Z; z++) {
          const p = [x, y, z]
          if (blocked.some((b) => inside(p, b))) continue
          expect(rooms.some((r) => inside(p, r))).toBe(true)
        }
      }
    }
  })
})

function overlap(a: { at: Vec3; size: Vec3 }, b: { at: Vec3; size: Vec3 }): boolean {
  for (let k = 0; k < 3; k++) if (a.at[k]! >= b.at[k]! + b.size[k]! || b.at[k]! >= a.at[k]! + a.size[k]!) return false
  return true
}
