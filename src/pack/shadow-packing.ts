import type { Budget } from './budget.js'
import { shadowCliques } from './bounds.js'
import type { ItemType, Model } from './model.js'
import { portfolioSearch } from './portfolio.js'
import type { FitProof } from './types.js'

// At most this many sets of shadows are packed, fullest first; past them the search itself takes over.
const MAX_CLIQUES = 4
// Work units each 2D packing may take before it is left undecided (2D problems are quick, or not worth it here).
const SHADOW_UNITS = 20_000

/**
 * A sharper form of the shadow bound: the items that must all share a face have to fit on it as flat shapes, side by
 * side, each as the shadow of one of its orientations. Deciding that 2D packing is far cheaper than the 3D one, and
 * when the shadows cannot be arranged, neither can the items. The 2D problems go to the same exact search, with the
 * third axis one unit deep, each with `SHADOW_UNITS` of work.
 */
export function shadowPackingBound(model: Model, budget: Budget): FitProof | null {
  const cliques = shadowCliques(model, budget).filter((c) => c.members.reduce((s, m) => s + m.count, 0) >= 2)
  for (const clique of cliques.slice(0, MAX_CLIQUES)) {
    if (budget.exhausted) return null
    // One flat item kind per original kind, each shadow an orientation of it.
    const types: ItemType[] = clique.members.map((entry, index) => {
      const [a, b] = entry.shadows[0]!
      return {
        index,
        id: entry.id,
        count: entry.count,
        rotate: 'any',
        sizeMm: [a, b, 1],
        size: [a, b, 1],
        orients: entry.shadows.map(([w, d]) => ({ w, d, h: 1, perm: [0, 1, 2] as [number, number, number] })),
        allowed: entry.shadows.length,
        withinBox: entry.shadows.length,
        volume: Math.min(...entry.shadows.map(([w, d]) => w * d)),
      }
    })
    const flat: Model = {
      ...model,
      L: [model.L[clique.face[0]]!, model.L[clique.face[1]]!, 1],
      blocked: [],
      opening: null,
      types,
      totalCount: types.reduce((s, t) => s + t.count, 0),
    }
    const result = portfolioSearch(flat, budget.slice(SHADOW_UNITS))
    if (result.status === 'does-not-fit') {
      const itemIds = clique.members.flatMap((m) => new Array<string>(m.count).fill(m.id))
      return { kind: 'shadow-packing', axis: clique.axis, itemIds, placements: result.nodes }
    }
  }
  return null
}
