import type { Insertable, Selectable } from 'kysely'
import type { Kit } from './types.js'
import { searchText } from './search-text.js'

/** The `kits` table: one row per named set; its lines live in `kit_items`. */
export interface KitTable {
  id: string
  name: string
  description: string
  notes: string
  /** Lower-case, accent-free words of id, name, description and item ids, for `search`. */
  search_text: string
}

/** The `kit_items` table: one row per (kit, item), `position` keeps the kit's order. */
export interface KitItemTable {
  kit_id: string
  item_id: string
  count: number
  position: number
}

export type KitRow = Selectable<KitTable>
export type NewKitRow = Insertable<KitTable>
export type KitItemRow = Selectable<KitItemTable>

/** Maps a kit row and its item rows (in any order) to a `Kit`. */
export function kitRowToKit(row: KitRow, itemRows: readonly KitItemRow[]): Kit {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    items: [...itemRows]
      .sort((a, b) => a.position - b.position)
      .map((r) => ({ itemId: r.item_id, count: r.count })),
    notes: row.notes,
  }
}

/** Maps a `Kit` to its row and its `kit_items` rows. */
export function kitToRows(kit: Kit): { kit: NewKitRow; items: KitItemRow[] } {
  return {
    kit: {
      id: kit.id,
      name: kit.name,
      description: kit.description,
      notes: kit.notes,
      search_text: searchText([kit.id, kit.name, kit.description, ...kit.items.map((e) => e.itemId)]),
    },
    items: kit.items.map((e, position) => ({ kit_id: kit.id, item_id: e.itemId, count: e.count, position })),
  }
}
