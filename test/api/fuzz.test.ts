import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { API_LIMITS } from '../../src/api/limits.js'
import { buildTestApp } from './helper.js'
import type { TestApp } from './helper.js'

/** One request as sent on the wire: the body is raw text so that it can be anything. */
interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  url: string
  headers: Record<string, string>
  body?: string
}

const JSON_HEADERS = { 'content-type': 'application/json' }
const VALID_FIT = {
  container: { size: [120, 44, 84] },
  items: [{ id: 'card', size: [85.6, 53.98, 0.76], count: 2 }],
  options: { timeLimitMs: 200 },
}
const VALID_ITEM = {
  id: 'fuzz-item',
  name: 'Fuzz',
  category: 'other',
  dimsMm: { w: 1, h: 2, d: 3 },
  dimsStatus: 'measured',
  shape: 'box',
}

// Values of the wrong type, or numbers no request may carry.
const wrongValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.constantFrom(-1, 0, -1e308, 1e308, 2 ** 53 + 1, 1e7),
  fc.array(fc.oneof(fc.string(), fc.constant(null)), { minLength: 1, maxLength: 4 }),
)

/** Every path to a leaf of a JSON value, for replacing one leaf. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path]
  return Object.entries(value).flatMap(([k, v]) =>
    leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  )
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >
  copy[path[0]!] = replaceAt(copy[path[0]!], path.slice(1), replacement)
  return copy
}

function nested(depth: number, open: string, close: string, inner = '1'): string {
  return open.repeat(depth) + inner + close.repeat(depth)
}

// Any text is a valid item id, so that leaf is left alone.
const FIT_LEAVES = leafPaths(VALID_FIT).filter((path) => path.at(-1) !== 'id')
const ITEM_LEAVES = leafPaths(VALID_ITEM)

/** Hostile requests, each wrong in at least one way a client could be. */
const hostile: fc.Arbitrary<RawRequest> = fc.oneof(
  // 1. One leaf of a fit problem of the wrong type or out of range.
  fc.tuple(fc.constantFrom(...FIT_LEAVES), wrongValue).map(([path, v]) => ({
    method: 'POST' as const,
    url: '/api/fit',
    headers: JSON_HEADERS,
    body: JSON.stringify(replaceAt(VALID_FIT, path, v)),
  })),
  // 2. An unknown field somewhere in a fit problem.
  fc
    .tuple(
      fc.constantFrom([], ['container'], ['items', 0], ['options']),
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter(
          (k) =>
            ![
              'container',
              'items',
              'options',
              'size',
              'blocked',
              'opening',
              'id',
              'count',
              'rotate',
              'timeLimitMs',
            ].includes(k) && !['__proto__', 'constructor', 'prototype'].includes(k),
        ),
    )
    .map(([path, key]) => {
      const body = structuredClone(VALID_FIT) as Record<string, unknown>
      const at = path.reduce<Record<string, unknown>>(
        (o, k) => o[k as string] as Record<string, unknown>,
        body,
      )
      at[key] = 1
      return { method: 'POST' as const, url: '/api/fit', headers: JSON_HEADERS, body: JSON.stringify(body) }
    }),
  // 3. Deep nesting, anywhere.
  fc
    .tuple(fc.integer({ min: API_LIMITS.maxDepth + 1, max: 20_000 }), fc.constantFrom('[', '{"a":'))
    .map(([depth, open]) => ({
      method: 'POST' as const,
      url: fc.sample(fc.constantFrom('/api/fit', '/api/plan', '/api/style', '/api/items'), 1)[0]!,
      headers: JSON_HEADERS,
      body:
        open === '['
          ? `{"container":${nested(depth, '[', ']')},"items":[]}`
          : `{"container":{"size":[1,1,1]},"items":[],"x":${nested(depth, '{"a":', '}')}}`,
    })),
  // 4. Bodies over the limit.
  fc.integer({ min: API_LIMITS.bodyBytes + 1, max: API_LIMITS.bodyBytes * 3 }).map((n) => ({
    method: 'POST' as const,
    url: '/api/fit',
    headers: JSON_HEADERS,
    body: `{"container":{"size":[1,1,1]},"items":[{"id":"${'x'.repeat(n)}","size":[1,1,1]}]}`,
  })),
  // 5. Text that is not JSON, or not sent as JSON.
  fc.oneof(
    fc
      .string({ maxLength: 50 })
      .filter((s) => {
        try {
          JSON.parse(s)
          return false
        } catch {
          return true
        }
      })
      .map((body) => ({ method: 'POST' as const, url: '/api/fit', headers: JSON_HEADERS, body })),
    fc
      .constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
      )
      .map((type) => ({
        method: 'POST' as const,
        url: '/api/plan',
        headers: { 'content-type': type },
        body: JSON.stringify(VALID_FIT),
      })),
    fc.constant({ method: 'POST' as const, url: '/api/fit', headers: JSON_HEADERS, body: '' }),
    fc.constant({
      method: 'POST' as const,
      url: '/api/fit',
      headers: JSON_HEADERS,
      body: '{"__proto__":{"polluted":true},"container":{"size":[1,1,1]},"items":[]}',
    }),
  ),
  // 6. Too many items, or too many copies.
  fc.integer({ min: API_LIMITS.maxItemKinds + 1, max: API_LIMITS.maxItemKinds + 50 }).map((n) => ({
    method: 'POST' as const,
    url: '/api/fit',
    headers: JSON_HEADERS,
    body: JSON.stringify({
      container: { size: [500, 500, 500] },
      items: Array.from({ length: n }, (_, i) => ({ id: `i${i}`, size: [1, 1, 1] })),
    }),
  })),
  fc.integer({ min: 251, max: 500 }).map((count) => ({
    method: 'POST' as const,
    url: '/api/fit',
    headers: JSON_HEADERS,
    body: JSON.stringify({
      container: { size: [500, 500, 500] },
      items: [
        { id: 'a', size: [1, 1, 1], count },
        { id: 'b', size: [1, 1, 1], count },
      ],
    }),
  })),
  // 7. Catalog writes with a missing, malformed or unknown key, or a broken record.
  fc
    .tuple(
      fc.constantFrom<Record<string, string>>(
        {},
        { authorization: 'Bearer nope' },
        { authorization: `Bearer mpk_${'B'.repeat(43)}` },
        { 'x-api-key': 'mpk_short' },
        { authorization: 'Basic dXNlcjpwYXNz' },
      ),
      fc.constantFrom('POST', 'PUT', 'DELETE'),
    )
    .map(([auth, method]) => ({
      method: method,
      url: method === 'POST' ? '/api/items' : '/api/items/lipstick',
      headers: { ...JSON_HEADERS, ...auth },
      ...(method === 'DELETE'
        ? {}
        : { body: JSON.stringify(method === 'PUT' ? { ...VALID_ITEM, id: undefined } : VALID_ITEM) }),
    })),
  fc.tuple(fc.constantFrom(...ITEM_LEAVES), wrongValue).map(([path, v]) => ({
    method: 'POST' as const,
    url: '/api/items',
    headers: JSON_HEADERS,
    body: JSON.stringify(replaceAt(VALID_ITEM, path, v)),
  })),
  // 8. Bad query strings and ids.
  fc.oneof(
    fc
      .constantFrom(
        'limit=-1',
        'limit=abc',
        'limit=0',
        'limit=100000',
        'offset=-5',
        'offset=1e99',
        'q=',
        'sort=id',
        'limit=1&limit=2&limit=3',
      )
      .map((q) => ({ method: 'GET' as const, url: `/api/bags?${q}`, headers: {} })),
    fc
      .string({ minLength: 1, maxLength: 300 })
      .map((id) => ({ method: 'GET' as const, url: `/api/items/${encodeURIComponent(id)}x`, headers: {} })),
    fc
      .constantFrom('timeLimitMs=0', 'timeLimitMs=-3', 'timeLimitMs=99999', 'timeLimitMs=x', 'other=1')
      .map((q) => ({
        method: 'GET' as const,
        url: `/api/bags/jacquemus-le-petit-chiquito/what-fits?${q}`,
        headers: {},
      })),
    fc
      .constantFrom('/api/fitt', '/api/../etc/passwd', '/api/bags/%E0%A4%A', '/api/%00')
      .map((url) => ({ method: 'GET' as const, url, headers: {} })),
  ),
  // 9. Plans and advice with wrong shapes.
  fc
    .tuple(
      fc.constantFrom(['containers'], ['containers', 0], ['options', 'timeLimitMs'], ['kit']),
      wrongValue,
    )
    .map(([path, v]) => ({
      method: 'POST' as const,
      url: '/api/plan',
      headers: JSON_HEADERS,
      body: JSON.stringify(
        replaceAt(
          { kit: 'essentials', containers: ['jacquemus-le-petit-chiquito'], options: { timeLimitMs: 100 } },
          path,
          v,
        ),
      ),
    })),
  fc
    .tuple(
      fc.constantFrom(
        ['bag'],
        ['outfit'],
        ['outfit', 'garments'],
        ['occasion'],
        ['bag', 'widthMm'],
        ['bag', 'colour'],
      ),
      wrongValue,
    )
    .map(([path, v]) => ({
      method: 'POST' as const,
      url: '/api/style',
      headers: JSON_HEADERS,
      body: JSON.stringify(
        replaceAt(
          {
            bag: { id: 'b', widthMm: 100, colour: 'red' },
            outfit: { garments: [{ colour: 'black', fit: 'fitted', share: 1 }] },
            occasion: 'evening',
          },
          path,
          v,
        ),
      ),
    })),
)

