/**
 * The miniature designer: scale a reference bag's silhouette, keep the parts that do not shrink (walls, lining,
 * closure allowances, hardware), find the smallest size that holds a kit, and chart capacity against size.
 * See docs/designer.md.
 */
export { defineSilhouette } from './silhouette.js'
export { scaleBag, scaledSpec, smallestRoomyWidth, hasRoom, scaledExplanation } from './scaled-bag.js'
export { designScale, MAX_UNKNOWN_PER_STAGE } from './search.js'
export type { DesignScaleInput } from './search.js'
export { HARDWARE, HARDWARE_KINDS, HANDLE_ANCHOR_SHARE, defaultHardware, hardwareBlocks } from './hardware.js'
export type { HardwareRule, HardwarePlacement, HardwareBlocks } from './hardware.js'
export { monotoneClaim, BOX_PROOFS } from './monotone.js'
export { carryLayout } from './carry-layout.js'
export type { CarriedLayout } from './carry-layout.js'
export { DEFAULT_WIDTH_TIME_LIMIT_MS, DEFAULT_WINDOW_MM, DEFAULT_MAX_WIDTH_FACTOR } from './options.js'
export type * from './types.js'
export { capacityCurve, DEFAULT_CURVE_STEP_MM, MAX_SERIES_POINTS } from './curve.js'
export type { CapacityCurveInput } from './curve.js'
export { curveSvg, thresholdWords } from './chart.js'
export type { CurveSvgOptions } from './chart.js'
