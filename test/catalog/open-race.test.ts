import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { loadSeed, openCatalog } from '../../src/catalog/index.js'
import { runCli } from '../support/cli.js'

// Several processes opening a brand-new SQLite catalog at once (a shell loop, two terminals): every one must get a
// migrated, seeded catalog, seeded once, with no error.
describe('opening a new SQLite catalog from several processes at once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'micropurse-open-race-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('every process succeeds and the seed is written once', async () => {
    const seed = loadSeed()
    for (let round = 0; round < 3; round++) {
      const db = `sqlite:${join(dir, `race-${round}.sqlite`)}`
      const runs = await Promise.all(Array.from({ length: 4 }, () => runCli(['catalog', 'list', '--kind', 'kits', '--db', db], { cwd: dir })))
      for (const run of runs) {
        expect(run.stderr).not.toContain('micropurse:')
        expect(run.code).toBe(0)
        expect(run.stdout).toContain(`Kits (${seed.kits.length})`)
      }
      expect(runs.filter((r) => r.stderr.includes('Created the catalog')).length).toBe(1)
      const catalog = await openCatalog({ db })
      try {
        expect(catalog.opened.seeded).toBe(false)
        expect(await catalog.count('bags')).toBe(seed.bags.length)
        expect(await catalog.count('items')).toBe(seed.items.length)
      } finally {
        await catalog.close()
      }
    }
  }, 60_000)
})
