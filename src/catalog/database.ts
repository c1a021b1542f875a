import type { Kysely, Transaction } from 'kysely'
import type { ApiKeyTable } from './api-key.table.js'
import type { BagTable } from './bag.table.js'
import type { ItemTable } from './item.table.js'
import type { KitItemTable, KitTable } from './kit.table.js'

/**
 * Every table of the micropurse database, built from the `*.table.ts` files. To add a table (API keys, batch
 * results...): write `name.table.ts`, add it here, and add a migration file to `migrations/index.ts`.
 */
export interface Database {
  bags: BagTable
  items: ItemTable
  kits: KitTable
  kit_items: KitItemTable
  api_keys: ApiKeyTable
}

/** A connection to the catalog database, or a transaction on it: repository functions take either. */
export type CatalogDb = Kysely<Database> | Transaction<Database>
