import type { Placement, Vec3 } from '../../../src/pack/types.js'
import { easeInOut, explodedCentres } from './explode.js'

/**
 * From the engine's axes to the scene's.
 *
 * The engine measures from the container's corner: x = width (left to right), y = depth (front to back),
 * z = height (up). three.js is y-up with z towards the viewer, so a point maps as
 *
 *      engine (x, y, z)  ->  scene (x, z, -y)
 *
 *        z (up)                 y (up)
 *        |  y (back)            |
 *        | /                    |
 *        |/____ x               |____ x
 *                              /
 *                             z (front)
 *
 * and the scene is centred on the middle of the container, in millimetres.
 */

/** One placed copy in scene coordinates: the centre of its box and its extents along the scene's axes, mm. */
export interface SceneBox {
  /** The item id the engine placed. */
  id: string
  /** Which kind of item it is: the index of its id in the order given (decides its colour). */
  kind: number
  centre: Vec3
  size: Vec3
}

/** The packed bag in scene terms. */
export interface SceneLayout {
  /** Interior extents along the scene's axes (width, height, depth), mm. */
  interior: Vec3
  boxes: SceneBox[]
  /** Blocked parts of the interior (outline steps, dividers), as boxes in scene coordinates. */
  blocked: SceneBox[]
  /** Opening in the top face, width × depth in mm, centred; null when the whole top is open. */
  opening: [number, number] | null
}

/** Maps a min corner and extents in engine axes to a box centre and extents in scene axes. */
export function toSceneBox(id: string, kind: number, atMm: readonly number[], sizeMm: readonly number[], containerMm: Vec3): SceneBox {
  const [W, D, H] = containerMm
  const [x, y, z] = atMm as Vec3
  const [w, d, h] = sizeMm as Vec3
  return {
    id,
    kind,
    centre: [x + w / 2 - W / 2, z + h / 2 - H / 2, -(y + d / 2 - D / 2)],
    size: [w, h, d],
  }
}

/**
 * Lays out an answer for the scene. `kinds` lists item ids in the order their colours are given; an id not in it
 * gets the next free index.
 */
export function sceneLayout(
  container: { size: Vec3; blocked?: { at: Vec3; size: Vec3 }[]; opening?: [number, number] },
  placements: readonly Placement[],
  kinds: readonly string[],
): SceneLayout {
  const order = new Map(kinds.map((id, i) => [id, i]))
  const kindOf = (id: string): number => {
    let k = order.get(id)
    if (k === undefined) {
      k = order.size
      order.set(id, k)
    }
    return k
  }
  const [W, D, H] = container.size
  return {
    interior: [W, H, D],
    boxes: placements.map((p) => toSceneBox(p.id, kindOf(p.id), p.at, p.size, container.size)),
    blocked: (container.blocked ?? []).map((b) => toSceneBox('blocked', -1, b.at, b.size, container.size)),
    opening: container.opening ?? null,
  }
}

/**
 * The box around everything drawn at explode `amount` (0 packed, 1 exploded): the interior and every item where the
 * exploded view puts it, in scene millimetres.
 */
export function sceneBounds(layout: SceneLayout, amount: number): { min: Vec3; max: Vec3; centre: Vec3 } {
  const [w, h, d] = layout.interior
  const min: Vec3 = [-w / 2, -h / 2, -d / 2]
  const max: Vec3 = [w / 2, h / 2, d / 2]
  const centres = explodedCentres(layout.boxes, easeInOut(amount), h, new Float32Array(layout.boxes.length * 3))
  layout.boxes.forEach((b, i) => {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, centres[i * 3 + k]! - b.size[k]! / 2)
      max[k] = Math.max(max[k]!, centres[i * 3 + k]! + b.size[k]! / 2)
    }
  })
  return { min, max, centre: [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2] }
}

/** Radius of the sphere around the interior, mm: what the camera must keep in view. */
export function boundingRadius(interior: Vec3): number {
  const [w, h, d] = interior
  return Math.hypot(w, h, d) / 2
}
