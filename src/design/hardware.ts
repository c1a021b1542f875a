import type { BagClosure } from '../bag/types.js'
import type { BlockedRegion, FitContainer } from '../pack/types.js'
import type { HardwareKind, HardwarePart } from './types.js'

/** Where a kind of hardware sits. */
type HardwarePlacement =
  /** One part on the front wall, centred across the width. */
  | 'front-centre'
  /** Four parts, two on the front wall and two on the back, at `HANDLE_ANCHOR_SHARE` and 1 − it of the width. */
  | 'handle-pairs'

/** A kind of hardware: its default size and place, with the reasoning behind each number. */
export interface HardwareRule {
  label: string
  placement: HardwarePlacement
  /** Default size and place, in millimetres (see `HardwarePart`). */
  part: Omit<HardwarePart, 'kind'>
  reason: string
}

/**
 * Where handle anchors sit across the interior width: at this share and at 1 − this share. Our calibration: top
 * handles are set in from the sides by about a quarter of the width on the Birkin, the Lady Dior and the Speedy.
 * The share scales with the bag; the anchors' size does not.
 */
export const HANDLE_ANCHOR_SHARE = 0.25

/**
 * Hardware defaults. Sources (stored copies of public pages):
 * - magnetic snaps are sold by button diameter, 14 and 18 mm being common, and are 4 mm thick in the standard style
 *   (2 mm when sold as slim) (zipperzoo.net, "Magnetic snap");
 * - double-cap rivets, the usual handle anchors, commonly have 7 or 9 mm caps (zipperzoo.net, "Double cap rivets");
 * - the Birkin's touret stands about 1 inch out from the front and its plaques are 1.75 inch wide
 *   (moneybagsbook.com, "Touret & plaques"): outside sizes, which do not intrude, so the inside of a turn-lock is our
 *   calibration.
 * Every part is taken as a box around it, which can only make the bag hold less (never a false "fits").
 */
export const HARDWARE: Readonly<Record<HardwareKind, Readonly<HardwareRule>>> = {
  'turn-lock': {
    label: 'turn-lock',
    placement: 'front-centre',
    part: { widthMm: 30, heightMm: 20, depthMm: 5, belowTopMm: 10 },
    reason:
      'our calibration: the back of a turn-lock (its prongs folded over a backing washer behind the front panel, and the turning post) taken as a 30 × 20 mm plate standing 5 mm proud of the lining, its top 10 mm below the top of the interior, centred; no stored page gives the inside of a turn-lock',
  },
  clasp: {
    label: 'clasp',
    placement: 'front-centre',
    part: { widthMm: 18, heightMm: 18, depthMm: 4, belowTopMm: 10 },
    reason:
      'a magnetic snap of the common 18 mm size, 4 mm thick in the standard style (zipperzoo.net), counted whole on the inside of the front wall (more than its washer and prongs take, so safe); its top 10 mm below the top of the interior, centred (our calibration)',
  },
  'handle-anchors': {
    label: 'handle anchors',
    placement: 'handle-pairs',
    part: { widthMm: 9, heightMm: 9, depthMm: 3, belowTopMm: 5 },
    reason: `four double-cap rivets with 9 mm caps, the larger common size (zipperzoo.net), two on the front wall and two on the back at ${HANDLE_ANCHOR_SHARE * 100}% and ${100 - HANDLE_ANCHOR_SHARE * 100}% of the width; each cap standing 3 mm proud and its top 5 mm below the top of the interior (our calibration)`,
  },
}

/** Hardware kinds in table order, for error messages and docs. */
export const HARDWARE_KINDS = Object.keys(HARDWARE) as HardwareKind[]

/**
 * The hardware a bag has by default: a turn-lock on a flap (the Birkin, Kelly and Chanel flap bags close on one),
 * nothing for the other closures (a clasp frame's bar is already the closure's top allowance in the bag layer), and
 * handle anchors when the bag has top handles.
 */
export function defaultHardware(closure: BagClosure, hasHandles: boolean): HardwareKind[] {
  const kinds: HardwareKind[] = closure === 'flap' ? ['turn-lock'] : []
  if (hasHandles) kinds.push('handle-anchors')
  return kinds
}

/** The blocked regions hardware adds to a container, what each is, and one line per part for explanations. */
export interface HardwareBlocks {
  blocked: BlockedRegion[]
  kinds: HardwareKind[]
  explanation: string[]
}

