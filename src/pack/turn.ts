import { orientations } from '../geometry/orientation.js'
import type { Budget } from './budget.js'
import type { Vec3 } from './types.js'

/**
 * Boxes turned by any angle, in millimetres and doubles. A turn is given by its axes: `axes[k]` is the container
 * direction of the item's own side k (rows of a rotation matrix). Turned by them, a box of sides s spans
 *
 *   E_j = Σ_k |axes[k][j]| · s_k        along container axis j,
 *
 * and it fits a container box exactly when E ≤ L on every axis. Every claim made from doubles here is checked again
 * exactly: a layout by `checkPacking`, a "no rotation fits" by margins far above the rounding error.
 */
export type Axes = [Vec3, Vec3, Vec3]

/** The least and greatest corner of a placement's bounding box, in mm, square or turned. */
export function placementBounds(p: { at: Vec3; size: Vec3; axes?: Axes }): { lo: Vec3; hi: Vec3 } {
  if (!p.axes) return { lo: [...p.at], hi: p.at.map((a, k) => a + p.size[k]!) as Vec3 }
  const lo: Vec3 = [...p.at]
  const hi: Vec3 = [...p.at]
  for (let k = 0; k < 3; k++) {
    for (let j = 0; j < 3; j++) {
      const step = p.axes[k]![j]! * p.size[k]!
      if (step < 0) lo[j]! += step
      else hi[j]! += step
    }
  }
  return { lo, hi }
}

/** The extents along x, y, z of a box of sides `s` turned by `axes`. */
export function turnedExtents(axes: Axes, s: readonly number[]): Vec3 {
  const e: Vec3 = [0, 0, 0]
  for (let k = 0; k < 3; k++) for (let j = 0; j < 3; j++) e[j]! += Math.abs(axes[k]![j]!) * s[k]!
  return e
}

/**
 * A turn in the plane of container axes i and j by angle θ: own side `p` starts along +i and turns toward +j, own
 * side `q` along +j turning toward −i, own side `c` stays along the third axis.
 *
 *   axis j ↑    q ╱╲
 *              ╱    ╲ p
 *              ╲    ╱
 *               ╲╱ θ       → axis i
 */
export function planeAxes(i: number, j: number, theta: number, p: number, q: number, c: number): Axes {
  const axes: Axes = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ]
  const k = 3 - i - j
  const cos = Math.cos(theta)
  const sin = Math.sin(theta)
  axes[p]![i] = cos
  axes[p]![j] = sin
  axes[q]![i] = -sin
  axes[q]![j] = cos
  axes[c]![k] = 1
  return axes
}

/**
 * The corner `at` that puts a turned box's bounding box at `min` (its least corner): each own side that runs
 * backward along an axis starts that far along it.
 */
export function cornerFor(axes: Axes, s: readonly number[], min: readonly number[]): Vec3 {
  const at: Vec3 = [min[0]!, min[1]!, min[2]!]
  for (let k = 0; k < 3; k++) for (let j = 0; j < 3; j++) if (axes[k]![j]! < 0) at[j]! -= axes[k]![j]! * s[k]!
  return at
}

/**
 * The angle θ in (0, π/2) at which a p × q rectangle turned in an a × b one leaves at least `clearance` on both sides,
 * choosing, of those, the one with the least extent along b (so the rest has the most room beside it); null when
 * none does. Turned by θ the rectangle spans
 *
 *   w(θ) = p cos θ + q sin θ = R cos(θ − α)     h(θ) = p sin θ + q cos θ = R sin(θ + α)     (R = √(p² + q²), tan α = q/p)
 *
 * so each bound fails on one open interval of angles, the angles that pass both form at most three intervals, and
 * h, rising then falling, is least at an end of one. Each end is checked in doubles, and nudged inward if rounding
 * puts it a hair outside.
 */
export function turnAngle(p: number, q: number, a: number, b: number, clearance: number): number | null {
  const A = a - clearance
  const B = b - clearance
  if (A <= 0 || B <= 0) return null
  const R = Math.hypot(p, q)
  const alpha = Math.atan2(q, p)
  const fits = (t: number) => t > 0 && t < Math.PI / 2 && p * Math.cos(t) + q * Math.sin(t) <= A && p * Math.sin(t) + q * Math.cos(t) <= B
  const along = (t: number) => p * Math.sin(t) + q * Math.cos(t)
  // The ends of the intervals where w or h passes its bound.
  const ends = [0, Math.PI / 2]
  if (A < R) ends.push(alpha - Math.acos(A / R), alpha + Math.acos(A / R))
  if (B < R) ends.push(Math.asin(B / R) - alpha, Math.PI - Math.asin(B / R) - alpha)
  let best: number | null = null
  for (const end of ends) {
    for (const dir of [1, -1]) {
      // The end itself, or a hair inside it.
      for (let nudge = 0, t = end; nudge < 8; nudge++, t = end + dir * 1e-12 * 4 ** nudge) {
        if (fits(t)) {
          if (best === null || along(t) < along(best)) best = t
          break
        }
      }
    }
  }
  return best
}

