import type { Budget } from './budget.js'
import type { Model } from './model.js'
import type { Placed } from './placed.js'
import { exactSearch } from './search.js'
import { nextReachable, reachableSums } from './sums.js'

// Parts of at most this many items that no cut splits are given to the exact search, with `PART_UNITS` each: small
// parts are quick to search, and MPV class 9's pieces are cut into such parts that are not guillotine inside.
const PART_SEARCH_ITEMS = 12
const PART_UNITS = 4_000

/**
 * A layout for a problem the items fill exactly, found as a tree of guillotine cuts: a plane across the container
 * splits it in two, the items are shared between the two parts so that each part is filled exactly, and each part
 * is cut again, down to single items that fill their part. Cut perfect packings (MPV class 9, cut stock) are found
 * this way in a few thousand units where a corner-by-corner search of the whole can run out. A part of a few items
 * that no cut splits (a pinwheel, or pieces that interlock) goes to the exact search on its own, with a few thousand
 * units: small parts are quick to search.
 *
 *   side view, a cut at p along x       the part [0, p) takes a set S of the items whose volume is p · D · H
 *   +------+-----------+                exactly, each fitting it; the rest fills [p, W). Only cuts p ≤ W / 2 are
 *   |  S   |     T     | H              tried, with S on the near side: a cut past the middle is the same split with
 *   +------+-----------+                the parts' roles swapped, and the parts may be laid in either order.
 *   0      p           W
 *
 * For plain containers whose volume the items fill exactly (else null at once). A unit per split tried and per step
 * of sharing the items; null when no tree was found within `budget`. Parts that have no tree are remembered.
 */
