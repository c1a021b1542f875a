import { bagToRow } from './bag.table.js'
import type { CatalogDb } from './database.js'
import type { ParsedImport } from './import.js'
import { itemToRow } from './item.table.js'
import { insertMissingKitRows, upsertKitRows } from './kit.repository.js'
import { kitToRows } from './kit.table.js'
import { insertRows } from './table-queries.js'

/**
 * Writes checked records, items before the kits that point at them. On an id already taken, `overwrite` replaces
 * the record (an import), `keep` leaves it alone (the seed, which two processes may write at once). Run it in a
 * transaction so a failure writes nothing.
 */
export async function writeRecords(
  db: CatalogDb,
  records: Pick<ParsedImport, 'bags' | 'items' | 'kits'>,
  onTaken: 'overwrite' | 'keep',
): Promise<void> {
  await insertRows(
    db,
    'items',
    records.items.map((r) => itemToRow(r.value)),
    onTaken,
  )
  await insertRows(
    db,
    'bags',
    records.bags.map((r) => bagToRow(r.value)),
    onTaken,
  )
  const kits = records.kits.map((r) => kitToRows(r.value))
  await (onTaken === 'overwrite' ? upsertKitRows(db, kits) : insertMissingKitRows(db, kits))
}
