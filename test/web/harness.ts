import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

/**
 * End-to-end harness: the built `micropurse serve` on a free port with a temporary SQLite catalog, and Debian's
 * Chromium driven by playwright-core (never a downloaded browser). One server and one browser per test file.
 */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SHOTS = join(ROOT, 'test-results', 'web')

/** Where Chromium is, or null. `MICROPURSE_CHROMIUM` overrides. */
function findChromium(): string | null {
  const candidates = [process.env.MICROPURSE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  const found = candidates.find((p) => existsSync(p))
  if (found) return found
  const which = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' })
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null
}

/**
 * Why the end-to-end tests cannot run here, or null when they can. With `MICROPURSE_REQUIRE_SERVICES=1` the caller
 * fails instead of skipping.
 */
export function missingPrerequisite(): string | null {
  if (!findChromium()) return 'Chromium is not installed: run `apt-get install chromium` (Debian) to run the web end-to-end tests.'
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) return 'The web page is not built: run `npm run build` first.'
  if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) return 'The CLI is not built: run `npm run build` first.'
  return null
}

export interface RunningServer {
  url: string
  stop(): Promise<void>
}

/** Starts the built CLI's `serve` on a free port with a fresh SQLite file; resolves once it says where it listens. */
async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'micropurse-e2e-'))
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'micropurse.js'), 'serve', '--port', '0', '--db', `sqlite:${join(dir, 'catalog.sqlite')}`, '--rate-limit', '0', '--log-level', 'warn', '--threads', '1'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`micropurse serve did not start in 30 s:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /on (http:\/\/[^\s)]+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!.replace(/\/$/, ''))
      }
    }
    child.stderr!.on('data', onData)
    child.stdout!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`micropurse serve exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Flags for Debian's Chromium here: no GPU, WebGL through SwiftShader, no background traffic. playwright adds
 * `--headless` (headless: true) and `--user-data-dir` (the fresh profile of launchPersistentContext) itself.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // WebGL without a GPU: ANGLE on SwiftShader (software); Chromium asks for the second flag since version 137.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** Launches Chromium with a fresh profile; `close()` also removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { chromium } = await import('playwright-core')
  const profile = mkdtempSync(join(tmpdir(), 'micropurse-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium()!,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** What a file's end-to-end tests share: the server, and one page of one browser. */
export interface BrowserSession {
  server: RunningServer
  page: Page
}

/**
 * Starts the built server and Chromium before the tests of the enclosing `describe`, with one page that logs its
 * errors, and stops both after. Fails, rather than skips, when `missing` names a prerequisite (a run that requires
 * them). The session's fields are set from the first test on.
 */
export function useBrowserSession(missing: string | null): BrowserSession {
  const session = {} as BrowserSession
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined
  beforeAll(async () => {
    if (missing) throw new Error(missing)
    mkdirSync(SHOTS, { recursive: true })
    session.server = await startServer()
    browser = await launchBrowser()
    session.page = await browser.context.newPage()
    session.page.on('pageerror', (error) => console.error('page error:', error.message))
  }, 90_000)
  afterAll(async () => {
    await browser?.close()
    await (session.server as RunningServer | undefined)?.stop()
  })
  return session
}
