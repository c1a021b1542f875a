import type { Placement, Vec3 } from '../../../src/pack/types.js'
import { easeInOut, explodedCentres } from './explode.js'
import type { BagShell } from './solids.js'

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
  /** Extents of its bounding box along the scene's axes, mm. */
  size: Vec3
  /**
   * The scene directions of the thing's own sides, in the order of its own size, each as long as that side is placed
   * (squeezed sides shorter). Present when the layout knew the things' own sizes.
   */
  basis?: [Vec3, Vec3, Vec3]
  /** True when the engine turned it at an angle (a placement with `axes`). */
  turned?: boolean
  /** True when the engine pressed a soft thing smaller than its own size (a placement within its `minSize`). */
  squeezed?: boolean
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
  /** Things that do not fit, standing beside the bag at the same scale (never moved by the exploded view). */
  outside: SceneBox[]
  /** The bag's outline (scene polygon and extrusion), when the layout knew the bag's shape. */
  shell: SceneShell | null
}

/** The bag's outline in scene terms: a polygon extruded, with the box around it. */
export interface SceneShell extends BagShell {
  /** The box around the outline in scene coordinates. */
  min: Vec3
  max: Vec3
}

/** What `sceneLayout` may also be told: the things' own sizes (to draw them as they are) and what stays outside. */
export interface LayoutExtras {
  /** Own size [w, d, h] mm of each kind, by kind index (as the engine was given it). */
  ownSizes?: readonly (Vec3 | undefined)[]
  /** Things to stand beside the bag (they do not fit): their ids and how many, with their own sizes in `ownSizes`. */
  outside?: readonly { id: string; count: number }[]
  /** The bag's outline in container coordinates (`bagShell`). */
  shell?: BagShell | null
}

/** A placed side shorter than the thing's own by more than this is squeezed, mm (the engine's sizes are to 0.001). */
const SQUEEZE_EPS_MM = 0.01

/** Gap between the bag and the things beside it, and between those things, mm. */
const OUTSIDE_GAP_MM = 12

/** An engine direction (x width, y depth, z height) as a scene direction (x, y up, z towards the viewer). */
function toSceneVector(v: readonly number[]): Vec3 {
  return [v[0]!, v[2]!, -v[1]!]
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
  placements: readonly (Placement & { axes?: [Vec3, Vec3, Vec3] })[],
  kinds: readonly string[],
  extras: LayoutExtras = {},
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
  const boxes = placements.map((p) => {
    const kind = kindOf(p.id)
    return placedBox(p, kind, extras.ownSizes?.[kind], container.size)
  })
  const shell = extras.shell ? sceneShell(extras.shell, container.size) : null
  // Things that do not fit stand on the floor to the right of the bag, longest side up, broad face to the front.
  const outside: SceneBox[] = []
  let x = (shell ? shell.max[0] : W / 2) + OUTSIDE_GAP_MM
  const floor = shell ? shell.min[1] : -H / 2
  for (const { id, count } of extras.outside ?? []) {
    const kind = kindOf(id)
    const own = extras.ownSizes?.[kind]
    if (!own) continue
    const order = [0, 1, 2].sort((a, b) => own[a]! - own[b]!)
    const [thin, mid, long] = order as [number, number, number]
    for (let c = 0; c < count; c++) {
      const basis: [Vec3, Vec3, Vec3] = [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]
      basis[mid] = [own[mid]!, 0, 0]
      basis[long] = [0, own[long]!, 0]
      basis[thin] = [0, 0, own[thin]!]
      outside.push({ id, kind, centre: [x + own[mid]! / 2, floor + own[long]! / 2, 0], size: [own[mid]!, own[long]!, own[thin]!], basis })
      x += own[mid]! + OUTSIDE_GAP_MM
    }
  }
  return {
    interior: [W, H, D],
    boxes,
    blocked: (container.blocked ?? []).map((b) => toSceneBox('blocked', -1, b.at, b.size, container.size)),
    opening: container.opening ?? null,
    outside,
    shell,
  }
}

/**
 * One placement in scene terms. Square to the walls, its own sides are matched to the placed extents by length (the
 * shortest own side is the shortest placed one); turned, `axes` gives the directions. Either way `basis` carries the
 * side directions scaled to the placed (or squeezed) lengths, and `size` the extents of the box around it.
 */
