import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  batchDb,
  BATCH_STATUSES,
  chooseSubjects,
  countResultRows,
  generateBags,
  listResultRows,
  planBatch,
  runBatchWhatFits,
} from '../../src/batch/index.js'
import { upsertResultRows } from '../../src/batch/result.repository.js'
import type { BatchWhatFitsSummary, SubjectChoice } from '../../src/batch/index.js'
import { openCatalog } from '../../src/catalog/index.js'
import type { Bag, Catalog, Item } from '../../src/catalog/index.js'
import { resolveCatalogBag } from '../../src/services/catalog-bag.js'
import { judgeEntries, whatFitsEntries } from '../../src/services/what-fits.js'
import { createTestDatabase, DIALECTS, postgresUnavailable } from '../catalog/databases.js'
import type { TestDatabase } from '../catalog/databases.js'

const postgresSkip = DIALECTS.includes('postgres') ? await postgresUnavailable() : undefined

// Two kits and no items alone keep each run to a second or two: the seed bags + 10 synthetic ones, × 2 kits.
const SUBJECTS: SubjectChoice = { kits: ['essentials', 'lipstick-and-card'], items: 'none' }
const TIME_LIMIT_MS = 100
const SYNTHETIC = 10

/** Decided pairs of a run: the sum over statuses. */
function decided(summary: BatchWhatFitsSummary): number {
  return BATCH_STATUSES.reduce((s, k) => s + summary.decided[k], 0)
}

