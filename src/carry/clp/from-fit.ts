import { buildModel } from '../../pack/problem.js'
import type { FitProblem, Placement, Vec3 } from '../../pack/types.js'
import { loadContainer } from './search.js'
import type { LoadingOptions, LoadingStats } from './types.js'

/** The best loading found for a fit problem when not everything has to fit: what went in, where, and its worth. */
export interface FitLoading {
  /** Placements in millimetres, valid for `checkPacking` against the problem with counts set to `loaded`. */
  placements: Placement[]
  /** Copies loaded per item id (ids with none loaded are absent). */
  loaded: Map<string, number>
  value: number
  /** Share of the free volume used, 0..1. */
  utilization: number
  stats: LoadingStats
}

/**
 * Loads the most value from a fit problem's items into its container with the block-building heuristic (see
 * `loadContainer`): a volume- or priority-maximising subset, not a yes/no answer. `valueOf` gives one copy's worth
 * (default: its volume). Honours rotate modes, blocked regions and the opening (an item whose two shorter sides do not
 * pass through it is never loaded). Lengths follow the engine's rounding, so the layout passes `checkPacking`.
 */
export function loadFitProblem(problem: FitProblem, valueOf?: (id: string) => number, options: LoadingOptions = {}): FitLoading {
  const model = buildModel(problem)
  const opening = model.opening ? [...model.opening].sort((a, b) => a - b) : null
  const loading = loadContainer(
    {
      size: model.L,
      blocked: model.blocked.map((b) => [b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!] as const),
      types: model.types.map((t) => {
        const [a, b] = [...t.size].sort((x, y) => x - y)
        const passes = !opening || (a! <= opening[0]! && b! <= opening[1]!)
        return {
          id: t.id,
          count: passes ? t.count : 0,
          orients: t.orients.map((o) => [o.w, o.d, o.h] as const),
          value: valueOf ? valueOf(t.id) : t.volume,
        }
      }),
    },
    options,
  )
  // Back to millimetres: positions from model units, sizes as the item's own sides permuted (exactly as given).
  const um = model.unitUm
  const loaded = new Map<string, number>()
  const placements = loading.boxes.map((box): Placement => {
    const type = model.types[box.type]!
    const perm = type.orients[box.orient]!.perm
    loaded.set(type.id, (loaded.get(type.id) ?? 0) + 1)
    return {
      id: type.id,
      at: box.at.map((v) => (v * um) / 1000) as Vec3,
      size: perm.map((k) => type.sizeMm[k]!) as Vec3,
    }
  })
  return { placements, loaded, value: loading.value, utilization: loading.utilization, stats: loading.stats }
}
