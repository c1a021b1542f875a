import type { Budget } from './budget.js'
import { copyExtents } from './bounds.js'
import type { Model } from './model.js'
import { reachableSums, type Sums } from './sums.js'

/**
 * Normal positions (Herz 1972; Christofides and Whitlock 1977) along one axis: the coordinates at which some item
 * can start in a packing pushed as far as it goes toward the origin on every axis. Pushed that way, each item rests
 * on the wall, on a blocked region's far face, or on another item's far face, so its start is a wall or blocked face
 * plus the extents of a set of other items. Any packing can be pushed so, hence searching these starts only loses
 * nothing. Null means every whole position (when the sums are too many to list, which is still correct, only slower
 * to search).
 */
export function normalPositions(model: Model, axis: number, budget: Budget): Sums | null {
  const L = model.L[axis]!
  const bases = [0, ...model.blocked.map((b) => b[axis + 3]!).filter((v) => v < L)]
  const copies = copyExtents(model, axis)
  const minExtent = Math.min(L, ...copies.flat())
  return reachableSums(L - minExtent, bases, copies, budget)
}
