/**
 * Which lengths up to `limit` are sums of extents, one per copy, each copy free to lie in any of its allowed
 * extents or to stay out of the sum. A bitset in 32-bit words: bit v is set when v is such a sum.
 */
export function subsetSums(limit: number, copies: readonly (readonly number[])[]): Uint32Array {
  const words = (limit >>> 5) + 1
  let reach = new Uint32Array(words)
  reach[0] = 1
  let next = new Uint32Array(words)
  for (const extents of copies) {
    next.set(reach)
    for (const e of extents) if (e <= limit) shiftOr(next, reach, e, words)
    ;[reach, next] = [next, reach]
  }
  // Clear bits past the limit so callers can trust every set bit.
  const tail = limit & 31
  if (tail !== 31) reach[words - 1]! &= (2 ** (tail + 1) - 1) >>> 0
  return reach
}

/** True when bit `v` is set. */
export function hasSum(bits: Uint32Array, v: number): boolean {
  return v >= 0 && v >>> 5 < bits.length && (bits[v >>> 5]! & (1 << (v & 31))) !== 0
}

// target |= source << shift, over `words` words.
function shiftOr(target: Uint32Array, source: Uint32Array, shift: number, words: number): void {
  const wordShift = shift >>> 5
  const bitShift = shift & 31
  for (let i = words - 1; i >= wordShift; i--) {
    const lo = source[i - wordShift]!
    let v = bitShift === 0 ? lo : lo << bitShift
    if (bitShift !== 0 && i - wordShift - 1 >= 0) v |= source[i - wordShift - 1]! >>> (32 - bitShift)
    target[i]! |= v
  }
}

/** The largest set bit at or below `v` (0 is always set by `subsetSums`). */
export function largestSumAtMost(bits: Uint32Array, v: number): number {
  if (v < 0) return 0
  let word = Math.min(v >>> 5, bits.length - 1)
  // Mask off the bits above v in its own word, then walk down word by word.
  let w = word === v >>> 5 ? bits[word]! & (((v & 31) === 31 ? 0xffffffff : 2 ** ((v & 31) + 1) - 1) >>> 0) : bits[word]!
  while (w === 0 && word > 0) w = bits[--word]!
  return w === 0 ? 0 : word * 32 + 31 - Math.clz32(w)
}
