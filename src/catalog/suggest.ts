import { MicropurseError } from '../errors.js'
import type { CatalogKind } from './types.js'

/**
 * "Did you mean?" for ids. A candidate's distance to what was typed is the smaller of
 * - the edit distance (insert, delete, substitute, swap two neighbours) between the two whole ids, and
 * - the edit distance from what was typed to the best-matching stretch of the candidate (Sellers' approximate
 *   substring matching), plus a small charge for the rest of the candidate,
 * so "chiquito" finds both Chiquito bags and "iphone15" finds "apple-iphone-15".
 */

/** Up to `limit` ids closest to `query`, best first; only ids within `maxDistance` edits of it. */
export function closestIds(
  query: string,
  candidates: readonly string[],
  {
    limit = 5,
    maxDistance = Math.max(2, Math.floor(query.length / 3)),
  }: { limit?: number; maxDistance?: number } = {},
): string[] {
  const q = query.toLowerCase()
  return (
    candidates
      .map((id) => {
        const lower = id.toLowerCase()
        const whole = editDistance(q, lower)
        return { id, whole, edits: Math.min(whole, substringDistance(q, lower)) }
      })
      .filter((c) => c.edits <= maxDistance)
      // Fewest edits first; among equals the closer whole id, then the shorter, then alphabetical.
      .sort(
        (a, b) =>
          a.edits - b.edits || a.whole - b.whole || a.id.length - b.id.length || (a.id < b.id ? -1 : 1),
      )
      .slice(0, limit)
      .map((c) => c.id)
  )
}

/**
 * The error for an id that is not in the catalog, naming the closest ids (`BAG_NOT_FOUND`, `ITEM_NOT_FOUND` or
 * `KIT_NOT_FOUND`, all 404 / CLI exit 2). `details` carries `{ kind, id, suggestions }` for the API.
 */
export function unknownIdError(kind: CatalogKind, id: string, knownIds: readonly string[]): MicropurseError {
  return notFoundError(kind, id, closestIds(id, knownIds))
}

/** `unknownIdError` with the closest ids already found (the catalog finds them from an index). */
export function notFoundError(
  kind: CatalogKind,
  id: string,
  suggestions: readonly string[],
): MicropurseError {
  const singular = { bags: 'bag', items: 'item', kits: 'kit' }[kind]
  const code = ({ bags: 'BAG_NOT_FOUND', items: 'ITEM_NOT_FOUND', kits: 'KIT_NOT_FOUND' } as const)[kind]
  const hint =
    suggestions.length > 0
      ? `Closest ${kind}: ${suggestions.join(', ')}.`
      : `No ${singular} id is close; see micropurse catalog list --kind ${kind} or catalog search.`
  return new MicropurseError(code, `Unknown ${singular} id ${JSON.stringify(id)}. ${hint}`, {
    kind,
    id,
    suggestions: [...suggestions],
  })
}

/** Edit distance with adjacent swaps (optimal string alignment), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let prev2 = new Array<number>(b.length + 1).fill(0)
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1)
      row.push(d)
    }
    prev2 = prev
    prev = row
  }
  return prev[b.length]!
}

/** Fewest edits turning `a` into some stretch of `b` (Sellers 1980: free start and end in `b`). */
function substringDistance(a: string, b: string): number {
  if (a.length === 0) return 0
  // Row 0 is all zeros: a match may start anywhere in b.
  let prev = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost))
    }
    prev = row
  }
  // A match may end anywhere in b.
  return Math.min(...prev)
}