/**
 * Places hardware in a container (its own coordinates: mm from the interior's left, front and bottom) and returns
 * the blocked boxes, clipped to the container. Each part hangs `belowTopMm` under the interior top and stands
 * `depthMm` proud of its wall. Where the wall curves in depth (barrel and bucket outlines, whose steps start at the
 * front or back face), the part sits at the deepest step over its footprint, so it never takes less room than it
 * would on the real wall. Lengths are rounded outward to whole micrometres. Does not change its input.
 *
 *   front view (x →, z ↑)              top view (x →, y ↑ back)
 *   ┌──────────────────────┐           ┌──▪──────────────▪──┐  ▪ handle anchors (back wall)
 *   │  ▪       ┌──┐     ▪  │ ← top     │                    │
 *   │          └──┘        │           │                    │
 *   │   anchors  turn-lock │           └──▪──────▬───────▪──┘  ▬ turn-lock or clasp (front wall)
 *   └──────────────────────┘
 */
export function hardwareBlocks(parts: readonly HardwarePart[], container: FitContainer): HardwareBlocks {
  const [X, Y, Z] = container.size
  const steps = container.blocked ?? []
  const out: HardwareBlocks = { blocked: [], kinds: [], explanation: [] }
  for (const part of parts) {
    const rule = HARDWARE[part.kind]
    // Centres across the width: one in the middle, or a pair set in from the sides.
    const centres =
      rule.placement === 'front-centre' ? [X / 2] : [HANDLE_ANCHOR_SHARE * X, (1 - HANDLE_ANCHOR_SHARE) * X]
    const walls: ('front' | 'back')[] = rule.placement === 'front-centre' ? ['front'] : ['front', 'back']
    const z1 = Z - part.belowTopMm
    const z0 = z1 - part.heightMm
    let placed = 0
    for (const wall of walls) {
      for (const cx of centres) {
        const x0 = cx - part.widthMm / 2
        const x1 = cx + part.widthMm / 2
        // The wall's face over the footprint: past every step that covers it from this wall.
        const face = wallFace(steps, wall, x0, x1, z0, z1, Y)
        const [y0, y1] = wall === 'front' ? [face, face + part.depthMm] : [Y - face - part.depthMm, Y - face]
        const box = clipOutward([x0, y0, z0], [x1, y1, z1], [X, Y, Z])
        if (!box) continue
        out.blocked.push(box)
        out.kinds.push(part.kind)
        placed++
      }
    }
    const where =
      rule.placement === 'front-centre'
        ? 'on the front wall, centred'
        : 'two on the front wall and two on the back'
    out.explanation.push(
      `${rule.label}: ${fmt(part.widthMm)} × ${fmt(part.heightMm)} mm, ${fmt(part.depthMm)} mm proud, top ${fmt(part.belowTopMm)} mm below the top of the interior, ${where}` +
        (placed === 0 ? ' (outside the interior at this size, so it takes nothing)' : ''),
    )
  }
  return out
}

/**
 * How far in from the front (or back) face the wall is over the footprint [x0, x1] × [z0, z1]: starting at the face,
 * step past every blocked box that starts at the current depth, overlaps the footprint and does not run the whole
 * depth (boxes through the whole depth are side steps, not the front or back wall).
 */
function wallFace(
  steps: readonly BlockedRegion[],
  wall: 'front' | 'back',
  x0: number,
  x1: number,
  z0: number,
  z1: number,
  Y: number,
): number {
  let face = 0
  for (let moved = true; moved;) {
    moved = false
    for (const b of steps) {
      if (b.size[1] >= Y - 1e-9) continue
      if (b.at[0] >= x1 || b.at[0] + b.size[0] <= x0 || b.at[2] >= z1 || b.at[2] + b.size[2] <= z0) continue
      // The box's extent measured from this wall's face.
      const near = wall === 'front' ? b.at[1] : Y - b.at[1] - b.size[1]
      const far = near + b.size[1]
      if (near <= face + 1e-9 && far > face + 1e-9) {
        face = far
        moved = true
      }
    }
  }
  return face
}

/** A box from `lo` to `hi` clipped to [0, L], rounded outward to micrometres; null when nothing is left. */
function clipOutward(lo: number[], hi: number[], L: number[]): BlockedRegion | null {
  const a = lo.map((v, k) => Math.min(L[k]!, Math.max(0, Math.floor(v * 1000 + 1e-6) / 1000)))
  const b = hi.map((v, k) => Math.min(L[k]!, Math.max(0, Math.ceil(v * 1000 - 1e-6) / 1000)))
  if (a.some((v, k) => b[k]! - v <= 0)) return null
  return {
    at: [a[0]!, a[1]!, a[2]!],
    size: [round3(b[0]! - a[0]!), round3(b[1]! - a[1]!), round3(b[2]! - a[2]!)],
  }
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000
}

function fmt(v: number): string {
  return String(Math.round(v * 100) / 100)
}
