import type { Budget } from './budget.js'

/**
 * Which lengths up to a limit are sums of item extents: each copy adds one of its allowed extents or nothing, from
 * one of a few bases (0, or a blocked region's far face). The search, the normal positions and the reduced-length
 * bound all ask this. Memory never grows with the length itself:
 *
 *   limit ≤ 2^20  a bitset (bit v set when v is such a sum): 128 KB at most
 *   longer        the sums as a sorted list, while there are at most 2^15 of them; past that, "too many" (null), and
 *                 callers then assume every length is possible, which is always safe (it only prunes less)
 */
export type Sums = { kind: 'bits'; bits: Uint32Array; limit: number } | { kind: 'list'; values: Float64Array; limit: number }

const DENSE_LIMIT = 1 << 20
const MAX_LISTED = 1 << 15

/** The sums `base + Σ extents ≤ limit`, or null when they are too many to list or the budget ran out. */
export function reachableSums(limit: number, bases: readonly number[], copies: readonly (readonly number[])[], budget: Budget): Sums | null {
  if (limit < 0) return { kind: 'list', values: new Float64Array(0), limit }
  return limit <= DENSE_LIMIT ? denseSums(limit, bases, copies, budget) : listedSums(limit, bases, copies, budget)
}

/** True when `v` is one of the sums. */
export function hasSum(sums: Sums, v: number): boolean {
  if (v < 0 || v > sums.limit) return false
  if (sums.kind === 'bits') return (sums.bits[v >>> 5]! & (1 << (v & 31))) !== 0
  return indexAtMost(sums.values, v) >= 0 && sums.values[indexAtMost(sums.values, v)] === v
}

/** The largest sum at or below `v` (or -1 when there is none). */
export function largestReachable(sums: Sums, v: number): number {
  if (v < 0) return -1
  if (sums.kind === 'list') {
    const i = indexAtMost(sums.values, v)
    return i < 0 ? -1 : sums.values[i]!
  }
  const bits = sums.bits
  let word = Math.min(Math.min(v, sums.limit) >>> 5, bits.length - 1)
  const top = Math.min(v, sums.limit)
  // Mask off the bits above v in its own word, then walk down word by word.
  let w = word === top >>> 5 ? bits[word]! & (((top & 31) === 31 ? 0xffffffff : 2 ** ((top & 31) + 1) - 1) >>> 0) : bits[word]!
  while (w === 0 && word > 0) w = bits[--word]!
  return w === 0 ? -1 : word * 32 + 31 - Math.clz32(w)
}

/** The smallest sum above `v` (or Infinity when there is none). */
export function nextReachable(sums: Sums, v: number): number {
  if (sums.kind === 'list') {
    const i = indexAtMost(sums.values, v) + 1
    return i < sums.values.length ? sums.values[i]! : Infinity
  }
  for (let x = v + 1; x <= sums.limit; ) {
    const word = sums.bits[x >>> 5]! >>> (x & 31)
    if (word !== 0) return x + (31 - Math.clz32(word & -word))
    x = ((x >>> 5) + 1) << 5
  }
  return Infinity
}

/** Bytes a sum set holds, for caches that must stay bounded. */
export function sumsBytes(sums: Sums): number {
  return sums.kind === 'bits' ? sums.bits.byteLength : sums.values.byteLength
}

function denseSums(limit: number, bases: readonly number[], copies: readonly (readonly number[])[], budget: Budget): Sums | null {
  const words = (limit >>> 5) + 1
  let reach = new Uint32Array(words)
  for (const b of bases) if (b >= 0 && b <= limit) reach[b >>> 5]! |= 1 << (b & 31)
  let next = new Uint32Array(words)
  for (const extents of copies) {
    // Each shift-or costs a pass over the words.
    if (!budget.spend(1 + ((extents.length * words) >>> 6))) return null
    next.set(reach)
    for (const e of extents) if (e <= limit) shiftOr(next, reach, e, words)
    ;[reach, next] = [next, reach]
  }
  // Clear bits past the limit so callers can trust every set bit.
  const tail = limit & 31
  if (tail !== 31) reach[words - 1]! &= (2 ** (tail + 1) - 1) >>> 0
  return { kind: 'bits', bits: reach, limit }
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

function listedSums(limit: number, bases: readonly number[], copies: readonly (readonly number[])[], budget: Budget): Sums | null {
  let values = [...new Set(bases.filter((b) => b >= 0 && b <= limit))].sort((a, b) => a - b)
  for (const extents of copies) {
    if (!budget.spend(1 + ((values.length * extents.length) >>> 4))) return null
    // Merge the current sums with each shifted copy of them, in order, without duplicates.
    const lists = [values, ...extents.map((e) => values.map((v) => v + e).filter((v) => v <= limit))]
    const merged = mergeSorted(lists)
    if (merged.length > MAX_LISTED) return null
    values = merged
  }
  return { kind: 'list', values: Float64Array.from(values), limit }
}

function mergeSorted(lists: number[][]): number[] {
  const all = lists.flat().sort((a, b) => a - b)
  const out: number[] = []
  for (const v of all) if (out.length === 0 || out[out.length - 1] !== v) out.push(v)
  return out
}

// Index of the largest value ≤ v in a sorted array, or -1.
function indexAtMost(values: Float64Array, v: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! <= v) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}
