import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCatalog, type Catalog } from '../../src/catalog/index.js'
import { fit } from '../../src/pack/index.js'
import type { FitAnswer, FitProblem, Placement } from '../../src/pack/types.js'
import { resolveCatalogBag } from '../../src/services/catalog-bag.js'
import { parseItemRef, resolveItems } from '../../src/services/catalog-items.js'
import { closenessOf, type Closeness } from '../../src/services/closeness.js'
import { expectValidAnswer } from '../support/assert-answer.js'

// Things as they really go into the catalog's bags: turned, squeezed, in their case (issue 13's checks), on a real
// SQLite catalog seeded from data/seed, through the same services as `fit --bag` and the API's bag routes.

let dir: string
let catalog: Catalog

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'micropurse-real-things-'))
  catalog = await openCatalog({ db: `sqlite:${join(dir, 'catalog.sqlite')}`, env: {} })
})

afterAll(async () => {
  await catalog?.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Verdict {
  problem: FitProblem
  answer: FitAnswer
  closeness: Closeness
}

/** The verdict `fit --bag BAG --items THINGS` gives, with a work limit so that it is the same on any machine. */
async function verdict(bagId: string, things: string): Promise<Verdict> {
  const bag = await resolveCatalogBag(catalog, bagId)
  const { items, statuses } = await resolveItems(catalog, things.split(',').map(parseItemRef))
  const problem: FitProblem = { container: bag.interior.container, items, options: { timeLimitMs: 60_000, nodeLimit: 2_000_000 } }
  const answer = fit(problem)
  expectValidAnswer(problem, answer)
  return { problem, answer, closeness: closenessOf(problem, answer, { bag: bag.dimsStatus, items: statuses }) }
}

/** A placement turned off the walls: its `axes` are not a permutation of the container's axes. */
function turned(placement: Placement): boolean {
  return placement.axes !== undefined && placement.axes.some((row) => row.filter((v) => v !== 0).length > 1)
}

describe('turned at an angle', () => {
  // Pairs that square to the walls (quarter turns only) are refused and that go in by hand, turned; the catalog's sizes
  // changed since the issue listed its pairs, so these are the ones today's catalog has (the Mini Square's interior
  // is now 167 mm long and takes the iPhone 15 Pro Max square).
  it.each([
    ['hermes-mini-medor', 'apple-iphone-15-pro-max'],
    ['fendi-nano-cmon', 'apple-iphone-15'],
    ['dior-lady-dior-micro', 'perfume-atomiser'],
    ['chanel-classic-flap-mini-square', 'glasses-soft-pouch'],
    // A trapezoid: the turned phone stands in the largest box clear of the outline's steps.
    ['hermes-kelly-15-micro', 'apple-iphone-13-mini'],
  ])('%s takes a %s only turned', async (bagId, thing) => {
    const { problem, answer, closeness } = await verdict(bagId, thing)
    expect(answer.status).toBe('fits')
    expect(answer.placements.some(turned)).toBe(true)
    expect(closeness.marginMm).toBeGreaterThanOrEqual(0)
    // Square to the walls the same thing is refused, with a proof the checker re-derives.
    const square: FitProblem = { ...problem, items: problem.items.map(({ minSize: _, ...item }) => ({ ...item, rotate: 'any' })) }
    const refused = fit(square)
    expectValidAnswer(square, refused)
    expect(refused.status).toBe('does-not-fit')
  })

  it('the Petit Chiquito still refuses a bank card, for every angle', async () => {
    const { answer, closeness } = await verdict('jacquemus-le-petit-chiquito', 'iso-7810-id1-card')
    expect(answer.status).toBe('does-not-fit')
    expect(closeness.marginMm).toBeLessThan(0)
    expect(closeness.words).toMatch(/^does not fit: /)
  })
})

describe('squeezed', () => {
  it('a 25 mm tissue pack squeezes into the Hermès Constance Micro, placed at a depth the interior has', async () => {
    const { problem, answer, closeness } = await verdict('hermes-constance-micro-14', 'pocket-tissue-pack')
    const item = problem.items[0]!
    expect(Math.min(...item.size)).toBeGreaterThan(Math.min(...problem.container.size))
    expect(answer.status).toBe('fits')
    const used = answer.placements[0]!.size
    expect(Math.min(...used)).toBeLessThanOrEqual(Math.min(...problem.container.size))
    expect(Math.min(...used)).toBeGreaterThanOrEqual(Math.min(...item.minSize!))
    expect(closeness.words).toMatch(/^fits squeezed/)
  })
})

describe('in its case', () => {
  it('an iPhone XS Max fits the Chanel SS23 Mini Flap Top Handle bare but not in its case', async () => {
    const bare = await verdict('chanel-ss23-mini-flap-top-handle', 'apple-iphone-xs-max')
    const cased = await verdict('chanel-ss23-mini-flap-top-handle', 'apple-iphone-xs-max+case')
    expect(bare.answer.status).toBe('fits')
    expect(cased.problem.items[0]!.id).toBe('apple-iphone-xs-max+case')
    expect(cased.problem.items[0]!.size[0]).toBeGreaterThan(bare.problem.items[0]!.size[0])
    expect(cased.answer.status).toBe('does-not-fit')
    expect(cased.closeness.marginMm).toBeLessThan(0)
  })
})

describe('how close', () => {
  it('a margin inside the sizes\' tolerance is a close call and says why', async () => {
    // The Fendi Nano C'mon's sides are given to the centimetre; the iPhone 15 goes in turned with a fraction of a millimetre.
    const { closeness } = await verdict('fendi-nano-cmon', 'apple-iphone-15')
    expect(closeness.marginMm).toBeGreaterThanOrEqual(0)
    expect(closeness.marginMm).toBeLessThan(closeness.uncertaintyMm)
    expect(closeness.closeCall).toBe(true)
    expect(closeness.words).toMatch(/^fits, with [\d.]+ mm to spare: a close call, since the bag's size is given to the centimetre$/)
  })

  it('a wide margin is no close call', async () => {
    const { closeness } = await verdict('hermes-mini-medor', 'apple-iphone-15-pro-max')
    expect(closeness.marginMm).toBeGreaterThan(closeness.uncertaintyMm)
    expect(closeness.closeCall).toBe(false)
    expect(closeness.words).not.toMatch(/close call/)
  })
})
