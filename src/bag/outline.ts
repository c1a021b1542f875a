import type { BlockedRegion, Vec3 } from '../pack/types.js'
import type { Axis, Profile } from './shapes.js'

/**
 * Inside approximation of a curved or slanted outline by steps ("bands"), so that the free space handed to the fit
 * engine is a subset of the true interior: never a false "fits".
 *
 * The outline is convex, so on a band [v0, v1] every u between the band's two end intervals' common part lies
 * inside: if (u, v0) and (u, v1) are inside, so is every (u, v) between them. Each band keeps that common part
 * free and blocks the rest, one box on each side:
 *
 *       v1 ─────┬───────────────┬──────     ▓ blocked     ░ lost to the approximation
 *       ▓▓▓▓▓▓▓▓│░░/  free   \░░│▓▓▓▓▓▓▓
 *       v0 ─────┴─/───────────\─┴──────
 *                lo            hi
 *
 * Band edges start at equal steps of the outline's length on each side of its widest point (steps crowd where the
 * outline turns fastest), then each moves to where its two bands give up the least area. They come from the
 * exterior outline, not the inner one, so a thicker wall can only shrink every band (a thicker material never gives
 * more room). The fewest steps that give up at most `TARGET_LOST_SHARE` are used, up to `MAX_STEPS`.
 */

/** Lengths are rounded to this grid, in steps per millimetre (0.1 mm): the container down, blocked parts outward. */
export const GRID_PER_MM = 10

/** Aim for a lost share of at most this much of the exterior outline's area (3%). */
const TARGET_LOST_SHARE = 0.03

/**
 * Most steps per outline: 2 blocked boxes each, so about 40 boxes after merging, well inside the engine's 200. At this
 * cap circles give up 4–7% of their area; more steps give back room but cost the engine time with every box.
 */
const MAX_STEPS = 24

/** Samples used to measure an outline's length and area. */
const SAMPLES = 2000

/** A band of the staircase in grid units: its v range and free u range (lo >= hi when fully blocked). */
export interface Band {
  v0: number
  v1: number
  lo: number
  hi: number
}

/** Millimetres to grid units, rounded down (for space) with float noise ignored. */
export function gridDown(mm: number): number {
  return Math.floor(mm * GRID_PER_MM + 1e-6)
}

/** Millimetres to grid units, rounded up (for walls and blocked parts) with float noise ignored. */
export function gridUp(mm: number): number {
  return Math.ceil(mm * GRID_PER_MM - 1e-6)
}

/** Grid units back to millimetres. */
export function gridToMm(units: number): number {
  return units / GRID_PER_MM
}

/**
 * Band edges along v for an exterior outline spanning [0, vMax] mm, in grid units, with `steps` bands. Starts from
 * equal steps of the outline's length on each side of its widest point (steps crowd where the outline turns), then
 * moves each inner edge in turn to where its two bands lose the least area (a few sweeps of golden-section search).
 * Returns sorted unique edges from 0 to gridDown(vMax).
 */
function bandEdges(exterior: Profile, vMax: number, steps: number): number[] {
  const table = sampleOutline(exterior, vMax)
  const edges = startingEdges(table, steps)
  // Coordinate descent: each inner edge moves to the best place between its neighbours.
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let k = 1; k + 1 < edges.length; k++) {
      const a = edges[k - 1]!
      const b = edges[k + 1]!
      edges[k] = goldenMin((x) => bandLoss(exterior, table, a, x) + bandLoss(exterior, table, x, b), a, b)
    }
  }
  const grid = new Set<number>([0, gridDown(vMax)])
  for (const e of edges) grid.add(Math.min(gridDown(vMax), gridDown(e)))
  return [...grid].sort((x, y) => x - y)
}

/** Sweeps of edge moving in `bandEdges`; more change the loss by well under 0.1%. */
const SWEEPS = 6

/** The outline sampled along v: positions, widths and cumulative area (mm, mm²). */
interface OutlineTable {
  vs: number[]
  widths: number[]
  area: number[]
  widest: number
}

