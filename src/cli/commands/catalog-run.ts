import { readFileSync, writeFileSync } from 'node:fs'
import { fail } from '../../errors.js'
import {
  CATALOG_KINDS,
  DIMS_TOLERANCE,
  closestIds,
  formatCatalog,
  formatFromFileName,
  openCatalog,
  parseCatalogFile,
} from '../../catalog/index.js'
import type {
  Bag,
  Catalog,
  CatalogDocument,
  CatalogFormat,
  CatalogKind,
  Dims,
  DimsStatus,
  Item,
  Kit,
  Price,
  PriceConverted,
} from '../../catalog/index.js'
import type { ParsedOptions } from '../command.js'
import { bagRoom, pricePerMlOf } from '../../services/catalog-bag.js'
import type { BagRoom } from '../../services/catalog-bag.js'
import type { PricePerMlUsd } from '../../services/price-per-ml.js'
import { err, out, outJson, table } from '../output.js'

/** Records found, per kind asked for. */
type Found = Partial<Record<CatalogKind, (Bag | Item | Kit)[]>>

const ACTIONS = ['list', 'show', 'search', 'import', 'export'] as const
type Action = (typeof ACTIONS)[number]

/** Runs `micropurse catalog ACTION ...`. Checks its flags, opens the catalog, answers, closes it. */
export async function runCatalog(args: string[], options: ParsedOptions): Promise<number> {
  // Check the command line before touching any database.
  const [action, ...rest] = args
  if (!ACTIONS.includes(action as Action)) {
    fail(
      'INVALID_INPUT',
      `Unknown catalog action ${JSON.stringify(action)}; expected one of ${ACTIONS.join(', ')}.`,
    )
  }
  const kind = readKind(options.kind)
  const format = readFormat(options.format)
  const limit = readLimit(options.limit)
  const db = options.db === undefined ? undefined : String(options.db)

  const catalog = await openCatalog({ ...(db !== undefined && { db }) })
  try {
    if (catalog.opened.seeded) {
      const counts = await Promise.all(CATALOG_KINDS.map(async (k) => `${await catalog.count(k)} ${k}`))
      err(`Created the catalog ${catalog.location} from the seed data (${counts.join(', ')}).`)
    }
    switch (action as Action) {
      case 'list':
        return await list(catalog, kind, limit, options)
      case 'show':
        return await show(catalog, rest, kind, options)
      case 'search':
        return await search(catalog, rest, kind, limit, options)
      case 'import':
        return await importFile(catalog, rest, kind, format, options)
      case 'export':
        return await exportFile(catalog, kind, format, options)
    }
  } finally {
    await catalog.close()
  }
}

async function list(
  catalog: Catalog,
  kind: CatalogKind | undefined,
  limit: number | undefined,
  options: ParsedOptions,
): Promise<number> {
  const kinds = kind ? [kind] : [...CATALOG_KINDS]
  const found: Found = Object.fromEntries(
    await Promise.all(
      kinds.map(async (k) => [k, await catalog.list(k, limit === undefined ? {} : { limit })] as const),
    ),
  )
  printGroups(found, options)
  return 0
}

async function search(
  catalog: Catalog,
  words: string[],
  kind: CatalogKind | undefined,
  limit: number | undefined,
  options: ParsedOptions,
): Promise<number> {
  const query = words.join(' ').trim()
  if (query === '')
    fail('INVALID_INPUT', 'Say what to look for: micropurse catalog search WORDS (e.g. "hermes mini").')
  const kinds = kind ? [kind] : [...CATALOG_KINDS]
  const found: Found = Object.fromEntries(
    await Promise.all(
      kinds.map(async (k) => [k, await catalog.search(k, query, limit === undefined ? {} : { limit })] as const),
    ),
  )
  printGroups(found, options)
  if (!options.json && Object.values(found).every((v) => v.length === 0))
    err(`Nothing matches ${JSON.stringify(query)}.`)
  return 0
}

