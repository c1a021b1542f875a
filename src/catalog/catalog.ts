import type { Kysely, Selectable } from 'kysely'
import { MicropurseError } from '../errors.js'
import { bagRowToBag } from './bag.table.js'
import { columnForPath } from './csv-columns.js'
import type { Database } from './database.js'
import { connect, databaseError, describeTarget, resolveDatabaseTarget } from './dialect.js'
import type { DatabaseTarget } from './dialect.js'
import { importError } from './import.js'
import type { ImportIssue, ParsedImport } from './import.js'
import { findItemRows } from './item.repository.js'
import { itemRowToItem } from './item.table.js'
import { findKitRows, listKitRows, searchKitRows } from './kit.repository.js'
import type { KitRows } from './kit.repository.js'
import { kitRowToKit } from './kit.table.js'
import { migrateToLatest } from './migrate.js'
import { toRecord } from './record.js'
import type { CatalogRecords } from './record.js'
import { foldText } from './search-text.js'
import { writeSeed } from './seed.js'
import { writeRecords } from './write-records.js'
import { countRows, deleteRow, findRow, listIds, listRows, searchRows } from './table-queries.js'
import { IdSuggestions } from './id-suggestions.js'
import { notFoundError } from './suggest.js'
import type { CatalogEntities, CatalogKind, Kit, KitItem } from './types.js'
import { CATALOG_KINDS } from './types.js'
import { chunks } from './upsert.js'
import { closestIds } from './suggest.js'

/** Options of `openCatalog`. */
export interface OpenCatalogOptions {
  /**
   * Which database: `postgres://USER@HOST:PORT/DB`, `sqlite:PATH` (relative to `cwd`) or `sqlite::memory:`.
   * Default: `env.DATABASE_URL`, else `sqlite:micropurse.sqlite` in `cwd`.
   */
  db?: string
  /** Environment to read `DATABASE_URL` from (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>
  /** Folder relative SQLite paths start from (default `process.cwd()`). */
  cwd?: string
  /** Write the seed catalog into an empty database (default true). */
  seed?: boolean
  /**
   * Longest wait for a SQLite file another process is writing, once the catalog is open, in ms (default 5000).
   * The wait is on timers (the event loop stays free); past it a query fails with `DATABASE_BUSY`. Opening itself
   * (migrations, seed) always waits up to 5000.
   */
  busyWaitMs?: number
}

/** A page of a listing: `limit` records from `offset` (all records when `limit` is left out). */
export interface Page {
  limit?: number
  offset?: number
}

/** What an import did (or, with `dryRun`, would do), per kind. */
export interface ImportSummary {
  dryRun: boolean
  counts: Record<CatalogKind, { created: number; updated: number }>
}

/**
 * An open catalog. Reads return domain objects (`Bag`, `Item`, `Kit`); `get` throws a not-found error naming the
 * closest ids. `db` is the Kysely instance, for layers that add their own tables. Call `close()` when done.
 */
