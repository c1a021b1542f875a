import type { Budget } from './budget.js'
import type { Model } from './model.js'
import type { Placed } from './placed.js'
import type { SearchResult } from './search.js'

// Above this many copies the pairs to decide grow too many for this search to be worth a turn.
const MAX_RELATION_COPIES = 16

/** True when the relation search takes this problem. */
export function suitsRelationSearch(model: Model): boolean {
  return model.totalCount <= MAX_RELATION_COPIES
}

/**
 * Exact search over how items sit relative to each other, not where: two boxes are apart exactly when one lies
 * wholly before the other along some axis, so a packing is an orientation per item and, per pair, an axis and a
 * side. Given those choices the tightest positions follow as longest paths (each item starts where the ones before
 * it along that axis end), and the choices are feasible exactly when every item then ends within the container.
 * This is the packing-class view of Fekete and Schepers, searched directly: unlike the sweep of `exactSearch` it
 * does not care how fine the coordinates are, so it settles small problems with room to spare that the sweep
 * cannot. Items come one at a time (an orientation each), relations are decided only for pairs that overlap where
 * they stand, and every new relation pushes start positions forward along that axis until they settle or something
 * runs past the wall.
 *
 *   x:  [ a ][  b  ]        a before b along x: start(b) ≥ start(a) + w(a)
 *   y:  [ c ]               c before a along y: start(a) ≥ start(c) + d(c)
 *       [ a ]
 *
 * Identical copies are kept in order of orientation (any packing can be relabelled so), and of two identical
 * copies in the same orientation, the first is the one before. A blocked region is an item that does not move: an
 * item after it along an axis starts no sooner than its far face, an item before it ends no later than its near
 * face, which caps the item's start.
 */
