import type { Random } from '../random.js'

/** A seed for stream `index` of base seed `seed` (FNV-1a style mixing), so record i is the same whatever the count. */
export function streamSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0
  h = Math.imul(h ^ (index & 0xffff), 0x01000193) >>> 0
  h = Math.imul(h ^ (index >>> 16), 0x01000193) >>> 0
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0
}

/** A standard normal number (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** One key of `weights`, with probability proportional to its weight. */
export function weighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][]
  let r = random() * entries.reduce((s, [, w]) => s + w, 0)
  for (const [key, w] of entries) {
    r -= w
    if (r < 0) return key
  }
  return entries.at(-1)![0]
}
