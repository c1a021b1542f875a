export * from './units.js'
export * from './orientation.js'
export * from './box.js'
