import type { Catalog, CatalogEntities, CatalogKind, ImportIssue } from '../catalog/index.js'
import { parseCatalogFile } from '../catalog/index.js'
import { MicropurseError, fail, show } from '../errors.js'
import { bagRoom } from '../services/catalog-bag.js'

/**
 * Catalog writes over HTTP. The body is a domain object (camelCase, see schemas/catalog.ts); it is renamed to the
 * catalog's file record and checked by the same code as `catalog import`, so both refuse the same things with the
 * same words. Field names in messages are given back in the body's camelCase.
 */

/** Body keys that differ from the record's, per kind (nested: `price.amountMax`, kit lines' `itemId`). */
const RENAMES: Record<CatalogKind, Record<string, string>> = {
  bags: {
    sizeName: 'size_name',
    exteriorMm: 'exterior_mm',
    interiorMm: 'interior_mm',
    dimsStatus: 'dims_status',
    yearIntroduced: 'year_introduced',
    isReferenceOnly: 'reference_only',
    handleDropMm: 'handle_drop_mm',
    strapLengthMm: 'strap_length_mm',
    strapDropMm: 'strap_drop_mm',
    priceConverted: 'price_converted',
  },
  items: {
    dimsMm: 'dims_mm',
    dimsStatus: 'dims_status',
    weightG: 'weight_g',
    isRigid: 'rigid',
    minDimsMm: 'min_dims_mm',
    caseAddsMm: 'case_adds_mm',
  },
  kits: {},
}

/** What a write did. */
export type WriteOutcome = 'created' | 'replaced'

/**
 * Stores one record. `create` refuses an id that exists (`DUPLICATE_ID`); `replace` creates or replaces. Throws
 * `INVALID_INPUT` listing every problem the catalog's rules find (with camelCase field names), and for a kit that
 * names an item the catalog does not have (with the closest ids). Returns what happened and the stored record.
 */
export async function saveRecord<K extends CatalogKind>(
  catalog: Catalog,
  kind: K,
  body: Record<string, unknown>,
  mode: 'create' | 'replace',
): Promise<{ outcome: WriteOutcome; value: CatalogEntities[K] }> {
  const parsed = parseCatalogFile(JSON.stringify([toRecord(kind, body)]), 'json', kind)
  if (parsed.issues.length > 0) throw invalid(kind, parsed.issues)
  // A bag is stored only when the bag layer can read it, so that every later read and fit of it works.
  for (const { value } of parsed.bags) {
    const why = unreadableBag(value)
    if (why)
      fail(
        'INVALID_BAG',
        `The bag was not saved: the bag layer cannot derive its interior: ${why.replace(/\.$/, '')}.`,
        { issues: [{ field: 'exteriorMm', message: why }] },
      )
  }
  const id = String(body.id)
  const exists = (await catalog.find(kind, id)) !== undefined
  if (exists && mode === 'create') {
    fail(
      'DUPLICATE_ID',
      `A ${singular(kind)} with id ${show(id)} exists already: PUT /api/${kind}/${id} replaces it, or choose another id.`,
    )
  }
  try {
    await catalog.importRows(parsed)
  } catch (error) {
    if (error instanceof MicropurseError && error.code === 'IMPORT_INVALID') {
      throw invalid(kind, (error.details?.issues as ImportIssue[] | undefined) ?? [])
    }
    throw error
  }
  return {
    outcome: exists ? 'replaced' : 'created',
    value: await catalog.get<K>(kind, id),
  }
}

/** The body as a catalog file record. */
function toRecord(kind: CatalogKind, body: Record<string, unknown>): Record<string, unknown> {
  const renames = RENAMES[kind]
  const record: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body)) {
    if (kind === 'bags' && key === 'price' && value !== null && typeof value === 'object') {
      const { amountMax, ...rest } = value as Record<string, unknown>
      record.price = { ...rest, ...(amountMax !== undefined && { amount_max: amountMax }) }
    } else if (kind === 'bags' && key === 'priceConverted' && value !== null && typeof value === 'object') {
      const { rateDate, rateSource, ...rest } = value as Record<string, unknown>
      record.price_converted = {
        ...rest,
        ...(rateDate !== undefined && { rate_date: rateDate }),
        ...(rateSource !== undefined && { rate_source: rateSource }),
      }
    } else if (kind === 'kits' && key === 'items' && Array.isArray(value)) {
      record.items = value.map((line: { itemId: string; count?: number }) => ({
        item_id: line.itemId,
        count: line.count ?? 1,
      }))
    } else {
      record[renames[key] ?? key] = value
    }
  }
  // Bags and items must list sources in the file format; over HTTP an empty list may be left out.
  if (kind !== 'kits' && record.sources === undefined) record.sources = []
  return record
}

/** A record field path (`exterior_mm.w`, `items[0].item_id`) in the body's words (`exteriorMm.w`, `items[0].itemId`). */
function bodyPath(kind: CatalogKind, field: string): string {
  const back = Object.fromEntries(Object.entries(RENAMES[kind]).map(([camel, snake]) => [snake, camel]))
  return field
    .replace(/^[a-z_]+/, (head) => back[head] ?? head)
    .replace(/\.amount_max$/, '.amountMax')
    .replace(/\.rate_date$/, '.rateDate')
    .replace(/\.rate_source$/, '.rateSource')
    .replace(/\.item_id$/, '.itemId')
}

function invalid(kind: CatalogKind, issues: readonly ImportIssue[]): MicropurseError {
  // The catalog's messages name record fields (`dims_status`); give them in the body's words.
  const words = (text: string) =>
    text.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (name) => bodyPath(kind, name)).replace(/\.$/, '')
  issues = issues.map((i) => ({ ...i, message: words(i.message) }))
  const lines = issues.map((i) => `${bodyPath(kind, i.field)}: ${i.message}`)
  const head =
    issues.length === 1
      ? `The ${singular(kind)} was not saved: ${lines[0]}.`
      : `The ${singular(kind)} was not saved, ${issues.length} problems: ${lines.join('; ')}.`
  return new MicropurseError('INVALID_INPUT', head, {
    issues: issues.map((i) => ({ field: bodyPath(kind, i.field), message: i.message })),
  })
}

function singular(kind: CatalogKind): string {
  return { bags: 'bag', items: 'item', kits: 'kit' }[kind]
}

/** Why the bag layer cannot derive a bag's interior (a size that leaves no room...), or `undefined`. */
function unreadableBag(bag: CatalogEntities['bags']): string | undefined {
  try {
    bagRoom(bag)
    return undefined
  } catch (error) {
    if (error instanceof MicropurseError && error.isUserError) return error.message
    throw error
  }
}
