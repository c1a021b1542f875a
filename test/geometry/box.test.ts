import { describe, expect, it } from 'vitest'
import { unionVolume, unionVolumeExact, type Box } from '../../src/geometry/box.js'
import { mulberry32 } from '../support/instances.js'

describe('unionVolume', () => {
  it('counts every unit cell covered by some box, on 300 random sets of overlapping boxes', () => {
    const random = mulberry32(99)
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
    for (let run = 0; run < 300; run++) {
      const boxes: Box[] = Array.from({ length: int(0, 8) }, () => {
        const at: [number, number, number] = [int(0, 9), int(0, 9), int(0, 9)]
        return { at, size: [int(1, 6), int(1, 6), int(1, 6)] }
      })
      let cells = 0
      for (let x = 0; x < 16; x++)
        for (let y = 0; y < 16; y++)
          for (let z = 0; z < 16; z++)
            if (boxes.some((b) => [x, y, z].every((v, k) => b.at[k]! <= v && v < b.at[k]! + b.size[k]!))) cells++
      expect(unionVolume(boxes)).toBe(cells)
      expect(unionVolumeExact(boxes)).toBe(BigInt(cells))
    }
  })

  it('stays exact past 2^53 with BigInt', () => {
    const side = 2 ** 20
    const boxes: Box[] = [
      { at: [0, 0, 0], size: [side, side, side] },
      { at: [1, 1, 1], size: [side, side, side] },
    ]
    const one = BigInt(side) ** 3n
    const overlap = BigInt(side - 1) ** 3n
    expect(unionVolumeExact(boxes)).toBe(2n * one - overlap)
  })
})
