import type { Vec3 } from '../pack/types.js'
import type { BagClosure, BagShape, BagSpec, MaterialName } from './types.js'

/** Axis index: 0 = x (width), 1 = y (depth), 2 = z (height). */
export type Axis = 0 | 1 | 2

/**
 * A bag's cross-section, the same all along the third axis (the extrusion). `interval(v)` is the stretch along `u`
 * that lies inside the outline at `v`, in bag coordinates (mm from the outside corner), or null where the outline is
 * empty. Every outline here is convex, which is what lets `staircase` approximate it safely from inside.
 */
export interface Profile {
  u: Axis
  v: Axis
  interval(v: number): readonly [number, number] | null
  /** The mouth before the closure limits it: width along x and depth along y, given the top of the interior. */
  mouthMm(topZ: number): [number, number]
  /** The outline in words, e.g. `circle 144.2 mm across`. */
  describe: string
}

/** Defaults and outline of one shape. */
export interface ShapeRule {
  label: string
  defaultMaterial: MaterialName
  defaultClosure: BagClosure
  /** How the outline is modelled, for docs and explanations. */
  outlineReason: string
  /**
   * The outline of a bag whose outside box is `ext` ([x, y, z] mm) with walls `t` mm thick, or null for straight
   * sides. With `t` = 0 it is the exterior outline (used to place the steps, so they do not depend on materials).
   */
  profile(ext: Vec3, t: number, spec: BagSpec): Profile | null
}

/** Trapezoid taper per side as a share of the height when `taperMm` is not given (our calibration, about 4.6°). */
export const DEFAULT_TAPER_SHARE = 0.08

/** Minaudière corner radius as a share of the smaller of width and height when not given (our calibration). */
export const DEFAULT_CORNER_SHARE = 0.15

/*
 * The outlines, drawn in the plane where they curve (u across, v up). Walls of thickness t move every side in by t;
 * for an ellipse the inner outline is taken as the ellipse scaled by λ = 1 - t / (smaller semi-axis), which lies
 * inside the true inner offset (its support function plus t never exceeds the outer one), so it is safe.
 *
 *   trapezoid (front)   half-moon (front)   round (front)     barrel (side)    bucket (top)     minaudière (front)
 *     _________          ___________          .-~~-.           .-~~-.          .-~~~~-.          .--------.
 *    /         \         \         /         /      \         /      \        (        )         |        |
 *   /           \         \       /         |        |        |      |         `-____-'          |        |
 *  /_____________\         `-___-'           \      /          \____/                            `--------'
 *                                             `-..-'
 */

