import type { CatalogKind } from './types.js'

/**
 * How each kind's records flatten into CSV columns. One table per kind drives export (record -> cells), import
 * (cells -> record, checked afterwards by `validate.ts` like any JSON record) and error messages (a record path
 * such as `exterior_mm.w` is reported as its column, `width_mm`).
 */

/** How a cell's text becomes a record value. */
type CellType = 'text' | 'number' | 'boolean' | 'urls' | 'json' | 'kit-items'

/** One CSV column: its header, the record path it fills, and how to read it. */
interface Column {
  name: string
  path: readonly [string] | readonly [string, string]
  type: CellType
}

const col = (name: string, path: string, type: CellType = 'text'): Column => ({
  name,
  path: path.split('.') as [string] | [string, string],
  type,
})

/** Three size columns: `<prefix>width_mm`, `<prefix>height_mm`, `<prefix>depth_mm` from a record's `w`, `h`, `d`. */
const sizeCols = (prefix: string, path: string): Column[] => [
  col(`${prefix}width_mm`, `${path}.w`, 'number'),
  col(`${prefix}height_mm`, `${path}.h`, 'number'),
  col(`${prefix}depth_mm`, `${path}.d`, 'number'),
]

/** The columns every kind ends with. */
const TRAILING_COLUMNS = [col('sources', 'sources', 'urls'), col('notes', 'notes'), col('details', 'details', 'json')]

/** The columns of each kind, in export order. */
export const CSV_COLUMNS: Readonly<Record<CatalogKind, readonly Column[]>> = {
  bags: [
    col('id', 'id'),
    col('brand', 'brand'),
    col('model', 'model'),
    col('size_name', 'size_name'),
    ...sizeCols('', 'exterior_mm'),
    ...sizeCols('interior_', 'interior_mm'),
    col('dims_status', 'dims_status'),
    col('shape', 'shape'),
    col('closure', 'closure'),
    col('material', 'material'),
    col('strap', 'strap'),
    col('price_amount', 'price.amount', 'number'),
    col('price_amount_max', 'price.amount_max', 'number'),
    col('price_currency', 'price.currency'),
    col('price_year', 'price.year', 'number'),
    col('price_date', 'price.date'),
    col('price_source', 'price.source'),
    col('price_usd', 'price_converted.amount', 'number'),
    col('price_usd_currency', 'price_converted.currency'),
    col('price_usd_rate', 'price_converted.rate', 'number'),
    col('price_usd_rate_date', 'price_converted.rate_date'),
    col('price_usd_rate_source', 'price_converted.rate_source'),
    col('year_introduced', 'year_introduced', 'number'),
    col('reference_only', 'reference_only', 'boolean'),
    col('handle_drop_mm', 'handle_drop_mm', 'number'),
    col('strap_length_mm', 'strap_length_mm', 'number'),
    col('strap_drop_mm', 'strap_drop_mm', 'number'),
    ...TRAILING_COLUMNS,
  ],
  items: [
    col('id', 'id'),
    col('name', 'name'),
    col('category', 'category'),
    ...sizeCols('', 'dims_mm'),
    col('dims_status', 'dims_status'),
    col('shape', 'shape'),
    col('weight_g', 'weight_g', 'number'),
    col('rigid', 'rigid', 'boolean'),
    ...sizeCols('min_', 'min_dims_mm'),
    ...sizeCols('case_adds_', 'case_adds_mm'),
    ...TRAILING_COLUMNS,
  ],
  kits: [
    col('id', 'id'),
    col('name', 'name'),
    col('description', 'description'),
    col('items', 'items', 'kit-items'),
    col('notes', 'notes'),
  ],
}

/**
 * Columns a CSV file of each kind must have. The sizes are among them: an empty cell says a side is unknown, but a
 * file without the column has lost it (a spreadsheet export that dropped it would otherwise import every row
 * without that side).
 */
const REQUIRED: Readonly<Record<CatalogKind, readonly string[]>> = {
  bags: ['id', 'brand', 'model', 'width_mm', 'height_mm', 'depth_mm', 'dims_status'],
  items: ['id', 'name', 'category', 'width_mm', 'height_mm', 'depth_mm', 'dims_status', 'shape'],
  kits: ['id', 'name', 'items'],
}

/** Guesses a CSV file's kind from a column only that kind has; `undefined` when none matches. */
export function kindFromHeader(header: readonly string[]): CatalogKind | undefined {
  if (header.includes('brand')) return 'bags'
  if (header.includes('category')) return 'items'
  if (header.includes('items')) return 'kits'
  return undefined
}

