import type { Model } from './problem.js'

/**
 * Normal positions (Herz 1972; Christofides and Whitlock 1977) along one axis: the coordinates at which some item
 * can start in a packing pushed as far as it goes toward the origin on every axis. Pushed that way, each item rests
 * on the wall, on a blocked region's far face, or on another item's far face, so its start is a wall or blocked face
 * plus the extents of a set of other items. Any packing can be pushed so, hence searching these starts only loses
 * nothing. Returned sorted, without values where no item would still fit; null means every whole position (when
 * the sums are too many to list, which is still correct, only slower to search).
 */
export function normalPositions(model: Model, axis: number): number[] | null {
  const L = model.L[axis]!
  const bases = new Set<number>([0])
  for (const b of model.blocked) if (b[axis + 3]! < L) bases.add(b[axis + 3]!)
  // Each copy contributes one of the extents its orientations allow along this axis, or nothing.
  const extents: number[][] = []
  let minExtent = L
  for (const t of model.types) {
    const along = [...new Set(t.orients.map((o) => (axis === 0 ? o.w : axis === 1 ? o.d : o.h)))].filter((e) => e <= L)
    for (const e of along) minExtent = Math.min(minExtent, e)
    for (let c = 0; c < t.count; c++) extents.push(along)
  }
  const limit = L - minExtent
  return L <= DENSE_LIMIT ? denseSums(bases, extents, limit) : sparseSums(bases, extents, limit)
}

// Up to this length a bitmap of reachable sums is cheapest (4 MB at most).
const DENSE_LIMIT = 1 << 22

function denseSums(bases: Set<number>, extents: number[][], limit: number): number[] | null {
  if (limit < 0) return []
  const reach = new Uint8Array(limit + 1)
  let reached = 0
  for (const b of bases) {
    if (b <= limit && !reach[b]) {
      reach[b] = 1
      reached++
    }
  }
  for (const along of extents) {
    // Walk downward so each copy is used at most once.
    for (let v = limit; v >= 0; v--) {
      if (reach[v]) continue
      for (const e of along) {
        if (v >= e && reach[v - e]) {
          reach[v] = 1
          reached++
          break
        }
      }
    }
    if (reached === limit + 1) return null
  }
  const out: number[] = []
  for (let v = 0; v <= limit; v++) if (reach[v]) out.push(v)
  return out
}

// For very long axes, a set of sums; past `cap` values every whole position is allowed (still correct, slower).
function sparseSums(bases: Set<number>, extents: number[][], limit: number, cap = 200_000): number[] | null {
  if (limit < 0) return []
  let sums = new Set([...bases].filter((b) => b <= limit))
  for (const along of extents) {
    const next = new Set(sums)
    for (const s of sums) for (const e of along) if (s + e <= limit) next.add(s + e)
    sums = next
    if (sums.size > cap) return null
  }
  return [...sums].sort((a, b) => a - b)
}