async function show(
  catalog: Catalog,
  ids: string[],
  kind: CatalogKind | undefined,
  options: ParsedOptions,
): Promise<number> {
  const [id] = ids
  if (!id || ids.length > 1)
    fail('INVALID_INPUT', `Give one id: micropurse catalog show ID (got ${ids.length}).`)
  // Without --kind, look in every kind; an id unknown everywhere gets the closest ids of all kinds.
  const kinds = kind ? [kind] : [...CATALOG_KINDS]
  for (const k of kinds) {
    const value = await catalog.find(k, id)
    if (!value) continue
    if (options.json)
      outJson({
        kind: k,
        [singular(k)]: value,
        ...(k === 'kits' && { kitItems: await catalog.kitItems(value as Kit) }),
        ...(k === 'bags' && { room: roomJson(bagRoom(value as Bag)) }),
      })
    else out(await describe(catalog, k, value))
    return 0
  }
  if (kinds.length === 1) await catalog.get(kinds[0]!, id)
  const near = (await Promise.all(kinds.map((k) => catalog.closest(k, id)))).flat()
  const close = closestIds(id, near)
  fail(
    'NOT_FOUND',
    `No bag, item or kit has the id ${JSON.stringify(id)}.${close.length ? ` Closest: ${close.join(', ')}.` : ' Try micropurse catalog search.'}`,
    {
      id,
      suggestions: close,
    },
  )
}

async function importFile(
  catalog: Catalog,
  files: string[],
  kind: CatalogKind | undefined,
  format: CatalogFormat | undefined,
  options: ParsedOptions,
): Promise<number> {
  const [file] = files
  if (!file || files.length > 1)
    fail(
      'INVALID_INPUT',
      'Give one file: micropurse catalog import FILE.json|FILE.csv (or - for stdin with --format).',
    )
  const fileFormat = format ?? formatFromFileName(file)
  if (!fileFormat)
    fail(
      'INVALID_OPTION',
      `Cannot tell the format of ${JSON.stringify(file)} from its name; pass --format json or --format csv.`,
    )
  const text = readInput(file)
  // Check every row first; importRows writes all of them in one transaction or throws listing every problem.
  const parsed = parseCatalogFile(text, fileFormat, kind)
  const summary = await catalog.importRows(parsed, {
    dryRun: Boolean(options.dryRun),
    fileName: file === '-' ? 'stdin' : file,
  })
  if (options.json) {
    outJson(summary)
    return 0
  }
  const counts = CATALOG_KINDS.filter((k) => summary.counts[k].created + summary.counts[k].updated > 0).map(
    (k) => `${k}: ${summary.counts[k].created} new, ${summary.counts[k].updated} replaced`,
  )
  const verb = summary.dryRun ? 'Checked (dry run, nothing written)' : 'Imported'
  out(
    `${verb} ${file === '-' ? 'stdin' : file} into ${catalog.location}: ${counts.length > 0 ? counts.join('; ') : 'no rows'}.`,
  )
  return 0
}

async function exportFile(
  catalog: Catalog,
  kind: CatalogKind | undefined,
  format: CatalogFormat | undefined,
  options: ParsedOptions,
): Promise<number> {
  const outFile = options.out === undefined ? undefined : String(options.out)
  const fileFormat = format ?? (outFile ? formatFromFileName(outFile) : undefined) ?? 'json'
  if (fileFormat === 'csv' && !kind)
    fail('INVALID_OPTION', 'A CSV file holds one kind: pass --kind bags, items or kits.')
  const kinds = kind ? [kind] : [...CATALOG_KINDS]
  const document = Object.fromEntries(
    await Promise.all(kinds.map(async (k) => [k, await catalog.exportRecords(k)] as const)),
  ) as CatalogDocument
  const text = formatCatalog(document, fileFormat)
  if (!outFile) {
    process.stdout.write(text)
    return 0
  }
  writeFileSync(outFile, text)
  err(`Wrote ${kinds.map((k) => `${document[k]?.length ?? 0} ${k}`).join(', ')} to ${outFile}.`)
  return 0
}

// ---- printing

function printGroups(
  found: Partial<Record<CatalogKind, (Bag | Item | Kit)[]>>,
  options: ParsedOptions,
): void {
  if (options.json) {
    // Bags with their price per ml in US dollars, as the API lists them.
    const bags = found.bags?.map((b) => ({ ...b, pricePerMl: pricePerMlOf(b as Bag) }))
    outJson(bags ? { ...found, bags } : found)
    return
  }
  const groups = Object.entries(found) as [CatalogKind, (Bag | Item | Kit)[]][]
  const blocks = groups
    .filter(([, values]) => values.length > 0 || groups.length === 1)
    .map(([k, values]) => `${capitalise(k)} (${values.length})\n${tableOf(k, values)}`)
  out(blocks.join('\n\n'))
}

