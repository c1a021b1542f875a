import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runCli } from '../support/cli.js'
import { lineWith, numbersIn } from '../support/numbers.js'

// The CLI is tested as built (the global setup rebuilds dist/ when src/ changed), run by node in a folder of its own, as a user would run it.
const run = (args: string[], cwd: string) => runCli(args, { cwd })

describe('micropurse fit --bag / --bag-size and what-fits (built CLI)', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-bag-cli-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('fit --bag answers like fit --input and adds the container and its derivation', async () => {
    const result = await run(['fit', '--bag', 'coach-tabby-20', '--items', 'apple-iphone-15-pro-max,iso-7810-id1-card:2', '--json'], dir)
    expect(result.code).toBe(0)
    const answer = JSON.parse(result.stdout)
    expect(answer.status).toBe('fits')
    expect(answer.placements).toHaveLength(3)
    expect(answer.container.size).toEqual([191.1, 64.1, 102.2])
    expect(answer.bag.id).toBe('coach-tabby-20')
    // The derivation states the interior it arrived at (width × depth × height).
    expect(numbersIn(lineWith(answer.bag.explanation.join('\n'), 'interior'))).toEqual(expect.arrayContaining([191.1, 64.1, 102.2]))
  })

  test('fit --kit packs a catalog kit, with --items adding to it, and names the closest kits for an unknown one', async () => {
    const result = await run(['fit', '--bag', 'coach-tabby-20', '--kit', 'essentials', '--items', 'lipstick:2', '--json'], dir)
    expect(result.code).toBe(0)
    const answer = JSON.parse(result.stdout)
    expect(answer.status).toBe('fits')
    // essentials: a phone, a card, a lipstick and two keys; two more lipsticks.
    const ids = answer.placements.map((p: { id: string }) => p.id).sort()
    expect(ids).toEqual(['apple-iphone-15', 'house-key', 'house-key', 'iso-7810-id1-card', 'lipstick', 'lipstick', 'lipstick'])
    const unknown = await run(['fit', '--bag', 'coach-tabby-20', '--kit', 'essentiels'], dir)
    expect(unknown.code).toBe(2)
    expect(unknown.stdout).toBe('')
    expect(unknown.stderr).toContain('Unknown kit id "essentiels". Closest kits: essentials')
  })

  test('fit --bag-size reads the size as width × height × depth, says the unit, and explains the container', async () => {
    const result = await run(['fit', '--bag-size', '12x9x5cm', '--shape', 'trapezoid', '--items', 'lipstick,house-key'], dir)
    expect(result.code).toBe(0)
    // What it read, in millimetres, and the unit it read them in.
    const read = lineWith(result.stderr, 'Read --bag-size 12x9x5cm')
    expect(numbersIn(read.replace('12x9x5cm', ''))).toEqual([120, 90, 50])
    expect(read).toContain('cm')
    // A lipstick and a key fit a 12 × 9 × 5 cm trapezoid with room to spare.
    expect(result.stdout).toMatch(/^FITS: /)
    expect(result.stdout).toContain('How the container was derived:')
    // Each side leans in 7.2 mm over the 90 mm height.
    expect(numbersIn(lineWith(result.stdout, 'trapezoid outline')).slice(0, 2)).toEqual([7.2, 90])
  })

  test('fit --bag answers "does not fit" for the Le Petit Chiquito and a bank card, with exit 0', async () => {
    const result = await run(['fit', '--bag', 'jacquemus-le-petit-chiquito', '--items', 'iso-7810-id1-card'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^DOES NOT FIT: /)
  })

  test('unknown bag and item ids get exit 2 and the closest ids', async () => {
    const bag = await run(['fit', '--bag', 'chiquito', '--items', 'iso-7810-id1-card'], dir)
    expect(bag.code).toBe(2)
    expect(bag.stderr).toMatch(/Unknown bag id "chiquito"\. Closest bags: [a-z, -]*jacquemus-le-petit-chiquito/)
    const item = await run(['fit', '--bag', 'coach-tabby-20', '--items', 'iphone15'], dir)
    expect(item.code).toBe(2)
    expect(item.stderr).toContain('Closest items: apple-iphone-15')
  })

  test('a bag without a depth, a bad count or an unknown shape is bad input (exit 2)', async () => {
    const noDepth = await run(['fit', '--bag', 'louis-vuitton-neverfull-bb', '--items', 'lipstick'], dir)
    expect(noDepth.code).toBe(2)
    expect(noDepth.stderr).toContain('no depth in the catalog')
    const count = await run(['fit', '--bag', 'coach-tabby-20', '--items', 'lipstick:0'], dir)
    expect(count.code).toBe(2)
    const shape = await run(['fit', '--bag-size', '12x9x5cm', '--shape', 'heart', '--items', 'lipstick'], dir)
    expect(shape.code).toBe(2)
    expect(shape.stderr).toContain('expected one of box, trapezoid')
  })

  test('what-fits judges every item and kit, giving the reason for each that does not fit', async () => {
    const result = await run(['what-fits', '--bag', 'jacquemus-le-petit-chiquito', '--json'], dir)
    expect(result.code).toBe(0)
    const { results, container } = JSON.parse(result.stdout) as {
      results: { kind: string; id: string; status: string; reason: string }[]
      container: { size: number[] }
    }
    expect(container.size[0]).toBeLessThan(53)
    const items = await run(['catalog', 'list', '--kind', 'items', '--json'], dir)
    const kits = await run(['catalog', 'list', '--kind', 'kits', '--json'], dir)
    // Every thing but the cases (a case goes with what it holds: ID+case).
    const things = (JSON.parse(items.stdout) as { items: { category: string }[] }).items.filter((i) => i.category !== 'case')
    expect(results.filter((r) => r.kind === 'item')).toHaveLength(things.length)
    expect(results.filter((r) => r.kind === 'kit')).toHaveLength(JSON.parse(kits.stdout).kits.length)
    // A card does not fit even turned, with how much too big it is at best, and that is no close call.
    const card = results.find((r) => r.id === 'iso-7810-id1-card')! as (typeof results)[number] & {
      closeness: { marginMm: number; closeCall: boolean; atLeast: boolean; words: string }
    }
    expect(card.status).toBe('does-not-fit')
    expect(card.reason).toMatch(/even turned at an angle/)
    expect(card.closeness.marginMm).toBeLessThan(-10)
    expect(card.closeness.closeCall).toBe(false)
    // Turned at an angle, the margin is a lower bound, and the words give that number, cut to whole millimetres.
    expect(card.closeness.atLeast).toBe(true)
    expect(card.closeness.words).toBe(`does not fit: at least ${Math.floor(-card.closeness.marginMm)} mm too big`)
    for (const r of results) if (r.status !== 'fits') expect(r.reason.length).toBeGreaterThan(0)
  })

  test('what-fits prints a table per kind with how many fit', async () => {
    const result = await run(['what-fits', '--bag', 'coach-tabby-20'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Items: \d+ of \d+ fit/)
    expect(result.stdout).toMatch(/Kits: \d+ of \d+ fit/)
    expect(result.stdout).toMatch(/lipstick-bullet-standard\s+size unknown/)
  })
})
