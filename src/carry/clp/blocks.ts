import type { LoadingDims, LoadedBox, LoadingProblem } from './types.js'

/**
 * Blocks for block-building container loading (Fanslau & Bortfeldt 2010, "A tree search algorithm for solving the
 * container loading problem", INFORMS JOC 22(2), section 3.2). A block is a cuboid packed with boxes that is placed
 * as one unit:
 *
 * - a simple block is an nx × ny × nz grid of one box type in one orientation;
 * - a general block joins two blocks side by side along x, y or z when the boxes fill at least `minFillRate` of the
 *   joint bounding box (the rest is a small gap inside the block).
 *
 *   top view of a general block joined along x          side view
 *   +-------+-----+                                     +-------+-----+
 *   |   a   |  b  |  <- b is shallower: a gap behind it |   a   |  b  |
 *   |       +-----+                                     |       |     |
 *   +-------+                                           +-------+-----+
 */

/** How a block's boxes are laid out inside it, relative to its min corner. */
type BlockLayout =
  | { kind: 'grid'; type: number; orient: number; nx: number; ny: number; nz: number }
  | { kind: 'pair'; a: Block; b: Block; axis: 0 | 1 | 2 }

/** A cuboid of boxes placed as one unit. Dimensions in model units; `req` lists [type, count] pairs by type. */
export interface Block {
  w: number
  d: number
  h: number
  /** Volume of the boxes in it (not of its bounding box). */
  volume: number
  value: number
  /** Boxes it uses, flat [type, count, type, count, ...] sorted by type. */
  req: number[]
  layout: BlockLayout
}

export interface BlockOptions {
  generalBlocks: boolean
  maxBlocks: number
  minFillRate: number
  /** performance.now() past which generation stops adding general blocks. */
  deadline: number
}

/**
 * Every simple block that fits the container and the stock, then general blocks round by round until `maxBlocks`
 * or the deadline. Returned sorted by value, then volume, largest first (the order the search tries them in).
 */
export function generateBlocks(problem: LoadingProblem, values: readonly number[], options: BlockOptions): Block[] {
  const [L, W, H] = problem.size
  const seen = new Set<string>()
  const blocks: Block[] = []
  const add = (block: Block): boolean => {
    const key = `${block.w},${block.d},${block.h}|${block.req.join(',')}`
    if (seen.has(key)) return false
    seen.add(key)
    blocks.push(block)
    return true
  }

  // 1. Simple blocks: every grid of one type and orientation that fits the container and the count.
  problem.types.forEach((type, t) => {
    type.orients.forEach((o, k) => {
      const [w, d, h] = o
      if (w > L || d > W || h > H) return
      const volume = w * d * h
      for (let nx = 1; nx <= type.count && nx * w <= L; nx++) {
        for (let ny = 1; nx * ny <= type.count && ny * d <= W; ny++) {
          for (let nz = 1; nx * ny * nz <= type.count && nz * h <= H; nz++) {
            const n = nx * ny * nz
            add({
              w: nx * w,
              d: ny * d,
              h: nz * h,
              volume: n * volume,
              value: n * values[t]!,
              req: [t, n],
              layout: { kind: 'grid', type: t, orient: k, nx, ny, nz },
            })
          }
        }
      }
    })
  })

  // 2. General blocks: join a block with a block made in the last round along each axis, while the joint bounding
  // box stays inside the container, the stock suffices and the fill rate holds.
  if (options.generalBlocks) {
    const counts = problem.types.map((t) => t.count)
    let fresh = blocks.slice()
    let checks = 0
    generation: while (fresh.length > 0 && blocks.length < options.maxBlocks) {
      const made: Block[] = []
      for (let i = 0; i < blocks.length; i++) {
        const a = blocks[i]!
        for (let j = 0; j < fresh.length; j++) {
          const b = fresh[j]!
          if ((++checks & 0xffff) === 0 && performance.now() > options.deadline) break generation
          for (let axis = 0 as 0 | 1 | 2; axis < 3; axis++) {
            const joined = join(a, b, axis, L, W, H, options.minFillRate, counts)
            if (joined && add(joined)) {
              made.push(joined)
              if (blocks.length >= options.maxBlocks) break generation
            }
          }
        }
      }
      fresh = made
    }
  }

  return blocks.sort((a, b) => b.value - a.value || b.volume - a.volume)
}

/** The boxes of a block placed with its min corner at (x, y, z). Appends to `out`. */
export function expandBlock(problem: LoadingProblem, block: Block, x: number, y: number, z: number, out: LoadedBox[]): void {
  const layout = block.layout
  if (layout.kind === 'grid') {
    const o = problem.types[layout.type]!.orients[layout.orient]!
    for (let i = 0; i < layout.nx; i++) {
      for (let j = 0; j < layout.ny; j++) {
        for (let k = 0; k < layout.nz; k++) {
          out.push({ type: layout.type, orient: layout.orient, at: [x + i * o[0], y + j * o[1], z + k * o[2]], size: [o[0], o[1], o[2]] })
        }
      }
    }
    return
  }
  // A joined block: a at the min corner, b right after a along the joining axis.
  expandBlock(problem, layout.a, x, y, z, out)
  const shift: LoadingDims = layout.axis === 0 ? [layout.a.w, 0, 0] : layout.axis === 1 ? [0, layout.a.d, 0] : [0, 0, layout.a.h]
  expandBlock(problem, layout.b, x + shift[0], y + shift[1], z + shift[2], out)
}

function join(a: Block, b: Block, axis: 0 | 1 | 2, L: number, W: number, H: number, minFill: number, counts: readonly number[]): Block | null {
  const w = axis === 0 ? a.w + b.w : Math.max(a.w, b.w)
  const d = axis === 1 ? a.d + b.d : Math.max(a.d, b.d)
  const h = axis === 2 ? a.h + b.h : Math.max(a.h, b.h)
  if (w > L || d > W || h > H) return null
  const volume = a.volume + b.volume
  if (volume < minFill * w * d * h) return null
  const req = mergeReq(a.req, b.req, counts)
  if (!req) return null
  return { w, d, h, volume, value: a.value + b.value, req, layout: { kind: 'pair', a, b, axis } }
}

/** The sum of two [type, count] lists, or null when it needs more boxes of a type than there are. */
function mergeReq(p: number[], q: number[], counts: readonly number[]): number[] | null {
  const out: number[] = []
  let i = 0, j = 0
  while (i < p.length || j < q.length) {
    const tp = i < p.length ? p[i]! : Infinity
    const tq = j < q.length ? q[j]! : Infinity
    let t: number, n: number
    if (tp === tq) {
      t = tp
      n = p[i + 1]! + q[j + 1]!
      i += 2
      j += 2
    } else if (tp < tq) {
      t = tp
      n = p[i + 1]!
      i += 2
    } else {
      t = tq
      n = q[j + 1]!
      j += 2
    }
    if (n > counts[t]!) return null
    out.push(t, n)
  }
  return out
}
