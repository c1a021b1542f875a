/**
 * binpackingjs (npm, 3D part: Dube's pivot-point heuristic) adapted to the single-container decision: one bin
 * the size of the container, every copy of every item, and "fits" exactly when nothing is left unfit. Its
 * "does not fit" only means the heuristic found no layout.
 *
 * Axes: bin width, height, depth = our x, y, z; positions and placed dimensions map straight across. Rotation
 * modes map to its rotation types: `any` = all six, `upright` = WHD and HWD (depth, our z, stays put), `none` = WHD.
 * Weights are switched off (weight 0, no limit). It cannot model blocked regions or an opening.
 */
import { pack3D as untypedPack3D } from 'binpackingjs/3d'
import type { FitProblem, Placement, Vec3 } from '../../src/pack/types.js'
import type { InProcessPeer } from './types.js'

// The package's .d.ts files import './types' without an extension, which NodeNext resolution cannot follow, so
// its types arrive as `any`. These are the parts used here, copied from its src/3d/types.ts.
interface Item3D {
  name: string
  width: number
  height: number
  depth: number
  weight: number
  allowedRotations?: readonly number[]
}
interface Pack3D {
  (options: {
    bins: { name: string; width: number; height: number; depth: number; maxWeight: number }[]
    items: Item3D[]
  }): {
    packedBins: { items: { name: string; position: readonly number[]; dimension: readonly number[] }[] }[]
    unfitItems: Item3D[]
  }
}
const pack3D = untypedPack3D as Pack3D

// Its RotationType values: WHD = 0 (as given), HWD = 1 (width and height swapped).
const ROTATIONS = { any: undefined, upright: [0, 1], none: [0] } as const

export const binpackingjsPeer: InProcessPeer = {
  kind: 'in-process',
  name: 'binpackingjs',
  label: 'binpackingjs 4 pack3D (heuristic)',
  exact: false,
  unsupported: (problem) =>
    problem.container.blocked?.length || problem.container.opening ? 'no blocked regions or opening' : null,
  solve(problem) {
    return packWithBinpackingjs(problem)
  },
}

/** One pack3D call on the problem; exported for the batch comparison. */
function packWithBinpackingjs(problem: FitProblem): ReturnType<InProcessPeer['solve']> {
  const [w, d, h] = problem.container.size
  const items: Item3D[] = []
  for (const it of problem.items) {
    const allowedRotations = ROTATIONS[it.rotate === 'free' ? 'any' : (it.rotate ?? 'any')]
    for (let c = 0; c < (it.count ?? 1); c++) {
      const item: Item3D = {
        name: it.id,
        width: it.size[0],
        height: it.size[1],
        depth: it.size[2],
        weight: 0,
      }
      items.push(allowedRotations ? { ...item, allowedRotations } : item)
    }
  }
  const result = pack3D({
    bins: [{ name: 'container', width: w, height: d, depth: h, maxWeight: Infinity }],
    items,
  })
  if (result.unfitItems.length > 0) {
    return {
      status: 'does-not-fit',
      placements: [],
      detail: `${result.unfitItems.length} item(s) left unfit`,
    }
  }
  const placements: Placement[] = result.packedBins[0]!.items.map((p) => ({
    id: p.name,
    at: [...p.position] as Vec3,
    size: [...p.dimension] as Vec3,
  }))
  return { status: 'fits', placements }
}
