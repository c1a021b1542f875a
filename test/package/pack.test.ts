import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ROOT } from '../support/cli.js'
import { loadedModules } from '../support/loaded-modules.js'

/**
 * A folder for the consumer with no node_modules in any folder above it, so that what the consumer finds is what it
 * installed (Node looks for packages in every parent folder; a stray /tmp/node_modules would lend it the peers).
 */
function isolatedTempRoot(): string {
  const clean = (start: string) => {
    for (let at = start; ; at = dirname(at)) {
      if (existsSync(join(at, 'node_modules'))) return false
      if (dirname(at) === at) return true
    }
  }
  const root = [tmpdir(), '/var/tmp', homedir()].find(clean)
  if (!root) throw new Error(`Every candidate folder for the package test has a node_modules above it: ${tmpdir()}, /var/tmp, ${homedir()}.`)
  return root
}

// The package as users get it: `npm pack`, installed into an empty folder elsewhere, imported and run there.
describe('the npm package', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(isolatedTempRoot(), 'micropurse-pack-'))
    // dist/ is already built by the tests' global setup; packing must not rebuild it. The optional peers (database,
    // queue and server packages) are not installed, as for anyone who installs the library alone.
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

  test('ships its type declarations, and no source maps or build info for sources it does not ship', () => {
    const files = readdirSync(join(dir, 'node_modules/micropurse/dist'), { recursive: true }).map(String)
    expect(files).toEqual(expect.arrayContaining(['index.d.ts', 'micropurse.js', 'public/catalog.d.ts', 'public/server.js']))
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.tsbuildinfo'))).toEqual([])
    expect(existsSync(join(dir, 'node_modules/micropurse/src'))).toBe(false)
  })

  test('installs without the database, queue and server packages or the colour-name package', () => {
    for (const name of ['better-sqlite3', 'pg', 'bullmq', 'ioredis', 'fastify', '@fastify/static', 'color-name-list']) {
      expect(existsSync(join(dir, 'node_modules', name)), name).toBe(false)
    }
  })

  test('its root entry loads one file', () => {
    const loaded = loadedModules(dir, 'micropurse')
    expect(loaded.esm.filter((url) => url !== 'node:module')).toEqual([`file://${join(dir, 'node_modules/micropurse/dist/micropurse.js')}`])
  })

  test('a command that needs a missing optional package says which to install', () => {
    const catalog = spawnSync('npx', ['micropurse', 'what-fits', '--bag', 'coach-tabby-20'], { cwd: dir, encoding: 'utf8' })
    expect(catalog.status).toBe(1)
    expect(catalog.stderr).toContain('its driver better-sqlite3 is not installed. Install it with: npm install better-sqlite3')
    const server = spawnSync('npx', ['micropurse', 'serve', '--port', '0'], { cwd: dir, encoding: 'utf8' })
    expect(server.status).toBe(1)
    expect(server.stderr).toMatch(/the HTTP server needs the package "[@\w/-]+", which is not installed/)
    expect(server.stderr).toMatch(/Install it with: npm install "fastify@\^5\.[\d.]+" "fastify-plugin@/)
  })

  test('runs the micropurse command', () => {
    writeFileSync(join(dir, 'card.json'), JSON.stringify({ container: { size: [53, 15, 43] }, items: [{ id: 'card', size: [85.6, 53.98, 0.76] }] }))
    const output = execFileSync('npx', ['micropurse', 'fit', '--input', 'card.json', '--json'], { cwd: dir, encoding: 'utf8' })
    expect(JSON.parse(output).status).toBe('does-not-fit')
  })
})
