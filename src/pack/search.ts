import { normalPositions } from './normal-positions.js'
import type { Model } from './problem.js'
import type { Placed } from './placed.js'

/** What the exact search concluded, with the layout when it found one. */
export interface SearchResult {
  status: 'fits' | 'does-not-fit' | 'unknown'
  placed: Placed[]
  nodes: number
}

// Deeper than this the recursion would risk the stack: such a search is answered `unknown` (never a guess).
const MAX_DEPTH = 4000
// Dead ends remembered at most; past it the search goes on without remembering new ones.
const MAX_MEMO = 400_000

/**
 * Exact search: decides whether all items fit, by filling the container from its lowest, frontmost, leftmost
 * empty point `q` (order z, then y, then x), as in exact methods for perfect rectangle packing.
 *
 * At `q` either some item starts exactly there, or `q` stays empty in the packing being built. Proof sketch: an item
 * covering `q` starts at a point `s` ≤ q on every axis; if `s` ≠ q, then `s` comes before `q` in the order, so `s`
 * is already covered, and that item would overlap what covers it. So the search branches on every item kind and
 * orientation placed with its corner at `q`, and on one "waste" step that declares empty the box from `q` to the
 * next normal position on each axis (no item of a pushed-back packing can start inside it, and nothing placed does).
 *
 *   side view (x across, z up)     the floor is a height map: every cell of the top view has the height up to
 *   |      ____                    which it is filled. `q` is the lowest cell's corner; an item placed there must
 *   |  ___|    |__                 find every cell under its footprint at that same height, and raises them.
 *   | |q  |    |  |
 *   +-----------------
 *
 * Items start only at normal positions (see normal-positions.ts), so a `q` off them takes the waste step alone.
 * Identical copies are one kind with a count, so no layout is searched twice under another labelling. States already
 * proven dead (same height map, same items left) are remembered and skipped. The volume still free must always hold
 * the volume still to place.
 */