/** The nine shapes with their defaults and outlines. */
export const SHAPES: Readonly<Record<BagShape, Readonly<ShapeRule>>> = {
  box: {
    label: 'box',
    defaultMaterial: 'structured-leather',
    defaultClosure: 'flap',
    outlineReason: 'straight sides: the interior is a box',
    profile: () => null,
  },
  trapezoid: {
    label: 'trapezoid',
    defaultMaterial: 'structured-leather',
    defaultClosure: 'flap',
    outlineReason: `front view narrower at the top: each side leans in by taperMm over the height (default ${DEFAULT_TAPER_SHARE * 100}% of the height, our calibration)`,
    profile: (ext, t, spec) => {
      const [X, Y, Z] = ext
      const s = spec.taperMm ?? DEFAULT_TAPER_SHARE * Z
      // The left side runs from (0, 0) to (s, Z); moving it in by t along its normal shifts it by t·L/Z across.
      const L = Math.hypot(Z, s)
      const inset = (v: number) => (t * L + s * v) / Z
      return {
        u: 0,
        v: 2,
        interval: (v) => {
          const lo = inset(v)
          return lo < X - lo ? [lo, X - lo] : null
        },
        mouthMm: (topZ) => [Math.max(0, X - 2 * inset(topZ)), Y - 2 * t],
        describe: `trapezoid, each side leaning in ${round1(s)} mm over the ${round1(Z)} mm height`,
      }
    },
  },
  'half-moon': {
    label: 'half-moon',
    defaultMaterial: 'structured-leather',
    defaultClosure: 'flap',
    outlineReason: 'front view a half-ellipse: flat top as wide as the bag, curving down to the base at the middle',
    profile: (ext, t) => {
      const [X, Y, Z] = ext
      const e = ellipse(X / 2, Z, X / 2, Z, t)
      return {
        u: 0,
        v: 2,
        interval: (v) => (v > Z ? null : e.interval(v)),
        mouthMm: (topZ) => [widthOf(e.interval(topZ)), Y - 2 * t],
        describe: `half-ellipse ${round1(2 * e.a)} mm wide and ${round1(e.b)} mm deep below the top`,
      }
    },
  },
  round: {
    label: 'round',
    defaultMaterial: 'structured-leather',
    defaultClosure: 'zip',
    outlineReason:
      'front view an ellipse (a circle when width equals height); the closure runs over the upper rim, so the mouth spans the widest chord',
    profile: (ext, t) => {
      const [X, Y, Z] = ext
      const e = ellipse(X / 2, Z / 2, X / 2, Z / 2, t)
      return {
        u: 0,
        v: 2,
        interval: e.interval,
        mouthMm: () => [2 * e.a, Y - 2 * t],
        describe: e.a === e.b ? `circle ${round1(2 * e.a)} mm across` : `ellipse ${round1(2 * e.a)} × ${round1(2 * e.b)} mm`,
      }
    },
  },
  bucket: {
    label: 'bucket',
    defaultMaterial: 'soft-leather',
    defaultClosure: 'drawstring',
    outlineReason:
      'top view the ellipse inscribed in width × depth, standing upright; the mouth is the largest rectangle inside that ellipse (width and depth over √2)',
    profile: (ext, t) => {
      const [X, Y] = ext
      const e = ellipse(X / 2, Y / 2, X / 2, Y / 2, t)
      return {
        u: 0,
        v: 1,
        interval: e.interval,
        mouthMm: () => [(2 * e.a) / Math.SQRT2, (2 * e.b) / Math.SQRT2],
        describe: `top-view ellipse ${round1(2 * e.a)} × ${round1(2 * e.b)} mm`,
      }
    },
  },
  barrel: {
    label: 'barrel',
    defaultMaterial: 'structured-leather',
    defaultClosure: 'zip',
    outlineReason:
      'side view the ellipse inscribed in depth × height, lying along the width; a flat base (as on the Speedy) gives a little more room, not counted',
    profile: (ext, t) => {
      const [X, Y, Z] = ext
      const e = ellipse(Y / 2, Z / 2, Y / 2, Z / 2, t)
      return {
        u: 1,
        v: 2,
        interval: e.interval,
        mouthMm: () => [X - 2 * t, 2 * e.a],
        describe: `side ellipse ${round1(2 * e.a)} × ${round1(2 * e.b)} mm (depth × height)`,
      }
    },
  },
  pouch: {
    label: 'pouch',
    defaultMaterial: 'soft-leather',
    defaultClosure: 'zip',
    outlineReason:
      'a soft pouch takes the shape of what it holds, so the interior is a box; soft walls may give a few mm more, which is not counted (no allowance)',
    profile: () => null,
  },
  tote: {
    label: 'tote',
    defaultMaterial: 'soft-leather',
    defaultClosure: 'open-top',
    outlineReason: 'straight sides and an open top: the interior is a box',
    profile: () => null,
  },
  minaudiere: {
    label: 'minaudière',
    defaultMaterial: 'metal-frame',
    defaultClosure: 'clasp',
    outlineReason: `hard case, front view a rectangle with rounded corners (default radius ${DEFAULT_CORNER_SHARE * 100}% of the smaller of width and height, our calibration)`,
    profile: (ext, t, spec) => {
      const [X, Y, Z] = ext
      const r = spec.cornerRadiusMm ?? DEFAULT_CORNER_SHARE * Math.min(X, Z)
      // Walls move the straight sides in by t; the corner arcs keep their centres and shrink to radius r - t.
      const ri = Math.max(0, r - t)
      const interval = (v: number): readonly [number, number] | null => {
        if (v < t - 1e-9 || v > Z - t + 1e-9 || X - 2 * t <= 0) return null
        const dy = v < r ? r - v : v > Z - r ? v - (Z - r) : 0
        if (ri === 0 || dy === 0) return [t, X - t]
        const dx = Math.sqrt(Math.max(0, ri * ri - dy * dy))
        return [r - dx, X - r + dx]
      }
      return {
        u: 0,
        v: 2,
        interval,
        mouthMm: (topZ) => [widthOf(interval(topZ)), Y - 2 * t],
        describe: `rounded rectangle, corner radius ${round1(ri)} mm inside`,
      }
    },
  },
}

/** Shape names in table order, for error messages and docs. */
export const SHAPE_NAMES = Object.keys(SHAPES) as BagShape[]

/** An ellipse centred at (cu, cv) with semi-axes (A, B), shrunk safely for walls of thickness t. */
function ellipse(cu: number, cv: number, A: number, B: number, t: number) {
  const lambda = Math.max(0, 1 - t / Math.min(A, B))
  const a = lambda * A
  const b = lambda * B
  return {
    a,
    b,
    interval: (v: number): readonly [number, number] | null => {
      if (b === 0) return null
      const q = (v - cv) / b
      if (q < -1 || q > 1) return null
      const half = a * Math.sqrt(1 - q * q)
      return [cu - half, cu + half]
    },
  }
}

function widthOf(interval: readonly [number, number] | null): number {
  return interval ? interval[1] - interval[0] : 0
}

function round1(v: number): number {
  return Math.round(v * 10) / 10
}
