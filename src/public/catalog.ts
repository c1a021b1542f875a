/**
 * `micropurse/catalog`: bags, items and kits with their sources, on SQLite (default, needs `better-sqlite3`) or
 * PostgreSQL (needs `pg`). See docs/catalog.md.
 */
export { MicropurseError } from '../errors.js'
export type { ErrorCode } from '../errors.js'
export { openCatalog } from '../catalog/catalog.js'
export type { Catalog, ImportSummary, OpenCatalogOptions, Page } from '../catalog/catalog.js'
export { parseCatalogFile, formatFromFileName } from '../catalog/import.js'
export type { CatalogFormat, ImportIssue, ImportRow, ParsedImport } from '../catalog/import.js'
export { formatCatalog } from '../catalog/export.js'
export type {
  BagRecord,
  CatalogDocument,
  CatalogRecords,
  DimsRecord,
  ItemRecord,
  KitRecord,
  PriceRecord,
} from '../catalog/record.js'
export { CATALOG_KINDS, DIMS_STATUSES, ITEM_CATEGORIES } from '../catalog/types.js'
export type {
  Bag,
  BagClosure,
  BagShape,
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
} from '../catalog/types.js'