function sampleOutline(profile: Profile, vMax: number): OutlineTable {
  const vs: number[] = []
  const widths: number[] = []
  let widest = 0
  for (let i = 0; i <= SAMPLES; i++) {
    const v = (vMax * i) / SAMPLES
    const iv = profile.interval(v)
    vs.push(v)
    widths.push(iv ? iv[1] - iv[0] : 0)
    if (widths[i]! > widths[widest]!) widest = i
  }
  const area = [0]
  for (let i = 1; i <= SAMPLES; i++) area.push(area[i - 1]! + ((widths[i]! + widths[i - 1]!) / 2) * (vs[i]! - vs[i - 1]!))
  return { vs, widths, area, widest }
}

/** Equal steps of the outline's right side on each side of the widest point (at least one step each if non-empty). */
function startingEdges(table: OutlineTable, steps: number): number[] {
  const { vs, widths, widest } = table
  const length = [0]
  for (let i = 1; i < vs.length; i++) length.push(length[i - 1]! + Math.hypot(vs[i]! - vs[i - 1]!, (widths[i]! - widths[i - 1]!) / 2))
  const total = length[length.length - 1]!
  const below = length[widest]!
  let stepsBelow = Math.round((steps * below) / total)
  if (below > 0 && stepsBelow === 0) stepsBelow = 1
  if (total - below > 0 && stepsBelow === steps) stepsBelow = steps - 1
  const edges = [0]
  for (let k = 1; k < stepsBelow; k++) edges.push(interpolate(length, vs, (below * k) / stepsBelow))
  if (stepsBelow > 0 && stepsBelow < steps) edges.push(vs[widest]!)
  const above = steps - stepsBelow
  for (let k = 1; k < above; k++) edges.push(interpolate(length, vs, below + ((total - below) * k) / above))
  edges.push(vs[vs.length - 1]!)
  return edges
}

/** Area an exterior band [a, b] (mm) gives up: the outline's area in it less the free rectangle. */
function bandLoss(profile: Profile, table: OutlineTable, a: number, b: number): number {
  const p = profile.interval(a)
  const q = profile.interval(b)
  const free = p && q ? Math.max(0, Math.min(p[1], q[1]) - Math.max(p[0], q[0])) * (b - a) : 0
  return interpolate(table.vs, table.area, b) - interpolate(table.vs, table.area, a) - free
}

/** The x in [a, b] where f is least, by golden-section search (f is unimodal there for convex outlines). */
function goldenMin(f: (x: number) => number, a: number, b: number): number {
  const r = (Math.sqrt(5) - 1) / 2
  let x1 = b - r * (b - a)
  let x2 = a + r * (b - a)
  let f1 = f(x1)
  let f2 = f(x2)
  for (let i = 0; i < 30; i++) {
    if (f1 <= f2) {
      b = x2
      x2 = x1
      f2 = f1
      x1 = b - r * (b - a)
      f1 = f(x1)
    } else {
      a = x1
      x1 = x2
      f1 = f2
      x2 = a + r * (b - a)
      f2 = f(x2)
    }
  }
  return (a + b) / 2
}

/** Linear interpolation of ys at x over increasing xs. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  let lo = 0
  let hi = xs.length - 1
  if (x <= xs[0]!) return ys[0]!
  if (x >= xs[hi]!) return ys[hi]!
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (xs[mid]! <= x) lo = mid
    else hi = mid
  }
  const span = xs[hi]! - xs[lo]!
  const f = span > 0 ? (x - xs[lo]!) / span : 0
  return ys[lo]! + f * (ys[hi]! - ys[lo]!)
}

/**
 * The staircase of `profile` inside the container's cross-section [uMin, uMax] × [vMin, vMax] (grid units, bag
 * coordinates), with band edges `edges`. Each band is clipped to [vMin, vMax]; its free part is the common part of
 * the outline's intervals at the clipped band's two ends, rounded inward to the grid.
 */