/** What `fitsAloneTurned` found. */
export type AloneTurned =
  | { kind: 'fits'; axes: Axes; slackMm: number }
  | { kind: 'no'; shortMm: number }
  | { kind: 'unknown' }

// Cells below this angular size (radians) are not split further: the verdict there is within a micrometre on
// things of up to a metre.
const MIN_CELL = 1e-9
// How close the reported shortfall of a "no" is to the least any rotation misses by: within 0.05 mm or a tenth.
const SHORT_TOLERANCE_MM = 0.05
const SHORT_TOLERANCE_SHARE = 0.1

/**
 * Does a box of sides `s` fit a container box `L` at some rotation, with `clearance` to spare? A certified branch and
 * bound over rotations R = Rz(α)·Ry(β)·Rx(γ). Only |R| matters (extents are sums of |R_kj|·s_k), and flipping the
 * sign of a container axis or an own axis leaves |R| as it is, which folds every rotation into α, β in [0, π/2] and
 * γ in [0, π]: |R(α+π, β, γ)| = |R(α, −β, −γ)|, |R(−α, −β, γ)| = |R(α, β, γ)|, |R(α, −β, π−γ)| = |R(α, β, γ)| and
 * |R(π−α, β, π−γ)| = |R(α, β, γ)| (each checked by a property test). A cell of half-widths h is within angle h_α + h_β + h_γ
 * of its centre, and turning a box by an angle φ moves each extent by at most φ times its space diagonal. So, with
 * f(R) the most any extent passes the room, f(centre) − spread bounds f over the cell from below: cells are taken
 * lowest bound first; a centre with f below zero is a fit; once the lowest bound is above zero no rotation fits, and
 * it is refined until it is within a tenth (or 0.05 mm) of the best centre, which gives `shortMm`, at least how much
 * too big the box is at best. Quick answers first: the shortest side past the least room (a box's width in any
 * direction is at least its shortest side), the longest past the space diagonal.
 *
 *   cells by their lower bound:  [ -3 | -1 | 0.4 | 2 ]  → split the −3 one … until every bound is above 0
 */
export function fitsAloneTurned(s: readonly number[], L: readonly number[], clearance: number, budget: Budget): AloneTurned {
  const diagonal = Math.hypot(s[0]!, s[1]!, s[2]!)
  // Rounding in doubles, far below a micrometre for sizes up to a kilometre, counted against every verdict.
  const slop = 1e-9 * (diagonal + Math.max(...L))
  const room = L.map((v) => v - clearance)
  const quick = quickNoTurn(s, room)
  if (quick) return quick
  const [s0, s1, s2] = s as [number, number, number]
  const [r0, r1, r2] = room as [number, number, number]
  // The worst excess over the room of R(α, β, γ): E_j − room_j over j, with E_j = Σ_k |R_kj| s_k.
  const over = (a: number, b: number, g: number) => {
    const ca = Math.cos(a), sa = Math.sin(a), cb = Math.cos(b), sb = Math.sin(b), cg = Math.cos(g), sg = Math.sin(g)
    const e0 = Math.abs(ca * cb) * s0 + Math.abs(ca * sb * sg - sa * cg) * s1 + Math.abs(ca * sb * cg + sa * sg) * s2
    const e1 = Math.abs(sa * cb) * s0 + Math.abs(sa * sb * sg + ca * cg) * s1 + Math.abs(sa * sb * cg - ca * sg) * s2
    const e2 = Math.abs(sb) * s0 + Math.abs(cb * sg) * s1 + Math.abs(cb * cg) * s2
    return Math.max(e0 - r0, e1 - r1, e2 - r2)
  }
  const heap = new CellHeap()
  const push = (a: number, b: number, g: number, ha: number, hb: number, hg: number) => {
    const f = over(a, b, g)
    // The better of two lower bounds over the cell: the centre less the most a turn can move an extent, and the
    // extents' interval over the cell.
    const lower = Math.max(f - (ha + hb + hg) * diagonal, intervalOver(a, b, g, ha, hb, hg, s0, s1, s2, r0, r1, r2))
    heap.push(lower, f, a, b, g, ha, hb, hg)
  }
  // α and β in [0, π/2], γ in [0, π]: the other rotations give the same extents (see the doc comment).
  push(Math.PI / 4, Math.PI / 4, Math.PI / 2, Math.PI / 4, Math.PI / 4, Math.PI / 2)
  let best = Infinity
  let undecided = false
  const c = heap.cell
  while (heap.size > 0) {
    if (!budget.spend(1)) return { kind: 'unknown' }
    heap.pop()
    const [lower, f, a, b, g, ha, hb, hg] = [c[0]!, c[1]!, c[2]!, c[3]!, c[4]!, c[5]!, c[6]!, c[7]!]
    if (f < best) best = f
    if (f <= -slop) return { kind: 'fits', axes: eulerAxes(a, b, g), slackMm: -f }
    // Every cell left is at least this bad: none fits, and the best centre is close enough to the bound.
    if (lower > slop && lower >= best - Math.max(SHORT_TOLERANCE_MM, SHORT_TOLERANCE_SHARE * best)) return { kind: 'no', shortMm: lower }
    if (ha + hb + hg < MIN_CELL) {
      undecided = true
      continue
    }
    // Split along the widest half-width.
    if (ha >= hb && ha >= hg) {
      push(a - ha / 2, b, g, ha / 2, hb, hg)
      push(a + ha / 2, b, g, ha / 2, hb, hg)
    } else if (hb >= hg) {
      push(a, b - hb / 2, g, ha, hb / 2, hg)
      push(a, b + hb / 2, g, ha, hb / 2, hg)
    } else {
      push(a, b, g - hg / 2, ha, hb, hg / 2)
      push(a, b, g + hg / 2, ha, hb, hg / 2)
    }
  }
  return undecided ? { kind: 'unknown' } : { kind: 'no', shortMm: Math.max(best, 0) }
}

