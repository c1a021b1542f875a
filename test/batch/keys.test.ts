import { describe, expect, test } from 'vitest'
import {
  bagKey,
  batchBag,
  formatDuration,
  formatProgress,
  createProgress,
  planJobs,
  seedBagSpread,
  subjectKey,
  syntheticBag,
} from '../../src/batch/index.js'
import type { BatchPlan } from '../../src/batch/index.js'
import { canonicalJson } from '../../src/batch/keys.js'
import { loadSeed } from '../../src/catalog/index.js'
import type { Bag } from '../../src/catalog/index.js'

const seedBag = (id: string): Bag => loadSeed().bags.find((r) => r.value.id === id)!.value

describe('content keys', () => {
  test('canonical JSON does not depend on the order of object keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    )
  })

  test("a subject's key changes with a size, a count or a rotation, not with how defaults are spelt", () => {
    const card = { id: 'card', size: [85.6, 53.98, 0.76] as [number, number, number] }
    const key = subjectKey([card])
    expect(subjectKey([{ ...card, count: 1, rotate: 'any' }])).toBe(key)
    expect(subjectKey([{ ...card, count: 2 }])).not.toBe(key)
    expect(subjectKey([{ ...card, rotate: 'upright' }])).not.toBe(key)
    expect(subjectKey([{ ...card, size: [85.6, 53.98, 0.8] }])).not.toBe(key)
    expect(subjectKey('no depth in the catalog')).not.toBe(subjectKey('no width in the catalog'))
  })

  test("a bag's key follows what the bag layer reads: size, shape, closure, material; not notes or price", () => {
    const bag = seedBag('coach-tabby-20')
    const key = batchBag(bag).key
    expect(batchBag({ ...bag, notes: 'other words', price: null, sources: [] }).key).toBe(key)
    expect(batchBag({ ...bag, exteriorMm: { ...bag.exteriorMm, w: bag.exteriorMm.w! + 0.1 } }).key).not.toBe(
      key,
    )
    expect(batchBag({ ...bag, shape: 'pouch' }).key).not.toBe(key)
    expect(batchBag({ ...bag, closure: 'zip' }).key).not.toBe(key)
    expect(batchBag({ ...bag, material: 'Soft leather' }).key).not.toBe(key)
    // A material in words the bag layer knows is read as its name, as what-fits does.
    expect(batchBag({ ...bag, material: 'Soft leather' }).spec).toMatchObject({ material: 'soft-leather' })
    expect(bagKey({ missing: 'no depth' })).toHaveLength(16)
  })

  test('a bag without a full size carries the reason, never a guessed side', () => {
    expect(batchBag(seedBag('louis-vuitton-neverfull-bb')).spec).toEqual({
      missing: 'no depth in the catalog (sourced-2d-only)',
    })
  })
})

describe('syntheticBag', () => {
  const spread = seedBagSpread()

  test('is the same bag for the same seed and index, whatever else is generated', () => {
    expect(syntheticBag(1, 41, spread)).toEqual(syntheticBag(1, 41, spread))
    expect(syntheticBag(1, 41, spread)).not.toEqual(syntheticBag(2, 41, spread))
    expect(syntheticBag(1, 0, spread).id).toBe('synthetic-000001')
  })

  test("draws sizes and shapes with the seed catalog's spread", () => {
    const bags = Array.from({ length: 4000 }, (_, i) => syntheticBag(5, i, spread))
    const logW = bags.map((b) => Math.log(b.exteriorMm.w!))
    const mean = logW.reduce((s, v) => s + v, 0) / logW.length
    // Within a tenth of the seed's log-mean width, and every size inside the handbag limits.
    expect(Math.abs(mean - spread.logWidth.mean)).toBeLessThan(0.1)
    for (const b of bags) {
      expect(b.exteriorMm.w).toBeGreaterThanOrEqual(20)
      expect(b.exteriorMm.w).toBeLessThanOrEqual(450)
      expect(b.exteriorMm.d).toBeGreaterThanOrEqual(8)
    }
    // The seed's commonest shape (box) is the commonest here too; every shape appears.
    const counts = new Map<string, number>()
    for (const b of bags) counts.set(b.shape!, (counts.get(b.shape!) ?? 0) + 1)
    expect([...counts].sort((a, b) => b[1] - a[1])[0]![0]).toBe('box')
    expect(counts.size).toBe(Object.keys(spread.shapes).length)
  })
})

describe('planJobs', () => {
  const plan = {
    subjects: [{ kind: 'kit', id: 'k', name: 'K', key: 'k1', items: [] }],
    timeLimitMs: 300,
    work: Array.from({ length: 5 }, (_, i) => ({
      id: `b${i}`,
      key: `x${i}`,
      spec: { missing: 'no depth' },
      subjects: [0],
    })),
  } as unknown as BatchPlan

  test('splits the work into jobs whose ids name their content', () => {
    const jobs = planJobs(plan, 2)
    expect(jobs.map((j) => j.data.bags.map((b) => b.id))).toEqual([['b0', 'b1'], ['b2', 'b3'], ['b4']])
    expect(planJobs(plan, 2).map((j) => j.id)).toEqual(jobs.map((j) => j.id))
    expect(new Set(jobs.map((j) => j.id)).size).toBe(3)
    expect(planJobs({ ...plan, timeLimitMs: 1000 }, 2)[0]!.id).not.toBe(jobs[0]!.id)
  })
})

describe('progress', () => {
  test('shows the share, counts, rate and time left', () => {
    expect(formatProgress('what-fits', 500, 2000, 'pairs', 10_000, false)).toBe(
      'what-fits [#####---------------]  25%  500/2,000 pairs  50/s  ETA 30s',
    )
    expect(formatProgress('what-fits', 2000, 2000, 'pairs', 40_000, true)).toBe(
      'what-fits [####################] 100%  2,000/2,000 pairs  50/s  in 40s',
    )
    expect(formatDuration(185_000)).toBe('3m 05s')
    expect(formatDuration(7_620_000)).toBe('2h 07m')
  })

  test('writes a plain line per interval to a log and one at the end', () => {
    const lines: string[] = []
    let now = 0
    const bar = createProgress({
      label: 'x',
      total: 100,
      unit: 'pairs',
      stream: { write: (t: string) => lines.push(t) },
      intervalMs: 1000,
      now: () => now,
    })
    for (let i = 1; i <= 100; i++) {
      now += 50
      bar.update(i)
    }
    bar.finish()
    // 5 s in all: a line at each whole second before the end, then the final one.
    expect(lines).toHaveLength(5)
    expect(lines.at(-1)).toBe('x [####################] 100%  100/100 pairs  20/s  in 5s\n')
  })
})