export function exactSearch(model: Model, deadline: number): SearchResult {
  const [W, D, H] = model.L
  const positions = [0, 1, 2].map((k) => normalPositions(model, k))
  const normalSets = positions.map((p) => (p ? new Set(p) : null))
  const blocked = model.blocked
  const types = [...model.types].sort((a, b) => b.volume - a.volume || a.index - b.index)
  const remaining = model.types.map((t) => t.count)
  const dead = new Set<string>()
  const path: Placed[] = []
  let nodes = 0
  let timedOut = false

  // Volumes are exact in doubles while the container's volume stays below 2^53; past that, no volume pruning.
  const safeVolumes = W * D * H <= Number.MAX_SAFE_INTEGER
  let remainingVolume = model.types.reduce((s, t) => s + t.volume * t.count, 0)

  // The floor: x and y grid lines (the walls and every blocked region's sides), and a height per cell.
  const xs0 = uniqueSorted([0, W, ...blocked.flatMap((b) => [b[0]!, b[3]!])])
  const ys0 = uniqueSorted([0, D, ...blocked.flatMap((b) => [b[1]!, b[4]!])])
  const heights0 = new Array<number>((xs0.length - 1) * (ys0.length - 1)).fill(0)
  const start: Floor = { xs: xs0, ys: ys0, heights: heights0 }
  for (let j = 0; j < ys0.length - 1; j++) for (let i = 0; i < xs0.length - 1; i++) absorbBlocked(start, i, j)
  let freeVolume = W * D * H - filledVolume(start)

  const found = visit(start, 0)
  return { status: found ? 'fits' : timedOut ? 'unknown' : 'does-not-fit', placed: found ? [...path] : [], nodes }

  function visit(floor: Floor, depth: number): boolean {
    nodes++
    if ((nodes & 255) === 0 && performance.now() > deadline) timedOut = true
    if (timedOut) return false
    if (path.length === model.totalCount) return true
    if (depth > MAX_DEPTH) {
      timedOut = true
      return false
    }
    if (safeVolumes && remainingVolume > freeVolume) return false

    // Find q: the lowest, then frontmost, then leftmost cell corner below the top.
    const nx = floor.xs.length - 1
    const ny = floor.ys.length - 1
    let qi = -1
    let qj = -1
    let qz = H
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const h = floor.heights[j * nx + i]!
        if (h < qz) {
          qz = h
          qi = i
          qj = j
        }
      }
    }
    if (qi < 0) return false
    const qx = floor.xs[qi]!
    const qy = floor.ys[qj]!

    const key = stateKey(floor, remaining)
    if (dead.has(key)) return false

    // Branch 1: an item starts at q (only possible at normal positions).
    if (isNormal(0, qx) && isNormal(1, qy) && isNormal(2, qz)) {
      for (const t of types) {
        if (remaining[t.index] === 0) continue
        for (let o = 0; o < t.orients.length; o++) {
          const { w, d, h } = t.orients[o]!
          if (qx + w > W || qy + d > D || qz + h > H) continue
          if (!levelUnder(floor, qi, qj, qx + w, qy + d, qz)) continue
          if (hitsBlocked(qx, qy, qz, qx + w, qy + d, qz + h)) continue
          remaining[t.index]!--
          remainingVolume -= t.volume
          freeVolume -= t.volume
          path.push({ type: t.index, orient: o, x: qx, y: qy, z: qz })
          const ok = visit(raise(floor, qx, qy, qx + w, qy + d, qz + h), depth + 1)
          if (ok) return true
          path.pop()
          remaining[t.index]!++
          remainingVolume += t.volume
          freeVolume += t.volume
          if (timedOut) return false
        }
      }
    }

    // Branch 2: q stays empty. Declare empty the box from q to the next normal position on each axis, over cells at
    // q's height, below any blocked region above.
    const waste = wasteBox(floor, qi, qj, qz)
    const wasteVolume = (waste[0] - qx) * (waste[1] - qy) * (waste[2] - qz)
    if (!safeVolumes || freeVolume - wasteVolume >= remainingVolume) {
      freeVolume -= wasteVolume
      const ok = visit(raise(floor, qx, qy, waste[0], waste[1], waste[2]), depth + 1)
      freeVolume += wasteVolume
      if (ok) return true
      if (timedOut) return false
    }

    if (dead.size < MAX_MEMO) dead.add(key)
    return false
  }

  function isNormal(axis: number, v: number): boolean {
    const set = normalSets[axis]
    return set ? set.has(v) : true
  }

  function nextNormal(axis: number, v: number): number {
    const list = positions[axis]
    if (!list) return v + 1
    // Binary search for the first position above v.
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (list[mid]! <= v) lo = mid + 1
      else hi = mid
    }
    return lo < list.length ? list[lo]! : model.L[axis]!
  }

  function wasteBox(floor: Floor, qi: number, qj: number, qz: number): [number, number, number] {
    const nx = floor.xs.length - 1
    const ny = floor.ys.length - 1
    const qx = floor.xs[qi]!
    const qy = floor.ys[qj]!
    // Along x: the run of cells at q's height in q's row, up to the next normal position.
    const limitX = nextNormal(0, qx)
    let i = qi
    while (i < nx && floor.xs[i]! < limitX && floor.heights[qj * nx + i] === qz) i++
    const endX = Math.min(floor.xs[i]!, limitX)
    // Along y: rows whose cells under [qx, endX) are all at q's height, up to the next normal position.
    const limitY = nextNormal(1, qy)
    let j = qj
    while (j < ny && floor.ys[j]! < limitY) {
      let level = true
      for (let c = qi; c < nx && floor.xs[c]! < endX; c++) if (floor.heights[j * nx + c] !== qz) level = false
      if (!level) break
      j++
    }
    const endY = Math.min(floor.ys[j]!, limitY)
    // Along z: up to the next normal position, the top, or the first blocked region above.
    let endZ = Math.min(nextNormal(2, qz), H)
    for (const b of blocked) {
      if (b[2]! > qz && b[2]! < endZ && b[0]! < endX && qx < b[3]! && b[1]! < endY && qy < b[4]!) endZ = b[2]!
    }
    return [endX, endY, endZ]
  }

  function hitsBlocked(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): boolean {
    for (const b of blocked) {
      if (x0 < b[3]! && b[0]! < x1 && y0 < b[4]! && b[1]! < y1 && z0 < b[5]! && b[2]! < z1) return true
    }
    return false
  }

  // Raises the cells under [x0, x1) × [y0, y1) to height `top`, splitting grid lines as needed, in a new floor.
  function raise(floor: Floor, x0: number, y0: number, x1: number, y1: number, top: number): Floor {
    const next = withLine(withLine(floor, 0, x1), 1, y1)
    const nx = next.xs.length - 1
    for (let j = 0; j < next.ys.length - 1 && next.ys[j]! < y1; j++) {
      if (next.ys[j]! < y0) continue
      for (let i = 0; i < nx && next.xs[i]! < x1; i++) {
        if (next.xs[i]! < x0) continue
        next.heights[j * nx + i] = top
        absorbBlocked(next, i, j)
      }
    }
    return next
  }

  // A cell whose height reaches the bottom of a blocked region over it continues above that region.
  function absorbBlocked(floor: Floor, i: number, j: number): void {
    const nx = floor.xs.length - 1
    const x = floor.xs[i]!
    const y = floor.ys[j]!
    let h = floor.heights[j * nx + i]!
    for (let changed = true; changed; ) {
      changed = false
      for (const b of blocked) {
        if (b[0]! <= x && x < b[3]! && b[1]! <= y && y < b[4]! && b[2]! <= h && h < b[5]!) {
          h = b[5]!
          changed = true
        }
      }
    }
    floor.heights[j * nx + i] = h
  }

  function filledVolume(floor: Floor): number {
    const nx = floor.xs.length - 1
    let v = 0
    for (let j = 0; j < floor.ys.length - 1; j++) {
      for (let i = 0; i < nx; i++) {
        // Blocked regions floating above the floor are not under the height map: count them separately.
        v += (floor.xs[i + 1]! - floor.xs[i]!) * (floor.ys[j + 1]! - floor.ys[j]!) * floor.heights[j * nx + i]!
      }
    }
    return v + floatingBlockedVolume(floor)
  }

  // Blocked volume above each cell's height (not yet absorbed), so the free volume is exact from the start.
  function floatingBlockedVolume(floor: Floor): number {
    const nx = floor.xs.length - 1
    let v = 0
    for (let j = 0; j < floor.ys.length - 1; j++) {
      for (let i = 0; i < nx; i++) {
        const x = floor.xs[i]!
        const y = floor.ys[j]!
        const h = floor.heights[j * nx + i]!
        const spans = blocked
          .filter((b) => b[0]! <= x && x < b[3]! && b[1]! <= y && y < b[4]! && b[5]! > h)
          .map((b) => [Math.max(b[2]!, h), b[5]!] as [number, number])
          .sort((a, b) => a[0] - b[0])
        // Union of the z-intervals above the cell's height.
        let covered = 0
        let reach = h
        for (const [lo, hi] of spans) {
          if (hi <= reach) continue
          covered += hi - Math.max(lo, reach)
          reach = hi
        }
        v += (floor.xs[i + 1]! - x) * (floor.ys[j + 1]! - y) * covered
      }
    }
    return v
  }
}