/**
 * A lower bound on the worst excess `max_j (E_j − room_j)` over every rotation of the cell (centre ± half-widths, in
 * α, β, γ), by interval arithmetic: the range of each sine and cosine over its interval, of each entry of R from
 * them, of each |R_kj|, and so of each extent E_j = Σ_k s_k |R_kj|. Looser than exact (each angle appears in several
 * factors), tight where entries are near zero, which is where the turn-distance bound is weakest.
 */
function intervalOver(a: number, b: number, g: number, ha: number, hb: number, hg: number, s0: number, s1: number, s2: number, r0: number, r1: number, r2: number): number {
  const [caL, caH] = cosRange(a - ha, a + ha)
  const [saL, saH] = cosRange(a - ha - Math.PI / 2, a + ha - Math.PI / 2)
  const [cbL, cbH] = cosRange(b - hb, b + hb)
  const [sbL, sbH] = cosRange(b - hb - Math.PI / 2, b + hb - Math.PI / 2)
  const [cgL, cgH] = cosRange(g - hg, g + hg)
  const [sgL, sgH] = cosRange(g - hg - Math.PI / 2, g + hg - Math.PI / 2)
  // Entries of R as intervals; only their least absolute values matter.
  const absLow = (lo: number, hi: number) => (lo > 0 ? lo : hi < 0 ? -hi : 0)
  const mul = (aL: number, aH: number, bL: number, bH: number): [number, number] => {
    const p = [aL * bL, aL * bH, aH * bL, aH * bH]
    return [Math.min(...p), Math.max(...p)]
  }
  const [cacbL, cacbH] = mul(caL, caH, cbL, cbH)
  const [sacbL, sacbH] = mul(saL, saH, cbL, cbH)
  const [casbL, casbH] = mul(caL, caH, sbL, sbH)
  const [sasbL, sasbH] = mul(saL, saH, sbL, sbH)
  const [a1L, a1H] = mul(casbL, casbH, sgL, sgH) // ca sb sg
  const [b1L, b1H] = mul(saL, saH, cgL, cgH) // sa cg
  const [a2L, a2H] = mul(sasbL, sasbH, sgL, sgH) // sa sb sg
  const [b2L, b2H] = mul(caL, caH, cgL, cgH) // ca cg
  const [cbsgL, cbsgH] = mul(cbL, cbH, sgL, sgH)
  const [a3L, a3H] = mul(casbL, casbH, cgL, cgH) // ca sb cg
  const [b3L, b3H] = mul(saL, saH, sgL, sgH) // sa sg
  const [a4L, a4H] = mul(sasbL, sasbH, cgL, cgH) // sa sb cg
  const [b4L, b4H] = mul(caL, caH, sgL, sgH) // ca sg
  const [cbcgL, cbcgH] = mul(cbL, cbH, cgL, cgH)
  const e0 = absLow(cacbL, cacbH) * s0 + absLow(a1L - b1H, a1H - b1L) * s1 + absLow(a3L + b3L, a3H + b3H) * s2
  const e1 = absLow(sacbL, sacbH) * s0 + absLow(a2L + b2L, a2H + b2H) * s1 + absLow(a4L - b4H, a4H - b4L) * s2
  const e2 = absLow(sbL, sbH) * s0 + absLow(cbsgL, cbsgH) * s1 + absLow(cbcgL, cbcgH) * s2
  return Math.max(e0 - r0, e1 - r1, e2 - r2)
}