for (const dialect of DIALECTS) {
  describe.skipIf(dialect === 'postgres' && postgresSkip !== undefined)(
    `batch what-fits on ${dialect}`,
    () => {
      let database: TestDatabase
      let catalog: Catalog
      const run = () =>
        runBatchWhatFits(catalog, { subjects: SUBJECTS, threads: 0, timeLimitMs: TIME_LIMIT_MS })
      const plan = async (timeLimitMs = TIME_LIMIT_MS) =>
        planBatch(catalog, await chooseSubjects(catalog, SUBJECTS), { timeLimitMs })
      const edit = (bags: Bag[] = [], items: Item[] = []) =>
        catalog.importRows({
          format: 'json',
          bags: bags.map((value, i) => ({ line: i + 1, value })),
          items: items.map((value, i) => ({ line: i + 1, value })),
          kits: [],
          issues: [],
        })

      beforeAll(async () => {
        database = await createTestDatabase(dialect)
        catalog = await openCatalog({ db: database.url, env: {} })
        await generateBags(catalog, { count: SYNTHETIC, seed: 7 })
      })
      afterAll(async () => {
        await catalog?.close()
        await database?.drop()
      })

      test('a first run decides every pair once, and the counts add up to bags × subjects', async () => {
        const bags = await catalog.count('bags')
        const summary = await run()
        expect(summary.plan.pairs).toBe(bags * 2)
        expect(summary.plan.missing).toBe(bags * 2)
        expect(summary.computed).toBe(bags * 2)
        expect(decided(summary)).toBe(bags * 2)
        expect(await countResultRows(batchDb(catalog))).toBe(bags * 2)
        // Bags the catalog cannot size are said to be so, never guessed.
        const rows = await listResultRows(batchDb(catalog), { bagId: 'louis-vuitton-neverfull-bb' })
        expect(rows.map((r) => r.status)).toEqual(['unknown-size', 'unknown-size'])
        expect(rows[0]!.reason).toMatch(/^size unknown: the bag has no depth/)
      })

      test('a rerun decides nothing, and everything is current', async () => {
        const summary = await run()
        expect(summary.computed).toBe(0)
        const after = await plan()
        expect(after.stale + after.missing).toBe(0)
        expect(BATCH_STATUSES.reduce((s, k) => s + after.current[k], 0)).toBe(after.pairs)
      })

      test('an edit to a bag decides again only that bag; an edit to its notes decides nothing', async () => {
        const bag = await catalog.get('bags', 'synthetic-000001')
        const before = await listResultRows(batchDb(catalog))
        await edit([
          { ...bag, notes: 'Repriced.', price: { amount: 99, amountMax: null, currency: 'EUR', year: 2026, date: null, source: null } },
        ])
        expect((await run()).computed).toBe(0)
        await edit([{ ...bag, exteriorMm: { ...bag.exteriorMm, w: bag.exteriorMm.w! + 10 } }])
        const summary = await run()
        expect(summary.plan.stale).toBe(2)
        expect(summary.computed).toBe(2)
        // Every other row is untouched; the edited bag's rows carry its new key.
        const after = await listResultRows(batchDb(catalog))
        expect(after).toHaveLength(before.length)
        const changed = after.filter((r, i) => r.computed_at !== before[i]!.computed_at).map((r) => r.bag_id)
        expect(changed).toEqual(['synthetic-000001', 'synthetic-000001'])
      })

      test('an edit to an item decides again every kit that holds it, in every bag', async () => {
        const key = await catalog.get('items', 'house-key')
        await edit([], [{ ...key, dimsMm: { ...key.dimsMm, w: key.dimsMm.w! + 1 } }])
        const summary = await run()
        // house-key is in essentials, not in lipstick-and-card.
        expect(summary.computed).toBe(await catalog.count('bags'))
        const rows = await listResultRows(batchDb(catalog), {
          subjectKind: 'kit',
          subjectId: 'lipstick-and-card',
        })
        expect(rows.every((r) => r.computed_at < new Date(Date.now() - 1).toISOString())).toBe(true)
      })

      test('results of a deleted bag go with it', async () => {
        await catalog.remove('bags', 'synthetic-000002')
        const summary = await run()
        expect(summary.removed).toBe(2)
        expect(summary.computed).toBe(0)
        expect(await countResultRows(batchDb(catalog))).toBe((await catalog.count('bags')) * 2)
      })

      test('a stored unknown is current at its own time limit and stale at a longer one', async () => {
        const db = batchDb(catalog)
        await db
          .updateTable('batch_results')
          .set({ status: 'unknown', time_limit_ms: 5 })
          .where('bag_id', '=', 'synthetic-000003')
          .where('subject_id', '=', 'essentials')
          .execute()
        expect((await plan(5)).stale).toBe(0)
        const longer = await plan(TIME_LIMIT_MS)
        expect(longer.stale).toBe(1)
        expect(longer.work.map((w) => w.id)).toEqual(['synthetic-000003'])
        expect((await run()).computed).toBe(1)
      })

      test('a result lands once: the same content written again, by anyone, changes nothing', async () => {
        const db = batchDb(catalog)
        const [first] = await listResultRows(db, { bagId: 'synthetic-000004', subjectId: 'essentials' })
        await upsertResultRows(db, [
          { ...first!, computed_by: 'other:1/0', computed_at: '2030-01-01T00:00:00.000Z' },
        ])
        expect(await listResultRows(db, { bagId: 'synthetic-000004', subjectId: 'essentials' })).toEqual([
          first,
        ])
        // Other content replaces it, and so does a decided answer over an unknown.
        await upsertResultRows(db, [
          { ...first!, bag_key: 'edited', status: 'unknown', computed_by: 'other:1/0' },
        ])
        await upsertResultRows(db, [{ ...first!, bag_key: 'edited', computed_by: 'other:2/0' }])
        const [now] = await listResultRows(db, { bagId: 'synthetic-000004', subjectId: 'essentials' })
        expect([now!.bag_key, now!.status, now!.computed_by]).toEqual(['edited', first!.status, 'other:2/0'])
        expect(await countResultRows(db)).toBe((await catalog.count('bags')) * 2)
        expect((await run()).computed).toBe(1)
      })

      test('cases are tried with what they hold, never on their own', async () => {
        const entries = await whatFitsEntries(catalog)
        const cases = (await catalog.list('items')).filter((i) => i.category === 'case')
        expect(cases.length).toBeGreaterThan(0)
        for (const c of cases) expect(entries.map((e) => e.id)).not.toContain(c.id)
        expect(entries.filter((e) => e.kind === 'item')).toHaveLength(
          (await catalog.count('items')) - cases.length,
        )
      })

      test('each decided answer is the one what-fits gives for the same bag', async () => {
        const entries = (await whatFitsEntries(catalog)).filter(
          (e) => e.kind === 'kit' && SUBJECTS.kits!.includes(e.id),
        )
        for (const id of ['coach-tabby-20', 'hermes-kelly-20-mini', 'synthetic-000004', 'synthetic-000005']) {
          const bag = await resolveCatalogBag(catalog, id)
          const expected = judgeEntries(bag.interior.container, entries, {
            timeLimitMs: TIME_LIMIT_MS,
            budgetMs: Infinity,
          })
          const stored = await listResultRows(batchDb(catalog), { bagId: id })
          expect(stored).toHaveLength(entries.length)
          for (const row of stored) {
            const verdict = expected.find((v) => v.id === row.subject_id)!
            // A time-out on either side proves nothing; decided answers must agree.
            if (row.status !== 'unknown' && verdict.status !== 'unknown')
              expect([id, row.subject_id, row.status]).toEqual([id, row.subject_id, verdict.status])
          }
        }
      })
    },
  )
}