export interface Catalog {
  /** Where the catalog lives. */
  readonly target: DatabaseTarget
  /** The target for people: the SQLite path, or the PostgreSQL URL without its password. */
  readonly location: string
  readonly db: Kysely<Database>
  /** Migrations applied while opening, and whether the seed was written into an empty database. */
  readonly opened: { readonly migrations: readonly string[]; readonly seeded: boolean }
  count(kind: CatalogKind): Promise<number>
  /** Records ordered by id. */
  list<K extends CatalogKind>(kind: K, page?: Page): Promise<CatalogEntities[K][]>
  /** Every id of a kind, sorted. */
  ids(kind: CatalogKind): Promise<string[]>
  find<K extends CatalogKind>(kind: K, id: string): Promise<CatalogEntities[K] | undefined>
  /**
   * Up to `limit` (default 5) ids of `kind` closest to `query`, best first ("did you mean?"), from an index of the
   * ids rather than a scan; it sees other processes' writes within a minute.
   */
  closest(kind: CatalogKind, query: string, options?: { limit?: number }): Promise<string[]>
  /** Like `find`, but throws `BAG_NOT_FOUND` / `ITEM_NOT_FOUND` / `KIT_NOT_FOUND` with the closest ids. */
  get<K extends CatalogKind>(kind: K, id: string): Promise<CatalogEntities[K]>
  /**
   * Records whose id, names, description or notes contain every word of `query` (case and accents ignored),
   * exact id first, then ids containing the query, then the rest by id. Default limit 50.
   */
  search<K extends CatalogKind>(
    kind: K,
    query: string,
    options?: { limit?: number },
  ): Promise<CatalogEntities[K][]>
  /** A kit's lines with their items looked up. */
  kitItems(kit: Kit): Promise<KitItem[]>
  /**
   * Writes a checked import (see `parseCatalogFile`) in one transaction: all rows or none. Rows whose id exists are
   * replaced. Throws `IMPORT_INVALID` listing every problem (with line and field) when the file had any, or when a
   * kit names an item that is neither in the catalog nor in the file.
   */
  importRows(parsed: ParsedImport, options?: { dryRun?: boolean; fileName?: string }): Promise<ImportSummary>
  /** Every record of a kind in the file format, ordered by id (what `catalog export` writes). */
  exportRecords<K extends CatalogKind>(kind: K): Promise<CatalogRecords[K][]>
  /** Deletes a record; false when there was none. An item still in a kit is refused (`INVALID_INPUT`). */
  remove(kind: CatalogKind, id: string): Promise<boolean>
  close(): Promise<void>
}

/**
 * Opens the catalog: resolves the database (`db`, then `DATABASE_URL`, then `./micropurse.sqlite`), creates a
 * SQLite file if needed, runs pending migrations, and writes the seed catalog when the database holds no bags, items
 * or kits.
 *
 * Throws `INVALID_DATABASE_URL` for a URL it cannot read, `DATABASE_UNAVAILABLE` when the database cannot be reached
 * or migrated.
 *
 * @example
 * const catalog = await openCatalog()                       // ./micropurse.sqlite, seeded on first use
 * const bag = await catalog.get('bags', 'jacquemus-le-petit-chiquito')
 * bag.exteriorMm                                            // { w: 53, h: 43, d: 15 }
 * await catalog.close()
 */
export async function openCatalog(options: OpenCatalogOptions = {}): Promise<Catalog> {
  const target = resolveDatabaseTarget(options.db, options.env, options.cwd)
  // Processes opening a brand-new SQLite file at the same moment race to migrate and seed it; each step is one
  // transaction, so the loser has written nothing and simply opens again once the winner is done.
  for (let attempt = 1; ; attempt++) {
    try {
      return await openOnce(target, options)
    } catch (error) {
      if (target.kind !== 'sqlite' || attempt >= SQLITE_OPEN_ATTEMPTS || !isContention(error))
        throw databaseError(target, error)
      await new Promise((resolve) => setTimeout(resolve, attempt * 50 + Math.random() * 50))
    }
  }
}

/** Tries to open a SQLite catalog this many times when another process holds it while migrating or seeding. */
const SQLITE_OPEN_ATTEMPTS = 6

// Another connection holds the lock, or created the schema between our check and our write (a table: "already
// exists"; a column added by ALTER TABLE: "duplicate column name").
function isContention(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /database is locked|SQLITE_BUSY|already exists|duplicate column name/i.test(message)
}

async function openOnce(target: DatabaseTarget, options: OpenCatalogOptions): Promise<Catalog> {
  // Migrating and seeding may wait for another process; afterwards the caller's wait applies.
  const waiting = { busyWaitMs: 5000 }
  const db = await connect(target, waiting)
  try {
    // Bring the schema up to date, then seed a catalog that has nothing in it.
    const migrations = await migrateToLatest(db)
    let seeded = false
    if (options.seed !== false) {
      seeded = await db.transaction().execute(async (trx) => {
        const total = (await countRows(trx, 'bags')) + (await countRows(trx, 'items')) + (await countRows(trx, 'kits'))
        if (total > 0) return false
        await writeSeed(trx)
        return true
      })
    }
    waiting.busyWaitMs = options.busyWaitMs ?? 5000
    return createCatalog(db, target, { migrations, seeded })
  } catch (error) {
    await db.destroy().catch(() => undefined)
    throw error
  }
}

