import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ROOT } from '../support/cli.js'

// The package as users get it: `npm pack`, installed into an empty folder elsewhere, imported and run there.
describe('the npm package', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-pack-'))
    // dist/ is already built by `npm test`; packing must not rebuild it. Install scripts are skipped so the native
    // SQLite driver is not compiled again: the library's fit engine must not need it.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe' })
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
    execFileSync('npm', ['install', join(dir, tarball), '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'pipe' })
  }, 240_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('imports fit from micropurse and answers a fit problem', () => {
    const script = `
      import { fit, checkPacking } from 'micropurse'
      const problem = { container: { size: [196.9, 69.9, 108] }, items: [{ id: 'phone', size: [76.7, 159.9, 8.25] }] }
      const answer = fit(problem)
      console.log(JSON.stringify({ status: answer.status, ok: checkPacking(problem, answer.placements).ok }))`
    const output = execFileSync('node', ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' })
    expect(JSON.parse(output)).toEqual({ status: 'fits', ok: true })
  })

  test('ships its type declarations', () => {
    const files = readdirSync(join(dir, 'node_modules/micropurse/dist'))
    expect(files).toContain('index.d.ts')
  })

  test('runs the micropurse command', () => {
    writeFileSync(join(dir, 'card.json'), JSON.stringify({ container: { size: [53, 15, 43] }, items: [{ id: 'card', size: [85.6, 53.98, 0.76] }] }))
    const output = execFileSync('npx', ['micropurse', 'fit', '--input', 'card.json', '--json'], { cwd: dir, encoding: 'utf8' })
    expect(JSON.parse(output).status).toBe('does-not-fit')
  })
})