describe('hostile requests', () => {
  let t: TestApp
  beforeAll(async () => {
    t = (await buildTestApp('sqlite'))!
  })
  afterAll(async () => {
    await t.close()
  })

  test('1200 malformed or hostile requests all get a 4xx with a code and a message, never a 5xx', async () => {
    const seen = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(hostile, async (request) => {
        const response = await t.app.inject({
          method: request.method,
          url: request.url,
          headers: request.headers,
          ...(request.body !== undefined && { payload: request.body }),
        })
        seen.set(response.statusCode, (seen.get(response.statusCode) ?? 0) + 1)
        const body = response.json<{ statusCode: number; code: string; message: string }>()
        expect(
          response.statusCode,
          `${request.method} ${request.url} ${request.body?.slice(0, 200)}: ${response.body.slice(0, 300)}`,
        ).toBeGreaterThanOrEqual(400)
        expect(response.statusCode).toBeLessThan(500)
        expect(body.statusCode).toBe(response.statusCode)
        expect(body.code).toMatch(/^[A-Z_]+$/)
        expect(body.message.length).toBeGreaterThan(10)
      }),
      { numRuns: 1200, seed: 20240607, endOnFailure: true },
    )
    // The mix reached the schema, the auth, the limits and the engine.
    for (const status of [400, 401, 404, 413, 415])
      expect(seen.get(status) ?? 0, `status ${status} in ${JSON.stringify([...seen])}`).toBeGreaterThan(0)
  })

  test('the server is alive and answers correctly after them', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(health.json()).toMatchObject({ status: 'ok' })
    const answer = await t.app.inject({ method: 'POST', url: '/api/fit', payload: VALID_FIT })
    expect(answer.json()).toMatchObject({ status: 'fits' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
