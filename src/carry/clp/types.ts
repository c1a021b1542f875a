/**
 * Types of the container loading heuristic: fill one box-shaped container with as much value (by default, volume)
 * as possible from a stock of box types. Lengths are whole numbers in one model unit chosen by the caller (the
 * adapter in `from-fit.ts` uses micrometres divided by their common divisor; the BR benchmark uses its own units).
 */

/** Extents along x, y, z in model units. */
export type LoadingDims = readonly [number, number, number]

/** One kind of box: how many there are, how each may be turned, what one is worth. */
export interface LoadingType {
  /** The caller's name for it, for messages. */
  id: string
  /** Copies available (0 or more). */
  count: number
  /** Allowed orientations as extents along x, y, z, distinct (at least one). */
  orients: readonly LoadingDims[]
  /** What one copy is worth; the heuristic maximises the total. Default: its volume. */
  value?: number
}

/** The container and the stock. `blocked` boxes are [minX, minY, minZ, maxX, maxY, maxZ] inside the container. */
export interface LoadingProblem {
  size: LoadingDims
  blocked?: readonly (readonly [number, number, number, number, number, number])[]
  types: readonly LoadingType[]
}

export interface LoadingOptions {
  /** Wall-clock budget in milliseconds (default 1000). The search is anytime: it returns its best when time is up. */
  timeLimitMs?: number
  /** `search` (default): greedy lookahead tree search with iterative doubling; `greedy`: one greedy pass. */
  strategy?: 'search' | 'greedy'
  /** Combine simple blocks into general blocks (default true). */
  generalBlocks?: boolean
  /** Most blocks generated (default 10 000, as in Fanslau & Bortfeldt 2010). */
  maxBlocks?: number
  /** Least share of a general block's bounding box its boxes must fill (default 0.98, as in CLTRS). */
  minFillRate?: number
  /** Lookahead depth of the tree search (default 2). */
  depth?: number
}

/** One loaded box: its type index, the orientation index into `orients`, min corner and extents, in model units. */
export interface LoadedBox {
  type: number
  orient: number
  at: [number, number, number]
  size: [number, number, number]
}

export interface LoadingStats {
  /** Blocks generated (simple and general). */
  blocks: number
  /** Complete solutions built (each greedy completion counts one). */
  completions: number
  /** Widest lookahead reached by iterative doubling (1 for greedy). */
  width: number
  elapsedMs: number
}

/** The best loading found: every box, the total value and volume, and the share of free volume used (0..1). */
export interface LoadingResult {
  boxes: LoadedBox[]
  value: number
  volume: number
  utilization: number
  stats: LoadingStats
}