/** The filled-from-below floor: grid lines along x and y, and the height of each cell (row-major, y outer). */
interface Floor {
  xs: number[]
  ys: number[]
  heights: number[]
}

// True when every cell under [xs[qi], x1) × [ys[qj], y1) is at height z.
function levelUnder(floor: Floor, qi: number, qj: number, x1: number, y1: number, z: number): boolean {
  const nx = floor.xs.length - 1
  for (let j = qj; j < floor.ys.length - 1 && floor.ys[j]! < y1; j++) {
    for (let i = qi; i < nx && floor.xs[i]! < x1; i++) if (floor.heights[j * nx + i] !== z) return false
  }
  return true
}

// A copy of the floor with a grid line at v on axis 0 (x) or 1 (y); the split cells keep their heights.
function withLine(floor: Floor, axis: 0 | 1, v: number): Floor {
  const lines = axis === 0 ? floor.xs : floor.ys
  let k = 0
  while (k < lines.length && lines[k]! < v) k++
  if (lines[k] === v) return { xs: floor.xs, ys: floor.ys, heights: [...floor.heights] }
  const nx = floor.xs.length - 1
  const ny = floor.ys.length - 1
  const heights: number[] = []
  if (axis === 0) {
    // Cell column k - 1 splits in two.
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        heights.push(floor.heights[j * nx + i]!)
        if (i === k - 1) heights.push(floor.heights[j * nx + i]!)
      }
    }
    return { xs: [...lines.slice(0, k), v, ...lines.slice(k)], ys: floor.ys, heights }
  }
  for (let j = 0; j < ny; j++) {
    const row = floor.heights.slice(j * nx, (j + 1) * nx)
    heights.push(...row)
    if (j === k - 1) heights.push(...row)
  }
  return { xs: floor.xs, ys: [...lines.slice(0, k), v, ...lines.slice(k)], heights }
}

// The same state whatever grid lines happen to be drawn: lines with equal heights on both sides are left out.
function stateKey(floor: Floor, remaining: number[]): string {
  const nx = floor.xs.length - 1
  const ny = floor.ys.length - 1
  const keepX: number[] = [0]
  for (let i = 1; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      if (floor.heights[j * nx + i - 1] !== floor.heights[j * nx + i]) {
        keepX.push(i)
        break
      }
    }
  }
  const keepY: number[] = [0]
  for (let j = 1; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (floor.heights[(j - 1) * nx + i] !== floor.heights[j * nx + i]) {
        keepY.push(j)
        break
      }
    }
  }
  let key = remaining.join(',') + '|' + keepX.map((i) => floor.xs[i]).join(',') + '|' + keepY.map((j) => floor.ys[j]).join(',') + '|'
  for (const j of keepY) for (const i of keepX) key += floor.heights[j * nx + i] + ','
  return key
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b)
}
