/**
 * Bytes and time of a first visit to a shared link, in Debian's Chromium, with and without compression.
 *
 *   npm run build && npx tsx bench/api/first-visit.ts [--port 3102]
 *
 * Starts the built server (`micropurse serve`, a fresh seeded SQLite file), then opens a shared link (a catalog bag
 * and a kit, the 3D view) in a fresh browser profile twice: once asking for uncompressed answers
 * (`Accept-Encoding: identity`, what every visit cost before the server compressed) and once as Chromium asks by
 * default. Each run is on an emulated slow 4G link (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, as
 * Lighthouse's "Slow 4G"). Prints the bytes on the wire (every response, headers included), the number of
 * requests, and the time until the 3D view has drawn (the canvas exists and the network is idle), as JSON.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const args = process.argv.slice(2)
const at = args.indexOf('--port')
const PORT = at >= 0 ? Number(args[at + 1]) : 3102
const LINK = '/?bag=coach-tabby-20&items=apple-iphone-15,lipstick,iso-7810-id1-card*2'
const ROOT = new URL('../../', import.meta.url)

const dir = mkdtempSync(join(tmpdir(), 'micropurse-visit-'))
const server = spawn(
  process.execPath,
  [
    'bin/micropurse.js',
    'serve',
    '--port',
    String(PORT),
    '--db',
    `sqlite:${join(dir, 'v.sqlite')}`,
    '--log-level',
    'warn',
  ],
  { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
)
await new Promise<void>((resolve, reject) => {
  let text = ''
  server.stderr.on('data', (c: Buffer) => {
    text += c.toString()
    if (text.includes('micropurse API on')) resolve()
  })
  server.once('exit', (code) => reject(new Error(`server exited ${code}: ${text}`)))
})

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
try {
  const runs = []
  for (const compressed of [false, true]) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    })
    if (!compressed)
      await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } })
    let bytes = 0
    let requests = 0
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength
      requests++
    })
    const started = performance.now()
    await page.goto(`http://127.0.0.1:${PORT}${LINK}`, { waitUntil: 'networkidle', timeout: 120_000 })
    await page.waitForSelector('canvas', { timeout: 60_000 })
    const ms = performance.now() - started
    runs.push({
      compressed,
      requests,
      kilobytes: Math.round(bytes / 1024),
      seconds: Math.round(ms / 100) / 10,
    })
    await context.close()
  }
  console.log(JSON.stringify({ link: LINK, network: 'slow 4G (150 ms, 1.6 Mbit/s)', runs }, null, 2))
} finally {
  await browser.close()
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', resolve))
  rmSync(dir, { recursive: true, force: true })
}
