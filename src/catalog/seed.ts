import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MicropurseError } from '../errors.js'
import type { CatalogDb } from './database.js'
import { parseCatalogFile } from './import.js'
import type { ParsedImport } from './import.js'
import type { CatalogKind } from './types.js'
import { writeRecords } from './write-records.js'

/**
 * The seed catalog shipped in `data/seed/` (bags.json, items.json, kits.json: sourced sizes from the project's
 * shared data plus typical sizes, see data/seed/README.md). Found next to the package at run time, from `src/` and
 * from `dist/` alike.
 */
export const SEED_DIR = fileURLToPath(new URL('../../data/seed/', import.meta.url))

let cached: ParsedImport | undefined

/**
 * Reads and checks the seed files with the same rules as `catalog import`. Throws `INTERNAL` if a seed file is
 * missing or invalid (a packaging bug, not the caller's).
 */
export function loadSeed(): ParsedImport {
  if (cached) return cached
  const seed: ParsedImport = { format: 'json', bags: [], items: [], kits: [], issues: [] }
  for (const kind of ['bags', 'items', 'kits'] as const satisfies readonly CatalogKind[]) {
    const path = `${SEED_DIR}${kind}.json`
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new MicropurseError(
        'INTERNAL',
        `The seed file ${path} is missing from the package: ${(error as Error).message}`,
      )
    }
    const parsed = parseCatalogFile(text, 'json', kind)
    const first = parsed.issues[0]
    if (first)
      throw new MicropurseError(
        'INTERNAL',
        `The seed file ${path} is invalid: line ${first.line}, field ${first.field}: ${first.message}`,
      )
    ;(seed[kind] as unknown[]) = parsed[kind]
  }
  cached = seed
  return seed
}

/**
 * Writes the seed into the database, leaving alone any record whose id is already there (so two processes seeding
 * a new database at once cannot clash). Run it in a transaction. Returns how many of each kind the seed holds.
 */
export async function writeSeed(db: CatalogDb): Promise<Record<CatalogKind, number>> {
  const seed = loadSeed()
  await writeRecords(db, seed, 'keep')
  return { bags: seed.bags.length, items: seed.items.length, kits: seed.kits.length }
}
