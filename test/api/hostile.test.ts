import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ERROR_STATUS } from '../../src/errors.js'
import { mulberry32 } from '../../src/random.js'
import { timeoutOptions } from '../../src/api/server.js'
import { buildTestApp } from './helper.js'
import type { TestApp } from './helper.js'

/**
 * Hostile requests over every route, sent as raw bytes on a real socket (so Node's HTTP parser, Fastify's router and
 * our handlers all see them as a client would send them). A seeded generator makes each request wrong in one or
 * more ways: the method, the path (long, badly escaped, odd characters), the query, the headers, the body (not JSON,
 * wrong types, numbers out of range, deep nesting, unknown fields), the key. Every answer must keep the error
 * contract, and none may be a 5xx.
 */

interface Answer {
  status: number
  headers: Record<string, string>
  body: string
}

/** Sends raw HTTP/1.1 bytes and reads the whole answer (the server closes the connection). */
function sendRaw(port: number, bytes: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (c) => chunks.push(c))
    socket.on('error', (e) => (chunks.length > 0 ? finish() : reject(e)))
    socket.on('end', () => finish())
    socket.on('close', () => finish())
    let done = false
    const finish = () => {
      if (done) return
      done = true
      resolve(parseAnswer(Buffer.concat(chunks)))
    }
    // No half-close: the server would take it for a client that left. It closes the connection after answering
    // (connection: close); a request that lies about its length gets a generous minute to be refused.
    socket.setTimeout(60_000, () => socket.destroy())
    socket.write(bytes)
  })
}

function parseAnswer(raw: Buffer): Answer {
  const text = raw.toString('utf8')
  const split = text.indexOf('\r\n\r\n')
  const head = text.slice(0, split < 0 ? text.length : split).split('\r\n')
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0)
  const headers: Record<string, string> = {}
  for (const line of head.slice(1)) {
    const at = line.indexOf(':')
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim()
  }
  let body = split < 0 ? '' : text.slice(split + 4)
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body)
  return { status, headers, body }
}

function unchunk(body: string): string {
  let out = ''
  let rest = body
  for (;;) {
    const eol = rest.indexOf('\r\n')
    const size = parseInt(rest.slice(0, eol), 16)
    if (!(size > 0)) return out
    out += rest.slice(eol + 2, eol + 2 + size)
    rest = rest.slice(eol + 2 + size + 2)
  }
}

/** The routes of the app, as OpenAPI lists them, and the pages it serves beside them. */
const ROUTES: { method: string; path: string }[] = [
  { method: 'GET', path: '/api/health' },
  { method: 'POST', path: '/api/fit' },
  { method: 'POST', path: '/api/plan' },
  { method: 'POST', path: '/api/style' },
  { method: 'POST', path: '/api/scale' },
  { method: 'GET', path: '/api/bags/{id}/what-fits' },
  ...['bags', 'items', 'kits'].flatMap((kind) => [
    { method: 'GET', path: `/api/${kind}` },
    { method: 'POST', path: `/api/${kind}` },
    { method: 'GET', path: `/api/${kind}/{id}` },
    { method: 'PUT', path: `/api/${kind}/{id}` },
    { method: 'DELETE', path: `/api/${kind}/{id}` },
  ]),
  { method: 'GET', path: '/openapi.json' },
  { method: 'GET', path: '/docs' },
  { method: 'GET', path: '/' },
]

