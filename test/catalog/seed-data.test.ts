import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadSeed, SEED_DIR } from '../../src/catalog/index.js'

// The seed is checked with the import rules when it loads; these tests check what the rules cannot.
const seed = loadSeed()
const SHARED = join(SEED_DIR, '../../../shared/data')

describe('seed data', () => {
  test('loads without problems and holds every kind', () => {
    expect(seed.issues).toEqual([])
    expect(seed.bags.length).toBeGreaterThanOrEqual(30)
    expect(seed.items.length).toBeGreaterThanOrEqual(60)
    expect(seed.kits.map((k) => k.value.id)).toEqual(
      expect.arrayContaining(['essentials', 'evening', 'three-skittles']),
    )
  })

  test('every kit names items of the seed', () => {
    const itemIds = new Set(seed.items.map((i) => i.value.id))
    for (const kit of seed.kits)
      for (const entry of kit.value.items)
        expect(itemIds, `${kit.value.id}: ${entry.itemId}`).toContain(entry.itemId)
  })

  test('the common things with no source have typical sizes with their reasoning', () => {
    for (const id of [
      'lipstick',
      'powder-compact',
      'house-key',
      'car-key-fob',
      'mints-tin',
      'skittles-candy',
    ]) {
      const item = seed.items.find((i) => i.value.id === id)?.value
      expect(item?.dimsStatus, id).toBe('typical')
      expect(item?.notes, id).toMatch(/typical/i)
    }
  })

  test('items.json holds typical-items.json unchanged', () => {
    const typical = JSON.parse(readFileSync(join(SEED_DIR, 'typical-items.json'), 'utf8')) as { id: string }[]
    const items = JSON.parse(readFileSync(join(SEED_DIR, 'items.json'), 'utf8')) as { id: string }[]
    for (const record of typical) expect(items.find((i) => i.id === record.id)).toEqual(record)
  })

  test.skipIf(!existsSync(SHARED))(
    'keeps every shared record with its ids, sizes, status and sources',
    () => {
      // Only when the project's shared data sits next to the checkout; the package itself never reads it.
      const bags = JSON.parse(readFileSync(join(SHARED, 'bags.json'), 'utf8')) as Record<string, unknown>[]
      const items = JSON.parse(readFileSync(join(SHARED, 'items.json'), 'utf8')) as Record<string, unknown>[]
      // An amendment (data/seed/*-amendments.json) may change a size or a status only with its reason, keeping the
      // shared values in details.shared; it may add sources, never drop one.
      const check = (
        value: { id: string; dimsStatus: string; sources: readonly string[]; details: Record<string, unknown> },
        dims: object,
        shared: Record<string, unknown>,
        dimsField: string,
      ) => {
        const kept = value.details.shared as Record<string, unknown> | undefined
        if (kept) {
          expect(kept, value.id).toEqual({ [dimsField]: shared[dimsField], dims_status: shared.dims_status })
          expect(value.details.amendments, value.id).toEqual(expect.arrayContaining([expect.any(String)]))
        } else {
          expect(dims, value.id).toEqual(shared[dimsField])
          if (value.dimsStatus !== shared.dims_status)
            expect(value.details.amendments, value.id).toEqual(expect.arrayContaining([expect.any(String)]))
        }
        expect(value.sources, value.id).toEqual(expect.arrayContaining(shared.sources as string[]))
      }
      for (const shared of bags) {
        const bag = seed.bags.find((b) => b.value.id === shared.id)?.value
        expect(bag, String(shared.id)).toBeDefined()
        check(bag!, bag!.exteriorMm, shared, 'exterior_mm')
        expect(bag!.notes).toBe(shared.notes)
      }
      for (const shared of items) {
        const item = seed.items.find((i) => i.value.id === shared.id)?.value
        expect(item, String(shared.id)).toBeDefined()
        check(item!, item!.dimsMm, shared, 'dims_mm')
      }
    },
  )
})