function tableOf(kind: CatalogKind, values: (Bag | Item | Kit)[]): string {
  if (kind === 'bags') {
    return table(
      ['id', 'bag', 'w × h × d mm', 'status', 'material', 'price', 'USD', 'USD per ml'],
      (values as Bag[]).map((b) => [
        b.id,
        `${b.brand} ${b.model}${b.sizeName ? ` (${shorten(b.sizeName, 24)})` : ''}`,
        dims(b.exteriorMm),
        b.dimsStatus,
        shorten(b.material ?? '', 24),
        price(b.price),
        b.priceConverted ? String(b.priceConverted.amount) : '',
        usdPerMl(b),
      ]),
    )
  }
  if (kind === 'items') {
    return table(
      ['id', 'name', 'size mm', 'status', 'category'],
      (values as Item[]).map((i) => [i.id, shorten(i.name, 48), dims(i.dimsMm), i.dimsStatus, i.category]),
    )
  }
  return table(
    ['id', 'name', 'items'],
    (values as Kit[]).map((k) => [
      k.id,
      k.name,
      k.items.map((e) => (e.count > 1 ? `${e.itemId} ×${e.count}` : e.itemId)).join(', '),
    ]),
  )
}

async function describe(catalog: Catalog, kind: CatalogKind, value: Bag | Item | Kit): Promise<string> {
  const lines: [string, string][] = []
  if (kind === 'bags') {
    const b = value as Bag
    lines.push(['bag', `${b.brand} ${b.model}${b.sizeName ? `, ${b.sizeName}` : ''}`])
    lines.push(['exterior', `${dims(b.exteriorMm)} mm (w × h × d, ${statusWords(b.dimsStatus)})`])
    if (b.interiorMm) lines.push(['interior', `${dims(b.interiorMm)} mm (measured)`])
    // The bag layer derives the room inside from the exterior, shape, closure and material.
    const room = bagRoom(b)
    const assumed = room.kind === 'derived' ? `; taken as ${room.interior.closure}, the shape's usual` : ''
    lines.push(['shape', b.shape ?? 'not stated'], ['closure', b.closure ?? `not stated${assumed}`])
    if (b.material) lines.push(['material', b.material])
    if (b.strap) lines.push(['strap', b.strap])
    if (b.handleDropMm) lines.push(['handle drop', `${b.handleDropMm} mm`])
    if (b.strapLengthMm) lines.push(['strap length', `${b.strapLengthMm} mm`])
    if (b.strapDropMm) lines.push(['strap drop', `${b.strapDropMm} mm`])
    lines.push(['price', price(b.price) || 'not known'])
    if (b.price?.source) lines.push(['price source', b.price.source])
    if (b.priceConverted) lines.push(['in USD', converted(b.priceConverted, b.price)])
    if (room.kind === 'unknown') lines.push(['interior', `not derived: ${room.reason}`])
    else {
      const [x, y, z] = room.interior.container.size
      lines.push([
        'interior',
        `${x} × ${z} × ${y} mm box (w × h × d, ${room.interior.source}), ${room.interior.volumeMl} ml free`,
      ])
      if (room.pricePerMl) lines.push(['price per ml', perMlWords(room.pricePerMl)])
      room.interior.explanation.forEach((line, i) => lines.push([i === 0 ? 'derivation' : '', line]))
    }
    if (b.yearIntroduced) lines.push(['introduced', String(b.yearIntroduced)])
    if (b.isReferenceOnly) lines.push(['reference only', 'yes (kept to compare against)'])
    addCommon(lines, b)
  } else if (kind === 'items') {
    const i = value as Item
    lines.push(
      ['item', i.name],
      ['size', `${dims(i.dimsMm)} mm (${statusWords(i.dimsStatus)})`],
      ['shape', i.shape],
      ['category', i.category],
    )
    if (i.weightG !== null) lines.push(['weight', `${i.weightG} g`])
    lines.push(['rigid', i.isRigid ? 'yes' : 'no (bends or squashes)'])
    if (i.minDimsMm) lines.push(['squeezes to', `${dims(i.minDimsMm)} mm at the smallest`])
    if (i.caseAddsMm) {
      const holds = typeof i.details.caseFor === 'string' ? ` of a ${i.details.caseFor}` : ''
      const standard = i.details.isStandardCase === true ? ' (the standard case)' : ''
      lines.push(['case adds', `${dims(i.caseAddsMm)} mm to the w × h × d${holds}${standard}`])
    }
    addCommon(lines, i)
  } else {
    const k = value as Kit
    lines.push(['kit', k.name])
    if (k.description) lines.push(['description', k.description])
    for (const { item, count } of await catalog.kitItems(k))
      lines.push([`${count} ×`, `${item.id}: ${dims(item.dimsMm)} mm (${item.dimsStatus})`])
    if (k.notes) lines.push(['notes', k.notes])
  }
  const width = Math.max(...lines.map(([label]) => label.length))
  return [
    `${value.id} (${singular(kind)})`,
    ...lines.map(([label, text]) => `  ${label.padEnd(width)}  ${text}`),
  ].join('\n')
}

