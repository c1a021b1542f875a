import type { Vec3 } from '../../../src/pack/types.js'

/**
 * Keeps item labels from covering each other in the usual view. Labels face the camera, so two of them collide when
 * their rectangles overlap on the view plane (camera right and up axes). Greedily, in the order given, a label that
 * overlaps one already placed is raised until it clears it: the answer is how far each label rises, in scene mm.
 *
 *     [House key]                 [Apple AirPods Pro]
 *   [Apple AirPods Pro]    ->     [House key]
 *
 * Only the view from `direction` is considered; once the camera turns, labels may meet again (the exploded view
 * separates them).
 */
export function labelLifts(anchors: readonly Vec3[], sizes: readonly [number, number][], direction: Vec3, gap = 0.15): number[] {
  const z = normalise(direction)
  const x = normalise([z[2], 0, -z[0]])
  const y: Vec3 = [z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]]
  // Raising a label by 1 mm in the scene moves it y[1] mm up the view.
  const upPerLift = y[1]
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = []
  return anchors.map((a, i) => {
    const [w, h] = sizes[i]!
    const cx = dot(a, x)
    const x0 = cx - w / 2
    const x1 = cx + w / 2
    let y0 = dot(a, y) - h / 2
    // Move up past every label it meets, until it meets none.
    for (let moved = true; moved; ) {
      moved = false
      for (const p of placed) {
        if (x0 < p.x1 && p.x0 < x1 && y0 < p.y1 && p.y0 < y0 + h) {
          y0 = p.y1 + gap * h
          moved = true
        }
      }
    }
    placed.push({ x0, x1, y0, y1: y0 + h })
    return (y0 - (dot(a, y) - h / 2)) / upPerLift
  })
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2])
  return [v[0] / l, v[1] / l, v[2] / l]
}
