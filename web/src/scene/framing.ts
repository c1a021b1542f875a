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
export const FILL = 0.86

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

/** Where the camera stands for a sphere of `radiusMm` at the origin. */
export function cameraPosition(radiusMm: number, fovDeg: number, aspect: number): Vec3 {
  const d = frameDistance(radiusMm, fovDeg, aspect)
  return [VIEW_DIRECTION[0] * d, VIEW_DIRECTION[1] * d, VIEW_DIRECTION[2] * d]
}

/** Near and far clipping planes that keep the whole scene, with room to zoom out to 4× the framed distance. */
export function clipPlanes(radiusMm: number, distanceMm: number): { near: number; far: number } {
  return { near: Math.max(0.1, (distanceMm - radiusMm * 3) / 10), far: distanceMm * 4 + radiusMm * 4 }
}

function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2])
  return [v[0] / l, v[1] / l, v[2] / l]
}
