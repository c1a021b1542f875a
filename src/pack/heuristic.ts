import { mulberry32 } from '../random.js'
import type { Budget } from './budget.js'
import type { Model } from './model.js'
import type { Placed } from './placed.js'

/**
 * Finds a layout fast, without any promise: extreme-point first fit (Crainic, Perboli and Tadei 2008) over item
 * orders `first` to `first + count - 1` of a fixed list (the classic sort keys, then seeded shuffles). Each placed box
 * spawns the points where its corners project back onto the walls or other boxes; the next item goes to the lowest,
 * then frontmost, then leftmost extreme point where it fits.
 *
 *   top view (z down the page)       a box at (x, y) adds (x + w, y) and (x, y + d), each slid back
 *   +----------+                     toward the origin until it meets a wall or another box,
 *   |  placed  |* (x + w, y)         and (x, y, z + h) on its top, slid the same way.
 *   +----------+
 *   * (x, y + d)
 *
 * Boxes and points live in flat typed arrays, six and three numbers each. Returns the placements, or null when no
 * order found one within `budget` (a unit per candidate position and orientation tested against the boxes).
 */
export function extremePointPacking(model: Model, budget: Budget, first = 0, count = ORDERS): Placed[] | null {
  const copies: number[] = []
  for (const t of model.types) for (let c = 0; c < t.count; c++) copies.push(t.index)
  const orders = itemOrders(model, copies, first + count)
  const packer = new Packer(model)
  for (let i = first; i < orders.length; i++) {
    const placed = packer.pack(orders[i]!, budget)
    if (placed) return placed
    if (budget.exhausted) return null
  }
  return null
}

/** Orders tried in all; the first `QUICK_ORDERS` come first, before any costly proof. */
export const ORDERS = 24
export const QUICK_ORDERS = 3

