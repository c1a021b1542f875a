import type { Insertable, Selectable } from 'kysely'
import type { DimsStatus, Item, ItemCategory, ItemShape } from './types.js'
import { searchText } from './search-text.js'
import { sourcedFromRow, sourcedToRow } from './sourced-columns.js'
import type { SourcedColumns } from './sourced-columns.js'

/** The `items` table: one row per everyday thing, lengths in millimetres (conventions as in `BagTable`). */
export interface ItemTable extends SourcedColumns {
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
  min_width_mm: number | null
  min_height_mm: number | null
  min_depth_mm: number | null
  case_adds_width_mm: number | null
  case_adds_height_mm: number | null
  case_adds_depth_mm: number | null
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
    minDimsMm:
      row.min_width_mm === null && row.min_height_mm === null && row.min_depth_mm === null
        ? null
        : { w: row.min_width_mm, h: row.min_height_mm, d: row.min_depth_mm },
    caseAddsMm:
      row.case_adds_width_mm === null && row.case_adds_height_mm === null && row.case_adds_depth_mm === null
        ? null
        : { w: row.case_adds_width_mm, h: row.case_adds_height_mm, d: row.case_adds_depth_mm },
    ...sourcedFromRow(row),
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
    min_width_mm: item.minDimsMm?.w ?? null,
    min_height_mm: item.minDimsMm?.h ?? null,
    min_depth_mm: item.minDimsMm?.d ?? null,
    case_adds_width_mm: item.caseAddsMm?.w ?? null,
    case_adds_height_mm: item.caseAddsMm?.h ?? null,
    case_adds_depth_mm: item.caseAddsMm?.d ?? null,
    ...sourcedToRow(item),
    search_text: searchText([item.id, item.name, item.category, item.notes]),
  }
}
