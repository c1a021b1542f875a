/**
 * micropurse's public library API. Anything not exported here is internal.
 */
export * from './errors.js'
export * from './geometry/index.js'
export * from './pack/index.js'
export * from './catalog/index.js'
