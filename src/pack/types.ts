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
  /** Width (x) and depth (y) of the opening in the top face; every item must pass through it. */
  opening?: [number, number]
}

/** A kind of thing to carry: its bounding box `[w, d, h]` in millimetres, how many, and how it may turn. */
export interface FitItem {
  id: string
  size: Vec3
  /** How many identical copies (default 1). */
  count?: number
  /** Default `any`. */
  rotate?: RotateMode
}

export interface FitOptions {
  /** Wall-clock budget for the whole solve, in milliseconds (default 1000). Past it the answer is `unknown`. */
  timeLimitMs?: number
}

/** The fit problem of docs/fit.md. */
export interface FitProblem {
  container: FitContainer
  items: FitItem[]
  options?: FitOptions
}

export type FitStatus = 'fits' | 'does-not-fit' | 'unknown'

/** Where one copy of an item goes: its min corner and its extents as placed (a rotation of its own size), in mm. */
export interface Placement {
  id: string
  at: Vec3
  size: Vec3
}

/** How the answer was decided, for people and for tests. */
export type FitProof =
  | { kind: 'layout'; by: 'heuristic' | 'search' }
  | { kind: 'item-too-large'; itemId: string }
  | { kind: 'no-room'; itemId: string }
  | { kind: 'opening'; itemId: string }
  | { kind: 'volume'; itemsUm3: number; freeUm3: number }
  | { kind: 'conflict'; itemIds: string[]; axisHint?: string }
  | { kind: 'dual-feasible'; value: number }
  | { kind: 'projection'; axis: number; itemIds: string[]; needMm2: number; haveMm2: number }
  | { kind: 'shadow-packing'; axis: number; itemIds: string[]; nodes: number }
  | { kind: 'stacking'; axis: number; itemIds: string[]; needMm: number; haveMm: number }
  | { kind: 'search'; nodes: number }
  | { kind: 'time-limit'; nodes: number }
  | { kind: 'empty' }

export interface FitStats {
  /** Search nodes visited (placements tried by the exact search plus heuristic steps). */
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
