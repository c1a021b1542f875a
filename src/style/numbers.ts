/** Small numeric helpers shared by the rules. */

/** Clamps to 0..1. */
export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value
}

/** 0 at or below `from`, 1 at or above `to`, linear between. */
export function ramp(value: number, [from, to]: readonly [number, number]): number {
  return clamp01((value - from) / (to - from))
}

/** Rounds to `digits` decimals for display and for stable output (scores are reported to 3 decimals). */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** A share as a whole percentage: `0.7` is `70%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** Joins words for people: `a`, `a and b`, `a, b and c`. */
export function listWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
}
