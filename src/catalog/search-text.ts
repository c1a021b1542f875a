/**
 * Folds text for search: lower case, accents removed ("Hermès" -> "hermes"), runs of anything but letters and
 * digits turned into one space. Used on both the stored `search_text` columns and the query, so matching behaves the
 * same on SQLite and PostgreSQL.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Joins the searchable fields of a record into one folded string, with spaces around it for whole-word matches. */
export function searchText(fields: readonly (string | null | undefined)[]): string {
  return ` ${fields
    .filter((f): f is string => !!f)
    .map(foldText)
    .join(' ')} `
}
