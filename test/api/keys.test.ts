import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { hashApiKey, listApiKeys } from '../../src/services/api-keys.js'
import { openCatalog } from '../../src/catalog/index.js'
import type { Catalog } from '../../src/catalog/index.js'
import { main } from '../../src/cli/index.js'
import { buildApp } from '../../src/api/app.js'
import { createTestDatabase } from '../catalog/databases.js'
import type { TestDatabase } from '../catalog/databases.js'
import { expectError, send } from './helper.js'

/** Runs the CLI in-process and returns its exit code and what it printed. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((stdout += String(chunk)), true))
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((stderr += String(chunk)), true))
  try {
    return { code: await main(args), stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}

describe('micropurse keys', () => {
  let database: TestDatabase
  let catalog: Catalog
  beforeAll(async () => {
    database = await createTestDatabase('sqlite')
    catalog = await openCatalog({ db: database.url })
  })
  afterAll(async () => {
    await catalog.close()
    await database.drop()
  })
  afterEach(() => vi.restoreAllMocks())

  test('create prints the key once on stdout and stores only its hash', async () => {
    const { code, stdout, stderr } = await cli(['keys', 'create', '--name', 'shop-a', '--db', database.url])
    expect(code).toBe(0)
    const key = stdout.trim()
    expect(key).toMatch(/^mpk_[A-Za-z0-9_-]{43}$/)
    expect(stderr).toMatch(/shown only now/)
    const rows = await catalog.db.selectFrom('api_keys').selectAll().execute()
    const row = rows.find((r) => r.name === 'shop-a')!
    expect(row.key_hash).toBe(hashApiKey(key))
    expect(JSON.stringify(rows)).not.toContain(key.slice(10))
  })

  test('list shows names and prefixes, never keys', async () => {
    const { code, stdout } = await cli(['keys', 'list', '--db', database.url, '--json'])
    expect(code).toBe(0)
    const keys = JSON.parse(stdout) as { name: string; prefix: string }[]
    expect(keys.map((k) => k.name)).toContain('shop-a')
    expect(stdout).not.toMatch(/mpk_[A-Za-z0-9_-]{43}/)
  })

  test('a created key writes over HTTP until it is revoked, then gets 401 saying so', async () => {
    const { stdout } = await cli(['keys', 'create', '--name', 'shop-b', '--db', database.url])
    const key = stdout.trim()
    const app = await buildApp({
      catalog,
      solver: { quickThreads: 1, slowThreads: 1 },
      ratePerMinute: 0,
      webRoot: null,
    })
    try {
      const item = {
        id: 'test-comb',
        name: 'Comb',
        category: 'other',
        dimsMm: { w: 90, h: 30, d: 4 },
        dimsStatus: 'measured',
        shape: 'box',
      }
      expect(
        (await send(app, 'POST', '/api/items', item, { authorization: `Bearer ${key}` })).statusCode,
      ).toBe(201)
      const [used] = (await listApiKeys(catalog.db)).filter((k) => k.name === 'shop-b')
      expect(used!.lastUsedAt).not.toBeNull()

      const revoked = await cli(['keys', 'revoke', 'shop-b', '--db', database.url])
      expect(revoked).toMatchObject({ code: 0, stdout: 'Revoked 1 key (shop-b).\n' })
      const body = expectError(
        await send(app, 'DELETE', '/api/items/test-comb', undefined, { 'x-api-key': key }),
        401,
        'UNAUTHORIZED',
      )
      expect(body.message).toMatch(/revoked/)
    } finally {
      await app.close()
    }
  })

  test('revoke of an unknown key and create without a name are usage errors (exit 2)', async () => {
    expect((await cli(['keys', 'revoke', 'nobody', '--db', database.url])).code).toBe(2)
    const noName = await cli(['keys', 'create', '--db', database.url])
    expect(noName.code).toBe(2)
    expect(noName.stderr).toMatch(/--name shop-a/)
  })
})