function placedBox(p: Placement & { axes?: [Vec3, Vec3, Vec3] }, kind: number, own: Vec3 | undefined, containerMm: Vec3): SceneBox {
  const [W, D, H] = containerMm
  if (p.axes) {
    // Turned: the sides run from `at` along +axes[k] · size[k].
    const centreE = [0, 1, 2].map((j) => p.at[j]! + p.axes!.reduce((s, a, k) => s + (a[j]! * p.size[k]!) / 2, 0))
    const extentE = [0, 1, 2].map((j) => p.axes!.reduce((s, a, k) => s + Math.abs(a[j]!) * p.size[k]!, 0))
    const basis = p.axes.map((a, k) => toSceneVector(a).map((c) => c * p.size[k]!) as Vec3) as [Vec3, Vec3, Vec3]
    return {
      id: p.id,
      kind,
      centre: [centreE[0]! - W / 2, centreE[2]! - H / 2, -(centreE[1]! - D / 2)],
      size: [extentE[0]!, extentE[2]!, extentE[1]!],
      basis,
      turned: true,
      ...(own && p.size.some((v, k) => v < own[k]! - SQUEEZE_EPS_MM) && { squeezed: true }),
    }
  }
  const box = toSceneBox(p.id, kind, p.at, p.size, containerMm)
  if (!own) return box
  // Match own sides to placed extents by length: k-th shortest own side along the k-th shortest placed axis.
  const ownOrder = [0, 1, 2].sort((a, b) => own[a]! - own[b]! || a - b)
  const placedOrder = [0, 1, 2].sort((a, b) => p.size[a]! - p.size[b]! || a - b)
  const basis: [Vec3, Vec3, Vec3] = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ]
  let squeezed = false
  ownOrder.forEach((side, r) => {
    const axis = placedOrder[r]!
    if (p.size[axis]! < own[side]! - SQUEEZE_EPS_MM) squeezed = true
    const dir = [0, 0, 0]
    dir[axis] = p.size[axis]!
    basis[side] = toSceneVector(dir)
  })
  return squeezed ? { ...box, basis, squeezed } : { ...box, basis }
}

/** The shell polygon's box in scene coordinates (its points in container coordinates, centred like everything). */
function sceneShell(shell: BagShell, containerMm: Vec3): SceneShell {
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (const [a, b] of shell.polygon) {
    lo[shell.u] = Math.min(lo[shell.u]!, a)
    hi[shell.u] = Math.max(hi[shell.u]!, a)
    lo[shell.v] = Math.min(lo[shell.v]!, b)
    hi[shell.v] = Math.max(hi[shell.v]!, b)
  }
  lo[shell.w] = shell.from
  hi[shell.w] = shell.to
  const [W, D, H] = containerMm
  // Engine corner -> scene: x - W/2, z - H/2, -(y - D/2); the y flip swaps which end is min.
  const min: Vec3 = [lo[0]! - W / 2, lo[2]! - H / 2, -(hi[1]! - D / 2)]
  const max: Vec3 = [hi[0]! - W / 2, hi[2]! - H / 2, -(lo[1]! - D / 2)]
  return { ...shell, min, max }
}

/**
 * The box around everything drawn at explode `amount` (0 packed, 1 exploded): the interior and every item where the
 * exploded view puts it, in scene millimetres.
 */
export function sceneBounds(layout: SceneLayout, amount: number): { min: Vec3; max: Vec3; centre: Vec3 } {
  const [w, h, d] = layout.interior
  const min: Vec3 = layout.shell ? [...layout.shell.min] : [-w / 2, -h / 2, -d / 2]
  const max: Vec3 = layout.shell ? [...layout.shell.max] : [w / 2, h / 2, d / 2]
  const centres = explodedCentres(layout.boxes, easeInOut(amount), h, new Float32Array(layout.boxes.length * 3))
  const grow = (c: readonly number[], b: SceneBox) => {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, c[k]! - b.size[k]! / 2)
      max[k] = Math.max(max[k]!, c[k]! + b.size[k]! / 2)
    }
  }
  layout.boxes.forEach((b, i) => grow([centres[i * 3]!, centres[i * 3 + 1]!, centres[i * 3 + 2]!], b))
  for (const b of layout.outside ?? []) grow(b.centre, b)
  return { min, max, centre: [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2] }
}

/** Radius of the sphere around the interior, mm: what the camera must keep in view. */
export function boundingRadius(interior: Vec3): number {
  const [w, h, d] = interior
  return Math.hypot(w, h, d) / 2
}

/**
 * One frame for two scenes shown side by side at one scale: a box centred on the origin, as large as the larger of
 * the two along every axis. Each view frames it around its own middle (`frameAround`), so with canvases of one size a
 * millimetre is as long in both.
 */
export function sharedFrame(a: SceneLayout, b: SceneLayout): { min: Vec3; max: Vec3 } {
  const x = sceneBounds(a, 0)
  const y = sceneBounds(b, 0)
  const half = [0, 1, 2].map((k) => Math.max(x.max[k]! - x.min[k]!, y.max[k]! - y.min[k]!) / 2)
  return { min: [-half[0]!, -half[1]!, -half[2]!], max: [half[0]!, half[1]!, half[2]!] }
}

/** `frame` moved to be centred on `centre`. */
export function frameAround(frame: { min: Vec3; max: Vec3 }, centre: Vec3): { min: Vec3; max: Vec3 } {
  return {
    min: [frame.min[0] + centre[0], frame.min[1] + centre[1], frame.min[2] + centre[2]],
    max: [frame.max[0] + centre[0], frame.max[1] + centre[1], frame.max[2] + centre[2]],
  }
}
