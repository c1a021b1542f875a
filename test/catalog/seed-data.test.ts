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
      for (const shared of bags) {
        const bag = seed.bags.find((b) => b.value.id === shared.id)?.value
        expect(bag, String(shared.id)).toBeDefined()
        expect(bag!.exteriorMm).toEqual(shared.exterior_mm)
        expect(bag!.dimsStatus).toBe(shared.dims_status)
        expect(bag!.sources).toEqual(shared.sources)
        expect(bag!.notes).toBe(shared.notes)
      }
      for (const shared of items) {
        const item = seed.items.find((i) => i.value.id === shared.id)?.value
        expect(item, String(shared.id)).toBeDefined()
        expect(item!.dimsMm).toEqual(shared.dims_mm)
        expect(item!.dimsStatus).toBe(shared.dims_status)
        expect(item!.sources).toEqual(shared.sources)
      }
    },
  )
})