export function guillotineLayout(model: Model, budget: Budget): Placed[] | null {
  if (!fillsExactly(model)) return null
  const [W, D, H] = model.L
  const types = model.types
  const counts = types.map((t) => t.count)
  // Types by volume, largest first: the items are shared out in that order, so a target is closed or missed early.
  const byVolume = types.map((t) => t.index).sort((a, b) => types[b]!.volume - types[a]!.volume || a - b)
  const out: Placed[] = []
  const failed = new Set<string>()
  return fill([W, D, H], [0, 0, 0], counts) ? out : null

  // Fills the part of extents L at `origin` with exactly the items `have` (per type), appending to `out`.
  function fill(L: number[], origin: number[], have: number[]): boolean {
    if (!budget.spend(1)) return false
    const n = have.reduce((s, c) => s + c, 0)
    // One item left: it must be the part, in some orientation.
    if (n === 1) {
      const t = have.findIndex((c) => c > 0)
      const o = types[t]!.orients.findIndex((o) => o.w === L[0] && o.d === L[1] && o.h === L[2])
      if (o < 0) return false
      out.push({ type: t, orient: o, x: origin[0]!, y: origin[1]!, z: origin[2]! })
      return true
    }
    const key = `${L.join(',')}:${have.join(',')}`
    if (failed.has(key)) return false
    for (const [k, p] of cutsOf(L, have)) {
      if (!budget.spend(1 + (types.length >>> 3))) return false
      const face = (L[0]! * L[1]! * L[2]!) / L[k]!
      const near = L.map((v, a) => (a === k ? p : v))
      const far = L.map((v, a) => (a === k ? v - p : v))
      // Which types may lie in each part (some orientation within it).
      const inNear = types.map((t, i) => have[i]! > 0 && fitsIn(t.orients, near))
      const inFar = types.map((t, i) => have[i]! > 0 && fitsIn(t.orients, far))
      if (have.some((c, i) => c > 0 && !inNear[i] && !inFar[i])) continue
      const target = p * face
      // Types that cannot lie in the far part must all be near, and the other way round.
      const take = have.map((c, i) => (inFar[i] ? 0 : c))
      const forced = take.reduce((s, c, i) => s + c * types[i]!.volume, 0)
      if (forced > target) continue
      const spare = have.reduce((s, c, i) => s + (inNear[i] && inFar[i] ? c * types[i]!.volume : 0), 0)
      if (forced + spare < target) continue
      if (share(0, forced, spare, take, have, inNear, inFar, target, near, far, origin, k, p)) return true
      if (budget.exhausted) return false
    }
    // No cut: a small part is searched as a whole.
    if (n <= PART_SEARCH_ITEMS && searchPart(L, origin, have)) return true
    return remember(key)
  }

  // A part with no tree (unless the budget cut the look short): never tried again.
  function remember(key: string): false {
    if (!budget.exhausted) failed.add(key)
    return false
  }

  // The exact search on one part alone: the same types (so indices and orientations stay), the part's counts.
  function searchPart(L: number[], origin: number[], have: number[]): boolean {
    const part: Model = {
      ...model,
      L: [L[0]!, L[1]!, L[2]!],
      types: types.map((t, i) => ({ ...t, count: have[i]! })),
      totalCount: have.reduce((s, c) => s + c, 0),
    }
    const result = exactSearch(part, budget.slice(PART_UNITS))
    if (result.status !== 'fits') return false
    for (const p of result.placed)
      out.push({ ...p, x: p.x + origin[0]!, y: p.y + origin[1]!, z: p.z + origin[2]! })
    return true
  }

  // The cuts to try, (axis, p) with p ≤ half the length: a line along the axis through the near part is covered
  // exactly, so p is a sum of the items' extents along it. Cuts at one item's extent come first (the near part is
  // then often that item, or a column of parts as long as it), each axis the longest first; then the other sums.
  function cutsOf(L: readonly number[], have: readonly number[]): [number, number][] {
    const axes = [0, 1, 2].sort((a, b) => L[b]! - L[a]! || a - b)
    const first: [number, number][] = []
    const then: [number, number][] = []
    for (const k of axes) {
      const half = Math.floor(L[k]! / 2)
      const copies = extentsAlong(have, k)
      const single = new Set(copies.flat().filter((e) => e <= half))
      for (const p of [...single].sort((a, b) => a - b)) first.push([k, p])
      const sums = reachableSums(half, [0], copies, budget)
      if (!sums) continue
      for (let p = nextReachable(sums, 0); p !== Infinity; p = nextReachable(sums, p))
        if (!single.has(p)) then.push([k, p])
    }
    return [...first, ...then]
  }

  // Each copy's distinct extents along axis k, for the cuts' subset sums.
  function extentsAlong(have: readonly number[], k: number): number[][] {
    const out: number[][] = []
    have.forEach((c, i) => {
      const along = [...new Set(types[i]!.orients.map((o) => (k === 0 ? o.w : k === 1 ? o.d : o.h)))]
      for (let j = 0; j < c; j++) out.push(along)
    })
    return out
  }

  // Chooses, type by type, how many of the copies free to go either way go near, until the near part's volume is
  // `target`; then fills both parts.
  function share(
    i: number,
    volume: number,
    spare: number,
    take: number[],
    have: number[],
    inNear: boolean[],
    inFar: boolean[],
    target: number,
    near: number[],
    far: number[],
    origin: number[],
    k: number,
    p: number,
  ): boolean {
    if (!budget.spend(1)) return false
    if (volume === target) {
      const rest = have.map((c, j) => c - take[j]!)
      const mark = out.length
      if (rest.every((c) => c === 0) || take.every((c) => c === 0)) return false
      if (
        fill(near, origin, take) &&
        fill(
          far,
          origin.map((v, a) => (a === k ? v + p : v)),
          rest,
        )
      )
        return true
      out.length = mark
      return false
    }
    // Skip to the next type (by volume) that may go either way.
    while (i < byVolume.length && !(inNear[byVolume[i]!] && inFar[byVolume[i]!])) i++
    if (i >= byVolume.length) return false
    const t = byVolume[i]!
    const v = types[t]!.volume
    const free = have[t]!
    const left = spare - free * v
    // More copies near first: big shares close the target sooner.
    for (let c = Math.min(free, Math.floor((target - volume) / v)); c >= 0; c--) {
      if (volume + c * v + left < target) break
      take[t] = c
      if (share(i + 1, volume + c * v, left, take, have, inNear, inFar, target, near, far, origin, k, p))
        return true
      if (budget.exhausted) break
    }
    take[t] = 0
    return false
  }
}

/** True for a plain container whose volume the items fill exactly (volumes exact in doubles), every item in it. */
function fillsExactly(model: Model): boolean {
  const [W, D, H] = model.L
  if (model.blocked.length > 0 || W * D * H > Number.MAX_SAFE_INTEGER) return false
  const total = model.types.reduce((s, t) => s + t.volume * t.count, 0)
  return total === W * D * H && model.types.every((t) => t.orients.length > 0)
}

function fitsIn(orients: readonly { w: number; d: number; h: number }[], L: readonly number[]): boolean {
  return orients.some((o) => o.w <= L[0]! && o.d <= L[1]! && o.h <= L[2]!)
}
