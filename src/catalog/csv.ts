/**
 * A small RFC 4180 CSV reader and writer: comma-separated, fields with commas, quotes or line breaks in double
 * quotes, a quote inside doubled (""). Reading keeps the line each record starts on, for error messages.
 */

/** One record of a CSV file and the 1-based line it starts on. */
interface CsvRecord {
  line: number
  cells: string[]
}

/** A CSV file read: the header (line 1) and the records after it. Blank lines are skipped. */
export interface CsvTable {
  header: string[]
  records: CsvRecord[]
}

/** Thrown (as a return value) when the text is not CSV: where and why. */
export interface CsvSyntaxError {
  line: number
  message: string
}

/** Reads CSV text. Returns the table, or the first syntax error (an unclosed quote, a stray quote). */
export function parseCsv(text: string): CsvTable | CsvSyntaxError {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let recordLine = 1
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0 // skip a byte-order mark
  let quoted = false // inside a quoted field
  let wasQuoted = false // the current field started with a quote
  const endRecord = () => {
    cells.push(cell)
    // A blank line is one empty unquoted cell: skip it.
    if (!(cells.length === 1 && cells[0] === '' && !wasQuoted)) records.push({ line: recordLine, cells })
    cells = []
    cell = ''
    wasQuoted = false
  }
  for (; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      // Inside quotes: a doubled quote is a quote, a single one ends the field, anything else is kept.
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (c === '\n') line++
        cell += c
      }
      continue
    }
    if (c === '"') {
      if (cell !== '' || wasQuoted)
        return {
          line,
          message: 'a quote inside an unquoted field; quote the whole field and double inner quotes',
        }
      quoted = true
      wasQuoted = true
    } else if (c === ',') {
      cells.push(cell)
      cell = ''
      wasQuoted = false
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      if (wasQuoted) return { line, message: 'text after a closing quote; quote the whole field' }
      cell += c
    }
  }
  if (quoted) return { line: recordLine, message: 'a quoted field is never closed' }
  if (cell !== '' || cells.length > 0 || wasQuoted) endRecord()
  const [first, ...rest] = records
  if (!first) return { line: 1, message: 'the file is empty; expected a header line' }
  return { header: first.cells.map((h) => h.trim()), records: rest }
}

/** Writes rows as CSV with a header line, quoting only fields that need it, lines ending in \n. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const field = (v: string) => (/[",\n\r]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\n') + '\n'
}

/** True when `parseCsv` failed. */
export function isCsvSyntaxError(value: CsvTable | CsvSyntaxError): value is CsvSyntaxError {
  return 'message' in value
}
