import { orientations } from '../../src/geometry/orientation.js'
import type { FitProblem } from '../../src/pack/types.js'

/**
 * An independent, slow decision for tiny problems with whole-millimetre sizes (blocked regions too): tries every
 * whole-millimetre position and every allowed orientation of every item, in order, with an occupancy bitmap that
 * starts with the blocked cells filled. Whole positions suffice because any packing of whole-number boxes among
 * whole-number blocked boxes can be pushed to whole-number coordinates. Only for containers of at most 64 unit cells.
 */
export function bruteForceFits(problem: FitProblem): boolean {
  const [W, D, H] = problem.container.size
  if (W * D * H > 64) throw new Error('bruteForceFits takes containers of at most 64 cells')
  const cell = (x: number, y: number, z: number) => BigInt(1) << BigInt((z * D + y) * W + x)
  const copies = problem.items.flatMap((it) => new Array(it.count ?? 1).fill(it) as typeof problem.items)
  // Every placement of each copy as a bitmask of the cells it fills.
  const masks = copies.map((it) => {
    const list: bigint[] = []
    for (const [w, d, h] of orientations(it.size, (it.rotate ?? 'any'))) {
      for (let z = 0; z + h <= H; z++) {
        for (let y = 0; y + d <= D; y++) {
          for (let x = 0; x + w <= W; x++) {
            let m = 0n
            for (let c = 0; c < h; c++) for (let b = 0; b < d; b++) for (let a = 0; a < w; a++) m |= cell(x + a, y + b, z + c)
            list.push(m)
          }
        }
      }
    }
    return list
  })
  let blocked = 0n
  for (const b of problem.container.blocked ?? []) {
    for (let z = b.at[2]; z < b.at[2] + b.size[2]; z++)
      for (let y = b.at[1]; y < b.at[1] + b.size[1]; y++) for (let x = b.at[0]; x < b.at[0] + b.size[0]; x++) blocked |= cell(x, y, z)
  }
  const place = (i: number, used: bigint): boolean => {
    if (i === copies.length) return true
    for (const m of masks[i]!) if ((m & used) === 0n && place(i + 1, used | m)) return true
    return false
  }
  return place(0, blocked)
}
