/**
 * The catalog: bags, items and kits with their sources, in SQLite (default) or PostgreSQL. See docs/catalog.md.
 * Knows only its own types; the bag layer turns a `Bag` into a fit container.
 */
export { openCatalog } from './catalog.js'
export type { Catalog, ImportSummary, OpenCatalogOptions, Page } from './catalog.js'
export { DEFAULT_SQLITE_FILE, describeTarget, resolveDatabaseTarget } from './dialect.js'
export type { DatabaseTarget } from './dialect.js'
export type { CatalogDb, Database } from './database.js'
export { MIGRATION_NAMES, migrateDownTo, migrateToLatest } from './migrate.js'
export { formatFromFileName, importError, parseCatalogFile } from './import.js'
export type { CatalogFormat, ImportIssue, ImportRow, ParsedImport } from './import.js'
export { formatCatalog } from './export.js'
export { bagToRecord, itemToRecord, kitToRecord, toRecord } from './record.js'
export type {
  BagRecord,
  CatalogDocument,
  CatalogRecords,
  DimsRecord,
  ItemRecord,
  KitRecord,
  PriceConvertedRecord,
  PriceRecord,
} from './record.js'
export { validateBag, validateItem, validateKit, validateRecord } from './validate.js'
export type { FieldIssue, Validated } from './validate.js'
export { closestIds, editDistance, unknownIdError } from './suggest.js'
export { loadSeed, SEED_DIR } from './seed.js'
export { DIMS_TOLERANCE, dimsToleranceMm } from './tolerance.js'
export type { DimsTolerance } from './tolerance.js'
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
  // Named apart from src/bag's identical unions so both layers can be exported from the package root.
  BagClosure as CatalogBagClosure,
  BagShape as CatalogBagShape,
  CatalogEntities,
  CatalogKind,
  Dims,
  DimsStatus,
  Item,
  ItemCategory,
  ItemShape,
  Kit,
  KitEntry,
  KitItem,
  Price,
  PriceConverted,
} from './types.js'
