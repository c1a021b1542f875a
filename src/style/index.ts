/**
 * The styling advisor: five rules (colour, proportion, placement, practicality, occasion), each a score in 0..1 (or
 * null when it cannot judge) with reasons and suggestions. Stands alone: imports no other micropurse layer, nothing from Node or the DOM.
 */
export { adviseStyle } from './advise.js'
export { rankBags } from './rank.js'
export { parseColour, deltaE00, classifyColour } from './colour.js'
export { nameColour } from './colour-names.js'
export { OCCASION_WEIGHTS } from './calibration.js'
export * from './types.js'
