import { escapeForTerminal } from '../catalog/safe-text.js'

/**
 * Everything the CLI prints goes through these. Catalog text may come from anyone who can write to the database,
 * so control characters and bidirectional overrides are escaped (`\u{1b}`) before they reach a terminal; line
 * feeds and tabs stay.
 */

/** Writes a result to stdout. */
export function out(text = ''): void {
  process.stdout.write(escapeForTerminal(text) + '\n')
}

/** Writes a diagnostic to stderr. */
export function err(text: string): void {
  process.stderr.write(escapeForTerminal(text) + '\n')
}

/** Writes a value as JSON on one line (for `--json` and JSONL); C1 controls and bidi overrides as `\u` escapes. */
export function outJson(value: unknown): void {
  process.stdout.write(
    JSON.stringify(value).replace(
      /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu,
      (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
    ) + '\n',
  )
}

/** Formats rows as an aligned plain-text table with a header line. Numbers are right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [
    header,
    ...rows.map((r) => r.map((c) => escapeForTerminal(String(c), { keepNewlines: false }))),
  ]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const isNumeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'))
  const line = (r: string[]) =>
    r
      .map((c, i) => (isNumeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n')
}
