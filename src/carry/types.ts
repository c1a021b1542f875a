import type { RotateMode } from '../geometry/orientation.js'
import type { FitContainer, FitProblem, Placement, Vec3 } from '../pack/types.js'
import type { ItemCategory as CarryCategory } from '../vocabulary.js'

/**
 * What kind of everyday thing an item is: the catalog's item categories. They decide default priorities and what a
 * restricted container (a card slot) may hold.
 */
export { ITEM_CATEGORIES as CARRY_CATEGORIES } from '../vocabulary.js'
export type { ItemCategory as CarryCategory } from '../vocabulary.js'

/** A thing to carry: its bounding box in millimetres, how many, how it may turn, and how much it matters. */
export interface CarryItem {
  id: string
  /** Bounding box [w, d, h] in millimetres. */
  size: Vec3
  /** Identical copies (default 1). */
  count?: number
  /** Default `any`. */
  rotate?: RotateMode
  /** The least it squeezes to, per side (each at most `size`): a soft thing (tissues, a pouch). Default: `size`. */
  minSize?: Vec3
  /** Default `other`. */
  category?: CarryCategory
  /** How much one copy matters, a positive number; default by category (see `DEFAULT_PRIORITY`). */
  priority?: number
  /** Must be carried if any plan can carry it; must-haves come before any amount of priority (default false). */
  mustHave?: boolean
  /** Name for people (default: the id). */
  name?: string
}

/** What a container is, for people and for the rules that come with it. */
export type ContainerKind = 'bag' | 'pocket' | 'phone-case' | 'card-slot' | 'pouch' | 'tote'

/**
 * One space things go in: a micro bag, a pocket, a phone case's sleeve or one of its card slots, a pouch, a tote.
 * Several containers may make up one piece (a phone case and its slots); pieces are what "fewest pieces" counts.
 */
export interface CarryContainer {
  id: string
  kind: ContainerKind
  /** Name for people (default: the id). */
  name?: string
  /** The interior as the fit engine sees it, in millimetres. */
  container: FitContainer
  /** Categories it may hold; absent: anything. A card slot holds cards. */
  accepts?: readonly CarryCategory[]
  /** The piece it belongs to (default: its own id). A phone case's slots belong to the case. */
  piece?: string
  /**
   * Worn anyway (a garment pocket, the micro bag you wear): using it adds no piece to carry (default false). Worn
   * bags (any kind but `pocket`) are filled first with what they can take (see `planCarry`).
   */
  worn?: boolean
  /** Outside size [w, d, h] in mm of a container that sits inside another (a pouch in a tote). */
  exterior?: Vec3
  /** The id of the container it sits in; it then packs there as one item of size `exterior` whenever it holds anything. */
  inside?: string
  /** Where its numbers come from: `sourced: ...`, `typical: ...`, `catalog: ...`. */
  source?: string
  /**
   * An open top (a pocket): a thing may stand out of the container's top (its +z side) by up to this share (0..1) of
   * its own height as placed. Default 0: everything stays inside.
   */
  overhangShare?: number
}

export interface CarryOptions {
  /** Wall-clock budget for the whole plan in milliseconds (default 2000). Past it the best plan so far comes back. */
  timeLimitMs?: number
  /** Budget for one fit check in milliseconds (default 250, or an eighth of `timeLimitMs` if more). A check that runs out counts as "does not fit" and the plan as not proven. */
  fitTimeLimitMs?: number
}

/** A carrying problem: the things and the pieces available to carry them. */
export interface CarryProblem {
  items: CarryItem[]
  containers: CarryContainer[]
  options?: CarryOptions
}

/** What one container holds in the plan, with its checked layout. */
export interface ContainerPlan {
  id: string
  kind: ContainerKind
  name: string
  piece: string
  /** Worn anyway (a pocket): not counted as a piece. */
  worn: boolean
  /** Host container id for a nested container. */
  inside?: string
  /** Contents by item id (a nested pouch appears under its container id), in the order of the items. */
  contents: { id: string; count: number }[]
  /** The fit problem these placements solve: the container and its contents. `checkPacking(problem, placements)` holds. */
  problem: FitProblem
  placements: Placement[]
  /** Free volume used, 0..1 (above 1 when things stand out of an open top). */
  fill: number
  /** Why this container holds what it does, in words: worn and filled first, or what it carries that nothing worn can. */
  why: string
  /** Things standing out of an open top (a pocket): by how much, and that share of their height. */
  standingOut?: { id: string; mm: number; share: number }[]
}

/** A container the plan leaves empty, and why it is not needed. */
export interface UnusedContainer {
  id: string
  name: string
  reason: string
}

/** Copies of an item that stay behind, and why. */
export interface LeftBehind {
  id: string
  name: string
  count: number
  mustHave: boolean
  priority: number
  /** Why, in words, with the numbers. */
  reason: string
}

/**
 * The answer of `planCarry`, best by, in order: must-haves carried, priority carried, fewest pieces to carry, the
 * most priority in the bags you wear, then in your pockets, fewest containers carried (see `planCarry`):
 * - `all-carried`: everything has a place;
 * - `some-left`: every must-have is carried, some other things stay behind;
 * - `must-have-left`: some must-have cannot be carried (with `mustHaveProof` when that is proven).
 */
export interface CarryPlan {
  status: 'all-carried' | 'some-left' | 'must-have-left'
  /** True when the plan is proven best by the order above. */
  exact: boolean
  /** Containers that hold something, in the order given. */
  containers: ContainerPlan[]
  leftBehind: LeftBehind[]
  /** Pieces carried (a phone case and its slots are one piece, a pouch is part of the tote it sits in; what you wear is none), in the order given. */
  pieces: string[]
  /** Containers left empty (a phone case's card slots excepted), with why each is not needed. */
  unused: UnusedContainer[]
  /** Priority carried in the bags you wear (worn containers other than pockets, and what sits inside them). */
  wornPriority: number
  mustHaves: { carried: number; total: number }
  /** Why the must-haves left behind cannot all be carried, when that is proven. */
  mustHaveProof?: string
  /** Priority of what is carried, and of everything. */
  carriedPriority: number
  totalPriority: number
  /** Largest priority any plan could carry, as far as the search proved (equals `carriedPriority` when exact). */
  priorityBound: number
  stats: { nodes: number; fitChecks: number; elapsedMs: number }
}
