#!/usr/bin/env node
// Rebuilds data/seed/bags.json and items.json from the project's shared sourced data (../shared/data by default,
// or the folder given as the first argument) and the hand-written files next to this script:
//   bag-amendments.json, item-amendments.json  changes to shared records (a material, a dated price, an estimated
//                                               side, alternatives), each with its reason;
//   bags-added.json, items-added.json          records gathered since, with their sources;
//   typical-items.json                          typical sizes of common things, each with its reasoning;
//   rates.json                                  exchange rates for the converted prices.
// kits.json is hand-written and left alone. Run from the project root: node data/seed/build.mjs [SHARED_DATA_DIR]
//
// The seed format is the catalog's import format (docs/catalog.md): the shared fields keep their names, and any
// extra measurement a source gave (a coin's diameter, a range) moves under `details` so the format stays strict.
// An amendment that changes a shared record's sizes or status keeps the shared values in `details.shared`.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const seedDir = new URL('.', import.meta.url).pathname
const sharedDir = process.argv[2] ?? join(seedDir, '..', '..', '..', 'shared', 'data')

const BAG_FIELDS = [
  'id',
  'brand',
  'model',
  'size_name',
  'exterior_mm',
  'interior_mm',
  'dims_status',
  'shape',
  'closure',
  'material',
  'strap',
  'price',
  'price_converted',
  'year_introduced',
  'reference_only',
  'handle_drop_mm',
  'strap_length_mm',
  'strap_drop_mm',
  'sources',
  'notes',
]
const ITEM_FIELDS = [
  'id',
  'name',
  'category',
  'dims_mm',
  'dims_status',
  'shape',
  'weight_g',
  'rigid',
  'min_dims_mm',
  'case_adds_mm',
  'sources',
  'notes',
]

// Keep known fields in a fixed order, drop nulls that mean "not given", move the rest under details.
function convert(record, fields) {
  const out = {}
  const details = { ...(record.details ?? {}) }
  for (const field of fields) if (record[field] !== undefined) out[field] = record[field]
  for (const [key, value] of Object.entries(record))
    if (!fields.includes(key) && key !== 'details') details[key] = value
  if (Object.keys(details).length > 0) out.details = details
  return out
}

const read = (path) => JSON.parse(readFileSync(path, 'utf8'))
// Written as Prettier would write it, so `prettier --check` stays quiet on generated files.
const prettier = await import('prettier')
const write = async (path, value) => {
  const options = { ...(await prettier.resolveConfig(path)), filepath: path }
  writeFileSync(path, await prettier.format(JSON.stringify(value), options))
}

/** Applies amendments to shared records: fields are replaced, `details` merged; changed sizes keep the shared ones. */
function applyAmendments(records, amendments, dimsField) {
  const byId = new Map(records.map((r) => [r.id, r]))
  for (const { id, set, why } of amendments) {
    const record = byId.get(id)
    if (!record) throw new Error(`an amendment names ${id}, which the shared data does not hold`)
    if (!why) throw new Error(`the amendment of ${id} gives no reason`)
    const changesSize =
      (set[dimsField] && JSON.stringify(set[dimsField]) !== JSON.stringify(record[dimsField])) ||
      (set.dims_status && set.dims_status !== record.dims_status)
    const details = { ...(record.details ?? {}), ...(set.details ?? {}) }
    if (changesSize && !details.shared)
      details.shared = { [dimsField]: record[dimsField], dims_status: record.dims_status }
    details.amendments = [...(record.details?.amendments ?? []), why]
    Object.assign(record, set, { details })
  }
  return records
}

/**
 * The rate for a price: the Fed's annual average of the price's year, or the nearest later year at hand (2016 takes
 * 2017), and the June 2024 monthly average for prices after 2023 or undated. Returns USD per unit, its date, its page.
 */
