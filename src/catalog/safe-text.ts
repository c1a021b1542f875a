/**
 * Text that is safe to show in a terminal. Catalog text reaches people through the CLI and logs, where control
 * characters (an escape sequence, a carriage return that overwrites a line) and Unicode bidirectional overrides
 * (which display "cod.exe" for "exe.doc") can make a name lie about itself. The catalog refuses them in what it
 * stores (`unsafeTextProblem`), and the CLI escapes them in whatever it prints (`escapeForTerminal`).
 */

/** C0 controls but tab and line feed, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u
/** Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u

/**
 * Why a catalog text cannot be stored, or `undefined` when it can. `multiline` texts (notes, descriptions) may hold
 * tabs and line feeds; names may not.
 */
export function unsafeTextProblem(text: string, { multiline }: { multiline: boolean }): string | undefined {
  const control = CONTROL.exec(text) ?? (multiline ? null : /[\t\n]/.exec(text))
  if (control)
    return `contains the control character ${codePoint(control[0])} at position ${control.index}; remove it`
  const bidi = BIDI.exec(text)
  if (bidi)
    return `contains the bidirectional override ${codePoint(bidi[0])} at position ${bidi.index}, which makes text display in another order than it reads; remove it`
  return undefined
}

/** Every character of `text` that a terminal would act on or reorder, written as `\u{…}` instead. */
export function escapeForTerminal(
  text: string,
  { keepNewlines = true }: { keepNewlines?: boolean } = {},
): string {
  return text.replace(
    keepNewlines ? ESCAPED : ESCAPED_WITH_NEWLINES,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
  )
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPED_WITH_NEWLINES = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}
