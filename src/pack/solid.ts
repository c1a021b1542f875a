/**
 * Exact geometry of placed boxes for the checker: a box as a corner and three edge vectors, in whole numbers of one
 * common decimal unit (BigInt), so every test is exact. A square box has edges along the axes; a turned one has the
 * edges its placement's `axes` give, times its sides.
 *
 *   corner + t0·e0 + t1·e1 + t2·e2,  t in [0, 1]³        (a parallelepiped; a box when the edges are orthogonal)
 *
 * Two such solids share no volume when some axis separates them (the separating axis theorem for convex polytopes:
 * the face normals of both and the cross products of their edges are enough). `gap` asks for more than touching: a
 * clearance, for turned boxes whose axes as printed are orthonormal only to within rounding.
 */
export interface Solid {
  corner: readonly [bigint, bigint, bigint]
  edges: readonly [Vec, Vec, Vec]
}

type Vec = readonly [bigint, bigint, bigint]

/** The 8 corners of a solid. */
export function corners(s: Solid): Vec[] {
  const out: Vec[] = []
  for (let m = 0; m < 8; m++) {
    const c: [bigint, bigint, bigint] = [s.corner[0], s.corner[1], s.corner[2]]
    for (let k = 0; k < 3; k++) if (m & (1 << k)) for (let a = 0; a < 3; a++) c[a]! += s.edges[k]![a]!
    out.push(c)
  }
  return out
}

/**
 * True when some axis separates the two solids with at least `gap` between them (in the solids' unit; 0 for
 * touching allowed). Exact: projections in BigInt, the gap compared squared against the axis's squared length.
 */
export function separated(a: Solid, b: Solid, gap: bigint): boolean {
  const ca = corners(a)
  const cb = corners(b)
  for (const n of candidateAxes(a, b)) {
    if (n[0] === 0n && n[1] === 0n && n[2] === 0n) continue
    const [aLo, aHi] = project(ca, n)
    const [bLo, bHi] = project(cb, n)
    const apart = bLo - aHi > aLo - bHi ? bLo - aHi : aLo - bHi
    if (apart < 0n) continue
    if (gap === 0n || apart * apart >= gap * gap * dot(n, n)) return true
  }
  return false
}

/** The least and greatest value of the corners projected on `n`. */
function project(points: readonly Vec[], n: Vec): [bigint, bigint] {
  let lo = dot(points[0]!, n)
  let hi = lo
  for (let i = 1; i < points.length; i++) {
    const v = dot(points[i]!, n)
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  return [lo, hi]
}

function candidateAxes(a: Solid, b: Solid): Vec[] {
  const out: Vec[] = []
  for (const s of [a, b]) for (let k = 0; k < 3; k++) out.push(cross(s.edges[k]!, s.edges[(k + 1) % 3]!))
  for (const u of a.edges) for (const v of b.edges) out.push(cross(u, v))
  return out
}

function dot(u: Vec, v: Vec): bigint {
  return u[0] * v[0] + u[1] * v[1] + u[2] * v[2]
}

function cross(u: Vec, v: Vec): Vec {
  return [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
}
