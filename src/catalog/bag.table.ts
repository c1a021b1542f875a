import type { Insertable, Selectable } from 'kysely'
import type { Bag, BagClosure, BagShape, DimsStatus } from './types.js'
import { searchText } from './search-text.js'
import { sourcedFromRow, sourcedToRow } from './sourced-columns.js'
import type { SourcedColumns } from './sourced-columns.js'

/**
 * The `bags` table: one row per bag, lengths in millimetres. Booleans are 0/1 integers and lists and objects are
 * JSON text, so a row reads the same on SQLite and PostgreSQL.
 */
export interface BagTable extends SourcedColumns {
  id: string
  brand: string
  model: string
  size_name: string | null
  width_mm: number | null
  height_mm: number | null
  depth_mm: number | null
  interior_width_mm: number | null
  interior_height_mm: number | null
  interior_depth_mm: number | null
  dims_status: string
  shape: string | null
  closure: string | null
  material: string | null
  strap: string | null
  price_amount: number | null
  price_amount_max: number | null
  price_currency: string | null
  price_year: number | null
  price_date: string | null
  price_source: string | null
  price_usd_amount: number | null
  price_usd_rate: number | null
  price_usd_rate_date: string | null
  price_usd_rate_source: string | null
  year_introduced: number | null
  is_reference_only: number
  handle_drop_mm: number | null
  strap_length_mm: number | null
  strap_drop_mm: number | null
  /** Lower-case, accent-free words of id, brand, model, size name, shape, material and notes, for `search`. */
  search_text: string
}

export type BagRow = Selectable<BagTable>
export type NewBagRow = Insertable<BagTable>

/** Maps a stored row to a `Bag`. Trusts the row: it was validated on the way in. */
export function bagRowToBag(row: BagRow): Bag {
  const hasInterior =
    row.interior_width_mm !== null || row.interior_height_mm !== null || row.interior_depth_mm !== null
  return {
    id: row.id,
    brand: row.brand,
    model: row.model,
    sizeName: row.size_name,
    exteriorMm: { w: row.width_mm, h: row.height_mm, d: row.depth_mm },
    interiorMm: hasInterior
      ? { w: row.interior_width_mm, h: row.interior_height_mm, d: row.interior_depth_mm }
      : null,
    dimsStatus: row.dims_status as DimsStatus,
    shape: row.shape as BagShape | null,
    closure: row.closure as BagClosure | null,
    material: row.material,
    strap: row.strap,
    price:
      row.price_amount === null || row.price_currency === null
        ? null
        : {
            amount: row.price_amount,
            amountMax: row.price_amount_max,
            currency: row.price_currency,
            year: row.price_year,
            date: row.price_date,
            source: row.price_source,
          },
    priceConverted:
      row.price_usd_amount === null || row.price_usd_rate === null
        ? null
        : {
            amount: row.price_usd_amount,
            currency: 'USD',
            rate: row.price_usd_rate,
            rateDate: row.price_usd_rate_date ?? '',
            rateSource: row.price_usd_rate_source ?? '',
          },
    yearIntroduced: row.year_introduced,
    isReferenceOnly: row.is_reference_only === 1,
    handleDropMm: row.handle_drop_mm,
    strapLengthMm: row.strap_length_mm,
    strapDropMm: row.strap_drop_mm,
    ...sourcedFromRow(row),
  }
}

/** Maps a `Bag` to the row that stores it. */
export function bagToRow(bag: Bag): NewBagRow {
  return {
    id: bag.id,
    brand: bag.brand,
    model: bag.model,
    size_name: bag.sizeName,
    width_mm: bag.exteriorMm.w,
    height_mm: bag.exteriorMm.h,
    depth_mm: bag.exteriorMm.d,
    interior_width_mm: bag.interiorMm?.w ?? null,
    interior_height_mm: bag.interiorMm?.h ?? null,
    interior_depth_mm: bag.interiorMm?.d ?? null,
    dims_status: bag.dimsStatus,
    shape: bag.shape,
    closure: bag.closure,
    material: bag.material,
    strap: bag.strap,
    price_amount: bag.price?.amount ?? null,
    price_amount_max: bag.price?.amountMax ?? null,
    price_currency: bag.price?.currency ?? null,
    price_year: bag.price?.year ?? null,
    price_date: bag.price?.date ?? null,
    price_source: bag.price?.source ?? null,
    price_usd_amount: bag.priceConverted?.amount ?? null,
    price_usd_rate: bag.priceConverted?.rate ?? null,
    price_usd_rate_date: bag.priceConverted?.rateDate ?? null,
    price_usd_rate_source: bag.priceConverted?.rateSource ?? null,
    year_introduced: bag.yearIntroduced,
    is_reference_only: bag.isReferenceOnly ? 1 : 0,
    handle_drop_mm: bag.handleDropMm,
    strap_length_mm: bag.strapLengthMm,
    strap_drop_mm: bag.strapDropMm,
    ...sourcedToRow(bag),
    search_text: searchText([bag.id, bag.brand, bag.model, bag.sizeName, bag.shape, bag.material, bag.notes]),
  }
}
