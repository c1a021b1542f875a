import type { FitContainer, Vec3 } from '../../../src/pack/types.js'
import type { ScenePlacement } from '../data/types.js'
import { sceneLayout, type SceneLayout } from './layout.js'
import { bagShell } from './solids.js'

/** What the scene needs of a bag: its shape, outside size (shop order w, h, d) and the container the engine used. */
export interface SceneBag {
  shape: string
  exteriorMm: Vec3
  container: FitContainer
}

/** What the scene needs of a kind of thing: its fit id and own size [w, d, h]. */
export interface SceneThing {
  id: string
  sizeMm: Vec3
}

/** The scene of a bag with these placements, drawn as its outline, the things left out standing beside it. */
export function sceneOf(bag: SceneBag, placements: readonly ScenePlacement[], things: readonly SceneThing[], outside: { id: string; count: number }[]): SceneLayout {
  return sceneLayout(
    bag.container,
    placements,
    things.map((t) => t.id),
    {
      ownSizes: things.map((t) => t.sizeMm),
      outside,
      shell: bagShell(bag.shape, bag.exteriorMm, bag.container.size),
    },
  )
}
