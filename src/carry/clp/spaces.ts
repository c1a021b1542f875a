/**
 * A partial loading as a set of maximal free spaces (as in Parreño et al. 2008 and Zhu & Lim 2012): every largest
 * empty cuboid of the container, overlapping one another. Placing a block cuts each space it
 * touches into up to six smaller ones, one per face of the block:
 *
 *   top view: a space S and a block B placed in it      the spaces left along x and y (z is the same above/below)
 *   +-------------------+                               +---+               +-------+   +-------------------+
 *   |     S             |                               |   |               |       |   |                   |
 *   |   +-----+         |        ->                     |x- |   ...   x+ -> |       |   |  y+               |
 *   |   |  B  |         |                               |   |               |       |   +-------------------+
 *   |   +-----+         |                                                                 (y- below B)
 *   +-------------------+
 *
 * A space inside another is dropped; so is one too small for any box still in stock.
 */

/** One step of a loading: a block placed with its min corner at (x, y, z). A persistent list, newest first. */
export interface Step {
  block: number
  x: number
  y: number
  z: number
  prev: Step | null
}

/** A partial loading. `spaces` holds maximal spaces as flat [minX, minY, minZ, maxX, maxY, maxZ] sextuples. */
export interface PackState {
  spaces: number[]
  /** Boxes left in stock, by type. */
  avail: Int32Array
  value: number
  volume: number
  path: Step | null
  /** Smallest side of any box left in stock: a space thinner than this holds nothing. */
  minSide: number
}

/** A copy that shares the (immutable) path. */
export function cloneState(s: PackState): PackState {
  return { spaces: s.spaces.slice(), avail: s.avail.slice(), value: s.value, volume: s.volume, path: s.path, minSide: s.minSide }
}

/**
 * The space to fill next: the one whose corner nearest a container corner is nearest (distances along the three
 * axes, sorted, compared in order), then the larger (Parreño et al. 2008). Returns its index, or -1 when none left.
 */
export function selectSpace(s: PackState, L: number, W: number, H: number): number {
  const sp = s.spaces
  let best = -1
  let b0 = Infinity, b1 = Infinity, b2 = Infinity, bv = -1
  for (let i = 0, n = sp.length / 6; i < n; i++) {
    const o = i * 6
    const x0 = sp[o]!, y0 = sp[o + 1]!, z0 = sp[o + 2]!, x1 = sp[o + 3]!, y1 = sp[o + 4]!, z1 = sp[o + 5]!
    let a = Math.min(x0, L - x1), b = Math.min(y0, W - y1), c = Math.min(z0, H - z1)
    // Sort the three distances ascending.
    if (a > b) [a, b] = [b, a]
    if (b > c) [b, c] = [c, b]
    if (a > b) [a, b] = [b, a]
    if (a < b0 || (a === b0 && (b < b1 || (b === b1 && (c < b2 || (c === b2 && (x1 - x0) * (y1 - y0) * (z1 - z0) > bv)))))) {
      best = i
      b0 = a
      b1 = b
      b2 = c
      bv = (x1 - x0) * (y1 - y0) * (z1 - z0)
    }
  }
  return best
}

/** Drops space `i` (nothing left fits in it). */
export function removeSpace(s: PackState, i: number): void {
  s.spaces.splice(i * 6, 6)
}

/**
 * Where a block of extents (w, d, h) goes in space `i`: flush with the space's faces nearest the container's walls
 * (its anchor corner), so free space stays in one piece.
 */
export function anchor(s: PackState, i: number, w: number, d: number, h: number, L: number, W: number, H: number): [number, number, number] {
  const sp = s.spaces
  const o = i * 6
  const x = sp[o]! <= L - sp[o + 3]! ? sp[o]! : sp[o + 3]! - w
  const y = sp[o + 1]! <= W - sp[o + 4]! ? sp[o + 1]! : sp[o + 4]! - d
  const z = sp[o + 2]! <= H - sp[o + 5]! ? sp[o + 2]! : sp[o + 5]! - h
  return [x, y, z]
}

/**
 * Occupies the cuboid [x0, x1) × [y0, y1) × [z0, z1): every space it touches is replaced by the parts of it on each
 * side of the cuboid; parts inside another space or thinner than `s.minSide` are dropped. Call after updating
 * `minSide` so spaces that became useless go too.
 */
export function occupy(s: PackState, x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, minSideChanged: boolean): void {
  const sp = s.spaces
  const kept: number[] = []
  const made: number[] = []
  const m = s.minSide
  for (let o = 0; o < sp.length; o += 6) {
    const a0 = sp[o]!, b0 = sp[o + 1]!, c0 = sp[o + 2]!, a1 = sp[o + 3]!, b1 = sp[o + 4]!, c1 = sp[o + 5]!
    if (a1 <= x0 || x1 <= a0 || b1 <= y0 || y1 <= b0 || c1 <= z0 || z1 <= c0) {
      // Untouched: kept unless it has become too thin for what is left.
      if (!minSideChanged || (a1 - a0 >= m && b1 - b0 >= m && c1 - c0 >= m)) kept.push(a0, b0, c0, a1, b1, c1)
      continue
    }
    // One part per face of the occupied cuboid that lies inside the space.
    if (x0 - a0 >= m) made.push(a0, b0, c0, x0, b1, c1)
    if (a1 - x1 >= m) made.push(x1, b0, c0, a1, b1, c1)
    if (y0 - b0 >= m && a1 - a0 >= m) made.push(a0, b0, c0, a1, y0, c1)
    if (b1 - y1 >= m && a1 - a0 >= m) made.push(a0, y1, c0, a1, b1, c1)
    if (z0 - c0 >= m && a1 - a0 >= m && b1 - b0 >= m) made.push(a0, b0, c0, a1, b1, z0)
    if (c1 - z1 >= m && a1 - a0 >= m && b1 - b0 >= m) made.push(a0, b0, z1, a1, b1, c1)
  }
  // Keep only maximal new parts: drop one inside a kept space or inside another new part (the first of equals stays).
  const out = kept
  for (let p = 0; p < made.length; p += 6) {
    const a0 = made[p]!, b0 = made[p + 1]!, c0 = made[p + 2]!, a1 = made[p + 3]!, b1 = made[p + 4]!, c1 = made[p + 5]!
    if (b1 - b0 < m || c1 - c0 < m) continue
    let inside = false
    for (let o = 0; o < kept.length && !inside; o += 6) {
      inside = kept[o]! <= a0 && kept[o + 1]! <= b0 && kept[o + 2]! <= c0 && a1 <= kept[o + 3]! && b1 <= kept[o + 4]! && c1 <= kept[o + 5]!
    }
    for (let q = 0; q < made.length && !inside; q += 6) {
      if (q === p) continue
      const inQ = made[q]! <= a0 && made[q + 1]! <= b0 && made[q + 2]! <= c0 && a1 <= made[q + 3]! && b1 <= made[q + 4]! && c1 <= made[q + 5]!
      if (!inQ) continue
      const equal = made[q] === a0 && made[q + 1] === b0 && made[q + 2] === c0 && made[q + 3] === a1 && made[q + 4] === b1 && made[q + 5] === c1
      inside = !equal || q < p
    }
    if (!inside) out.push(a0, b0, c0, a1, b1, c1)
  }
  s.spaces = out
}