// Item orders worth trying, the classic sort keys first, then seeded shuffles of the volume order.
function itemOrders(model: Model, copies: number[], max: number): number[][] {
  // Sort keys per type, worked out once: volume, longest side, largest face (long flat things such as phones and
  // cards first), height, shortest side.
  const keys = [0, 1, 2, 3, 4].map((k) =>
    model.types.map(({ size: [a, b, c], volume }) => {
      const longest = Math.max(a, b, c)
      const shortest = Math.min(a, b, c)
      return [volume, longest, longest * (a + b + c - longest - shortest), c, shortest][k]!
    }),
  )
  const orders = keys.slice(0, max).map((key) => [...copies].sort((a, b) => key[b]! - key[a]! || a - b))
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

/** One extreme-point packing at a time, reusing its arrays. */
class Packer {
  private readonly model: Model
  // Obstacles as minX, minY, minZ, maxX, maxY, maxZ: blocked regions first, then placed boxes.
  private boxes: Float64Array
  private nBoxes = 0
  private points: Float64Array
  private nPoints = 0

  constructor(model: Model) {
    this.model = model
    const n = model.blocked.length + model.totalCount
    this.boxes = new Float64Array(6 * n)
    this.points = new Float64Array(3 * (1 + 9 * n))
  }

  pack(order: readonly number[], budget: Budget): Placed[] | null {
    const { model } = this
    const [W, D, H] = model.L
    this.nBoxes = 0
    this.nPoints = 0
    this.addPoint(0, 0, 0)
    for (const b of model.blocked) this.addBox(b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!)
    for (let i = 0; i < model.blocked.length; i++) this.spawn(i)
    const placed: Placed[] = []
    for (const typeIndex of order) {
      const type = model.types[typeIndex]!
      this.sortPoints()
      let chosen = -1
      let chosenOrient = -1
      const orients = type.orients
      const pts = this.points
      for (let p = 0; p < this.nPoints && chosen < 0; p++) {
        if (!budget.spend(1 + ((orients.length * this.nBoxes) >>> 5))) return null
        const x = pts[3 * p]!
        const y = pts[3 * p + 1]!
        const z = pts[3 * p + 2]!
        for (let o = 0; o < orients.length; o++) {
          const { w, d, h } = orients[o]!
          if (x + w > W || y + d > D || z + h > H) continue
          if (this.hits(x, y, z, x + w, y + d, z + h)) continue
          chosen = p
          chosenOrient = o
          break
        }
      }
      if (chosen < 0) return null
      const { w, d, h } = orients[chosenOrient]!
      const x = pts[3 * chosen]!
      const y = pts[3 * chosen + 1]!
      const z = pts[3 * chosen + 2]!
      placed.push({ type: typeIndex, orient: chosenOrient, x, y, z })
      this.addBox(x, y, z, x + w, y + d, z + h)
      // Drop points now inside the new box, add the ones it spawns.
      this.dropInside(this.nBoxes - 1)
      this.spawn(this.nBoxes - 1)
    }
    return placed
  }

  private addBox(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): void {
    const b = this.boxes
    const i = 6 * this.nBoxes++
    b[i] = x0
    b[i + 1] = y0
    b[i + 2] = z0
    b[i + 3] = x1
    b[i + 4] = y1
    b[i + 5] = z1
  }

  private addPoint(x: number, y: number, z: number): void {
    const [W, D, H] = this.model.L
    if (x >= W || y >= D || z >= H) return
    const p = this.points
    for (let i = 0; i < this.nPoints; i++) if (p[3 * i] === x && p[3 * i + 1] === y && p[3 * i + 2] === z) return
    if (this.insideSomeBox(x, y, z)) return
    if (3 * (this.nPoints + 1) > p.length) {
      const grown = new Float64Array(p.length * 2)
      grown.set(p)
      this.points = grown
    }
    const i = 3 * this.nPoints++
    this.points[i] = x
    this.points[i + 1] = y
    this.points[i + 2] = z
  }

  // True when a box with these corners overlaps a blocked region or a placed box.
  private hits(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): boolean {
    const b = this.boxes
    for (let i = 0, n = 6 * this.nBoxes; i < n; i += 6) {
      if (x0 < b[i + 3]! && b[i]! < x1 && y0 < b[i + 4]! && b[i + 1]! < y1 && z0 < b[i + 5]! && b[i + 2]! < z1) return true
    }
    return false
  }

  private insideSomeBox(x: number, y: number, z: number): boolean {
    const b = this.boxes
    for (let i = 0, n = 6 * this.nBoxes; i < n; i += 6) {
      if (b[i]! <= x && x < b[i + 3]! && b[i + 1]! <= y && y < b[i + 4]! && b[i + 2]! <= z && z < b[i + 5]!) return true
    }
    return false
  }

  private dropInside(box: number): void {
    const b = this.boxes
    const k = 6 * box
    const p = this.points
    let kept = 0
    for (let i = 0; i < this.nPoints; i++) {
      const x = p[3 * i]!
      const y = p[3 * i + 1]!
      const z = p[3 * i + 2]!
      if (b[k]! <= x && x < b[k + 3]! && b[k + 1]! <= y && y < b[k + 4]! && b[k + 2]! <= z && z < b[k + 5]!) continue
      p[3 * kept] = x
      p[3 * kept + 1] = y
      p[3 * kept + 2] = z
      kept++
    }
    this.nPoints = kept
  }

  // The three corners next to a box, each as is and slid back along the two other axes.
  private spawn(box: number): void {
    const b = this.boxes
    const k = 6 * box
    const x0 = b[k]!, y0 = b[k + 1]!, z0 = b[k + 2]!, x1 = b[k + 3]!, y1 = b[k + 4]!, z1 = b[k + 5]!
    this.spawnFrom(x1, y0, z0, 1, 2)
    this.spawnFrom(x0, y1, z0, 0, 2)
    this.spawnFrom(x0, y0, z1, 0, 1)
  }

  private spawnFrom(x: number, y: number, z: number, a: number, c: number): void {
    this.addPoint(x, y, z)
    const p = [x, y, z]
    for (const axis of [a, c]) {
      const slid = [x, y, z]
      slid[axis] = this.slide(p, axis)
      this.addPoint(slid[0]!, slid[1]!, slid[2]!)
    }
  }

  // Slides a point toward 0 along `axis` until it meets the far face of a box (or the wall).
  private slide(point: readonly number[], axis: number): number {
    const b = this.boxes
    let stop = 0
    for (let i = 0, n = 6 * this.nBoxes; i < n; i += 6) {
      const far = b[i + axis + 3]!
      if (far > point[axis]! || far <= stop) continue
      let spans = true
      for (let k = 0; k < 3 && spans; k++) if (k !== axis && (point[k]! < b[i + k]! || point[k]! >= b[i + k + 3]!)) spans = false
      if (spans) stop = far
    }
    return stop
  }

  // Lowest, then frontmost, then leftmost first (insertion sort: the list is nearly sorted from the last step).
  private sortPoints(): void {
    const p = this.points
    for (let i = 1; i < this.nPoints; i++) {
      const x = p[3 * i]!
      const y = p[3 * i + 1]!
      const z = p[3 * i + 2]!
      let j = i - 1
      while (j >= 0 && (p[3 * j + 2]! > z || (p[3 * j + 2] === z && (p[3 * j + 1]! > y || (p[3 * j + 1] === y && p[3 * j]! > x))))) {
        p[3 * j + 3] = p[3 * j]!
        p[3 * j + 4] = p[3 * j + 1]!
        p[3 * j + 5] = p[3 * j + 2]!
        j--
      }
      p[3 * j + 3] = x
      p[3 * j + 4] = y
      p[3 * j + 5] = z
    }
  }
}
