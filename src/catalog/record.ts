import type { Bag, CatalogEntities, CatalogKind, Dims, Item, Kit, Price, PriceConverted } from './types.js'

/**
 * The file format of the catalog: seed files, `catalog import` and `catalog export` (JSON; CSV flattens the same
 * fields, see `csv-columns.ts`). snake_case keys as in the project's shared data; optional fields may be left out.
 */

/** Three lengths in millimetres, `null` where unknown. */
export interface DimsRecord {
  w: number | null
  h: number | null
  d: number | null
}

export interface PriceRecord {
  amount: number
  amount_max?: number | null
  currency: string
  year?: number | null
  /** `2024-03` or `2024-03-15`, when the page dates the price more exactly than its year. */
  date?: string | null
  /** The page giving the price, when it is not the bag's first source. */
  source?: string | null
}

/** The price in US dollars with the rate used (see `PriceConverted`). */
interface PriceConvertedRecord {
  amount: number
  currency: 'USD'
  rate: number
  rate_date: string
  rate_source: string
}

export interface BagRecord {
  id: string
  brand: string
  model: string
  size_name?: string | null
  exterior_mm: DimsRecord
  interior_mm?: DimsRecord | null
  dims_status: string
  shape?: string | null
  closure?: string | null
  material?: string | null
  strap?: string | null
  price?: PriceRecord | null
  price_converted?: PriceConvertedRecord | null
  year_introduced?: number | null
  reference_only?: boolean
  handle_drop_mm?: number | null
  strap_length_mm?: number | null
  strap_drop_mm?: number | null
  sources: string[]
  notes?: string
  details?: Record<string, unknown>
}

export interface ItemRecord {
  id: string
  name: string
  category: string
  dims_mm: DimsRecord
  dims_status: string
  shape: string
  weight_g?: number | null
  rigid?: boolean
  min_dims_mm?: DimsRecord | null
  case_adds_mm?: DimsRecord | null
  sources: string[]
  notes?: string
  details?: Record<string, unknown>
}

export interface KitRecord {
  id: string
  name: string
  description?: string
  items: { item_id: string; count: number }[]
  notes?: string
}

/** The record type of each kind. */
export interface CatalogRecords {
  bags: BagRecord
  items: ItemRecord
  kits: KitRecord
}

/** A whole catalog (or part of one) as one JSON document: what `catalog export --format json` writes. */
export type CatalogDocument = { [K in CatalogKind]?: CatalogRecords[K][] }

const dimsRecord = (d: Dims): DimsRecord => ({ w: d.w, h: d.h, d: d.d })

function priceRecord(p: Price): PriceRecord {
  return {
    amount: p.amount,
    ...(p.amountMax !== null && { amount_max: p.amountMax }),
    currency: p.currency,
    year: p.year,
    ...(p.date !== null && { date: p.date }),
    ...(p.source !== null && { source: p.source }),
  }
}

function priceConvertedRecord(p: PriceConverted): PriceConvertedRecord {
  return { amount: p.amount, currency: p.currency, rate: p.rate, rate_date: p.rateDate, rate_source: p.rateSource }
}

/** Drops `null`, `false` flags and empty objects from optional fields so records stay short. */
function compact<T extends object>(record: T, required: readonly string[]): T {
  const isEmpty = (v: unknown) =>
    v === null ||
    v === undefined ||
    v === false ||
    (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)
  return Object.fromEntries(
    Object.entries(record).filter(([k, v]) => required.includes(k) || !isEmpty(v)),
  ) as T
}

/** A bag as a file record. */
function bagToRecord(bag: Bag): BagRecord {
  return compact<BagRecord>(
    {
      id: bag.id,
      brand: bag.brand,
      model: bag.model,
      size_name: bag.sizeName,
      exterior_mm: dimsRecord(bag.exteriorMm),
      interior_mm: bag.interiorMm && dimsRecord(bag.interiorMm),
      dims_status: bag.dimsStatus,
      shape: bag.shape,
      closure: bag.closure,
      material: bag.material,
      strap: bag.strap,
      price: bag.price && priceRecord(bag.price),
      price_converted: bag.priceConverted && priceConvertedRecord(bag.priceConverted),
      year_introduced: bag.yearIntroduced,
      reference_only: bag.isReferenceOnly,
      handle_drop_mm: bag.handleDropMm,
      strap_length_mm: bag.strapLengthMm,
      strap_drop_mm: bag.strapDropMm,
      sources: [...bag.sources],
      notes: bag.notes,
      details: { ...bag.details },
    },
    ['id', 'brand', 'model', 'exterior_mm', 'dims_status', 'sources', 'notes'],
  )
}

/** An item as a file record. */
function itemToRecord(item: Item): ItemRecord {
  return compact<ItemRecord>(
    {
      id: item.id,
      name: item.name,
      category: item.category,
      dims_mm: dimsRecord(item.dimsMm),
      dims_status: item.dimsStatus,
      shape: item.shape,
      weight_g: item.weightG,
      rigid: item.isRigid,
      min_dims_mm: item.minDimsMm && dimsRecord(item.minDimsMm),
      case_adds_mm: item.caseAddsMm && dimsRecord(item.caseAddsMm),
      sources: [...item.sources],
      notes: item.notes,
      details: { ...item.details },
    },
    ['id', 'name', 'category', 'dims_mm', 'dims_status', 'shape', 'rigid', 'sources', 'notes'],
  )
}

/** A kit as a file record. */
function kitToRecord(kit: Kit): KitRecord {
  return {
    id: kit.id,
    name: kit.name,
    description: kit.description,
    items: kit.items.map((e) => ({ item_id: e.itemId, count: e.count })),
    notes: kit.notes,
  }
}

/** Converts any domain object to its record. */
export function toRecord<K extends CatalogKind>(kind: K, value: CatalogEntities[K]): CatalogRecords[K] {
  const convert = { bags: bagToRecord, items: itemToRecord, kits: kitToRecord }[kind] as unknown as (
    v: CatalogEntities[K],
  ) => CatalogRecords[K]
  return convert(value)
}
