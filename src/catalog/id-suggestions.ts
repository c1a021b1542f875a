import type { Kysely } from 'kysely'
import type { Database } from './database.js'
import { IdIndex } from './id-index.js'
import type { CatalogKind } from './types.js'

/** Ids read and indexed per turn of the event loop while an index is built. */
const PAGE = 2000
/** An index older than this is rebuilt before it answers, so other processes' writes show up, ms. */
const MAX_AGE_MS = 60_000

/**
 * The "did you mean?" ids of one open catalog, per kind, from a trigram index (id-index.ts) instead of a scan of
 * every id per unknown id. The index is built on the first unknown id of a kind (reading the ids a page at a time,
 * by the primary key), dropped when this catalog writes that kind, and rebuilt when it is a minute old (another
 * process may have written). Concurrent callers share one build.
 */
export class IdSuggestions {
  private readonly indexes = new Map<CatalogKind, { built: number; index: Promise<IdIndex> }>()

  constructor(private readonly db: Kysely<Database>) {}

  /** Up to `limit` ids of `kind` closest to `query`, best first. */
  async closest(kind: CatalogKind, query: string, limit = 5): Promise<string[]> {
    return (await this.index(kind)).closest(query, limit)
  }

  /** Forgets the index of a kind after a write to it. */
  invalidate(kind: CatalogKind): void {
    this.indexes.delete(kind)
  }

  private index(kind: CatalogKind): Promise<IdIndex> {
    const now = Date.now()
    const cached = this.indexes.get(kind)
    if (cached && now - cached.built < MAX_AGE_MS) return cached.index
    const index = buildIndex(this.db, kind)
    // A failed build is not kept: the next caller tries again.
    index.catch(() => this.indexes.delete(kind))
    this.indexes.set(kind, { built: now, index })
    // An old index answers while its successor is built; a missing or dropped one is waited for.
    return cached ? cached.index.catch(() => index) : index
  }
}

/** The index of every id of a kind, read by the primary key a page at a time, added between turns of the event loop. */
async function buildIndex(db: Kysely<Database>, kind: CatalogKind): Promise<IdIndex> {
  const index = IdIndex.build([])
  let last: string | undefined
  for (;;) {
    let query = db.selectFrom(kind).select('id').orderBy('id').limit(PAGE)
    if (last !== undefined) query = query.where('id', '>', last)
    const ids = (await query.execute()).map((r) => r.id)
    index.add(ids)
    if (ids.length < PAGE) return index
    last = ids[ids.length - 1]
    await new Promise((resolve) => setImmediate(resolve))
  }
}
