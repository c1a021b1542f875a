import { mulberry32 } from '../random.js'
import type { Model } from './problem.js'
import type { Placed } from './placed.js'

/**
 * Finds a layout fast, without any promise: extreme-point first fit (Crainic, Perboli and Tadei 2008) over several
 * item orders. Each placed box spawns the points where its corners project back onto the walls or other boxes;
 * the next item goes to the lowest, then frontmost, then leftmost extreme point where it fits.
 *
 *   top view (z down the page)       a box at (x, y) adds (x + w, y) and (x, y + d), each slid back
 *   +----------+                     toward the origin until it meets a wall or another box,
 *   |  placed  |* (x + w, y)         and (x, y, z + h) on its top, slid the same way.
 *   +----------+
 *   * (x, y + d)
 *
 * Returns the placements, or null when no order found one before `deadline` (a `performance.now()` time).
 */
export function extremePointPacking(model: Model, deadline: number, maxOrders = 24): { placed: Placed[] | null; steps: number } {
  const copies: number[] = []
  for (const t of model.types) for (let c = 0; c < t.count; c++) copies.push(t.index)
  const orders = itemOrders(model, copies, maxOrders)
  let steps = 0
  for (const order of orders) {
    if (performance.now() > deadline) break
    const result = packInOrder(model, order)
    steps += result.steps
    if (result.placed) return { placed: result.placed, steps }
  }
  return { placed: null, steps }
}

// Item orders worth trying, the classic sort keys first, then seeded shuffles of the volume order.
function itemOrders(model: Model, copies: number[], max: number): number[][] {
  const t = model.types
  const maxSide = (i: number) => Math.max(...t[i]!.size)
  // The largest face: long flat things (phones, cards) first.
  const area = (i: number) => {
    const [a, b] = [...t[i]!.size].sort((x, y) => y - x)
    return a! * b!
  }
  const keys: ((i: number) => number)[] = [(i) => t[i]!.volume, maxSide, area, (i) => t[i]!.size[2], (i) => Math.min(...t[i]!.size)]
  const orders = keys.map((key) => [...copies].sort((a, b) => key(b) - key(a) || a - b))
  const random = mulberry32(0x5eed)
  while (orders.length < max) {
    const base = [...orders[0]!]
    // Swap a few neighbours: keeps big items early while exploring ties and near-ties.
    for (let s = 0; s < Math.max(1, base.length >> 1); s++) {
      const i = Math.floor(random() * base.length)
      const j = Math.min(base.length - 1, i + 1 + Math.floor(random() * 3))
      ;[base[i], base[j]] = [base[j]!, base[i]!]
    }
    orders.push(base)
  }
  return orders
}

function packInOrder(model: Model, order: number[]): { placed: Placed[] | null; steps: number } {
  const [W, D, H] = model.L
  // Obstacles as [minX, minY, minZ, maxX, maxY, maxZ]: blocked regions first, then placed boxes.
  const boxes: number[][] = model.blocked.map((b) => [...b])
  let points: number[][] = [[0, 0, 0]]
  for (const b of model.blocked) points.push(...spawnPoints(b, boxes))
  const placed: Placed[] = []
  let steps = 0
  for (const typeIndex of order) {
    const type = model.types[typeIndex]!
    // Lowest, then frontmost, then leftmost point first.
    points.sort((a, b) => a[2]! - b[2]! || a[1]! - b[1]! || a[0]! - b[0]!)
    let chosen: { p: number[]; o: number } | null = null
    for (const p of points) {
      for (let o = 0; o < type.orients.length && !chosen; o++) {
        steps++
        const { w, d, h } = type.orients[o]!
        const box = [p[0]!, p[1]!, p[2]!, p[0]! + w, p[1]! + d, p[2]! + h]
        if (box[3]! > W || box[4]! > D || box[5]! > H) continue
        if (boxes.some((b) => overlaps(b, box))) continue
        chosen = { p, o }
      }
      if (chosen) break
    }
    if (!chosen) return { placed: null, steps }
    const { w, d, h } = type.orients[chosen.o]!
    const [x, y, z] = chosen.p as [number, number, number]
    const box = [x, y, z, x + w, y + d, z + h]
    boxes.push(box)
    placed.push({ type: typeIndex, orient: chosen.o, x, y, z })
    // Drop points now inside the new box, add the ones it spawns.
    points = points.filter((q) => !contains(box, q))
    for (const q of spawnPoints(box, boxes)) {
      if (q[0]! < W && q[1]! < D && q[2]! < H && !points.some((r) => r[0] === q[0] && r[1] === q[1] && r[2] === q[2]) && !boxes.some((b) => contains(b, q))) {
        points.push(q)
      }
    }
  }
  return { placed, steps }
}

// The three corners next to a box, each as is and slid back along the two other axes.
function spawnPoints(box: number[], boxes: number[][]): number[][] {
  const [x0, y0, z0, x1, y1, z1] = box as [number, number, number, number, number, number]
  const out: number[][] = []
  const corners: [number[], number, number][] = [
    [[x1, y0, z0], 1, 2],
    [[x0, y1, z0], 0, 2],
    [[x0, y0, z1], 0, 1],
  ]
  for (const [corner, a, b] of corners) {
    out.push(corner)
    out.push(slide(corner, a, boxes))
    out.push(slide(corner, b, boxes))
  }
  return out
}

// Slides a point toward 0 along `axis` until it meets the far face of a box (or the wall).
function slide(point: number[], axis: number, boxes: number[][]): number[] {
  let stop = 0
  for (const b of boxes) {
    if (b[axis + 3]! > point[axis]!) continue
    let spans = true
    for (let k = 0; k < 3; k++) if (k !== axis && (point[k]! < b[k]! || point[k]! >= b[k + 3]!)) spans = false
    if (spans && b[axis + 3]! > stop) stop = b[axis + 3]!
  }
  const out = [...point]
  out[axis] = stop
  return out
}

function overlaps(a: number[], b: number[]): boolean {
  return a[0]! < b[3]! && b[0]! < a[3]! && a[1]! < b[4]! && b[1]! < a[4]! && a[2]! < b[5]! && b[2]! < a[5]!
}

function contains(box: number[], p: number[]): boolean {
  return box[0]! <= p[0]! && p[0]! < box[3]! && box[1]! <= p[1]! && p[1]! < box[4]! && box[2]! <= p[2]! && p[2]! < box[5]!
}
