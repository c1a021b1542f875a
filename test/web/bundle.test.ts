import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { ROOT } from './harness.js'

/**
 * The bundle budget of docs/web.md, checked on the built page: what the first paint needs (the entry script and
 * the styles), the 3D view's chunk (three.js and react-three-fiber, loaded after the first paint), and everything.
 */

const ASSETS = join(ROOT, 'web', 'dist', 'assets')
const budget = JSON.parse(readFileSync(join(ROOT, 'web', 'bundle-budget.json'), 'utf8')) as { initialKb: number; sceneKb: number; totalKb: number }
const built = existsSync(ASSETS)
if (!built && process.env.MICROPURSE_REQUIRE_SERVICES !== '1') console.warn('bundle budget skipped: the web page is not built (npm run build).')

describe.skipIf(!built && process.env.MICROPURSE_REQUIRE_SERVICES !== '1')('the built web page', () => {
  const sizes = () =>
    readdirSync(ASSETS).map((name) => ({ name, gzipKb: gzipSync(readFileSync(join(ASSETS, name)), { level: 9 }).length / 1024 }))
  const html = () => readFileSync(join(ROOT, 'web', 'dist', 'index.html'), 'utf8')

  test('loads the entry, the chunks it imports and the styles before the first paint, within budget, and no 3D', () => {
    const initial = sizes().filter((f) => html().includes(f.name))
    const names = initial.map((f) => f.name.replace(/-[\w-]{8}\./, '.'))
    expect(names).toContain('index.js')
    expect(names).toContain('index.css')
    expect(names.some((n) => n.startsWith('BagView'))).toBe(false)
    const kb = initial.reduce((n, f) => n + f.gzipKb, 0)
    expect(kb, `initial ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget.initialKb)
  })

  test('a shared link to the 3D view (first paint plus the 3D chunk) stays within the total budget', () => {
    const shared = sizes().filter((f) => html().includes(f.name) || f.name.startsWith('BagView-'))
    const kb = shared.reduce((n, f) => n + f.gzipKb, 0)
    expect(kb, `shared link ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget.totalKb)
  })

  test('keeps the 3D view in its own chunk within budget', () => {
    const scene = sizes().filter((f) => f.name.startsWith('BagView-'))
    expect(scene).toHaveLength(1)
    expect(scene[0]!.gzipKb, `3D chunk ${scene[0]!.gzipKb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget.sceneKb)
  })

  test('stays within the total budget, every panel and the widget included', () => {
    const kb = sizes().reduce((n, f) => n + f.gzipKb, 0)
    expect(kb, `total ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget.totalKb)
  })
})