/** Problems with a header: unknown columns and missing required ones. */
export function checkHeader(
  kind: CatalogKind,
  header: readonly string[],
): { field: string; message: string }[] {
  const known = CSV_COLUMNS[kind].map((c) => c.name)
  const issues = header
    .filter((h) => !known.includes(h))
    .map((h) => ({ field: h, message: `unknown column for ${kind}; expected columns ${known.join(', ')}` }))
  for (const name of REQUIRED[kind])
    if (!header.includes(name))
      issues.push({
        field: name,
        message: `missing column ${name} (required for ${kind}; leave a cell empty where a value is unknown)`,
      })
  const seen = new Set<string>()
  for (const h of header) {
    if (seen.has(h)) issues.push({ field: h, message: 'column given twice' })
    seen.add(h)
  }
  return issues
}

/**
 * Turns one CSV row into a record. Empty cells mean "not given" (null). A cell that cannot be read as its type is
 * passed through as text, so that the validator reports it with the bad value.
 */
export function cellsToRecord(
  kind: CatalogKind,
  header: readonly string[],
  cells: readonly string[],
): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  const groups: Record<string, Record<string, unknown>> = {}
  for (const column of CSV_COLUMNS[kind]) {
    const index = header.indexOf(column.name)
    const text = index >= 0 ? (cells[index] ?? '') : ''
    const value = readCell(column.type, text)
    const [head, sub] = column.path
    if (sub === undefined) {
      if (value !== undefined) record[head] = value
      continue
    }
    // Nested fields (sizes, price) collect into one object per group.
    const group = (groups[head] ??= {})
    group[sub] = value ?? null
  }
  // A size group is always an object (unknown sides null); an optional group with nothing in it is left out.
  for (const [head, group] of Object.entries(groups)) {
    const isEmpty = Object.values(group).every((v) => v === null)
    if (head === 'exterior_mm' || head === 'dims_mm' || !isEmpty) record[head] = group
  }
  // A price's optional parts left empty are left out, as in a JSON record.
  if (isPlainPrice(record.price))
    for (const key of ['amount_max', 'date', 'source'])
      if (record.price[key] === null) delete record.price[key]
  return record
}

/** Flattens a record into cells in `CSV_COLUMNS` order. */
export function recordToCells(kind: CatalogKind, record: object): string[] {
  const r = record as Record<string, unknown>
  return CSV_COLUMNS[kind].map((column) => {
    const [head, sub] = column.path
    const value = sub === undefined ? r[head] : (r[head] as Record<string, unknown> | null | undefined)?.[sub]
    return writeCell(column.type, value)
  })
}

/** The CSV column that holds a record path, for error messages (`exterior_mm.w` -> `width_mm`). */
export function columnForPath(kind: CatalogKind, path: string): string {
  const base = path.replace(/\[\d+\].*$/, '')
  const parts = base.split('.')
  const exact = CSV_COLUMNS[kind].find((c) => c.path.join('.') === base)
  if (exact) return exact.name
  const group = CSV_COLUMNS[kind].filter((c) => c.path[0] === parts[0])
  if (group.length > 0) return group.map((c) => c.name).join('/')
  return path
}

function readCell(type: CellType, raw: string): unknown {
  const text = raw.trim()
  if (text === '') return undefined
  switch (type) {
    case 'text':
      return raw
    case 'number': {
      const n = Number(text)
      return Number.isFinite(n) ? n : text
    }
    case 'boolean':
      if (/^(true|yes|1)$/i.test(text)) return true
      if (/^(false|no|0)$/i.test(text)) return false
      return text
    case 'urls':
      return text.split(/\s+/)
    case 'json':
      try {
        return JSON.parse(text)
      } catch {
        return text
      }
    case 'kit-items':
      // "lipstick:1, house-key:2" (the CLI's ID:COUNT syntax); a count that is not a number is kept for the validator.
      return text
        .split(/[,\s]+/)
        .filter(Boolean)
        .map((part) => {
          const [itemId, count] = part.split(':')
          if (count === undefined) return { item_id: itemId }
          const n = Number(count)
          return { item_id: itemId, count: count !== '' && Number.isFinite(n) ? n : count }
        })
  }
}

function writeCell(type: CellType, value: unknown): string {
  if (value === undefined || value === null) return ''
  switch (type) {
    case 'urls':
      return (value as string[]).join(' ')
    case 'json':
      return Object.keys(value).length === 0 ? '' : JSON.stringify(value)
    case 'kit-items':
      return (value as { item_id: string; count: number }[]).map((e) => `${e.item_id}:${e.count}`).join(', ')
    case 'boolean':
      return value ? 'true' : 'false'
    default:
      return String(value)
  }
}

function isPlainPrice(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
