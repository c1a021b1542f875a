#!/usr/bin/env node
// Rebuilds data/seed/bags.json and items.json from the project's shared sourced data (../shared/data by default,
// or the folder given as the first argument), plus the hand-written typical sizes in typical-items.json.
// kits.json is hand-written and left alone. Run from the project root: node data/seed/build.mjs [SHARED_DATA_DIR]
//
// The seed format is the catalog's import format (docs/catalog.md): the shared fields keep their names, and any
// extra measurement a source gave (a coin's diameter, a range) moves under `details` so the format stays strict.
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
  'sources',
  'notes',
]

// Keep known fields in a fixed order, drop nulls that mean "not given", move the rest under details.
function convert(record, fields) {
  const out = {}
  const details = {}
  for (const field of fields) if (record[field] !== undefined) out[field] = record[field]
  for (const [key, value] of Object.entries(record)) if (!fields.includes(key)) details[key] = value
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

const bags = read(join(sharedDir, 'bags.json')).map((b) => convert(b, BAG_FIELDS))
const sharedItems = read(join(sharedDir, 'items.json')).map((i) => convert(i, ITEM_FIELDS))
const typical = read(join(seedDir, 'typical-items.json'))

// Typical sizes fill gaps; they never replace a sourced record.
const taken = new Set(sharedItems.map((i) => i.id))
const clash = typical.filter((i) => taken.has(i.id))
if (clash.length > 0)
  throw new Error(`typical-items.json reuses shared ids: ${clash.map((i) => i.id).join(', ')}`)

await write(join(seedDir, 'bags.json'), bags)
await write(join(seedDir, 'items.json'), [...sharedItems, ...typical])
console.log(
  `bags.json: ${bags.length} bags; items.json: ${sharedItems.length} sourced + ${typical.length} typical items`,
)
