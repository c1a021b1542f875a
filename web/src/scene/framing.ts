import type { Vec3 } from '../../../src/pack/types.js'

/**
 * Camera framing: how far back a perspective camera must stand so a sphere of `radiusMm` fills the view with a
 * margin, whatever the canvas's shape. A tall phone screen is limited by its width, a wide desktop by its height.
 *
 *         camera
 *           /|\           sin(fov / 2) = radius / distance
 *          / | \
 *         /  |  \
 *        (  sphere )
 */

/** Share of the view the sphere's diameter may take (the rest is margin). */
const FILL = 0.9

/**
 * Distance from the centre of the sphere to the camera, mm, for a vertical field of view `fovDeg` and a canvas of
 * `aspect` = width / height. Throws on non-positive sizes (a caller bug).
 */
export function frameDistance(radiusMm: number, fovDeg: number, aspect: number, fill = FILL): number {
  if (!(radiusMm > 0) || !(fovDeg > 0 && fovDeg < 180) || !(aspect > 0)) {
    throw new RangeError(`frameDistance: expected radius > 0, 0 < fov < 180 and aspect > 0, got ${radiusMm}, ${fovDeg}, ${aspect}`)
  }
  const halfV = (fovDeg * Math.PI) / 360
  // The horizontal half-angle follows from the vertical one and the aspect.
  const halfH = Math.atan(Math.tan(halfV) * aspect)
  const half = Math.min(halfV, halfH)
  return radiusMm / fill / Math.sin(half)
}

/** The direction the camera looks from: front, a little to the right and above, so three faces show. */
export const VIEW_DIRECTION: Vec3 = normalise([0.55, 0.5, 1])

/**
 * Distance from `centre` along `direction` at which a camera with a vertical field of view `fovDeg` and aspect
 * `aspect` (looking at `centre`, up = +y) sees every corner of the box [min, max] inside `fill` of the view. Tighter
 * than the bounding sphere: a flat bag seen from the front does not need the room its diagonal would.
 *
 * For a corner p (relative to the centre) in camera axes x (right), y (up), z (towards the camera), it stands
 * z_cam = d - p·z in front of the camera and must satisfy |p·x| <= tan(halfH) × fill × z_cam, likewise for y.
 */
export function frameBoxDistance(min: Vec3, max: Vec3, centre: Vec3, direction: Vec3, fovDeg: number, aspect: number, fill = FILL): number {
  const z = normalise(direction)
  // x = up × z, y = z × x (up = +y; the view direction is never vertical here).
  const x = normalise([z[2], 0, -z[0]])
  const y: Vec3 = [z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]]
  const tanV = Math.tan((fovDeg * Math.PI) / 360) * fill
  const tanH = tanV * aspect
  let d = 0
  for (let i = 0; i < 8; i++) {
    const p: Vec3 = [(i & 1 ? max[0] : min[0]) - centre[0], (i & 2 ? max[1] : min[1]) - centre[1], (i & 4 ? max[2] : min[2]) - centre[2]]
    const along = dot(p, z)
    d = Math.max(d, along + Math.abs(dot(p, x)) / tanH, along + Math.abs(dot(p, y)) / tanV)
  }
  return d
}

/** Where the camera stands for a sphere of `radiusMm` at the origin. */
export function cameraPosition(radiusMm: number, fovDeg: number, aspect: number): Vec3 {
  const d = frameDistance(radiusMm, fovDeg, aspect)
  return [VIEW_DIRECTION[0] * d, VIEW_DIRECTION[1] * d, VIEW_DIRECTION[2] * d]
}

/** Near and far clipping planes that keep the whole scene, with room to zoom out to 4× the framed distance. */
export function clipPlanes(radiusMm: number, distanceMm: number): { near: number; far: number } {
  return { near: Math.max(0.1, (distanceMm - radiusMm * 3) / 10), far: distanceMm * 4 + radiusMm * 4 }
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2])
  return [v[0] / l, v[1] / l, v[2] / l]
}
