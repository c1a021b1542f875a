import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTestDatabase, postgresUnavailable } from './databases.js'
import type { TestDatabase } from './databases.js'
import { runCli } from '../support/cli.js'
import { loadSeed } from '../../src/catalog/index.js'

// What a fresh database holds: the seed's own counts, so new seed records need no edit here.
const SEED = loadSeed()

// The CLI is tested as built (npm run build), run by node in a folder of its own, as a user would run it.
const run = (args: string[], cwd: string, env: Record<string, string> = {}) => runCli(args, { cwd, env })

describe('micropurse catalog (built CLI)', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-cli-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('creates and seeds micropurse.sqlite in the working folder on first use', async () => {
    const result = await run(['catalog', 'list', '--kind', 'bags', '--json'], dir)
    expect(result.code).toBe(0)
    expect(existsSync(join(dir, 'micropurse.sqlite'))).toBe(true)
    expect(result.stderr).toMatch(
      new RegExp(
        `Created the catalog sqlite:.*micropurse\\.sqlite from the seed data \\(${SEED.bags.length} bags, ${SEED.items.length} items`,
      ),
    )
    const { bags } = JSON.parse(result.stdout) as { bags: { id: string; exteriorMm: object }[] }
    expect(bags.find((b) => b.id === 'jacquemus-le-petit-chiquito')?.exteriorMm).toEqual({
      w: 53,
      h: 43,
      d: 15,
    })
    // The second run finds the catalog and says nothing on stderr.
    const again = await run(['catalog', 'list', '--kind', 'kits'], dir)
    expect(again.stderr).toBe('')
    expect(again.stdout).toMatch(/^Kits \(9\)/)
  })

  test('show prints the size with its status and every source', async () => {
    const result = await run(['catalog', 'show', 'jacquemus-le-petit-chiquito'], dir)
    expect(result.code).toBe(0)
    // The status comes with the tolerance it implies.
    expect(result.stdout).toMatch(
      /exterior\s+53 × 43 × 15 mm \(w × h × d, sourced, ±0\.5 mm: given to the millimetre\)/,
    )
    expect(result.stdout).toMatch(/material\s+structured leather: smooth calf leather/)
    expect(result.stdout).toMatch(/price\s+USD 258 \(2019-07\)/)
    expect(result.stdout).toContain(
      'https://sketchxxhouse.com/garments/2020/07/27/jacquemuslepetitchiquito.html',
    )
    // The bag layer's interior, and the price per millilitre from it.
    expect(result.stdout).toMatch(
      /interior\s+[\d.]+ × [\d.]+ × [\d.]+ mm box \(w × h × d, derived\), [\d.]+ ml free/,
    )
    expect(result.stdout).toMatch(/price per ml\s+USD [\d.]+/)
  })

  test('show --json carries the derived interior, or why a bag has none', async () => {
    const chiquito = JSON.parse(
      (await run(['catalog', 'show', 'jacquemus-le-petit-chiquito', '--json'], dir)).stdout,
    )
    expect(chiquito.kind).toBe('bags')
    expect(chiquito.room.kind).toBe('derived')
    // The interior never exceeds the exterior (x = width, y = depth, z = height).
    const [x, y, z] = chiquito.room.container.size as number[]
    expect(x).toBeLessThan(53)
    expect(y).toBeLessThan(15)
    expect(z).toBeLessThan(43)
    expect(chiquito.room.pricePerMl.amount).toBeCloseTo(258 / chiquito.room.volumeMl, 1)
    const pico = JSON.parse(
      (await run(['catalog', 'show', 'fendi-pico-baguette-charm', '--json'], dir)).stdout,
    )
    expect(pico.room).toEqual({ kind: 'unknown', reason: 'no depth in the catalog (sourced-2d-only)' })
  })

  test('show of an unknown id exits 2 and names the closest ids', async () => {
    const result = await run(['catalog', 'show', 'chiquito'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /No bag, item or kit has the id "chiquito"\. Closest: [a-z, -]*jacquemus-le-petit-chiquito/,
    )
  })

  test('search finds across kinds, ignoring accents', async () => {
    const result = await run(['catalog', 'search', 'hermès', 'constance', '--json'], dir)
    const found = JSON.parse(result.stdout) as Record<string, { id: string }[]>
    expect(found.bags?.map((b) => b.id).sort()).toEqual([
      'hermes-constance-24',
      'hermes-constance-micro-14',
      'hermes-constance-mini-18',
    ])
    expect(found.items).toEqual([])
  })

  test('a broken CSV import exits 2, names each bad line and column, and writes nothing', async () => {
    const file = join(dir, 'broken.csv')
    writeFileSync(
      file,
      'id,name,category,width_mm,height_mm,depth_mm,dims_status,shape\nfine,Fine,other,1,2,3,measured,box\nbad,Bad,other,1,two,3,measured,cube\n',
    )
    const result = await run(['catalog', 'import', file], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Import refused, nothing was written: 2 problems/)
    expect(result.stderr).toMatch(
      /line 3 \(bad\), field height_mm: expected a positive number of millimetres or null, got "two"/,
    )
    expect(result.stderr).toMatch(/line 3 \(bad\), field shape: expected one of box, cylinder, irregular/)
    const show = await run(['catalog', 'show', 'fine', '--kind', 'items'], dir)
    expect(show.code).toBe(2)
  })

  test('export to CSV and import back replaces the same rows', async () => {
    const file = join(dir, 'items.csv')
    const exported = await run(['catalog', 'export', '--kind', 'items', '--out', file], dir)
    expect(exported.code).toBe(0)
    expect(exported.stderr).toMatch(new RegExp(`Wrote ${SEED.items.length} items to`))
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(
      /^id,name,category,width_mm,height_mm,depth_mm,/,
    )
    const imported = await run(['catalog', 'import', file], dir)
    expect(imported.code).toBe(0)
    expect(imported.stdout).toMatch(
      new RegExp(`^Imported .*items\\.csv into sqlite:.*: items: 0 new, ${SEED.items.length} replaced\\.\\n$`),
    )
  })

  test('bad flags and database URLs exit 2; an unreachable server exits 1', async () => {
    expect((await run(['catalog', 'list', '--kind', 'shoes'], dir)).code).toBe(2)
    expect((await run(['catalog', 'frobnicate'], dir)).code).toBe(2)
    const badUrl = await run(['catalog', 'list', '--db', 'mysql://localhost/x'], dir)
    expect(badUrl.code).toBe(2)
    expect(badUrl.stderr).toMatch(/expected postgres:\/\/.*sqlite:PATH/)
    const fromEnv = await run(['catalog', 'list'], dir, { DATABASE_URL: 'oracle://x' })
    expect(fromEnv.stderr).toMatch(/from DATABASE_URL/)
    const down = await run(['catalog', 'list', '--db', 'postgres://postgres@127.0.0.1:1/none'], dir)
    expect(down.code).toBe(1)
    expect(down.stderr).toMatch(/Cannot use the database postgres:\/\/postgres@127\.0\.0\.1:1\/none/)
  })

  test('--db sqlite:PATH names another file', async () => {
    const result = await run(['catalog', 'list', '--kind', 'kits', '--json', '--db', 'sqlite:other.db'], dir)
    expect(result.code).toBe(0)
    expect(existsSync(join(dir, 'other.db'))).toBe(true)
  })
})

const postgresSkip = await postgresUnavailable()

describe.skipIf(postgresSkip !== undefined)('micropurse catalog --db postgres:// (built CLI)', () => {
  let database: TestDatabase
  let dir: string
  beforeAll(async () => {
    database = await createTestDatabase('postgres')
    dir = mkdtempSync(join(tmpdir(), 'micropurse-cli-pg-'))
  })
  afterAll(async () => {
    await database?.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  test('seeds the PostgreSQL database and reads from it, also through DATABASE_URL', async () => {
    const first = await run(['catalog', 'show', 'essentials', '--json', '--db', database.url], dir)
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(/Created the catalog postgres:\/\//)
    expect(JSON.parse(first.stdout).kit.items).toContainEqual({ itemId: 'house-key', count: 2 })
    const viaEnv = await run(['catalog', 'list', '--kind', 'bags', '--json'], dir, {
      DATABASE_URL: database.url,
    })
    expect((JSON.parse(viaEnv.stdout) as { bags: unknown[] }).bags).toHaveLength(SEED.bags.length)
    expect(existsSync(join(dir, 'micropurse.sqlite'))).toBe(false)
  })
})
