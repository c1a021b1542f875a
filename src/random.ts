/** A source of uniform numbers in [0, 1). */
export type Random = () => number

/**
 * mulberry32, the small 32-bit generator flatbush's bench.js uses: fast, seeded, a 2^32 period. Same seed, same
 * sequence, so the engine's heuristic orders, the benchmarks and the generated catalogs are the same on every run.
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
