import type { Model } from './problem.js'
import type { Placed } from './placed.js'
import type { SearchLimits, SearchResult } from './search.js'

// Above this many copies the pairs to decide grow too many for this search to be worth a turn.
export const MAX_RELATION_COPIES = 12

/**
 * Exact search over how items sit relative to each other, not where: two boxes are apart exactly when one lies
 * wholly before the other along some axis, so a packing is an orientation per item and, per pair, an axis and a
 * side. Given those choices the tightest positions follow as longest paths (each item starts where the ones before
 * it along that axis end), and the choices are feasible exactly when every item then ends within the container.
 * This is the packing-class view of Fekete and Schepers, searched directly: unlike the sweep of `exactSearch` it
 * does not care how fine the coordinates are, so it settles small problems with room to spare that the sweep
 * cannot. Items are decided one at a time (orientation, then its relation to each earlier item), and every new
 * relation pushes start positions forward along that axis until they settle or something runs past the wall.
 *
 *   x:  [ a ][  b  ]        a before b along x: start(b) ≥ start(a) + w(a)
 *   y:  [ c ]               c before a along y: start(a) ≥ start(c) + d(c)
 *       [ a ]
 *
 * Identical copies are kept in order of orientation (any packing can be relabelled so), and of two identical
 * copies in the same orientation, the first is the one before. Blocked regions are not handled: returns `unknown`.
 */
export function relationSearch(model: Model, limits: SearchLimits): SearchResult {
  const { deadline, nodeLimit = Infinity } = limits
  const L = model.L
  // Copies, largest first; each with the orientations that fit the container.
  const copies: { type: number; sameAsPrevious: boolean; orients: number[] }[] = []
  const types = [...model.types].sort((a, b) => b.volume - a.volume || a.index - b.index)
  for (const t of types) {
    const fitting = t.orients.map((o, i) => ({ o, i })).filter(({ o }) => o.w <= L[0] && o.d <= L[1] && o.h <= L[2])
    for (let c = 0; c < t.count; c++) copies.push({ type: t.index, sameAsPrevious: c > 0, orients: fitting.map(({ i }) => i) })
  }
  const n = copies.length
  if (model.blocked.length > 0 || n > MAX_RELATION_COPIES) return { status: 'unknown', placed: [], nodes: 0 }

  const orient = new Int32Array(n).fill(-1)
  const ext = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]
  const start = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]
  const after: number[][][] = [0, 1, 2].map(() => Array.from({ length: n }, () => [] as number[]))
  const trail: number[] = [] // triples: axis, copy, old start
  let nodes = 0
  let timedOut = false

  const found = decideCopy(0)
  if (!found) return { status: timedOut ? 'unknown' : 'does-not-fit', placed: [], nodes }
  const placed: Placed[] = copies.map((c, i) => ({ type: c.type, orient: orient[i]!, x: start[0]![i]!, y: start[1]![i]!, z: start[2]![i]! }))
  return { status: 'fits', placed, nodes }

  // Chooses copy k's orientation, then its relation to each earlier copy.
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
      start[0]![k] = 0
      start[1]![k] = 0
      start[2]![k] = 0
      if (decidePair(k, 0)) return true
      if (timedOut) return false
    }
    orient[k] = -1
    return false
  }

  // Chooses how copy k stands to copy j: before or after it along x, y or z.
  function decidePair(k: number, j: number): boolean {
    if (j === k) return decideCopy(k + 1)
    nodes++
    if (((nodes & 255) === 0 && performance.now() > deadline) || nodes > nodeLimit) timedOut = true
    if (timedOut) return false
    const twin = copies[k]!.sameAsPrevious && j === k - 1 && orient[j] === orient[k]
    for (let r = 0; r < (twin ? 3 : 6); r++) {
      const axis = r % 3
      // r < 3: j before k; otherwise k before j.
      const [from, to] = r < 3 ? [j, k] : [k, j]
      const mark = trail.length
      after[axis]![from]!.push(to)
      if (push(axis, to, start[axis]![from]! + ext[axis]![from]!) && decidePair(k, j + 1)) return true
      after[axis]![from]!.pop()
      undo(mark)
      if (timedOut) return false
    }
    return false
  }

  // Moves copy v's start along `axis` to at least `value`, and everything after it; false if anything overflows.
  function push(axis: number, v: number, value: number): boolean {
    if (start[axis]![v]! >= value) return true
    trail.push(axis, v, start[axis]![v]!)
    start[axis]![v] = value
    const end = value + ext[axis]![v]!
    if (end > L[axis]!) return false
    for (const w of after[axis]![v]!) if (!push(axis, w, end)) return false
    return true
  }

  function undo(mark: number): void {
    while (trail.length > mark) {
      const old = trail.pop()!
      const v = trail.pop()!
      const axis = trail.pop()!
      start[axis]![v] = old
    }
  }
}
