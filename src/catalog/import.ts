import { MicropurseError } from '../errors.js'
import { checkHeader, cellsToRecord, columnForPath, kindFromHeader } from './csv-columns.js'
import { isCsvSyntaxError, parseCsv } from './csv.js'
import { jsonErrorOffset, lineAndColumn, recordLines } from './json-lines.js'
import type { CatalogEntities, CatalogKind } from './types.js'
import { CATALOG_KINDS } from './types.js'
import { validateRecord } from './validate.js'

/** A file format `catalog import` and `catalog export` know. */
export type CatalogFormat = 'json' | 'csv'

/** One problem with one row of an import file: the line the row starts on and the field (CSV: the column). */
export interface ImportIssue {
  line: number
  kind: CatalogKind | null
  /** The row's id when it had a readable one. */
  id: string | null
  field: string
  message: string
}

/** A validated row and the line it came from. */
export interface ImportRow<T> {
  line: number
  value: T
}

/** An import file read and checked: the rows of each kind, and every problem found. */
export interface ParsedImport {
  format: CatalogFormat
  bags: ImportRow<CatalogEntities['bags']>[]
  items: ImportRow<CatalogEntities['items']>[]
  kits: ImportRow<CatalogEntities['kits']>[]
  issues: ImportIssue[]
}

/**
 * Reads and checks a catalog file without touching a database. JSON is either an array of records of one kind or
 * an object `{ "bags": [...], "items": [...], "kits": [...] }` (what `catalog export` writes); CSV holds one kind.
 * The kind of an array or a CSV file comes from `kind`, else from a field only that kind has (`brand`, `category`,
 * `items`). Every row is checked and every problem kept; duplicate ids within the file are problems too. Never throws
 * for bad content: look at `issues`.
 */
export function parseCatalogFile(text: string, format: CatalogFormat, kind?: CatalogKind): ParsedImport {
  const parsed: ParsedImport = { format, bags: [], items: [], kits: [], issues: [] }
  // Collect (kind, line, record) triples from the file, then validate them all the same way.
  const rows = format === 'csv' ? csvRows(text, kind, parsed.issues) : jsonRows(text, kind, parsed.issues)
  const seen: Record<CatalogKind, Map<string, number>> = {
    bags: new Map(),
    items: new Map(),
    kits: new Map(),
  }
  for (const row of rows) {
    const result = validateRecord(row.kind, row.record)
    const rawId = (row.record as { id?: unknown } | null)?.id
    const id = typeof rawId === 'string' ? rawId : null
    const field = (path: string) => (format === 'csv' ? columnForPath(row.kind, path) : path)
    if (!result.ok) {
      for (const issue of result.issues)
        parsed.issues.push({
          line: row.line,
          kind: row.kind,
          id,
          field: field(issue.field),
          message: issue.message,
        })
      continue
    }
    // An id may appear once per kind in a file.
    const firstLine = seen[row.kind].get(result.value.id)
    if (firstLine !== undefined) {
      parsed.issues.push({
        line: row.line,
        kind: row.kind,
        id,
        field: 'id',
        message: `${JSON.stringify(id)} is already on line ${firstLine}`,
      })
      continue
    }
    seen[row.kind].set(result.value.id, row.line)
    ;(parsed[row.kind] as ImportRow<unknown>[]).push({ line: row.line, value: result.value })
  }
  return parsed
}

/** The format a file name implies (`.csv` or `.json`), or `undefined`. */
export function formatFromFileName(fileName: string): CatalogFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : undefined
}

/** The error a refused import throws: every issue, one per line, and a promise that nothing was written. */
export function importError(issues: readonly ImportIssue[], fileName = 'the file'): MicropurseError {
  const shown = issues
    .slice(0, 50)
    .map((i) => `  line ${i.line}${i.id ? ` (${i.id})` : ''}, field ${i.field}: ${i.message}`)
  if (issues.length > shown.length) shown.push(`  ... and ${issues.length - shown.length} more`)
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
  return new MicropurseError(
    'IMPORT_INVALID',
    `Import refused, nothing was written: ${count} in ${fileName}.\n${shown.join('\n')}`,
    {
      issues: issues.map((i) => ({ ...i })),
    },
  )
}

