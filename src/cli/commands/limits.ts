import { fail, show } from '../../errors.js'
import { isNodeLimit, isTimeLimitMs, LIMITS } from '../../pack/limits.js'

/**
 * `--time-limit MS`: milliseconds above 0 and at most the engine's `LIMITS.maxTimeLimitMs`; `defaultMs` (or
 * undefined) when the flag is not given.
 */
export function readTimeLimit(value: unknown): number | undefined
export function readTimeLimit(value: unknown, defaultMs: number): number
export function readTimeLimit(value: unknown, defaultMs?: number): number | undefined {
  if (value === undefined) return defaultMs
  const ms = Number(value)
  if (!isTimeLimitMs(ms))
    fail(
      'INVALID_OPTION',
      `--time-limit must be milliseconds above 0 and at most ${LIMITS.maxTimeLimitMs}, got ${show(value)}.`,
    )
  return ms
}

/** `--node-limit UNITS`: the work a solve may do (deterministic answers), or undefined when not given. */
export function readNodeLimit(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const units = Number(value)
  if (!isNodeLimit(units)) {
    fail(
      'INVALID_OPTION',
      `--node-limit must be a whole number of work units from ${LIMITS.minNodeLimit} to ${LIMITS.maxNodeLimit}, got ${show(value)}.`,
    )
  }
  return units
}
