import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sql } from 'kysely'
import { MicropurseError } from '../../src/errors.js'
import {
  formatCatalog,
  loadSeed,
  migrateDownTo,
  migrateToLatest,
  MIGRATION_NAMES,
  openCatalog,
  parseCatalogFile,
} from '../../src/catalog/index.js'
import type { Catalog, CatalogKind } from '../../src/catalog/index.js'
import { DIALECTS, createTestDatabase, postgresUnavailable } from './databases.js'
import type { TestDatabase } from './databases.js'

const postgresSkip = DIALECTS.includes('postgres') ? await postgresUnavailable() : undefined
const KINDS: CatalogKind[] = ['bags', 'items', 'kits']

/** Runs `fn` and returns the MicropurseError it throws. */
async function thrown(fn: () => Promise<unknown>): Promise<MicropurseError> {
  try {
    await fn()
  } catch (error) {
    if (error instanceof MicropurseError) return error
    throw error
  }
  throw new Error('expected a MicropurseError, nothing was thrown')
}

for (const dialect of DIALECTS) {
  describe.skipIf(dialect === 'postgres' && postgresSkip !== undefined)(`catalog on ${dialect}`, () => {
    let database: TestDatabase
    let catalog: Catalog
    const open = (options: { seed?: boolean; url?: string } = {}) =>
      openCatalog({
        db: options.url ?? database.url,
        env: {},
        ...(options.seed !== undefined && { seed: options.seed }),
      })

    beforeAll(async () => {
      database = await createTestDatabase(dialect)
      catalog = await open()
    })
    afterAll(async () => {
      await catalog?.close()
      await database?.drop()
    })

    describe('openCatalog', () => {
      test('migrates an empty database and writes the whole seed on first open', async () => {
        expect(catalog.opened).toEqual({ migrations: [...MIGRATION_NAMES], seeded: true })
        const seed = loadSeed()
        for (const kind of KINDS) expect(await catalog.count(kind)).toBe(seed[kind].length)
        expect(await catalog.count('bags')).toBeGreaterThanOrEqual(30)
      })

      test('a second open applies no migration and does not seed again', async () => {
        const again = await open()
        try {
          expect(again.opened).toEqual({ migrations: [], seeded: false })
          expect(await again.count('bags')).toBe(await catalog.count('bags'))
        } finally {
          await again.close()
        }
      })

      test('keeps sourced sizes, sources, statuses and prices exactly', async () => {
        const chiquito = await catalog.get('bags', 'jacquemus-le-petit-chiquito')
        expect(chiquito.exteriorMm).toEqual({ w: 53, h: 43, d: 15 })
        expect(chiquito.dimsStatus).toBe('sourced')
        expect(chiquito.price).toEqual({
          amount: 258,
          amountMax: null,
          currency: 'USD',
          year: 2019,
          date: '2019-07',
          source:
            'https://bagaholicboy.com/2019/07/bagaholicboy-shops-smaller-than-small-jacquemus-louis-vuitton-saint-laurent/',
        })
        expect(chiquito.priceConverted).toMatchObject({ amount: 258, currency: 'USD', rate: 1 })
        // A converted price keeps its rate, the rate's period and its page.
        const lipstickCase = await catalog.get('bags', 'louis-vuitton-lipstick-case')
        expect(lipstickCase.priceConverted).toEqual({
          amount: 1129.97,
          currency: 'USD',
          rate: 1.2768,
          rateDate: '2019',
          rateSource: 'https://federalreserve.gov/releases/g5a/20210104',
        })
        expect(chiquito.sources).toContain(
          'https://sketchxxhouse.com/garments/2020/07/27/jacquemuslepetitchiquito.html',
        )
        // Decimals survive the round trip through the database (no 4-byte floats).
        const card = await catalog.get('items', 'iso-7810-id1-card')
        expect(card.dimsMm).toEqual({ w: 85.6, h: 53.98, d: 0.76 })
        const tabby = await catalog.get('bags', 'coach-tabby-20')
        expect(tabby.exteriorMm).toEqual({ w: 196.9, h: 108, d: 69.9 })
      })

      test('keeps a bag with a missing side, with the gap as null', async () => {
        const neverfull = await catalog.get('bags', 'louis-vuitton-neverfull-bb')
        expect(neverfull.exteriorMm).toEqual({ w: 240, h: 140, d: null })
        expect(neverfull.dimsStatus).toBe('sourced-2d-only')
        const peekaboo = await catalog.get('bags', 'fendi-micro-peekaboo')
        expect(peekaboo.price).toEqual({
          amount: 980,
          amountMax: 2190,
          currency: 'GBP',
          year: 2019,
          date: null,
          source: null,
        })
        // An estimated side is stated as such, with the shared values kept.
        const original = await catalog.get('bags', 'jacquemus-le-chiquito-original')
        expect(original.exteriorMm).toEqual({ w: 120, h: 60, d: 40 })
        expect(original.dimsStatus).toBe('estimated')
        expect(original.details.shared).toEqual({ exterior_mm: { w: 120, h: 60, d: null }, dims_status: 'sourced-2d-only' })
        expect((await catalog.get('bags', 'hermes-birkin-35')).isReferenceOnly).toBe(true)
      })

      test('keeps squeezed sizes, what cases add and estimated sides', async () => {
        const tissues = await catalog.get('items', 'pocket-tissue-pack')
        expect(tissues.isRigid).toBe(false)
        expect(tissues.minDimsMm).toEqual({ w: 105, h: 55, d: 18 })
        const standard = await catalog.get('items', 'phone-case-standard')
        expect(standard.category).toBe('case')
        expect(standard.caseAddsMm).toEqual({ w: 4, h: 4, d: 6.5 })
        expect(standard.details).toMatchObject({ caseFor: 'phone', isStandardCase: true })
        const phone = await catalog.get('items', 'apple-iphone-15')
        expect(phone.minDimsMm).toBeNull()
        expect(phone.caseAddsMm).toBeNull()
      })

      test('seeds kits whose items all exist, with counts', async () => {
        const essentials = await catalog.get('kits', 'essentials')
        const lines = await catalog.kitItems(essentials)
        expect(lines.map((l) => l.item.id)).toEqual([
          'apple-iphone-15',
          'iso-7810-id1-card',
          'lipstick',
          'house-key',
        ])
        expect(lines.find((l) => l.item.id === 'house-key')?.count).toBe(2)
        expect((await catalog.get('kits', 'three-skittles')).items).toEqual([
          { itemId: 'skittles-candy', count: 3 },
        ])
        for (const kit of await catalog.list('kits')) {
          expect((await catalog.kitItems(kit)).length).toBe(kit.items.length)
        }
      })

      test('lists in id order, a page at a time', async () => {
        const all = await catalog.list('items')
        expect(all.map((i) => i.id)).toEqual([...all.map((i) => i.id)].sort())
        const page = await catalog.list('items', { limit: 5, offset: 5 })
        expect(page.map((i) => i.id)).toEqual(all.slice(5, 10).map((i) => i.id))
      })
    })

    describe('search', () => {
      test('matches every word, ignoring case and accents', async () => {
        const found = await catalog.search('bags', 'HERMÈS constance')
        expect(found.map((b) => b.id).sort()).toEqual([
          'hermes-constance-24',
          'hermes-constance-micro-14',
          'hermes-constance-mini-18',
        ])
      })

      test('puts the exact id first', async () => {
        const found = await catalog.search('items', 'apple-iphone-15')
        expect(found[0]?.id).toBe('apple-iphone-15')
        // Every match names the phone somewhere (a case's notes name the phone it is sized on).
        expect(
          found.every((i) => `${i.id} ${i.name} ${i.notes}`.toLowerCase().includes('iphone')),
        ).toBe(true)
      })

      test('finds kits by the items they hold, and nothing for an empty query', async () => {
        expect((await catalog.search('kits', 'skittles')).map((k) => k.id)).toContain('three-skittles')
        expect(await catalog.search('bags', '  ')).toEqual([])
        expect(await catalog.search('bags', 'no such bag anywhere')).toEqual([])
      })
    })

    describe('get', () => {
      test('an unknown id names the closest ids', async () => {
        const error = await thrown(() => catalog.get('bags', 'chiquito'))
        expect(error.code).toBe('BAG_NOT_FOUND')
        expect(error.message).toMatch(/jacquemus-le-petit-chiquito/)
        expect(error.details?.suggestions).toContain('jacquemus-le-chiquito-original')
        const item = await thrown(() => catalog.get('items', 'iphone15'))
        expect(item.code).toBe('ITEM_NOT_FOUND')
        expect((item.details?.suggestions as string[])[0]).toBe('apple-iphone-15')
      })
    })

    describe('import', () => {
      test('a broken JSON file writes nothing and each problem names its line and field', async () => {
        const before = await catalog.count('bags')
        const text = [
          '[',
          '  { "id": "good-bag", "brand": "B", "model": "M", "exterior_mm": { "w": 100, "h": 80, "d": 30 },',
          '    "dims_status": "measured", "sources": [] },',
          '  { "id": "bad-bag", "brand": "B", "model": "M", "exterior_mm": { "w": "wide", "h": 80, "d": 30 },',
          '    "dims_status": "measured", "sources": [] },',
          '  { "id": "Bad Id", "brand": "", "model": "M", "exterior_mm": { "w": 1, "h": 1, "d": 1 },',
          '    "dims_status": "guessed", "sources": [] }',
          ']',
        ].join('\n')
        const parsed = parseCatalogFile(text, 'json', 'bags')
        const error = await thrown(() => catalog.importRows(parsed))
        expect(error.code).toBe('IMPORT_INVALID')
        const issues = error.details?.issues as { line: number; field: string }[]
        expect(issues).toContainEqual(expect.objectContaining({ line: 4, field: 'exterior_mm.w' }))
        expect(issues).toContainEqual(expect.objectContaining({ line: 6, field: 'id' }))
        expect(issues).toContainEqual(expect.objectContaining({ line: 6, field: 'brand' }))
        expect(issues).toContainEqual(expect.objectContaining({ line: 6, field: 'dims_status' }))
        expect(error.message).toMatch(/line 4 \(bad-bag\), field exterior_mm\.w: expected a positive number/)
        expect(await catalog.count('bags')).toBe(before)
        expect(await catalog.find('bags', 'good-bag')).toBeUndefined()
      })

      test('a JSON syntax error is reported with its line and writes nothing', async () => {
        const parsed = parseCatalogFile('[\n  { "id": "a",\n    "name": }\n]', 'json', 'items')
        expect(parsed.issues).toEqual([expect.objectContaining({ line: 3, field: '(file)' })])
        await expect(catalog.importRows(parsed)).rejects.toThrow(/nothing was written/)
      })

      test('a broken CSV file writes nothing and each problem names its line and column', async () => {
        const before = await catalog.count('items')
        const csv = [
          'id,name,category,width_mm,height_mm,depth_mm,dims_status,shape,sources',
          'ok-item,An item,other,10,20,5,measured,box,',
          'bad-size,"A ""quoted"" item, with a comma",other,10,-2,5,measured,box,',
          'bad-cat,Another,spaceship,10,20,5,measured,box,',
          'no-source,Sourced but no URL,other,10,20,5,sourced,box,',
        ].join('\r\n')
        const parsed = parseCatalogFile(csv, 'csv')
        const error = await thrown(() => catalog.importRows(parsed))
        const issues = error.details?.issues as { line: number; field: string }[]
        expect(issues).toContainEqual(expect.objectContaining({ line: 3, field: 'height_mm' }))
        expect(issues).toContainEqual(expect.objectContaining({ line: 4, field: 'category' }))
        expect(issues).toContainEqual(expect.objectContaining({ line: 5, field: 'sources' }))
        expect(issues.some((i) => i.line === 2)).toBe(false)
        expect(await catalog.count('items')).toBe(before)
        expect(await catalog.find('items', 'ok-item')).toBeUndefined()
      })

      test('a kit naming an item that exists nowhere is refused with the closest ids', async () => {
        const parsed = parseCatalogFile('id,name,items\nmy-kit,Mine,"lipstick:1, housekey:2"\n', 'csv')
        const error = await thrown(() => catalog.importRows(parsed))
        expect(error.message).toMatch(
          /line 2 \(my-kit\), field items: Unknown item id "housekey"\. Closest items: house-key/,
        )
        expect(await catalog.find('kits', 'my-kit')).toBeUndefined()
      })

      test('writes new and replaced rows together, items before the kits that use them', async () => {
        const text = JSON.stringify({
          items: [
            {
              id: 'hair-clip',
              name: 'Hair clip',
              category: 'other',
              dims_mm: { w: 60, h: 20, d: 15 },
              dims_status: 'measured',
              shape: 'irregular',
              sources: [],
            },
          ],
          kits: [
            {
              id: 'evening',
              name: 'Evening',
              items: [
                { item_id: 'lipstick', count: 1 },
                { item_id: 'hair-clip', count: 2 },
              ],
            },
          ],
        })
        const summary = await catalog.importRows(parseCatalogFile(text, 'json'))
        expect(summary.counts).toEqual({
          bags: { created: 0, updated: 0 },
          items: { created: 1, updated: 0 },
          kits: { created: 0, updated: 1 },
        })
        expect((await catalog.get('kits', 'evening')).items).toEqual([
          { itemId: 'lipstick', count: 1 },
          { itemId: 'hair-clip', count: 2 },
        ])
      })

      test('a dry run checks everything and writes nothing', async () => {
        const text = JSON.stringify([
          {
            id: 'dry-item',
            name: 'Dry',
            category: 'other',
            dims_mm: { w: 1, h: 1, d: 1 },
            dims_status: 'measured',
            shape: 'box',
          },
        ])
        const summary = await catalog.importRows(parseCatalogFile(text, 'json'), { dryRun: true })
        expect(summary).toMatchObject({ dryRun: true, counts: { items: { created: 1, updated: 0 } } })
        expect(await catalog.find('items', 'dry-item')).toBeUndefined()
      })

      test('an item still in a kit cannot be removed; a kit can', async () => {
        await expect(catalog.remove('items', 'hair-clip')).rejects.toThrow(/in kits evening/)
        expect(await catalog.remove('kits', 'three-grains-of-rice')).toBe(true)
        expect(await catalog.remove('kits', 'three-grains-of-rice')).toBe(false)
      })
    })

    describe('export and import', () => {
      test('JSON export imported into an empty catalog exports the same records', async () => {
        const document = Object.fromEntries(
          await Promise.all(KINDS.map(async (k) => [k, await catalog.exportRecords(k)])),
        )
        const text = formatCatalog(document, 'json')
        const target = await createTestDatabase(dialect)
        const copy = await open({ url: target.url, seed: false })
        try {
          expect(copy.opened.seeded).toBe(false)
          await copy.importRows(parseCatalogFile(text, 'json'))
          for (const kind of KINDS) expect(await copy.exportRecords(kind)).toEqual(document[kind])
        } finally {
          await copy.close()
          await target.drop()
        }
      })

      test('CSV export of each kind imports back to the same records', async () => {
        const target = await createTestDatabase(dialect)
        const copy = await open({ url: target.url, seed: false })
        try {
          // Items first: kits point at them.
          for (const kind of ['items', 'bags', 'kits'] as const) {
            const csv = formatCatalog({ [kind]: await catalog.exportRecords(kind) }, 'csv')
            const parsed = parseCatalogFile(csv, 'csv')
            expect(parsed.issues).toEqual([])
            await copy.importRows(parsed)
            expect(await copy.exportRecords(kind)).toEqual(await catalog.exportRecords(kind))
          }
        } finally {
          await copy.close()
          await target.drop()
        }
      })
    })

    describe('migrations', () => {
      test('run down to nothing and up again, and the seed comes back on the next open', async () => {
        const target = await createTestDatabase(dialect)
        const fresh = await open({ url: target.url })
        try {
          const tableCount = async () =>
            (await fresh.db.introspection.getTables()).filter((t) =>
              ['bags', 'items', 'kits', 'kit_items'].includes(t.name),
            ).length
          expect(await tableCount()).toBe(4)
          expect(await migrateDownTo(fresh.db, 'none')).toEqual([...MIGRATION_NAMES].reverse())
          expect(await tableCount()).toBe(0)
          await expect(sql`select count(*) from bags`.execute(fresh.db)).rejects.toThrow()
          expect(await migrateToLatest(fresh.db)).toEqual([...MIGRATION_NAMES])
          expect(await tableCount()).toBe(4)
          expect(await fresh.count('bags')).toBe(0)
        } finally {
          await fresh.close()
        }
        const reopened = await open({ url: target.url })
        try {
          expect(reopened.opened.seeded).toBe(true)
          expect(await reopened.count('bags')).toBe(loadSeed().bags.length)
        } finally {
          await reopened.close()
          await target.drop()
        }
      })
    })
  })
}
