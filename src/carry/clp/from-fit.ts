import { buildModel, toMm } from '../../pack/model.js'
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
 * (default: its volume). Honours rotate modes, blocked regions and the opening (an orientation that cannot pass
 * through it is never used). Lengths follow the engine's model, so the layout passes `checkPacking`.
 */
export function loadFitProblem(problem: FitProblem, valueOf?: (id: string) => number, options: LoadingOptions = {}): FitLoading {
  const model = buildModel(problem)
  const loading = loadContainer(
    {
      size: model.L,
      blocked: model.blocked.map((b) => [b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!] as const),
      // The model keeps only the orientations that fit the box and pass the opening.
      types: model.types.map((t) => {
        return {
          id: t.id,
          count: t.orients.length > 0 ? t.count : 0,
          // An item with no way in keeps its own size as a placeholder orientation (count 0: never loaded).
          orients: t.orients.length > 0 ? t.orients.map((o) => [o.w, o.d, o.h] as const) : [[t.size[0], t.size[1], t.size[2]] as const],
          value: valueOf ? valueOf(t.id) : t.volume,
        }
      }),
    },
    options,
  )
  // Back to millimetres: positions from model units, sizes as the item's own sides permuted (exactly as given).
  const loaded = new Map<string, number>()
  const placements = loading.boxes.map((box): Placement => {
    const type = model.types[box.type]!
    const perm = type.orients[box.orient]!.perm
    loaded.set(type.id, (loaded.get(type.id) ?? 0) + 1)
    return {
      id: type.id,
      at: box.at.map((v) => toMm(model, v)) as Vec3,
      size: perm.map((k) => type.sizeMm[k]!) as Vec3,
    }
  })
  return { placements, loaded, value: loading.value, utilization: loading.utilization, stats: loading.stats }
}
