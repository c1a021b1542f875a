/** Limits on what one fit problem may ask, stated once so the CLI, API and docs quote the same numbers. */
export const LIMITS = {
  /** Largest side accepted, in millimetres (1 km): anything bigger is a unit mistake, not a bag. */
  maxSideMm: 1_000_000,
  /** Smallest side accepted, in millimetres (the engine's resolution). */
  minSideMm: 0.001,
  /** Most item copies in one problem (sum of counts). */
  maxItems: 500,
  /** Most item kinds (entries of `items`) in one problem. */
  maxItemKinds: 200,
  /** Most blocked regions in one container. */
  maxBlocked: 200,
  /** Default and largest time limit for one solve, in milliseconds. */
  defaultTimeLimitMs: 1000,
  maxTimeLimitMs: 600_000,
  /** Smallest and largest node limit, in work units (the largest is about ten minutes of work at a few million units a second). */
  minNodeLimit: 1,
  maxNodeLimit: 1_000_000_000,
} as const

/** True for a time limit a solve accepts: milliseconds above 0 and at most `LIMITS.maxTimeLimitMs`. */
export function isTimeLimitMs(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 && ms <= LIMITS.maxTimeLimitMs
}

/** True for a node limit a solve accepts: a whole number of work units from `minNodeLimit` to `maxNodeLimit`. */
export function isNodeLimit(units: unknown): units is number {
  return typeof units === 'number' && Number.isInteger(units) && units >= LIMITS.minNodeLimit && units <= LIMITS.maxNodeLimit
}