/** Valid bodies to start from, per route; the generator breaks them. */
const BODIES: Record<string, unknown> = {
  '/api/fit': { container: { size: [120, 44, 84] }, items: [{ id: 'card', size: [85.6, 53.98, 0.76] }] },
  '/api/plan': { kit: 'essentials', containers: ['jacquemus-le-petit-chiquito', 'tote'] },
  '/api/style': {
    bagId: 'jacquemus-le-petit-chiquito',
    colour: 'hotpink',
    outfit: { garments: [{ name: 'dress', colour: 'black', fit: 'fitted', share: 1 }] },
  },
  '/api/scale': { silhouette: 'jacquemus-le-petit-chiquito', items: ['iso-7810-id1-card'] },
  '/api/bags': {
    id: 'hostile-bag',
    brand: 'Shop',
    model: 'Nano',
    exteriorMm: { w: 110, h: 80, d: 40 },
    dimsStatus: 'measured',
    shape: 'box',
  },
  '/api/items': {
    id: 'hostile-item',
    name: 'Clip',
    category: 'other',
    dimsMm: { w: 60, h: 20, d: 15 },
    dimsStatus: 'measured',
    shape: 'irregular',
  },
  '/api/kits': { id: 'hostile-kit', name: 'Kit', items: [{ itemId: 'lipstick' }] },
}

const WRONG_VALUES: unknown[] = [
  -1,
  0,
  -1e308,
  1e308,
  2 ** 53 + 1,
  10.3,
  '',
  '54',
  'x'.repeat(300),
  null,
  true,
  [],
  {},
  [null, null, null],
  '\u202eexe.doc',
  'a\u001b[2Jb',
  '%00',
]

const ODD_IDS = [
  'x'.repeat(150),
  'x'.repeat(250),
  'x'.repeat(700),
  '%E0%A4%A',
  '%',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..',
  'Lipstick',
  '%F0%9F%91%9C',
  '%00',
  'a%20b',
  '%E2%80%AEfdp',
  'lipstick;drop%20table%20items',
]

/** A seeded generator of hostile raw requests. */
class Hostile {
  private readonly random: () => number
  constructor(seed: number) {
    this.random = mulberry32(seed)
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!
  }

  private chance(p: number): boolean {
    return this.random() < p
  }

