import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseCatalogFile } from '../../src/catalog/index.js'
import { escapeForTerminal, unsafeTextProblem } from '../../src/catalog/safe-text.js'
import { SolverBudget } from '../../src/api/solver-budget.js'
import { buildTestApp, expectError, send } from './helper.js'
import type { TestApp } from './helper.js'

describe('catalog writes refuse what the catalog cannot use', () => {
  let t: TestApp
  beforeAll(async () => {
    t = (await buildTestApp('sqlite'))!
  })
  afterAll(async () => {
    await t.close()
  })
  const auth = () => ({ authorization: `Bearer ${t.key}` })

  test('a bag the bag layer cannot derive an interior for (a 5 mm cube) is not stored', async () => {
    const cube = {
      id: 'cube-5',
      brand: 'X',
      model: 'Cube',
      exteriorMm: { w: 5, h: 5, d: 5 },
      dimsStatus: 'measured',
      shape: 'box',
    }
    const refused = expectError(await send(t.app, 'POST', '/api/bags', cube, auth()), 400, 'INVALID_BAG')
    expect(refused.message).toMatch(/The walls leave no room/)
    expectError(await send(t.app, 'GET', '/api/bags/cube-5'), 404, 'BAG_NOT_FOUND')
    // The same bag a size up is stored and read back with its interior.
    const roomy = { ...cube, id: 'cube-50', exteriorMm: { w: 50, h: 50, d: 50 } }
    expect((await send(t.app, 'POST', '/api/bags', roomy, auth())).statusCode).toBe(201)
    expect((await send(t.app, 'GET', '/api/bags/cube-50')).json().room.kind).toBe('derived')
  })

  test.each([
    ['a bidirectional override', 'Clip \u202egpj.exe', /bidirectional override U\+202E at position 5/],
    ['an escape sequence', 'Clip\u001b[2J', /control character U\+001B at position 4/],
    ['a line feed in a name', 'Clip\nSecond line', /control character U\+000A/],
  ])('a name with %s is refused, naming the character', async (_what, name, words) => {
    const item = {
      id: 'clip',
      name,
      category: 'other',
      dimsMm: { w: 6, h: 2, d: 1 },
      dimsStatus: 'measured',
      shape: 'box',
    }
    const refused = expectError(await send(t.app, 'POST', '/api/items', item, auth()), 400, 'INVALID_INPUT')
    expect(refused.message).toMatch(words)
  })

  test('notes may hold line feeds and tabs, not other controls', () => {
    expect(unsafeTextProblem('line one\nline two\tend', { multiline: true })).toBeUndefined()
    expect(unsafeTextProblem('bell\u0007', { multiline: true })).toMatch(/U\+0007/)
    expect(escapeForTerminal('a\u001b[31mred\u202e\nnext')).toBe('a\\u{1b}[31mred\\u{202e}\nnext')
  })

  test('a CSV file without a size column is refused, naming the column', () => {
    const csv = 'id,name,category,width_mm,height_mm,dims_status,shape\nclip,Clip,other,60,20,measured,box\n'
    const parsed = parseCatalogFile(csv, 'csv', 'items')
    expect(parsed.items).toEqual([])
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        field: 'depth_mm',
        message: expect.stringMatching(/missing column depth_mm/),
      }),
    ])
  })
})

describe('solver time per client', () => {
  test('a client that used its solver time is refused with when it has room again, and refills', () => {
    const budget = new SolverBudget(1000)
    budget.check('ip:a', 0)
    budget.charge('ip:a', 1500, 0)
    let error: unknown
    try {
      budget.check('ip:a', 0)
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, details: { retryAfterS: 31 } })
    // Another client is not affected; after half a minute this one has room again.
    budget.check('ip:b', 0)
    budget.check('ip:a', 31_000)
  })

  test('over HTTP: 429 with Retry-After once the solver time is spent', async () => {
    // A thousandth of a millisecond a minute: any solve spends it, however fast the machine (1 ms was not always).
    const t = (await buildTestApp('sqlite', { solverMsPerMinute: 0.001 }))!
    try {
      const fit = { container: { size: [120, 44, 84] }, items: [{ id: 'card', size: [85.6, 53.98, 0.76] }] }
      expect((await send(t.app, 'POST', '/api/fit', fit)).statusCode).toBe(200)
      const second = await send(t.app, 'POST', '/api/fit', fit)
      expectError(second, 429, 'RATE_LIMITED')
      expect(Number(second.headers['retry-after'])).toBeGreaterThanOrEqual(1)
      // Reads are not solver work: they go on.
      expect((await send(t.app, 'GET', '/api/bags/coach-tabby-20')).statusCode).toBe(200)
    } finally {
      await t.close()
    }
  })
})
