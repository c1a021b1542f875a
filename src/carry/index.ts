/**
 * Carrying systems: what to leave out of one bag, how to carry the rest across pockets, a phone case with card
 * slots, pouches nested in bags, totes and several micro bags worn at once. See docs/carry.md.
 */
export { planCarry, bestSubset } from './plan.js'
export { DEFAULT_PRIORITY } from './priority.js'
export { applyWear, isWornByDefault, parseOnly } from './wear.js'
export { mergeItemEntries } from './item-list.js'
export type { ItemEntry } from './item-list.js'
export {
  pocketContainer,
  phoneCaseContainers,
  pouchContainer,
  toteContainer,
  bagContainer,
  parseContainerSpec,
} from './containers.js'
export type { ContainerSpec } from './containers.js'
export { JEANS_POCKETS, POCKET_NAMES, pocketSize } from './pockets.js'
export { GARMENT_POCKETS, POCKET_GIVE } from './garment-pockets.js'
export type { PocketName } from './pockets.js'
export { loadContainer } from './clp/search.js'
export { loadFitProblem } from './clp/from-fit.js'
export type * from './clp/types.js'
export { CARRY_CATEGORIES } from './types.js'
export type * from './types.js'