  /** One request: a route, broken in one or more ways. */
  next(key: string): { route: string; bytes: Buffer } {
    const route = this.pick(ROUTES)
    let method = route.method
    if (this.chance(0.1)) method = this.pick(['PATCH', 'DELETE', 'PUT', 'POST', 'GET', 'OPTIONS', 'HEAD'])
    let path = route.path.replace('{id}', this.chance(0.5) ? this.pick(ODD_IDS) : 'coach-tabby-20')
    if (this.chance(0.2))
      path += this.pick([
        '?limit=-1',
        '?limit=abc',
        '?offset=1e9',
        '?q=%',
        '?q=' + 'a'.repeat(3000),
        '?timeLimitMs=0',
        '?timeLimitMs=10.3',
        '?x=1&x=2',
        '?limit=5&limit=6',
      ])
    if (this.chance(0.05))
      path = this.pick(['/api/bags/', '/api//bags', '/api/bags/a/b/c', '/api/bags?', '/%', '/api/fit%zz'])
    const headers: Record<string, string> = { host: '127.0.0.1' }
    let body: string | undefined
    const template = BODIES[route.path.replace('/{id}', '')]
    if (method === 'POST' || method === 'PUT' || (method === 'DELETE' && this.chance(0.2))) {
      headers['content-type'] = this.chance(0.85)
        ? 'application/json'
        : this.pick([
            'text/plain',
            'application/xml',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/json; charset=latin1',
            '',
          ])
      body = this.body(template)
    }
    if (route.method !== 'GET' && this.chance(0.6)) headers.authorization = `Bearer ${key}`
    else if (this.chance(0.2))
      headers.authorization = this.pick([
        'Bearer nope',
        'Basic dXNlcjpwYXNz',
        `Bearer mpk_${'B'.repeat(43)}`,
        'Bearer',
      ])
    if (this.chance(0.05)) headers['x-long'] = 'y'.repeat(20_000)
    const lines = [`${method} ${path} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)]
    const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(body, 'utf8')
    if (body !== undefined) {
      // Mostly the right length; now and then one that lies.
      const length = this.chance(0.03) ? payload.length + this.pick([-1, 5]) : payload.length
      lines.push(`content-length: ${Math.max(0, length)}`)
    }
    lines.push('connection: close')
    return {
      route: `${method} ${route.path}`,
      bytes: Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), payload]),
    }
  }

  private body(template: unknown): string {
    const roll = this.random()
    if (template === undefined || roll < 0.1)
      return this.pick(['', '{', '[]', 'null', '"x"', '{"a":1}', '{"container":{"size":[120,44', 'x=1'])
    if (roll < 0.15) return `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`
    if (roll < 0.18) return `{"__proto__":{"polluted":true}}`
    if (roll < 0.2)
      return JSON.stringify({ ...(template as object), [`unknown${Math.floor(this.random() * 9)}`]: 1 })
    // Replace one to three leaves with wrong values.
    let value: unknown = structuredClone(template)
    const times = 1 + Math.floor(this.random() * 3)
    for (let t = 0; t < times; t++)
      value = replaceLeaf(value, leafPaths(value), this.pick(WRONG_VALUES), this)
    return JSON.stringify(value)
  }

  choose<T>(list: readonly T[]): T {
    return this.pick(list)
  }
}

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path]
  const entries = Object.entries(value)
  if (entries.length === 0) return [path]
  return entries.flatMap(([k, v]) => leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]))
}

function replaceLeaf(
  value: unknown,
  paths: (string | number)[][],
  replacement: unknown,
  h: Hostile,
): unknown {
  const path = h.choose(paths)
  const set = (v: unknown, i: number): unknown => {
    if (i === path.length) return replacement
    const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>
    copy[path[i]!] = set(copy[path[i]!], i + 1)
    return copy
  }
  return set(value, 0)
}

const CODES = new Set(Object.keys(ERROR_STATUS))

describe('hostile requests over every route, on a real socket', () => {
  let t: TestApp
  let port: number
  beforeAll(async () => {
    // The server's own timeouts, with a 2 s request limit: a body shorter than its Content-Length is refused (408).
    t = (await buildTestApp('sqlite', {}, timeoutOptions(2000)))!
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    port = (t.app.server.address() as { port: number }).port
  })
  afterAll(async () => {
    await t.close()
  })

  test('2,400 seeded hostile requests: every error in the contract, none a 5xx', async () => {
    const generator = new Hostile(20261127)
    const seenRoutes = new Set<string>()
    const statuses = new Map<number, number>()
    const requests = Array.from({ length: 2400 }, () => generator.next(t.key))
    // Sixteen at a time, as a few clients would.
    for (let i = 0; i < requests.length; i += 16) {
      const batch = requests.slice(i, i + 16)
      const answers = await Promise.all(batch.map((r) => sendRaw(port, r.bytes)))
      answers.forEach((answer, k) => {
        const { route, bytes } = batch[k]!
        seenRoutes.add(route)
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
        const what = `${bytes.toString('utf8', 0, 300)}\n-> ${answer.status} ${answer.body.slice(0, 300)}`
        expect(answer.status, what).toBeGreaterThanOrEqual(200)
        expect(answer.status, what).toBeLessThan(500)
        if (
          answer.status < 400 ||
          answer.headers['content-length'] === '0' ||
          bytes.toString().startsWith('HEAD')
        )
          return
        expect(answer.headers['content-type'], what).toMatch(/^application\/json/)
        const body = JSON.parse(answer.body) as Record<string, unknown>
        expect(
          Object.keys(body).filter((k) => !['statusCode', 'code', 'message', 'details'].includes(k)),
          what,
        ).toEqual([])
        expect(body.statusCode, what).toBe(answer.status)
        expect(CODES.has(String(body.code)), what).toBe(true)
        expect(ERROR_STATUS[body.code as keyof typeof ERROR_STATUS], what).toBe(answer.status)
        expect(typeof body.message === 'string' && body.message.length > 10, what).toBe(true)
      })
    }
    // Every route was tried, and the answers were not all of one kind.
    for (const route of ROUTES)
      expect(
        [...seenRoutes].some((r) => r.endsWith(` ${route.path}`)),
        route.path,
      ).toBe(true)
    expect(statuses.size).toBeGreaterThan(6)
    console.info(
      `hostile statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    )
  }, 240_000)
})
