/**
 * The columns a bag row and an item row share for where their figures come from, and their mapping both ways:
 * lists and objects are JSON text, so a row reads the same on SQLite and PostgreSQL.
 */
export interface SourcedColumns {
  /** JSON array of URLs. */
  sources: string
  notes: string
  /** JSON object of further figures. */
  details: string
}

/** A record's sources, notes and details, as the domain objects hold them. */
interface Sourced {
  sources: readonly string[]
  notes: string
  details: Readonly<Record<string, unknown>>
}

/** Reads the sourced columns of a stored row. Trusts the row: it was validated on the way in. */
export function sourcedFromRow(row: SourcedColumns): {
  sources: string[]
  notes: string
  details: Record<string, unknown>
} {
  return {
    sources: JSON.parse(row.sources) as string[],
    notes: row.notes,
    details: JSON.parse(row.details) as Record<string, unknown>,
  }
}

/** The sourced columns that store a record. */
export function sourcedToRow(value: Sourced): SourcedColumns {
  return {
    sources: JSON.stringify(value.sources),
    notes: value.notes,
    details: JSON.stringify(value.details),
  }
}