export function staircase(profile: Profile, edges: readonly number[], uMin: number, uMax: number, vMin: number, vMax: number): Band[] {
  const bands: Band[] = []
  for (let k = 0; k + 1 < edges.length; k++) {
    const v0 = Math.max(edges[k]!, vMin)
    const v1 = Math.min(edges[k + 1]!, vMax)
    if (v1 <= v0) continue
    // Common part of the two end intervals (convexity makes it free on the whole band).
    const a = profile.interval(gridToMm(v0))
    const b = profile.interval(gridToMm(v1))
    let lo = uMax
    let hi = uMin
    if (a && b) {
      lo = Math.max(uMin, gridUp(Math.max(a[0], b[0])))
      hi = Math.min(uMax, gridDown(Math.min(a[1], b[1])))
    }
    if (hi <= lo) [lo, hi] = [uMax, uMin]
    // Merge with the band below when the free part is the same.
    const last = bands[bands.length - 1]
    if (last && last.v1 === v0 && last.lo === lo && last.hi === hi) last.v1 = v1
    else bands.push({ v0, v1, lo, hi })
  }
  return bands
}

/** Free area of a staircase, in square grid units. */
export function staircaseArea(bands: readonly Band[]): number {
  let area = 0
  for (const b of bands) if (b.hi > b.lo) area += (b.v1 - b.v0) * (b.hi - b.lo)
  return area
}

/**
 * Area of the outline inside [uMin, uMax] × [vMin, vMax] (millimetres), in mm², by the midpoint rule: the
 * yardstick the lost share is measured against.
 */
export function outlineArea(profile: Profile, uMin: number, uMax: number, vMin: number, vMax: number): number {
  if (vMax <= vMin) return 0
  const dv = (vMax - vMin) / SAMPLES
  let area = 0
  for (let i = 0; i < SAMPLES; i++) {
    const iv = profile.interval(vMin + (i + 0.5) * dv)
    if (iv) area += Math.max(0, Math.min(uMax, iv[1]) - Math.max(uMin, iv[0])) * dv
  }
  return area
}

/**
 * The fewest steps (up to `MAX_STEPS`) whose staircase loses at most `TARGET_LOST_SHARE` of the exterior outline's
 * area, with their band edges. Depends on the exterior only.
 */
export function chooseSteps(exterior: Profile, uMax: number, vMax: number): { steps: number; edges: number[] } {
  const area = outlineArea(exterior, 0, uMax, 0, vMax) * GRID_PER_MM * GRID_PER_MM
  const trySteps = (steps: number) => {
    const edges = bandEdges(exterior, vMax, steps)
    const free = staircaseArea(staircase(exterior, edges, 0, gridDown(uMax), 0, gridDown(vMax)))
    return { steps, edges, fits: area <= 0 || 1 - free / area <= TARGET_LOST_SHARE }
  }
  // Binary search: more steps lose less, so find the fewest that meet the target.
  let best = trySteps(MAX_STEPS)
  if (!best.fits) return best
  let lo = 1
  let hi = MAX_STEPS
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    const attempt = trySteps(mid)
    if (attempt.fits) {
      best = attempt
      hi = mid
    } else lo = mid
  }
  return best
}

/**
 * The blocked boxes of a staircase in container coordinates (mm): for each band, the parts left and right of its free
 * part, running the whole container along the third axis. `origin` is the container's corner in bag coordinates and
 * `size` its extents, both in grid units.
 */
export function staircaseBoxes(bands: readonly Band[], u: Axis, v: Axis, origin: Vec3, size: Vec3): BlockedRegion[] {
  const w = (3 - u - v) as Axis
  const uMin = origin[u]
  const uMax = origin[u] + size[u]
  const boxes: BlockedRegion[] = []
  const push = (u0: number, u1: number, band: Band) => {
    if (u1 <= u0) return
    const at: Vec3 = [0, 0, 0]
    const extent: Vec3 = [0, 0, 0]
    at[u] = gridToMm(u0 - origin[u])
    extent[u] = gridToMm(u1 - u0)
    at[v] = gridToMm(band.v0 - origin[v])
    extent[v] = gridToMm(band.v1 - band.v0)
    at[w] = 0
    extent[w] = gridToMm(size[w])
    boxes.push({ at, size: extent })
  }
  for (const band of bands) {
    if (band.hi <= band.lo) push(uMin, uMax, band)
    else {
      push(uMin, band.lo, band)
      push(band.hi, uMax, band)
    }
  }
  return boxes
}
