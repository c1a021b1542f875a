/**
 * The catalog: bags, items and kits with their sources, in SQLite (default) or PostgreSQL. See docs/catalog.md.
 * Knows only its own types; the bag layer turns a `Bag` into a fit container.
 */
export { openCatalog } from './catalog.js'
export type { Catalog } from './catalog.js'
export { describeTarget, resolveDatabaseTarget } from './dialect.js'
export type { Database } from './database.js'
export { MIGRATION_NAMES, migrateDownTo, migrateToLatest } from './migrate.js'
export { formatFromFileName, parseCatalogFile } from './import.js'
export type { CatalogFormat, ImportIssue } from './import.js'
export { formatCatalog } from './export.js'
export type { CatalogDocument } from './record.js'
export { validateBag, validateItem, validateKit } from './validate.js'
export { closestIds, editDistance, unknownIdError } from './suggest.js'
export { loadSeed, SEED_DIR } from './seed.js'
export { DIMS_TOLERANCE, dimsToleranceMm } from './tolerance.js'
export {
  BAG_CLOSURES,
  BAG_SHAPES,
  CATALOG_KINDS,
  DIMS_STATUSES,
  ITEM_CATEGORIES,
  ITEM_SHAPES,
} from './types.js'
export type {
  Bag,
  CatalogEntities,
  CatalogKind,
  Dims,
  DimsStatus,
  Item,
  Kit,
  Price,
  PriceConverted,
} from './types.js'
