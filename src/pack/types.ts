import type { RotateMode } from '../geometry/orientation.js'

/** A length triple in millimetres: x = width, y = depth, z = height. */
export type Vec3 = [number, number, number]

/** A part of the container that cannot hold anything (a taper, a rounded corner, a frame), in millimetres. */
export interface BlockedRegion {
  at: Vec3
  size: Vec3
}

/** The space things go into: its usable interior bounding box, blocked parts, and top opening, in millimetres. */
export interface FitContainer {
  size: Vec3
  blocked?: BlockedRegion[]
  /** Width (x) and depth (y) of the opening in the top face; every item must pass through it (see `soft`). */
  opening?: [number, number]
  /**
   * True when the walls give (soft leather, fabric): an item goes in end first and turns inside, so only its smallest
   * cross-section must pass the opening. Default false (rigid): it is lowered in as it will lie, so its footprint
   * must pass. Either way it may pass turned in the opening's plane.
   */
  soft?: boolean
}

/** A kind of thing to carry: its bounding box `[w, d, h]` in millimetres, how many, and how it may turn. */
export interface FitItem {
  id: string
  size: Vec3
  /** How many identical copies (default 1). */
  count?: number
  /** Default `any`. */
  rotate?: RotateMode
  /**
   * The smallest size it can be squeezed to, side by side with `size` (each at most that side): a soft thing
   * (tissues, a pouch) may be placed at any size between the two, and the placement reports the size used.
   */
  minSize?: Vec3
}

export interface FitOptions {
  /** Wall-clock budget for the whole solve, in milliseconds (default 1000). Past it the answer is `unknown`. */
  timeLimitMs?: number
  /**
   * Work the solve may do, in work units (search nodes, candidate tests). Past it the answer is `unknown`. With a
   * node limit and a time limit that does not run out, the answer, the layout, the reason and `stats.nodes` are a
   * function of the problem alone, on any machine.
   */
  nodeLimit?: number
}

/** The fit problem of docs/fit.md. */
export interface FitProblem {
  container: FitContainer
  items: FitItem[]
  options?: FitOptions
}

export type FitStatus = 'fits' | 'does-not-fit' | 'unknown'

/**
 * Where one copy of an item goes, in mm. Without `axes`: `at` is its min corner and `size` its extents along x, y, z
 * (its own size turned by quarter turns, or squeezed). With `axes` the item is turned: `axes[k]` is the container
 * direction of its own side k, `size` its own size (unturned, or squeezed), and it occupies
 * `at + Σ t_k · size[k] · axes[k]` for t_k in [0, 1].
 */
export interface Placement {
  id: string
  at: Vec3
  size: Vec3
  axes?: [Vec3, Vec3, Vec3]
}

/**
 * How the answer was decided, for people and for tests. Areas and volumes are exact decimal strings of mm² and mm³
 * (they pass 2^53 in fine units); `verifyProof` in `verify.ts` recomputes each from the problem.
 */
export type FitProof = (
  | { kind: 'layout'; by: 'heuristic' | 'search' | 'turned'; squeezed?: true }
  | { kind: 'item-too-large'; itemId: string }
  | { kind: 'no-room'; itemId: string; opening: boolean }
  | { kind: 'opening'; itemId: string; rule: 'rigid' | 'soft' }
  | { kind: 'volume'; needMm3: string; haveMm3: string }
  | { kind: 'reduced-volume'; reducedMm: [string, string, string]; needMm3: string; haveMm3: string }
  | { kind: 'conflict'; itemIds: string[] }
  | { kind: 'dual-feasible'; epsilonMm: [string, string, string]; needMm3: string; haveMm3: string }
  | { kind: 'projection'; axis: number; itemIds: string[]; needMm2: string; haveMm2: string }
  | { kind: 'shadow-packing'; axis: number; itemIds: string[]; placements: number }
  | { kind: 'stacking'; axis: number; itemIds: string[]; needMm: string; haveMm: string }
  | { kind: 'layers'; itemId: string; axis: number; layers: number; perLayer: number; reducedMm: [string, string] }
  | { kind: 'search'; placements: number }
  | { kind: 'turned-too-large'; itemId: string; shortMm: number }
  | { kind: 'square-only'; square: FitProof }
  | { kind: 'squeezed'; proof: FitProof }
  | { kind: 'time-limit' }
  | { kind: 'node-limit'; nodeLimit: number }
  | { kind: 'too-fine'; cause: 'decimals' | 'opening' }
  | { kind: 'empty' }
) & {
  /**
   * Set on a proof found with the sizes rounded to `MAX_EXACT_PLACES` decimals in favour of fitting (items down, the
   * space up), for sizes given more finely: it holds for the rounded sizes, and so for the problem.
   */
  rounded?: true
}

export interface FitStats {
  /** Work units spent: search nodes, candidate positions tested, cells touched (see `options.nodeLimit`). */
  nodes: number
  elapsedMs: number
}

/** The answer of docs/fit.md. `placements` is empty unless the status is `fits`. */
export interface FitAnswer {
  status: FitStatus
  placements: Placement[]
  reason: string
  stats: FitStats
  proof: FitProof
}
