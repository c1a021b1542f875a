/**
 * micropurse's library: the fit engine, bags, carry plans, the miniature designer and the styling advisor. Anything
 * not exported here (or from the `micropurse/catalog`, `micropurse/server` and `micropurse/batch` entries, in
 * src/public/) is internal. This entry loads no database, queue or server code; the package ships it as one bundle
 * (scripts/build-library.mjs). See docs/architecture.md.
 */
export { MicropurseError } from './errors.js'
export type { ErrorCode } from './errors.js'

// Units people type.
export { parseLength, parseSize, formatLength, formatSize } from './geometry/units.js'
export type { LengthUnit, ParsedLength, ParsedSize } from './geometry/units.js'
export type { RotateMode } from './geometry/orientation.js'

// The exact fit engine (docs/fit.md).
export { fit } from './pack/fit.js'
export { checkPacking } from './pack/check.js'
export type { PackingCheck } from './pack/check.js'
export { verifyProof } from './pack/verify.js'
export type { ProofCheck } from './pack/verify.js'
export { fitMargin } from './pack/margin.js'
export type { FitMargin, MarginOptions } from './pack/margin.js'
export { LIMITS } from './pack/limits.js'
export type * from './pack/types.js'

// Bags as shops describe them, turned into fit containers (docs/bags.md).
export { bagInterior } from './bag/interior.js'
export { parseBagSpec } from './bag/parse.js'
export { freeVolumeMm3, interiorVolumeMl, pricePerMl } from './bag/volume.js'
export { MATERIAL_NAMES } from './bag/materials.js'
export { CLOSURE_NAMES } from './bag/closures.js'
export { SHAPE_NAMES } from './bag/shapes.js'
export type * from './bag/types.js'

// Carry plans across bags, pockets and companion pieces (docs/carry.md).
export { planCarry, bestSubset } from './carry/plan.js'
export {
  bagContainer,
  parseContainerSpec,
  phoneCaseContainers,
  pocketContainer,
  pouchContainer,
  toteContainer,
} from './carry/containers.js'
export type { ContainerSpec } from './carry/containers.js'
export { loadContainer } from './carry/clp/search.js'
export { loadFitProblem } from './carry/clp/from-fit.js'
export type { FitLoading } from './carry/clp/from-fit.js'
export { CARRY_CATEGORIES } from './carry/types.js'
export type * from './carry/types.js'
export type * from './carry/clp/types.js'

// The miniature designer (docs/designer.md).
export { defineSilhouette } from './design/silhouette.js'
export { designScale } from './design/search.js'
export type { DesignScaleInput } from './design/search.js'
export { scaleBag } from './design/scaled-bag.js'
export { capacityCurve } from './design/curve.js'
export type { CapacityCurveInput } from './design/curve.js'
export { curveSvg } from './design/chart.js'
export type { CurveSvgOptions } from './design/chart.js'
export type * from './design/types.js'

// The styling advisor (docs/styling.md).
export { adviseStyle } from './style/advise.js'
export { rankBags } from './style/rank.js'
export type { RankInput } from './style/rank.js'
export { parseColour } from './style/colour.js'
export type { Colour } from './style/colour.js'
export { nameColour } from './style/colour-names.js'
export { OCCASIONS } from './style/types.js'
export type * from './style/types.js'
