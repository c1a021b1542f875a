/**
 * Bag geometry: a bag as shops describe it (exterior, shape, materials, closure, compartments) becomes the fit
 * engine's container (interior box, blocked parts, opening), with every derived number explained.
 */
export { bagInterior } from './interior.js'
export { parseBagSpec, normaliseName } from './parse.js'
export { freeVolumeMm3, interiorVolumeMl, pricePerMl } from './volume.js'
export { MATERIALS, MATERIAL_NAMES, stackMm, dividerMm } from './materials.js'
export type { MaterialEntry } from './materials.js'
export { CLOSURES, CLOSURE_NAMES, ZIP_END_MM, FRAME_SPAN_SHARE, FRAME_BAR_MM, DRAWSTRING_MM } from './closures.js'
export type { ClosureRule } from './closures.js'
export { SHAPES, SHAPE_NAMES, DEFAULT_TAPER_SHARE, DEFAULT_CORNER_SHARE } from './shapes.js'
export type { ShapeRule } from './shapes.js'
export { TARGET_LOST_SHARE, MAX_STEPS } from './outline.js'
export type * from './types.js'