// The least and greatest cosine over [lo, hi] (an interval shorter than 2π).
function cosRange(lo: number, hi: number): [number, number] {
  const c1 = Math.cos(lo)
  const c2 = Math.cos(hi)
  let min = Math.min(c1, c2)
  let max = Math.max(c1, c2)
  // A multiple of 2π inside: the maximum 1; an odd multiple of π: the minimum −1.
  if (Math.floor(hi / (2 * Math.PI)) > Math.floor(lo / (2 * Math.PI)) || Math.floor(lo / (2 * Math.PI)) * 2 * Math.PI === lo) max = 1
  if (Math.floor((hi - Math.PI) / (2 * Math.PI)) > Math.floor((lo - Math.PI) / (2 * Math.PI))) min = -1
  return [min, max]
}

/** Whether a box of sides `s` lies in a box `L` square to its walls, by some quarter turn. */
export function liesSquare(s: readonly number[], L: readonly number[]): boolean {
  return orientations([s[0]!, s[1]!, s[2]!], 'any').some((o) => o.every((v, k) => v <= L[k]!))
}

/**
 * A box that no rotation fits, seen at once: its shortest side wider than the least room (a box's width in any
 * direction is at least its shortest side), or its longest side past the space diagonal. Null when neither shows.
 */
export function quickNoTurn(s: readonly number[], room: readonly number[]): { kind: 'no'; shortMm: number } | null {
  const slop = 1e-9 * (Math.hypot(s[0]!, s[1]!, s[2]!) + Math.max(...room))
  // How far each test fails; the larger says more of how much too big the box is.
  const thick = Math.min(...s) - Math.min(...room)
  const long = Math.max(...s) - Math.hypot(room[0]!, room[1]!, room[2]!)
  const short = Math.max(thick, long)
  return short > slop ? { kind: 'no', shortMm: short } : null
}

// Cells of rotations in a binary heap on their lower bound, least first, eight numbers a cell in one typed array:
// lower bound, the excess at the centre, the centre (α, β, γ) and the half-widths. `pop` leaves the top in `cell`.
const STRIDE = 8
class CellHeap {
  size = 0
  readonly cell = new Float64Array(STRIDE)
  private data = new Float64Array(STRIDE * 1024)

  push(...values: number[]): void {
    if ((this.size + 1) * STRIDE > this.data.length) {
      const grown = new Float64Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    const d = this.data
    let i = this.size++
    // Sift up, moving parents down until the new cell's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (d[parent * STRIDE]! <= values[0]!) break
      d.copyWithin(i * STRIDE, parent * STRIDE, parent * STRIDE + STRIDE)
      i = parent
    }
    for (let k = 0; k < STRIDE; k++) d[i * STRIDE + k] = values[k]!
  }

  pop(): void {
    const d = this.data
    this.cell.set(d.subarray(0, STRIDE))
    const n = --this.size
    if (n === 0) return
    // The last cell sifts down from the top.
    const lastAt = n * STRIDE
    const key = d[lastAt]!
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      const r = l + 1
      const m = r < n && d[r * STRIDE]! < d[l * STRIDE]! ? r : l
      if (d[m * STRIDE]! >= key) break
      d.copyWithin(i * STRIDE, m * STRIDE, m * STRIDE + STRIDE)
      i = m
    }
    d.copyWithin(i * STRIDE, lastAt, lastAt + STRIDE)
  }
}

/** The axes (rows: the container direction of own sides 0, 1, 2) of R = Rz(α)·Ry(β)·Rx(γ). */
export function eulerAxes(alpha: number, beta: number, gamma: number): Axes {
  const [ca, sa, cb, sb, cg, sg] = [Math.cos(alpha), Math.sin(alpha), Math.cos(beta), Math.sin(beta), Math.cos(gamma), Math.sin(gamma)]
  // Columns of R are the images of the own axes; rows of `axes` are those columns.
  return [
    [ca * cb, sa * cb, -sb],
    [ca * sb * sg - sa * cg, sa * sb * sg + ca * cg, cb * sg],
    [ca * sb * cg + sa * sg, sa * sb * cg - ca * sg, cb * cg],
  ]
}