interface RawRow {
  kind: CatalogKind
  line: number
  record: unknown
}

function csvRows(text: string, kind: CatalogKind | undefined, issues: ImportIssue[]): RawRow[] {
  const table = parseCsv(text)
  if (isCsvSyntaxError(table)) {
    issues.push({
      line: table.line,
      kind: kind ?? null,
      id: null,
      field: '(file)',
      message: `not valid CSV: ${table.message}`,
    })
    return []
  }
  // The header decides the kind unless it was given, and must fit that kind.
  const csvKind = kind ?? kindFromHeader(table.header)
  if (!csvKind) {
    issues.push({
      line: 1,
      kind: null,
      id: null,
      field: '(header)',
      message: 'cannot tell bags, items or kits from the header; pass --kind',
    })
    return []
  }
  const headerIssues = checkHeader(csvKind, table.header)
  for (const issue of headerIssues) issues.push({ line: 1, kind: csvKind, id: null, ...issue })
  if (headerIssues.length > 0) return []
  return table.records.map((r) => {
    if (r.cells.length !== table.header.length) {
      issues.push({
        line: r.line,
        kind: csvKind,
        id: r.cells[0] ?? null,
        field: '(row)',
        message: `has ${r.cells.length} fields but the header has ${table.header.length}`,
      })
    }
    return { kind: csvKind, line: r.line, record: cellsToRecord(csvKind, table.header, r.cells) }
  })
}

function jsonRows(text: string, kind: CatalogKind | undefined, issues: ImportIssue[]): RawRow[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    // Find the spot ourselves: Node 20 often gives no position. Report the line and column, and V8's words.
    const message = error instanceof Error ? error.message : String(error)
    const offset = jsonErrorOffset(text)
    const { line, column } = lineAndColumn(text, offset < 0 ? text.length : offset)
    const reason = message.replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    issues.push({
      line,
      kind: kind ?? null,
      id: null,
      field: '(file)',
      message: `not valid JSON at column ${column}: ${reason}`,
    })
    return []
  }
  const lines = recordLines(text)
  // An array holds one kind: the given one, or the one its first record looks like.
  if (Array.isArray(value)) {
    const arrayKind = kind ?? kindOfRecord(value[0])
    if (!arrayKind) {
      issues.push({
        line: 1,
        kind: null,
        id: null,
        field: '(file)',
        message: 'cannot tell whether these are bags, items or kits; pass --kind',
      })
      return []
    }
    return (value as unknown[]).map((record, i) => ({ kind: arrayKind, line: lines.top[i] ?? 1, record }))
  }
  // An object maps kinds to arrays.
  if (typeof value === 'object' && value !== null) {
    const rows: RawRow[] = []
    for (const [key, records] of Object.entries(value)) {
      if (!(CATALOG_KINDS as readonly string[]).includes(key) || !Array.isArray(records)) {
        issues.push({
          line: 1,
          kind: null,
          id: null,
          field: key,
          message: 'expected "bags", "items" or "kits" holding an array of records',
        })
        continue
      }
      if (kind && key !== kind) continue
      const recordKind = key as CatalogKind
      records.forEach((record, i) =>
        rows.push({ kind: recordKind, line: lines.byKey[key]?.[i] ?? 1, record }),
      )
    }
    return rows
  }
  issues.push({
    line: 1,
    kind: kind ?? null,
    id: null,
    field: '(file)',
    message: 'expected an array of records or {"bags": [...], "items": [...], "kits": [...]}',
  })
  return []
}

function kindOfRecord(record: unknown): CatalogKind | undefined {
  if (typeof record !== 'object' || record === null) return undefined
  return kindFromHeader(Object.keys(record))
}