function addCommon(lines: [string, string][], value: Bag | Item): void {
  if (Object.keys(value.details).length > 0) lines.push(['details', JSON.stringify(value.details)])
  if (value.sources.length === 0) lines.push(['sources', 'none (typical or measured size)'])
  value.sources.forEach((url, i) => lines.push([i === 0 ? 'sources' : '', url]))
  if (value.notes) lines.push(['notes', value.notes])
}

/** The same for a listing's column: empty when there is none. */
function usdPerMl(bag: Bag): string {
  return pricePerMlOf(bag)?.amount.toFixed(2) ?? ''
}

function roomJson(room: BagRoom) {
  if (room.kind === 'unknown') return room
  const { container, volumeMl, source, explanation } = room.interior
  return { kind: room.kind, container, volumeMl, source, pricePerMl: room.pricePerMl, explanation }
}

/** "USD 61.57 (USD 5,300 for 86.1 ml; quoted EUR 4,900 at 1.0813 USD per EUR of 2024, federalreserve.gov/...)". */
function perMlWords(p: PricePerMlUsd): string {
  const quoted = p.quoted.currency === 'USD' ? 'quoted in USD' : `quoted ${p.quoted.currency} ${p.quoted.amount} at ${p.rate} USD per ${p.quoted.currency} of ${p.rateDate}, ${p.rateSource}`
  return `USD ${p.amount.toFixed(2)} (USD ${p.priceUsd} for ${p.volumeMl} ml; ${quoted})`
}

const dims = (d: Dims) => [d.w, d.h, d.d].map((v) => (v === null ? '?' : String(v))).join(' × ')

function price(p: Price | null): string {
  if (!p) return ''
  const amount = p.amountMax === null ? `${p.amount}` : `${p.amount}-${p.amountMax}`
  const when = p.date ?? p.year
  return `${p.currency} ${amount}${when === null ? '' : ` (${when})`}`
}

function converted(c: PriceConverted, p: Price | null): string {
  if (!p || p.currency === 'USD') return `${c.amount} (quoted in USD)`
  return `${c.amount} at ${c.rate} USD per ${p.currency} of ${c.rateDate} (${c.rateSource})`
}

/** A status with the tolerance it implies: `converted-from-inches, ±3.2 mm: given to the nearest quarter inch`. */
function statusWords(status: DimsStatus): string {
  const t = DIMS_TOLERANCE[status]
  return `${status}, ±${t.mm} mm: ${t.words}`
}

const shorten = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text)
const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1)
const singular = (kind: CatalogKind) => ({ bags: 'bag', items: 'item', kits: 'kit' })[kind]

// ---- flags

function readKind(value: unknown): CatalogKind | undefined {
  if (value === undefined) return undefined
  const kind = String(value).toLowerCase()
  // Accept the singular too: --kind bag.
  const match = CATALOG_KINDS.find((k) => k === kind || k === `${kind}s`)
  if (!match) fail('INVALID_OPTION', `--kind must be bags, items or kits, got ${JSON.stringify(value)}.`)
  return match
}

function readFormat(value: unknown): CatalogFormat | undefined {
  if (value === undefined) return undefined
  const format = String(value).toLowerCase()
  if (format !== 'json' && format !== 'csv')
    fail('INVALID_OPTION', `--format must be json or csv, got ${JSON.stringify(value)}.`)
  return format
}

function readLimit(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    fail('INVALID_OPTION', `--limit must be a whole number of at least 1, got ${JSON.stringify(value)}.`)
  return n
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    fail(
      'FILE_NOT_FOUND',
      code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${(error as Error).message}`,
    )
  }
}
