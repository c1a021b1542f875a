/**
 * micropurse's public library API. Anything not exported here is internal.
 */
export * from './errors.js'
export * from './geometry/index.js'
export * from './pack/index.js'
export * from './catalog/index.js'
export * from './bag/index.js'
// The bag layer and the catalog name the same shapes and closures; at the root these resolve to the bag layer's.
export type { BagShape, BagClosure } from './bag/index.js'
export * from './style/index.js'
export * from './carry/index.js'
export * from './design/index.js'
