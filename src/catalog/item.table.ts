import type { Insertable, Selectable } from 'kysely'
import type { DimsStatus, Item, ItemCategory, ItemShape } from './types.js'
import { searchText } from './search-text.js'

/** The `items` table: one row per everyday thing, lengths in millimetres (conventions as in `BagTable`). */
export interface ItemTable {
  id: string
  name: string
  category: string
  width_mm: number | null
  height_mm: number | null
  depth_mm: number | null
  dims_status: string
  shape: string
  weight_g: number | null
  is_rigid: number
  /** JSON array of URLs. */
  sources: string
  notes: string
  /** JSON object of further figures. */
  details: string
  /** Lower-case, accent-free words of id, name, category and notes, for `search`. */
  search_text: string
}

export type ItemRow = Selectable<ItemTable>
export type NewItemRow = Insertable<ItemTable>

/** Maps a stored row to an `Item`. */
export function itemRowToItem(row: ItemRow): Item {
  return {
    id: row.id,
    name: row.name,
    category: row.category as ItemCategory,
    dimsMm: { w: row.width_mm, h: row.height_mm, d: row.depth_mm },
    dimsStatus: row.dims_status as DimsStatus,
    shape: row.shape as ItemShape,
    weightG: row.weight_g,
    isRigid: row.is_rigid === 1,
    sources: JSON.parse(row.sources) as string[],
    notes: row.notes,
    details: JSON.parse(row.details) as Record<string, unknown>,
  }
}

/** Maps an `Item` to the row that stores it. */
export function itemToRow(item: Item): NewItemRow {
  return {
    id: item.id,
    name: item.name,
    category: item.category,
    width_mm: item.dimsMm.w,
    height_mm: item.dimsMm.h,
    depth_mm: item.dimsMm.d,
    dims_status: item.dimsStatus,
    shape: item.shape,
    weight_g: item.weightG,
    is_rigid: item.isRigid ? 1 : 0,
    sources: JSON.stringify(item.sources),
    notes: item.notes,
    details: JSON.stringify(item.details),
    search_text: searchText([item.id, item.name, item.category, item.notes]),
  }
}
