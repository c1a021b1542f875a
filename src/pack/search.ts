import type { Budget } from './budget.js'
import type { Model } from './model.js'
import { normalPositions } from './normal-positions.js'
import type { Placed } from './placed.js'
import { hasSum, largestReachable, nextReachable, reachableSums, sumsBytes, type Sums } from './sums.js'

/**
 * What one search learnt that stays true for later searches of the same model: states proven dead, and subset sums
 * of the items left. Pass the same memory to a restarted search so it does not redo that work.
 */
export interface SearchMemory {
  dead: DeadStates
  /** Subset sums of the items left along each axis (null: too many to list), per set of items left. */
  sumsCache: Map<number | string, (Sums | null)[]>
  sumsBytes: number
  /** Normal positions along each axis (null: every position), once per model. */
  positions?: (Sums | null)[]
}

export function createSearchMemory(): SearchMemory {
  return { dead: new DeadStates(), sumsCache: new Map(), sumsBytes: 0 }
}

/** What the exact search concluded, with the layout when it found one, and the placements it tried. */
export interface SearchResult {
  status: 'fits' | 'does-not-fit' | 'unknown'
  placed: Placed[]
  nodes: number
}

// Floors with more cells than this find flush heights through a set made once per node.
const BIG_FLOOR_CELLS = 1024
// Dead ends remembered at most; past it the search goes on without remembering new ones.
const MAX_MEMO = 400_000
// Bytes of subset sums kept between nodes; past it, sums are recomputed when needed.
const MAX_SUMS_BYTES = 32 << 20
// Dead ends whose search took fewer nodes than this are not remembered: searching them again is cheaper.
const MIN_SUBTREE_TO_REMEMBER = 8

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
export function exactSearch(model: Model, budget: Budget, memory: SearchMemory = createSearchMemory()): SearchResult {
  const [W, D, H] = model.L
  const positions = (memory.positions ??= [0, 1, 2].map((k) => normalPositions(model, k, budget)))
  if (budget.exhausted) return { status: 'unknown', placed: [], nodes: 0 }
  const blocked = model.blocked
  const types = [...model.types].sort((a, b) => b.volume - a.volume || a.index - b.index)
  const remaining = model.types.map((t) => t.count)
  // Each type's distinct extents along x, y and z, for the exact-fill checks.
  const extentsAlong = [0, 1, 2].map((k) => model.types.map((t) => [...new Set(t.orients.map((o) => (k === 0 ? o.w : k === 1 ? o.d : o.h)))]))
  const { dead, sumsCache } = memory
  // The items left as one number (mixed radix over the counts), while that stays exact in a double.
  const radix: number[] = []
  let product = 1
  for (const t of model.types) {
    radix.push(product)
    product *= t.count + 1
  }
  const exactKeys = product <= Number.MAX_SAFE_INTEGER
  let remainingKey = model.types.reduce((sum, t) => sum + t.count * radix[t.index]!, 0)
  const path: Placed[] = []
  let nodes = 0
  let timedOut = false

  // Volumes are exact in doubles while the container's volume stays below 2^53; past that, no volume pruning.
  const safeVolumes = W * D * H <= Number.MAX_SAFE_INTEGER
  let remainingVolume = model.types.reduce((s, t) => s + t.volume * t.count, 0)

  // The floor: x and y grid lines (the walls and every blocked region's sides), and a height per cell.
  const xs0 = uniqueSorted([0, W, ...blocked.flatMap((b) => [b[0]!, b[3]!])])
  const ys0 = uniqueSorted([0, D, ...blocked.flatMap((b) => [b[1]!, b[4]!])])
  // Lines along blocked regions' sides stay, so every cell is wholly inside or outside each region's footprint.
  const fixedX = new Set(xs0)
  const fixedY = new Set(ys0)
  const heights0 = new Array<number>((xs0.length - 1) * (ys0.length - 1)).fill(0)
  const start: Floor = { xs: xs0, ys: ys0, heights: heights0 }
  for (let j = 0; j < ys0.length - 1; j++) for (let i = 0; i < xs0.length - 1; i++) absorbBlocked(start, i, j)
  let freeVolume = W * D * H - filledVolume(start)

  const found = visit(start)
  return { status: found ? 'fits' : timedOut ? 'unknown' : 'does-not-fit', placed: found ? [...path] : [], nodes }

  // One node per item placed; the waste steps at the same node run as a loop, so the recursion is only as deep as
  // the number of items.
  function visit(start: Floor): boolean {
    let floor = start
    let wasted = 0
    let found = false
    // The floors this call stepped through, each dead if the call ends without a layout and without a time-out.
    const stepped: { floor: Floor; nodesBefore: number }[] = []
    search: for (;;) {
      nodes++
      // A node costs a unit, and more on a floor of many cells (many blocked regions), where it does more work.
      if (!budget.spend(1 + (floor.heights.length >>> 4))) timedOut = true
      if (timedOut) break
      if (path.length === model.totalCount) {
        found = true
        break
      }
      if (safeVolumes && remainingVolume > freeVolume) break

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
      if (qi < 0) break
      const qx = floor.xs[qi]!
      const qy = floor.ys[qj]!

      if (dead.has(floor, remaining)) break
      if (safeVolumes && tooMuchDeadSpace(floor, freeVolume - remainingVolume)) break
      stepped.push({ floor, nodesBefore: nodes })

      // Branch 1: an item starts at q (only possible at normal positions). Items that close the free run along x
      // or y exactly, or end flush with the top or a neighbour, go first: that is where layouts are found.
      if (isNormal(0, qx) && isNormal(1, qy) && isNormal(2, qz)) {
        for (const { t, o } of candidatesAt(floor, qi, qj, qz)) {
          const { w, d, h } = t.orients[o]!
          remaining[t.index]!--
          remainingKey -= radix[t.index]!
          remainingVolume -= t.volume
          freeVolume -= t.volume
          path.push({ type: t.index, orient: o, x: qx, y: qy, z: qz })
          if (visit(raise(floor, qx, qy, qx + w, qy + d, qz + h))) {
            found = true
            break search
          }
          path.pop()
          remaining[t.index]!++
          remainingKey += radix[t.index]!
          remainingVolume += t.volume
          freeVolume += t.volume
          if (timedOut) break search
        }
      }

      // Branch 2: q stays empty. Declare empty the box from q to the next normal position on each axis, over cells
      // at q's height, below any blocked region above, and go on from the floor that leaves.
      const waste = wasteBox(floor, qi, qj, qz)
      const wasteVolume = (waste[0] - qx) * (waste[1] - qy) * (waste[2] - qz)
      if (safeVolumes && freeVolume - wasteVolume < remainingVolume) break
      freeVolume -= wasteVolume
      wasted += wasteVolume
      floor = raise(floor, qx, qy, waste[0], waste[1], waste[2])
    }
    freeVolume += wasted
    if (!found && !timedOut) {
      for (const s of stepped) {
        if (nodes - s.nodesBefore >= MIN_SUBTREE_TO_REMEMBER && dead.size < MAX_MEMO) dead.add(s.floor, remaining)
      }
    }
    return found
  }

  // True when more space is dead than there is room to spare: space no item left can use. A free line through the
  // empty space is covered by the items it passes through, each over its whole extent along the line, so of a free
  // run of length g at most the largest sum of remaining extents ≤ g is covered; the rest of it is dead.
  //
  //   a row, side view:  ████|<------- g ------->|████   covered ≤ max { w1 + w2 + ... ≤ g }
  //                      ████|▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒  ···|████   the dots are dead
  //
  // Columns run up from each cell's height to the top (skipped under blocked regions, which would cut them). With
  // no room to spare, runs along x and y count too, at the height of each run's lowest cells: then every free line
  // must be tiled exactly.
  function tooMuchDeadSpace(floor: Floor, spare: number): boolean {
    const nx = floor.xs.length - 1
    const ny = floor.ys.length - 1
    const sums = sumsLeft()
    // Along z: each column's free height. Neighbouring cells mostly share a height: the last answer is kept.
    let dead = 0
    let lastFree = -1
    let lastLost = 0
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const h = floor.heights[j * nx + i]!
        if (h >= H || (blocked.length > 0 && blockedAbove(floor, i, j, h))) continue
        const free = H - h
        if (free !== lastFree) {
          lastFree = free
          const along = sums[2]
          lastLost = !along ? 0 : spare === 0 ? (hasSum(along, free) ? 0 : 1) : free - Math.max(0, largestReachable(along, free))
        }
        const lost = lastLost
        if (lost === 0) continue
        dead += lost * (floor.xs[i + 1]! - floor.xs[i]!) * (floor.ys[j + 1]! - floor.ys[j]!)
        if (dead > spare) return true
      }
    }
    if (spare > 0 || blocked.length > 0) return false
    // Along x, in each row, at each height found in that row: runs of cells no higher than that height.
    for (let j = 0; j < ny; j++) {
      for (let a = 0; a < nx; a++) {
        const z = floor.heights[j * nx + a]!
        if (z >= H || (a > 0 && floor.heights[j * nx + a - 1]! <= z)) continue
        let b = a
        while (b < nx && floor.heights[j * nx + b]! <= z) b++
        if (sums[0] && !hasSum(sums[0], floor.xs[b]! - floor.xs[a]!)) return true
      }
    }
    // Along y, in each column of cells, the same.
    for (let i = 0; i < nx; i++) {
      for (let a = 0; a < ny; a++) {
        const z = floor.heights[a * nx + i]!
        if (z >= H || (a > 0 && floor.heights[(a - 1) * nx + i]! <= z)) continue
        let b = a
        while (b < ny && floor.heights[b * nx + i]! <= z) b++
        if (sums[1] && !hasSum(sums[1], floor.ys[b]! - floor.ys[a]!)) return true
      }
    }
    return false
  }

  function blockedAbove(floor: Floor, i: number, j: number, h: number): boolean {
    const x = floor.xs[i]!
    const y = floor.ys[j]!
    for (const b of blocked) if (b[0]! <= x && x < b[3]! && b[1]! <= y && y < b[4]! && b[5]! > h) return true
    return false
  }

  // Subset sums of the items left along each axis (null: too many to list), remembered per set of items left while
  // they take little memory.
  function sumsLeft(): (Sums | null)[] {
    const key = exactKeys ? remainingKey : remaining.join(',')
    let sums = sumsCache.get(key)
    if (!sums) {
      sums = [0, 1, 2].map((k) => reachableSums(model.L[k]!, [0], copiesAlong(k), budget))
      const bytes = sums.reduce((s, v) => s + (v ? sumsBytes(v) : 0), 0)
      if (memory.sumsBytes + bytes <= MAX_SUMS_BYTES && !budget.exhausted) {
        sumsCache.set(key, sums)
        memory.sumsBytes += bytes
      }
    }
    return sums
  }

  function copiesAlong(axis: number): number[][] {
    const out: number[][] = []
    for (const t of model.types) for (let c = 0; c < remaining[t.index]!; c++) out.push(extentsAlong[axis]![t.index]!)
    return out
  }

  // The items left that fit at q, best first: a point each for closing the x run, the y run, and ending flush.
  function candidatesAt(floor: Floor, qi: number, qj: number, qz: number): { t: (typeof types)[number]; o: number }[] {
    const nx = floor.xs.length - 1
    const ny = floor.ys.length - 1
    const qx = floor.xs[qi]!
    const qy = floor.ys[qj]!
    let i = qi
    while (i < nx && floor.heights[qj * nx + i] === qz) i++
    const runX = floor.xs[i]!
    let j = qj
    while (j < ny && floor.heights[j * nx + qi] === qz) j++
    const runY = floor.ys[j]!
    // Ending flush: at the top, or level with a cell higher than q.
    // (On a floor of very many cells, the heights as a set, made once per call: there are many candidates.)
    let heights: Set<number> | undefined
    const isHeight = (v: number) =>
      floor.heights.length <= BIG_FLOOR_CELLS ? floor.heights.includes(v) : (heights ??= new Set(floor.heights)).has(v)
    const isFlush = (top: number) => top === H || (top > qz && isHeight(top))
    const scored: { t: (typeof types)[number]; o: number; score: number; rank: number }[] = []
    for (const t of types) {
      if (remaining[t.index] === 0) continue
      for (let o = 0; o < t.orients.length; o++) {
        const { w, d, h } = t.orients[o]!
        if (qx + w > runX || qy + d > D || qz + h > H) continue
        if (!levelUnder(floor, qi, qj, qx + w, qy + d, qz)) continue
        if (hitsBlocked(qx, qy, qz, qx + w, qy + d, qz + h)) continue
        const score = (qx + w === runX ? 1 : 0) + (qy + d === runY ? 1 : 0) + (isFlush(qz + h) ? 1 : 0)
        scored.push({ t, o, score, rank: scored.length })
      }
    }
    return scored.sort((a, b) => b.score - a.score || a.rank - b.rank)
  }

  function isNormal(axis: number, v: number): boolean {
    const sums = positions[axis]
    return sums ? hasSum(sums, v) : true
  }

  function nextNormal(axis: number, v: number): number {
    const sums = positions[axis]
    if (!sums) return v + 1
    return Math.min(nextReachable(sums, v), model.L[axis]!)
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
    return dropFlatLines(next, fixedX, fixedY)
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

// Removes grid lines with the same heights on both sides (but not `fixed` ones), in place: fewer cells, same floor.
function dropFlatLines(floor: Floor, fixedX: Set<number>, fixedY: Set<number>): Floor {
  let nx = floor.xs.length - 1
  let ny = floor.ys.length - 1
  // Columns: keep line i when some row differs across it.
  const keepCol: number[] = [0]
  for (let i = 1; i < nx; i++) {
    let differs = fixedX.has(floor.xs[i]!)
    for (let j = 0; j < ny && !differs; j++) if (floor.heights[j * nx + i - 1] !== floor.heights[j * nx + i]) differs = true
    if (differs) keepCol.push(i)
  }
  const keepRow: number[] = [0]
  for (let j = 1; j < ny; j++) {
    let differs = fixedY.has(floor.ys[j]!)
    for (let i = 0; i < nx && !differs; i++) if (floor.heights[(j - 1) * nx + i] !== floor.heights[j * nx + i]) differs = true
    if (differs) keepRow.push(j)
  }
  if (keepCol.length === nx && keepRow.length === ny) return floor
  const heights: number[] = []
  for (const j of keepRow) for (const i of keepCol) heights.push(floor.heights[j * nx + i]!)
  const xs = [...keepCol.map((i) => floor.xs[i]!), floor.xs[nx]!]
  const ys = [...keepRow.map((j) => floor.ys[j]!), floor.ys[ny]!]
  nx = xs.length - 1
  ny = ys.length - 1
  return { xs, ys, heights }
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

// Dead states, found by a 32-bit hash first and confirmed by the full key, so a hash collision can never prune a
// live state. Only states whose subtree took some work are stored: small ones are cheaper to search again.
class DeadStates {
  private readonly byHash = new Map<number, string | string[]>()
  size = 0

  has(floor: Floor, remaining: number[]): boolean {
    const entry = this.byHash.get(stateHash(floor, remaining))
    if (entry === undefined) return false
    const key = stateKey(floor, remaining)
    return typeof entry === 'string' ? entry === key : entry.includes(key)
  }

  add(floor: Floor, remaining: number[]): void {
    const hash = stateHash(floor, remaining)
    const key = stateKey(floor, remaining)
    const entry = this.byHash.get(hash)
    if (entry === undefined) this.byHash.set(hash, key)
    else if (typeof entry === 'string') this.byHash.set(hash, [entry, key])
    else entry.push(key)
    this.size++
  }
}

// Scratch flags for the grid lines that matter (reused: no allocation per node).
let keepX = new Uint8Array(64)
let keepY = new Uint8Array(64)

// Marks the grid lines with different heights on their two sides: the same state whatever other lines are drawn.
function markLines(floor: Floor): void {
  const nx = floor.xs.length - 1
  const ny = floor.ys.length - 1
  if (keepX.length < nx) keepX = new Uint8Array(nx * 2)
  if (keepY.length < ny) keepY = new Uint8Array(ny * 2)
  keepX[0] = 1
  for (let i = 1; i < nx; i++) {
    keepX[i] = 0
    for (let j = 0; j < ny; j++) {
      if (floor.heights[j * nx + i - 1] !== floor.heights[j * nx + i]) {
        keepX[i] = 1
        break
      }
    }
  }
  keepY[0] = 1
  for (let j = 1; j < ny; j++) {
    keepY[j] = 0
    for (let i = 0; i < nx; i++) {
      if (floor.heights[(j - 1) * nx + i] !== floor.heights[j * nx + i]) {
        keepY[j] = 1
        break
      }
    }
  }
}

function stateHash(floor: Floor, remaining: number[]): number {
  markLines(floor)
  const nx = floor.xs.length - 1
  const ny = floor.ys.length - 1
  let h = 0x811c9dc5
  const mix = (v: number) => {
    h = Math.imul(h ^ (v & 0xffff), 0x01000193)
    h = Math.imul(h ^ (v >>> 16), 0x01000193)
  }
  for (const r of remaining) mix(r)
  for (let i = 0; i < nx; i++) if (keepX[i]) mix(floor.xs[i]! + 1)
  mix(0)
  for (let j = 0; j < ny; j++) if (keepY[j]) mix(floor.ys[j]! + 1)
  mix(0)
  for (let j = 0; j < ny; j++) if (keepY[j]) for (let i = 0; i < nx; i++) if (keepX[i]) mix(floor.heights[j * nx + i]!)
  return h >>> 0
}

function stateKey(floor: Floor, remaining: number[]): string {
  markLines(floor)
  const nx = floor.xs.length - 1
  const ny = floor.ys.length - 1
  const parts: number[] = [...remaining, -1]
  for (let i = 0; i < nx; i++) if (keepX[i]) parts.push(floor.xs[i]!)
  parts.push(-1)
  for (let j = 0; j < ny; j++) if (keepY[j]) parts.push(floor.ys[j]!)
  parts.push(-1)
  for (let j = 0; j < ny; j++) if (keepY[j]) for (let i = 0; i < nx; i++) if (keepX[i]) parts.push(floor.heights[j * nx + i]!)
  return parts.join(',')
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b)
}
