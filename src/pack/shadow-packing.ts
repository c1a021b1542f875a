import { shadowCliques } from './bounds.js'
import { portfolioSearch } from './portfolio.js'
import type { ItemType, Model } from './problem.js'
import type { FitProof } from './types.js'

// At most this many sets of shadows are packed, fullest first; past them the search itself takes over.
const MAX_CLIQUES = 4

/**
 * A sharper form of the shadow bound: the items that must all share a face have to fit on it as flat shapes, side by
 * side, each as the shadow of one of its orientations. Deciding that 2D packing is far cheaper than the 3D one, and
 * when the shadows cannot be arranged, neither can the items. The 2D problems go to the same exact search, with the
 * third axis one unit deep, each within `deadline`.
 */
export function shadowPackingBound(model: Model, deadline: number): { proof: FitProof | null; nodes: number } {
  let nodes = 0
  const cliques = shadowCliques(model).filter((c) => c.members.length >= 2)
  for (const clique of cliques.slice(0, MAX_CLIQUES)) {
    if (performance.now() >= deadline) break
    // One flat item kind per original kind, each shadow an orientation of it.
    const byType = new Map<number, { count: number; shadows: [number, number][]; id: string }>()
    for (const m of clique.members) {
      const entry = byType.get(m.type) ?? { count: 0, shadows: m.shadows, id: m.id }
      entry.count++
      byType.set(m.type, entry)
    }
    const types: ItemType[] = [...byType.values()].map((entry, index) => {
      const [a, b] = entry.shadows[0]!
      return {
        index,
        id: entry.id,
        count: entry.count,
        rotate: 'any',
        sizeMm: [a, b, 1],
        size: [a, b, 1],
        orients: entry.shadows.map(([w, d]) => ({ w, d, h: 1, perm: [0, 1, 2] as [number, number, number] })),
        volume: Math.min(...entry.shadows.map(([w, d]) => w * d)),
      }
    })
    const flat: Model = {
      unitUm: model.unitUm,
      L: [model.L[clique.face[0]]!, model.L[clique.face[1]]!, 1],
      blocked: [],
      opening: null,
      types,
      totalCount: clique.members.length,
    }
    const result = portfolioSearch(flat, deadline)
    nodes += result.nodes
    if (result.status === 'does-not-fit') {
      return { proof: { kind: 'shadow-packing', axis: clique.axis, itemIds: clique.members.map((m) => m.id), nodes: result.nodes }, nodes }
    }
  }
  return { proof: null, nodes }
}
