/**
 * Carrying systems: what to leave out of one bag, how to carry the rest across pockets, a phone case with card
 * slots, pouches nested in bags, totes and several micro bags worn at once. See docs/carry.md.
 */
export { planCarry, bestSubset, DEFAULT_PLAN_TIME_LIMIT_MS, DEFAULT_FIT_TIME_LIMIT_MS, EXACT_ITEM_LIMIT } from './plan.js'
export { validateCarryProblem, MAX_CONTAINERS } from './validate.js'
export { DEFAULT_PRIORITY } from './priority.js'
export { applyWear, isWornByDefault, parseOnly } from './wear.js'
export type { WearChoices } from './wear.js'
export { mergeItemEntries } from './item-list.js'
export type { ItemEntry } from './item-list.js'
export {
  pocketContainer,
  phoneCaseContainers,
  pouchContainer,
  toteContainer,
  bagContainer,
  parseContainerSpec,
  CARD_SLOT_MM,
  PHONE_SLEEVE_MM,
  POUCH_EXTERIOR_MM,
  TOTE_EXTERIOR_MM,
  MAX_CARD_SLOTS,
} from './containers.js'
export type { ContainerSpec } from './containers.js'
export { JEANS_POCKETS, POCKET_NAMES, POCKET_SOURCE, pocketSize } from './pockets.js'
export { GARMENT_POCKETS, POCKET_GIVE } from './garment-pockets.js'
export type { GarmentPocketName, GarmentPocketRecord, PocketGive, PocketGiveKind } from './garment-pockets.js'
export type { JeansPocketRecord, PocketName, PocketSize } from './pockets.js'
export { loadContainer } from './clp/search.js'
export { loadFitProblem } from './clp/from-fit.js'
export type { FitLoading } from './clp/from-fit.js'
export type * from './clp/types.js'
export { CARRY_CATEGORIES } from './types.js'
export type * from './types.js'