export function relationSearch(model: Model, budget: Budget): SearchResult {
  const L = model.L
  // Copies, largest first; each with the orientations that fit the container.
  const copies: { type: number; sameAsPrevious: boolean; orients: number[] }[] = []
  const types = [...model.types].sort((a, b) => b.volume - a.volume || a.index - b.index)
  for (const t of types) {
    const fitting = t.orients.map((o, i) => ({ o, i })).filter(({ o }) => o.w <= L[0] && o.d <= L[1] && o.h <= L[2])
    for (let c = 0; c < t.count; c++) copies.push({ type: t.index, sameAsPrevious: c > 0, orients: fitting.map(({ i }) => i) })
    if (fitting.length === 0) return { status: 'does-not-fit', placed: [], nodes: 0 }
  }
  const n = copies.length
  const blocked = model.blocked
  if (!suitsRelationSearch(model)) return { status: 'unknown', placed: [], nodes: 0 }

  const orient = new Int32Array(n).fill(-1)
  const ext = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]
  const start = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]
  // The latest start each copy may take along each axis (the wall, or the near face of a region it is before).
  const latest = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]
  const after: number[][][] = [0, 1, 2].map(() => Array.from({ length: n }, () => [] as number[]))
  const trail: number[] = [] // triples: axis (3 + axis for a latest start), copy, old value
  let nodes = 0
  let timedOut = false

  const found = decideCopy(0)
  if (!found) return { status: timedOut ? 'unknown' : 'does-not-fit', placed: [], nodes }
  const placed: Placed[] = copies.map((c, i) => ({ type: c.type, orient: orient[i]!, x: start[0]![i]!, y: start[1]![i]!, z: start[2]![i]! }))
  return { status: 'fits', placed, nodes }

  // Chooses copy k's orientation, then settles every overlap among the copies placed so far.
  function decideCopy(k: number): boolean {
    if (k === n) return true
    const copy = copies[k]!
    const type = model.types[copy.type]!
    for (const o of copy.orients) {
      // Identical copies take orientations in order.
      if (copy.sameAsPrevious && o < orient[k - 1]!) continue
      const { w, d, h } = type.orients[o]!
      orient[k] = o
      ext[0]![k] = w
      ext[1]![k] = d
      ext[2]![k] = h
      for (let a = 0; a < 3; a++) {
        start[a]![k] = 0
        latest[a]![k] = L[a]! - ext[a]![k]!
      }
      if (settle(k)) return true
      if (timedOut) return false
    }
    orient[k] = -1
    return false
  }

  // Relations are decided only where they are needed: with every copy at its earliest start, take the first pair
  // (two copies, or a copy and a blocked region) that overlaps, and branch on the ways to set them apart. Once set
  // apart, a pair stays apart (starts only move forward, caps only shrink), so each pair is decided at most once on
  // a path, and a packing's own relations are always among the branches.
  function settle(k: number): boolean {
    nodes++
    // A node tests every pair placed so far for overlap.
    if (!budget.spend(1 + ((k * k) >>> 3))) timedOut = true
    if (timedOut) return false
    const overlap = firstOverlap(k)
    if (overlap === null) return decideCopy(k + 1)
    if (overlap.region >= 0) {
      const region = blocked[overlap.region]!
      const v = overlap.a
      for (let r = 0; r < 6; r++) {
        const axis = r % 3
        const mark = trail.length
        // r < 3: the region comes first, so v starts at its far face; otherwise v ends by its near face.
        const ok = r < 3 ? push(axis, v, region[axis + 3]!) : cap(axis, v, region[axis]! - ext[axis]![v]!)
        if (ok && settle(k)) return true
        undo(mark)
        if (timedOut) return false
      }
      return false
    }
    const [j, i] = [overlap.a, overlap.b]
    // Of two identical copies in the same orientation, the first is the one before.
    const twin = i === j + 1 && copies[i]!.sameAsPrevious && orient[j] === orient[i]
    for (let r = 0; r < (twin ? 3 : 6); r++) {
      const axis = r % 3
      // r < 3: j before i; otherwise i before j.
      const [from, to] = r < 3 ? [j, i] : [i, j]
      const mark = trail.length
      after[axis]![from]!.push(to)
      if (push(axis, to, start[axis]![from]! + ext[axis]![from]!) && settle(k)) return true
      after[axis]![from]!.pop()
      undo(mark)
      if (timedOut) return false
    }
    return false
  }

  // The first overlapping pair among copies 0..k (a < b), or of a copy and a blocked region (`region` ≥ 0).
  function firstOverlap(k: number): { a: number; b: number; region: number } | null {
    for (let b = 0; b <= k; b++) {
      for (let a = 0; a < b; a++) {
        if (
          start[0]![a]! < start[0]![b]! + ext[0]![b]! &&
          start[0]![b]! < start[0]![a]! + ext[0]![a]! &&
          start[1]![a]! < start[1]![b]! + ext[1]![b]! &&
          start[1]![b]! < start[1]![a]! + ext[1]![a]! &&
          start[2]![a]! < start[2]![b]! + ext[2]![b]! &&
          start[2]![b]! < start[2]![a]! + ext[2]![a]!
        ) {
          return { a, b, region: -1 }
        }
      }
      for (let r = 0; r < blocked.length; r++) {
        const region = blocked[r]!
        if (
          start[0]![b]! < region[3]! &&
          region[0]! < start[0]![b]! + ext[0]![b]! &&
          start[1]![b]! < region[4]! &&
          region[1]! < start[1]![b]! + ext[1]![b]! &&
          start[2]![b]! < region[5]! &&
          region[2]! < start[2]![b]! + ext[2]![b]!
        ) {
          return { a: b, b: -1, region: r }
        }
      }
    }
    return null
  }

  // Lowers copy v's latest start along `axis` to `value`; false if its earliest start is already later.
  function cap(axis: number, v: number, value: number): boolean {
    if (latest[axis]![v]! <= value) return start[axis]![v]! <= latest[axis]![v]!
    trail.push(axis + 3, v, latest[axis]![v]!)
    latest[axis]![v] = value
    return start[axis]![v]! <= value
  }

  // Moves copy v's start along `axis` to at least `value`, and everything after it; false if anything overflows.
  function push(axis: number, v: number, value: number): boolean {
    if (start[axis]![v]! >= value) return true
    trail.push(axis, v, start[axis]![v]!)
    start[axis]![v] = value
    if (value > latest[axis]![v]!) return false
    const end = value + ext[axis]![v]!
    for (const w of after[axis]![v]!) if (!push(axis, w, end)) return false
    return true
  }

  function undo(mark: number): void {
    while (trail.length > mark) {
      const old = trail.pop()!
      const v = trail.pop()!
      const axis = trail.pop()!
      if (axis < 3) start[axis]![v] = old
      else latest[axis - 3]![v] = old
    }
  }
}
