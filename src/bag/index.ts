/**
 * Bag geometry: a bag as shops describe it (exterior, shape, materials, closure, compartments) becomes the fit
 * engine's container (interior box, blocked parts, opening), with every derived number explained.
 */
export { bagInterior } from './interior.js'
export { parseBagSpec, normaliseName } from './parse.js'
export { freeVolumeMm3, pricePerMl } from './volume.js'
export { MATERIALS, MATERIAL_NAMES, stackMm } from './materials.js'
export { CLOSURE_NAMES, ZIP_END_MM } from './closures.js'
export { SHAPES, SHAPE_NAMES, DEFAULT_TAPER_SHARE, DEFAULT_CORNER_SHARE } from './shapes.js'
export type * from './types.js'
