import { closestIds } from './suggest.js'

/**
 * "Did you mean?" over a large catalog without a scan: an index of every id by its trigrams (runs of three
 * characters). The closest ids to what was typed share most of its trigrams, so only the ids that share the most are
 * ranked with `closestIds`' edit distances; the rest are never looked at.
 *
 *   "chiquito"  ->  chi hiq iqu qui uit ito  ->  postings  ->  ids sharing most of them  ->  closestIds(...)
 *
 * Queries too short for trigrams are ranked against the ids of about their length (the only ones within reach of
 * the edit distance). Build it once per catalog and kind (`IdIndex.build`); it is a snapshot, rebuilt by its owner.
 */
export class IdIndex {
  /** Ids in one array; postings hold their positions. */
  private readonly ids: string[] = []
  private readonly postings = new Map<string, number[]>()
  /** Positions of the ids by length, for queries too short for trigrams. */
  private readonly byLength = new Map<number, number[]>()
  /** Shared-trigram count per id, reused between queries (reset after each). */
  private shared = new Uint16Array(0)

  /** An index of `ids` (any order). */
  static build(ids: readonly string[]): IdIndex {
    const index = new IdIndex()
    index.add(ids)
    return index
  }

  /** Adds ids (a large catalog is added a page at a time, so that building never holds the event loop long). */
  add(ids: readonly string[]): void {
    for (const id of ids) {
      const i = this.ids.length
      this.ids.push(id)
      for (const gram of new Set(trigrams(id.toLowerCase()))) {
        const list = this.postings.get(gram)
        if (list) list.push(i)
        else this.postings.set(gram, [i])
      }
      const same = this.byLength.get(id.length)
      if (same) same.push(i)
      else this.byLength.set(id.length, [i])
    }
    this.shared = new Uint16Array(this.ids.length)
  }

  /** How many ids it holds. */
  get size(): number {
    return this.ids.length
  }

  /** Up to `limit` ids closest to `query`, best first, as `closestIds` would rank them among all ids. */
  closest(query: string, limit = 5): string[] {
    return closestIds(query, this.candidates(query), { limit })
  }

  /** The ids worth ranking: those sharing the most trigrams with the query, or of about its length. */
  private candidates(query: string): string[] {
    const q = query.toLowerCase()
    const grams = [...new Set(trigrams(q))]
    const reach = Math.max(2, Math.floor(q.length / 3))
    if (grams.length === 0) {
      // Too short for trigrams: the ids of about its length, and those holding it (through the trigrams that do).
      const found = new Set<number>()
      for (let n = Math.max(1, q.length - reach); n <= q.length + reach; n++)
        for (const i of this.byLength.get(n) ?? []) found.add(i)
      if (q.length > 0)
        for (const [gram, list] of this.postings) {
          if (!gram.includes(q)) continue
          for (const i of list) found.add(i)
          if (found.size > MAX_CANDIDATES) break
        }
      return [...found].map((i) => this.ids[i]!)
    }
    // Count shared trigrams per id, touching only the ids in the query's postings.
    const touched: number[] = []
    for (const gram of grams) {
      const list = this.postings.get(gram)
      if (!list) continue
      for (let k = 0; k < list.length; k++) {
        const i = list[k]!
        if (this.shared[i] === 0) touched.push(i)
        this.shared[i]!++
      }
    }
    // Within `reach` edits of a stretch of an id, at most 3 trigrams per edit are lost: ids sharing fewer cannot be
    // close. Of the rest, the ones sharing the most (a few hundred) are ranked.
    const needed = Math.max(1, grams.length - 3 * reach)
    const kept = touched.filter((i) => this.shared[i]! >= needed)
    kept.sort((a, b) => this.shared[b]! - this.shared[a]! || a - b)
    const out = kept.slice(0, MAX_CANDIDATES).map((i) => this.ids[i]!)
    for (const i of touched) this.shared[i] = 0
    return out
  }
}

/** Most ids ranked by edit distance for one query. */
const MAX_CANDIDATES = 1000

/** The runs of three characters of a text (none when it is shorter). */
function trigrams(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 3 <= text.length; i++) out.push(text.slice(i, i + 3))
  return out
}
