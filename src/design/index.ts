/**
 * The miniature designer: scale a reference bag's silhouette, keep the parts that do not shrink (walls, lining,
 * closure allowances, hardware), find the smallest size that holds a kit, and chart capacity against size.
 * See docs/designer.md.
 */
export { defineSilhouette } from './silhouette.js'
export { scaleBag, scaledSpec, smallestRoomyWidth, hasRoom } from './scaled-bag.js'
export { designScale } from './search.js'
export type { DesignScaleInput } from './search.js'
export { HARDWARE, HARDWARE_KINDS, HANDLE_ANCHOR_SHARE, defaultHardware, hardwareBlocks } from './hardware.js'
export { monotoneClaim } from './monotone.js'
export type * from './types.js'
export { capacityCurve } from './curve.js'
export { curveSvg, thresholdWords } from './chart.js'
