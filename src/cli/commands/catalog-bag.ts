// Moved to src/services so the HTTP API shares it; kept here so the CLI's imports stay as they are.
export { bagRoom, catalogBagToSpec } from '../../services/catalog-bag.js'
export type { BagRoom } from '../../services/catalog-bag.js'
