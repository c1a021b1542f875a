import { SHAPES } from '../../../src/bag/shapes.js'
import type { BagShape } from '../../../src/bag/types.js'
import type { Vec3 } from '../../../src/pack/types.js'

/**
 * What the 3D view draws, worked out without WebGL: the bag as its outline (the cross-section the bag layer derives
 * for its shape, extruded), and each thing as the solid it is. Millimetres; engine axes (x width, y depth, z height)
 * unless a name says scene.
 *
 *   box, pouch, tote      trapezoid (front)    round (front)     barrel (side)     bucket (top)
 *   +----------+           ________            .-~~-.             .-~~-.            .-~~~~-.
 *   |          |          /        \          (      )           (      )          (        )
 *   +----------+         /__________\          `-..-'             `----'            `-____-'
 *   extruded along depth  along depth          along depth        along width       along height
 */

/** The bag's outline for the view: a polygon in the plane of engine axes `u` (across) and `v`, extruded along `w`. */
export interface BagShell {
  u: number
  v: number
  w: number
  /** Points of the outline in container coordinates (mm from the interior's corner), counter-clockwise. */
  polygon: [number, number][]
  /** Where the extrusion starts and ends along `w`, container coordinates. */
  from: number
  to: number
}

/** Samples along the outline's height: smooth enough for a circle 20 cm across (under 0.1 mm off). */
const OUTLINE_SAMPLES = 48
/** Corner radius of a straight-sided bag's front, as a share of its smaller side: leather corners are not sharp. */
const BOX_CORNER_SHARE = 0.06

/**
 * The outline of a bag `exteriorMm` (shop order: width, height, depth) of `shape`, around an interior `containerMm`
 * ([w, d, h]), as the bag layer's own profile of that shape (src/bag/shapes.ts) at the outside. The walls are taken
 * as the exterior less the interior, half on each side (and the same at the base).
 */
export function bagShell(shape: string, exteriorMm: Vec3, containerMm: Vec3): BagShell {
  const [ew, eh, ed] = exteriorMm
  const ext: Vec3 = [ew, ed, eh]
  // Walls: the exterior less the interior, half each side; the base as thick as a side wall.
  const wall: Vec3 = [Math.max(0, (ew - containerMm[0]) / 2), Math.max(0, (ed - containerMm[1]) / 2), 0]
  wall[2] = Math.min(wall[0], wall[1])
  const rule = SHAPES[shape as BagShape] ?? SHAPES.box
  const profile = rule.profile(ext, 0, { exteriorMm: { w: ew, h: eh, d: ed }, shape: (shape in SHAPES ? shape : 'box') as BagShape })
  if (!profile) {
    // Straight sides: the front as a rectangle with softly rounded corners, extruded along the depth.
    return {
      u: 0,
      v: 2,
      w: 1,
      polygon: roundedRect(ew, eh, Math.min(ew, eh) * BOX_CORNER_SHARE).map(([a, b]) => [a - wall[0], b - wall[2]]),
      from: -wall[1],
      to: ed - wall[1],
    }
  }
  const { u, v } = profile
  const w = 3 - u - v
  const right: [number, number][] = []
  const left: [number, number][] = []
  for (let i = 0; i <= OUTLINE_SAMPLES; i++) {
    const at = (ext[v] * i) / OUTLINE_SAMPLES
    const iv = profile.interval(at)
    if (!iv) continue
    right.push([iv[1] - wall[u], at - wall[v]])
    left.push([iv[0] - wall[u], at - wall[v]])
  }
  return { u, v, w, polygon: [...right, ...left.reverse()], from: -wall[w]!, to: ext[w]! - wall[w]! }
}

/** A rectangle w × h from the origin with corners of radius r, as points counter-clockwise from the bottom left. */
function roundedRect(w: number, h: number, r: number): [number, number][] {
  const out: [number, number][] = []
  const corners: [number, number, number][] = [
    [w - r, r, -90],
    [w - r, h - r, 0],
    [r, h - r, 90],
    [r, r, 180],
  ]
  for (const [cx, cy, start] of corners) {
    for (let k = 0; k <= 4; k++) {
      const a = ((start + (k * 90) / 4) * Math.PI) / 180
      out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
    }
  }
  return out
}

/** The solid a thing is drawn as. Side indices refer to the thing's own size, in the order the engine was given it. */
export type Solid =
  | { kind: 'box' }
  /** A slab with rounded corners in the plane of its two long sides (a phone, a card), `thin` its thin side. */
  | { kind: 'rounded'; thin: number; radiusMm: number }
  /** A cylinder along side `axis` (a lipstick, a coin on its face). */
  | { kind: 'cylinder'; axis: number }

/** ISO/IEC 7810 ID-1 cards have corners of radius 3.18 mm. */
const CARD_CORNER_MM = 3.18
/** A phone's corner radius as a share of its width (about 9.6 mm on the 71.6 mm iPhone 15; typical, not sourced). */
const PHONE_CORNER_SHARE = 0.134

/** The solid for a thing of `category` and catalog `shape`, own size `sizeMm`. */
export function solidOf(category: string, shape: string, sizeMm: Vec3): Solid {
  const thin = sizeMm.indexOf(Math.min(...sizeMm))
  const others = sizeMm.filter((_, k) => k !== thin)
  const across = Math.min(...others)
  if (shape === 'cylinder') {
    // The axis is the side unlike the other two (a lipstick's length, a coin's thickness), else the longest.
    const [a, b, c] = sizeMm
    const near = (x: number, y: number) => Math.abs(x - y) <= 0.02 * Math.max(x, y)
    const axis = near(a, b) ? 2 : near(a, c) ? 1 : near(b, c) ? 0 : sizeMm.indexOf(Math.max(...sizeMm))
    return { kind: 'cylinder', axis }
  }
  if (category === 'phone' && sizeMm[thin]! * 4 < across) return { kind: 'rounded', thin, radiusMm: PHONE_CORNER_SHARE * across }
  if (category === 'card' && sizeMm[thin]! < 2) return { kind: 'rounded', thin, radiusMm: Math.min(CARD_CORNER_MM, across / 4) }
  return { kind: 'box' }
}
