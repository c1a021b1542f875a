import { fail, show } from '../errors.js'
import type { ErrorCode } from '../errors.js'
import type { CarryItem } from './types.js'

/** One entry of a list of things as the caller typed it: a catalog item (or a kit's line), or a thing of its own. */
export interface ItemEntry {
  item: CarryItem
  /** True for a catalog item or a kit's line; false for a thing given by its own size. */
  isCatalog: boolean
  /** The entry for messages, as the caller shows it: `"a=1x1x1"`, `items[1] (a, 200 × 200 × 200 mm)`, `kit essentials`. */
  text: string
}

/**
 * Joins a list of things into carry items, one per name:
 * - the same catalog item listed again adds its copies (`lipstick,lipstick` is `lipstick*2`; a kit's lipstick plus
 *   `lipstick` is two), and a must-have mark on any entry marks every copy, as `--must` does;
 * - a thing of your own (given by its size) has a name of its own: two such things, or one and a catalog item, with
 *   one name are two different things, and refused;
 * - entries of one catalog item that disagree (another category, priority, name or rotation) are refused.
 * Throws `code` naming the name and both entries. Does not mutate the entries.
 */
export function mergeItemEntries(entries: readonly ItemEntry[], code: ErrorCode): CarryItem[] {
  const items: CarryItem[] = []
  const first = new Map<string, ItemEntry>()
  for (const entry of entries) {
    const id = entry.item.id
    const earlier = first.get(id)
    if (!earlier) {
      first.set(id, entry)
      items.push({ ...entry.item })
      continue
    }
    if (!entry.isCatalog || !earlier.isCatalog) {
      const [own, other] = entry.isCatalog ? [earlier, entry] : [entry, earlier]
      fail(
        code,
        other.isCatalog
          ? `${own.text} has the name of the catalog item ${show(id)}, also listed (${other.text}): give your own thing another name.`
          : `Two different things are called ${show(id)}: ${earlier.text} and ${entry.text}. Give each its own name, or list one with a count for copies of the same thing.`,
        { name: id },
      )
    }
    const merged = items.find((it) => it.id === id)!
    for (const field of ['category', 'priority', 'rotate', 'name'] as const) {
      const a = merged[field]
      const b = entry.item[field]
      if (a !== undefined && b !== undefined && a !== b) {
        fail(code, `${earlier.text} and ${entry.text} are the same catalog item ${show(id)} with a different ${field} (${show(a)}, ${show(b)}): give it once, with a count for copies.`, { name: id })
      }
      if (a === undefined && b !== undefined) (merged as unknown as Record<string, unknown>)[field] = b
    }
    merged.count = (merged.count ?? 1) + (entry.item.count ?? 1)
    if (entry.item.mustHave) merged.mustHave = true
  }
  return items
}
