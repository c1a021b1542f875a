import { LIMITS } from '../pack/index.js'

/**
 * What one HTTP request may ask, stated once so the schemas, the server and docs/api.md quote the same numbers.
 * The engine's own limits (`LIMITS` in src/pack) still apply; these are tighter where a shared server needs it.
 */
export const API_LIMITS = {
  /** Largest request body, in bytes (a 200-item fit problem is about 20 KB). */
  bodyBytes: 256 * 1024,
  /** Deepest nesting of arrays and objects in a body (a fit problem needs 5; `details` of a record a few more). */
  maxDepth: 32,
  /** Most entries in a fit problem's `items` (kinds; copies go in `count`). */
  maxItemKinds: LIMITS.maxItemKinds,
  /** Most copies of one item. The engine also caps the sum of counts at `LIMITS.maxItems`. */
  maxCount: LIMITS.maxItems,
  /** Most blocked regions in a container. */
  maxBlocked: LIMITS.maxBlocked,
  /** Largest `timeLimitMs` of a fit, a plan or one plan's fit check, in ms (the engine allows `LIMITS.maxTimeLimitMs`). */
  maxTimeLimitMs: 5000,
  /** Default and largest time limit for deciding one width of a scale search, in ms (a search decides a few dozen). */
  scaleWidthTimeLimitMs: 250,
  maxScaleWidthTimeLimitMs: 1000,
  /** Default and largest time limit per item or kit for what-fits, in ms. */
  whatFitsTimeLimitMs: 100,
  maxWhatFitsTimeLimitMs: 1000,
  /** Wall-clock budget of one what-fits request, in ms: past it the rest answer `unknown`. */
  whatFitsBudgetMs: 10_000,
  /** Default and largest page of a catalog listing. */
  defaultPageSize: 100,
  maxPageSize: 1000,
  /** Requests per minute per API key, or per address without one (0 turns the limit off). */
  ratePerMinute: 600,
  /** Solver thread time per minute per API key or address, in ms (0 turns the limit off). */
  solverMsPerMinute: 30_000,
  /** Longest wait for a SQLite file another process is writing before a request answers 503 `DATABASE_BUSY`, ms. */
  databaseBusyWaitMs: 250,
  /** Time to receive a whole request before the server answers 408, in ms. */
  requestTimeoutMs: 30_000,
} as const
