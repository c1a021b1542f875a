import { CSV_COLUMNS, recordToCells } from './csv-columns.js'
import { formatCsv } from './csv.js'
import type { CatalogFormat } from './import.js'
import type { CatalogDocument } from './record.js'
import type { CatalogKind } from './types.js'

/**
 * Writes records as a catalog file that `catalog import` reads back. JSON: the document
 * `{ "bags": [...], "items": [...], "kits": [...] }` with the kinds given, pretty-printed. CSV: one kind per file,
 * so exactly one kind must be present (the caller checks; the first one present is written).
 */
export function formatCatalog(document: CatalogDocument, format: CatalogFormat): string {
  if (format === 'json') return JSON.stringify(document, null, 2) + '\n'
  const kind = (Object.keys(document) as CatalogKind[])[0] ?? 'bags'
  const records = (document[kind] ?? []) as object[]
  return formatCsv(
    CSV_COLUMNS[kind].map((c) => c.name),
    records.map((r) => recordToCells(kind, r)),
  )
}
