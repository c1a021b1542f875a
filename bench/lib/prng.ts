/**
 * Seeded randomness for the benchmark, so that every run (before and after a change) sees the same instances.
 * mulberry32 is the small 32-bit generator flatbush's bench.js uses.
 */

export { mulberry32, type Random } from '../../src/random.js'
import type { Random } from '../../src/random.js'

/** A whole number in [min, max], both ends included. */
export function randInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** A number in [min, max) rounded to `decimals` places. */
export function randRange(random: Random, min: number, max: number, decimals = 1): number {
  const f = 10 ** decimals
  return Math.round((min + random() * (max - min)) * f) / f
}

/** One element, uniformly. */
export function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!
}

/** Fisher–Yates shuffle; returns a new array. */
export function shuffled<T>(random: Random, values: readonly T[]): T[] {
  const out = [...values]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** The three sides of a box in a random order (a random rotation). */
export function rotated(random: Random, size: readonly [number, number, number]): [number, number, number] {
  return shuffled(random, size) as [number, number, number]
}

/** A seed derived from a base seed and a label, so each set and instance has its own stream. */
export function seedFor(base: number, label: string): number {
  let h = (base ^ 0x9e3779b9) >>> 0
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0
  return h
}