function rateFor(rates, currency, year) {
  if (currency === 'USD') return { rate: 1, date: year === null ? 'undated' : String(year), source: null }
  const table = rates.currencies[currency]
  if (!table) throw new Error(`rates.json has no rate for ${currency}`)
  const years = Object.keys(table)
    .filter((k) => /^\d{4}$/.test(k))
    .map(Number)
    .sort((a, b) => a - b)
  let key
  if (year === null || year > years[years.length - 1]) key = '2024-06'
  else key = String(years.find((y) => y >= year) ?? years[years.length - 1])
  const printed = table[key]
  const usdPerUnit = table.per === 'usd-per-unit' ? printed : 1 / printed
  return { rate: Number(usdPerUnit.toPrecision(6)), date: key, source: rates.sources[key] }
}

/** Adds `price_converted` (USD, with the rate, its date and its page) to a bag with a price. */
function convertPrice(bag, rates) {
  if (!bag.price) return bag
  const { amount, currency, year = null } = bag.price
  const { rate, date, source } = rateFor(rates, currency, year)
  bag.price_converted = {
    amount: Math.round(amount * rate * 100) / 100,
    currency: 'USD',
    rate,
    rate_date: currency === 'USD' ? (bag.price.date ?? (year === null ? '2024-06' : String(year))) : date,
    rate_source: source ?? bag.price.source ?? bag.sources[0],
  }
  return bag
}

const rates = read(join(seedDir, 'rates.json'))
const sharedBags = applyAmendments(
  read(join(sharedDir, 'bags.json')),
  read(join(seedDir, 'bag-amendments.json')),
  'exterior_mm',
)
const sharedItems = applyAmendments(
  read(join(sharedDir, 'items.json')),
  read(join(seedDir, 'item-amendments.json')),
  'dims_mm',
)
const addedBags = read(join(seedDir, 'bags-added.json'))
const addedItems = read(join(seedDir, 'items-added.json'))
const typical = read(join(seedDir, 'typical-items.json'))

// New records fill gaps; they never replace a shared one.
for (const [kind, shared, added] of [
  ['bags', sharedBags, addedBags],
  ['items', sharedItems, [...addedItems, ...typical]],
]) {
  const taken = new Set(shared.map((r) => r.id))
  const seen = new Set()
  for (const record of added) {
    if (taken.has(record.id)) throw new Error(`${kind}: ${record.id} reuses a shared id; amend it instead`)
    if (seen.has(record.id)) throw new Error(`${kind}: ${record.id} is given twice`)
    seen.add(record.id)
  }
}

const bags = [...sharedBags, ...addedBags].map((b) => convert(convertPrice(b, rates), BAG_FIELDS))
const items = [...sharedItems, ...addedItems].map((i) => convert(i, ITEM_FIELDS))

await write(join(seedDir, 'bags.json'), bags)
await write(join(seedDir, 'items.json'), [...items, ...typical])
writeReadmeList([
  ...addedBags.map((r) => ['bag, added', r]),
  ...read(join(seedDir, 'bag-amendments.json')).map((a) => ['bag, amended', sharedBags.find((b) => b.id === a.id), a.why]),
  ...addedItems.map((r) => ['item, added', r]),
  ...read(join(seedDir, 'item-amendments.json')).map((a) => ['item, amended', sharedItems.find((i) => i.id === a.id), a.why]),
])

/** Rewrites the list between the markers of README.md: one line per added or amended record, with its sources. */
function writeReadmeList(entries) {
  const path = join(seedDir, 'README.md')
  const text = readFileSync(path, 'utf8')
  const start = '<!-- generated: records -->'
  const end = '<!-- end generated -->'
  if (!text.includes(start) || !text.includes(end)) throw new Error(`README.md lacks the ${start} markers`)
  const rows = entries.map(([what, r, why]) => {
    const sources = r.sources.length > 0 ? r.sources.map((u) => `<${u}>`).join(' ') : 'none (typical)'
    return `- \`${r.id}\` (${what}, ${r.dims_status}): ${why ? `${why}. ` : ''}Sources: ${sources}`
  })
  const head = text.slice(0, text.indexOf(start) + start.length)
  const tail = text.slice(text.indexOf(end))
  writeFileSync(path, `${head}\n\n${rows.join('\n')}\n\n${tail}`)
}
console.log(
  `bags.json: ${sharedBags.length} shared + ${addedBags.length} added bags; ` +
    `items.json: ${sharedItems.length} shared + ${addedItems.length} added + ${typical.length} typical items`,
)
