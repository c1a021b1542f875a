import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runCli } from '../support/cli.js'

interface ListedBag {
  id: string
  price: { amount: number; currency: string } | null
  priceConverted?: { amount: number } | null
  pricePerMl: { amount: number; currency: string; priceUsd: number; volumeMl: number } | null
}

// The CLI as built, in a folder of its own (its catalog is seeded there on first use).
describe('price per ml in catalog listings (built CLI)', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-price-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('catalog list shows a USD per ml column, and --json gives each bag its price per ml in US dollars', async () => {
    const text = await runCli(['catalog', 'list', '--kind', 'bags'], { cwd: dir })
    expect(text.code).toBe(0)
    expect(text.stdout.split('\n')[1]).toMatch(/USD per ml$/)
    const json = await runCli(['catalog', 'list', '--kind', 'bags', '--json'], { cwd: dir })
    const { bags } = JSON.parse(json.stdout) as { bags: ListedBag[] }
    const dollars = (bag: ListedBag) => bag.priceConverted?.amount ?? (bag.price?.currency === 'USD' ? bag.price.amount : null)
    for (const bag of bags) {
      if (dollars(bag) === null) expect(bag.pricePerMl).toBeNull()
      else if (bag.pricePerMl) {
        expect(bag.pricePerMl.currency).toBe('USD')
        expect(bag.pricePerMl.amount).toBeCloseTo(dollars(bag)! / bag.pricePerMl.volumeMl, 2)
      }
    }
    const priced = bags.find((b) => b.pricePerMl !== null)!
    expect(priced).toBeDefined()
    const show = await runCli(['catalog', 'show', priced.id], { cwd: dir })
    expect(show.stdout).toMatch(new RegExp(`price per ml +USD ${priced.pricePerMl!.amount.toFixed(2)} \\(USD `))
    expect(text.stdout).toMatch(new RegExp(`${priced.id} .* ${priced.pricePerMl!.amount.toFixed(2)}\\n`))
  })
})