function createCatalog(db: Kysely<Database>, target: DatabaseTarget, opened: Catalog['opened']): Catalog {
  const suggestions = new IdSuggestions(db)
  // Each kind's queries and mapping, so the methods below are written once. A bag or an item is one row.
  const oneRowKind = <T extends 'bags' | 'items', E>(table: T, toEntity: (row: Selectable<Database[T]>) => E) => ({
    count: () => countRows(db, table),
    ids: () => listIds(db, table),
    find: async (id: string) => mapOptional(await findRow(db, table, id), toEntity),
    list: async (page: Page) => (await listRows(db, table, page)).map(toEntity),
    search: async (words: string[], limit: number) => (await searchRows(db, table, words, limit)).map(toEntity),
    remove: (id: string) => deleteRow(db, table, id),
  })
  const kinds = {
    bags: oneRowKind('bags', bagRowToBag),
    items: {
      ...oneRowKind('items', itemRowToItem),
      remove: async (id: string) => {
        const kits = await db
          .selectFrom('kit_items')
          .select('kit_id')
          .where('item_id', '=', id)
          .orderBy('kit_id')
          .execute()
        if (kits.length > 0) {
          throw new MicropurseError(
            'INVALID_INPUT',
            `Item ${JSON.stringify(id)} is in kits ${kits.map((k) => k.kit_id).join(', ')}; remove it from them first.`,
          )
        }
        return deleteRow(db, 'items', id)
      },
    },
    kits: {
      count: () => countRows(db, 'kits'),
      ids: () => listIds(db, 'kits'),
      find: async (id: string) => mapOptional(await findKitRows(db, id), kitFromRows),
      list: async (page: Page) => (await listKitRows(db, page)).map(kitFromRows),
      search: async (words: string[], limit: number) =>
        (await searchKitRows(db, words, limit)).map(kitFromRows),
      remove: (id: string) => deleteRow(db, 'kits', id),
    },
  } as const
  type Entity<K extends CatalogKind> = CatalogEntities[K]
  const repo = <K extends CatalogKind>(kind: K) =>
    kinds[kind] as unknown as {
      count(): Promise<number>
      ids(): Promise<string[]>
      find(id: string): Promise<Entity<K> | undefined>
      list(page: Page): Promise<Entity<K>[]>
      search(words: string[], limit: number): Promise<Entity<K>[]>
      remove(id: string): Promise<boolean>
    }

  // Which of `ids` the catalog holds, by the primary key, a few hundred at a time.
  const existingIds = async (kind: CatalogKind, ids: readonly string[]): Promise<Set<string>> => {
    const found = new Set<string>()
    for (const batch of chunks([...new Set(ids)], 500)) {
      const rows = await db.selectFrom(kind).select('id').where('id', 'in', batch).execute()
      for (const r of rows) found.add(r.id)
    }
    return found
  }

  const catalog: Catalog = {
    target,
    location: describeTarget(target),
    db,
    opened,
    count: (kind) => repo(kind).count(),
    list: (kind, page = {}) => repo(kind).list(page),
    ids: (kind) => repo(kind).ids(),
    find: (kind, id) => repo(kind).find(id),
    closest: (kind, query, { limit = 5 } = {}) => suggestions.closest(kind, query, limit),
    async get(kind, id) {
      const found = await repo(kind).find(id)
      if (found) return found
      throw notFoundError(kind, id, await suggestions.closest(kind, id))
    },
    async search(kind, query, { limit = 50 } = {}) {
      const words = foldText(query).split(' ').filter(Boolean)
      if (words.length === 0) return []
      const found = await repo(kind).search(words, Math.max(limit, 200))
      // Exact id first, then ids containing the query, then the rest (each group by id, as the rows came).
      const q = query.trim().toLowerCase()
      const rank = (id: string) => (id === q ? 0 : id.includes(q) || id.includes(words.join('-')) ? 1 : 2)
      return found
        .map((value, i) => ({ value, i, rank: rank(value.id) }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .slice(0, limit)
        .map((r) => r.value)
    },
    async kitItems(kit) {
      const rows = await findItemRows(
        db,
        kit.items.map((e) => e.itemId),
      )
      const byId = new Map(rows.map((r) => [r.id, itemRowToItem(r)]))
      return kit.items.map((e) => {
        const item = byId.get(e.itemId)
        if (!item)
          throw new MicropurseError(
            'INTERNAL',
            `Kit ${kit.id} lists item ${e.itemId}, which is not in the catalog.`,
          )
        return { item, count: e.count }
      })
    },
    async importRows(parsed, { dryRun = false, fileName } = {}) {
      if (parsed.issues.length > 0) throw importError(parsed.issues, fileName)
      // Every kit line must name an item already in the catalog or in this file (looked up by id, not listed).
      const fileItemIds = new Set(parsed.items.map((r) => r.value.id))
      const named = [...new Set(parsed.kits.flatMap((r) => r.value.items.map((e) => e.itemId)))]
      const storedItemIds = await existingIds(
        'items',
        named.filter((id) => !fileItemIds.has(id)),
      )
      const issues: ImportIssue[] = []
      for (const row of parsed.kits) {
        for (const [i, entry] of row.value.items.entries()) {
          if (fileItemIds.has(entry.itemId) || storedItemIds.has(entry.itemId)) continue
          const close = await suggestions.closest('items', entry.itemId, 10)
          const fromFile = [...fileItemIds]
          const message = notFoundError(
            'items',
            entry.itemId,
            closestAmong(entry.itemId, close, fromFile),
          ).message
          const path = `items[${i}].item_id`
          const field = parsed.format === 'csv' ? columnForPath('kits', path) : path
          issues.push({ line: row.line, kind: 'kits', id: row.value.id, field, message })
        }
      }
      if (issues.length > 0) throw importError(issues, fileName)
      // Count what is new and what replaces a stored record.
      const counts = {} as ImportSummary['counts']
      for (const kind of ['bags', 'items', 'kits'] as const) {
        const existing = await existingIds(
          kind,
          parsed[kind].map((r) => r.value.id),
        )
        const updated = parsed[kind].filter((r) => existing.has(r.value.id)).length
        counts[kind] = { created: parsed[kind].length - updated, updated }
      }
      if (dryRun) return { dryRun, counts }
      for (const kind of CATALOG_KINDS) if (parsed[kind].length > 0) suggestions.invalidate(kind)
      // Items before kits, which point at them; one transaction so a failure writes nothing.
      await db.transaction().execute(async (trx) => {
        await writeRecords(trx, parsed, 'overwrite')
      })
      return { dryRun, counts }
    },
    async exportRecords(kind) {
      return (await repo(kind).list({})).map((value) => toRecord(kind, value))
    },
    async remove(kind, id) {
      const removed = await repo(kind).remove(id)
      if (removed) suggestions.invalidate(kind)
      return removed
    },
    close: () => db.destroy(),
  }
  return Object.freeze(catalog)
}

function kitFromRows(rows: KitRows): Kit {
  return kitRowToKit(rows.kit, rows.items)
}

function mapOptional<R, T>(row: R | undefined, map: (row: R) => T): T | undefined {
  return row === undefined ? undefined : map(row)
}

/** The closest ids to `query` among those the index found and those of the file being imported. */
function closestAmong(query: string, fromIndex: readonly string[], fromFile: readonly string[]): string[] {
  return closestIds(query, [...new Set([...fromIndex, ...fromFile])])
}
