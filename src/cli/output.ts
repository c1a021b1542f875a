/** Writes a result to stdout. */
export function out(text = ''): void {
  process.stdout.write(text + '\n')
}

/** Writes a diagnostic to stderr. */
export function err(text: string): void {
  process.stderr.write(text + '\n')
}

/** Writes a value as JSON on one line (for `--json` and JSONL). */
export function outJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n')
}

/** Formats rows as an aligned plain-text table with a header line. Numbers are right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => String(c)))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const isNumeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'))
  const line = (r: string[]) =>
    r
      .map((c, i) => (isNumeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n')
}
