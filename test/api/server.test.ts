import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { startServer } from '../../src/api/server.js'
import { openCatalog } from '../../src/catalog/index.js'
import { createTestDatabase } from '../catalog/databases.js'
import { buildTestApp, expectError, send } from './helper.js'

const SLOW = JSON.parse(readFileSync(new URL('./fixtures/slow-fit.json', import.meta.url), 'utf8')) as object

describe('the server', () => {
  test('lets an in-flight request finish on close, then closes the database', async () => {
    const database = await createTestDatabase('sqlite')
    const catalog = await openCatalog({ db: database.url })
    const { app, address } = await startServer({
      port: 0,
      logLevel: 'silent',
      catalog,
      solver: { quickThreads: 1, slowThreads: 1 },
      webRoot: null,
    })
    try {
      const inFlight = fetch(`${address}/api/fit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...SLOW, options: { timeLimitMs: 1000 } }),
      })
      await new Promise((resolve) => setTimeout(resolve, 200))
      const closed = app.close()
      const response = await inFlight
      expect(response.status).toBe(200)
      expect(((await response.json()) as { status: string }).status).toBe('unknown')
      await closed
      // New connections are refused once closed.
      await expect(fetch(`${address}/api/health`)).rejects.toThrow()
    } finally {
      await catalog.close()
      await database.drop()
    }
  })

  test('limits requests per address, answering 429 with when to retry', async () => {
    const t = (await buildTestApp('sqlite', { ratePerMinute: 3 }))!
    try {
      for (let i = 0; i < 3; i++) expect((await send(t.app, 'GET', '/api/health')).statusCode).toBe(200)
      const limited = await send(t.app, 'GET', '/api/health')
      const body = expectError(limited, 429, 'RATE_LIMITED')
      expect(body.message).toMatch(/at most 3 a minute/)
      expect(limited.headers['retry-after']).toBeDefined()
      // A key has its own allowance.
      expect(
        (await send(t.app, 'GET', '/api/health', undefined, { authorization: `Bearer ${t.key}` })).statusCode,
      ).toBe(200)
    } finally {
      await t.close()
    }
  })

  test('serves the built web page at / next to the API and the docs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'micropurse-web-'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>micropurse</title>')
    const t = (await buildTestApp('sqlite', { webRoot: root }))!
    try {
      const page = await send(t.app, 'GET', '/')
      expect(page.headers['content-type']).toMatch(/html/)
      expect(page.body).toContain('<title>micropurse</title>')
      expect((await send(t.app, 'GET', '/api/health')).statusCode).toBe(200)
      expect((await send(t.app, 'GET', '/docs/')).statusCode).toBe(200)
    } finally {
      await t.close()
      rmSync(root, { recursive: true, force: true })
    }
  })

  test('sends hashed assets compressed and cached for a year, the page itself asked for each visit', async () => {
    const root = mkdtempSync(join(tmpdir(), 'micropurse-web-'))
    mkdirSync(join(root, 'assets'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>micropurse</title>')
    const script = `export const words = ${JSON.stringify('a micro bag holds a lipstick and a card. '.repeat(500))}`
    writeFileSync(join(root, 'assets', 'index-CjjaYdsw.js'), script)
    const t = (await buildTestApp('sqlite', { webRoot: root }))!
    try {
      const asset = await t.app.inject({
        url: '/assets/index-CjjaYdsw.js',
        headers: { 'accept-encoding': 'br, gzip' },
      })
      expect(asset.statusCode).toBe(200)
      expect(asset.headers['content-encoding']).toBe('br')
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(asset.rawPayload.length).toBeLessThan(script.length / 10)
      expect(brotliDecompressSync(asset.rawPayload).toString()).toBe(script)
      const page = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } })
      expect(page.headers['cache-control']).toBe('no-cache')
      // JSON answers are compressed too; a client that asks for none gets none.
      const list = await t.app.inject({ url: '/api/items?limit=50', headers: { 'accept-encoding': 'gzip' } })
      expect(list.headers['content-encoding']).toBe('gzip')
      const plain = await t.app.inject({ url: '/api/items?limit=50' })
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(gunzipSync(list.rawPayload).toString()).toBe(plain.body)
    } finally {
      await t.close()
      rmSync(root, { recursive: true, force: true })
    }
  })

  test('serves / with a pointer to the API when the web page is not built', async () => {
    const t = (await buildTestApp('sqlite'))!
    try {
      expect((await send(t.app, 'GET', '/')).json()).toMatchObject({ name: 'micropurse' })
    } finally {
      await t.close()
    }
  })
})
