import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { missingPrerequisite, SHOTS, useBrowserSession, type RunningServer } from './harness.js'

/**
 * The web page end to end: the built `micropurse serve` on a temporary SQLite catalog, Debian's Chromium, one
 * browser and one page for the whole file. Skips (saying what to install) when Chromium or the build is missing,
 * unless MICROPURSE_REQUIRE_SERVICES=1, when it fails.
 */

const missing = missingPrerequisite()
const required = process.env.MICROPURSE_REQUIRE_SERVICES === '1'
if (missing && !required) console.warn(`web end-to-end tests skipped: ${missing}`)

/** The background of the 3D view (BACKGROUND in web/src/scene/BagView.tsx). */
const BACKGROUND = [0xfb, 0xf6, 0xf2]
const ANSWER_MS = 20_000

describe.skipIf(missing !== null && !required)('the web page in Chromium', () => {
  const session = useBrowserSession(missing)
  let server: RunningServer
  let page: Page
  beforeAll(() => ({ server, page } = session))

  const open = async (query = '') => {
    await page.goto(`${server.url}/${query}`)
    await page.getByRole('heading', { name: 'Your bag' }).waitFor()
  }
  const verdict = (status: string) => page.locator(`.verdict[data-status="${status}"]`)

  test('picking a catalog bag and a kit shows that they fit', async () => {
    await open()
    await page.getByLabel('Search bags').fill('lady dior mini')
    await page.getByRole('button', { name: /Dior Lady Dior \(Mini\)/ }).click()
    await page.getByText(/inside .* holding \d+ ml/).waitFor()
    await page.getByRole('button', { name: /Add kit A lipstick and a card/ }).click()
    await verdict('fits').waitFor({ timeout: ANSWER_MS })
    expect(await verdict('fits').textContent()).toContain('Yes, it all fits.')
    // The choice is in the address, so the link reopens it.
    expect(new URL(page.url()).searchParams.get('bag')).toBe('dior-lady-dior-mini')
    expect(new URL(page.url()).searchParams.get('items')).toBe('iso-7810-id1-card,lipstick')
  })

  test('a case that does not fit says why and what to leave out', async () => {
    await open('?bag=dior-lady-dior-micro&items=apple-iphone-15,lipstick,house-key*2')
    await verdict('does-not-fit').waitFor({ timeout: ANSWER_MS })
    const text = (await verdict('does-not-fit').textContent()) ?? ''
    expect(text).toContain('No, it does not all fit.')
    // The engine's reason, with the item's name rather than its id, in the reader's unit (cm for en-GB), sizes as
    // width × height × depth.
    expect(text).toMatch(/The Apple iPhone 15 \(7\.2 × 14\.8 × 0\.78 cm\) does not fit the 11\.4 × 9\.4 × 4\.4 cm interior even turned at an angle/)
    await page.getByText(/Leave out 1 × Apple iPhone 15, and the rest fits/).waitFor({ timeout: ANSWER_MS })
    // The 3D view shows what fits without it.
    await page.getByText('What fits, without 1 × Apple iPhone 15 (beside the bag).').waitFor()
    await page.locator('.answer').screenshot({ path: join(SHOTS, 'desktop-does-not-fit.png') })

    // When nothing on the list fits, the page says so rather than "leave out everything".
    await open('?bag=jacquemus-le-petit-chiquito&items=lipstick,iso-7810-id1-card')
    await verdict('does-not-fit').waitFor({ timeout: ANSWER_MS })
    expect(await verdict('does-not-fit').textContent()).toMatch(/The Lipstick \(2\.2 × 7\.5 × 2\.2 cm\) does not fit the 4\.7 × 3\.7 × 0\.92 cm interior even turned at an angle/)
    await page.getByText('None of these things fits in this bag.').waitFor({ timeout: ANSWER_MS })
  })

  test('the 3D view draws the packed bag, and the exploded view moves the items', async () => {
    await open('?bag=dior-lady-dior-mini&items=apple-iphone-13-mini,lipstick,house-key*2,iso-7810-id1-card')
    await verdict('fits').waitFor({ timeout: ANSWER_MS })
    const canvas = page.getByTestId('bag-3d').locator('canvas')
    await canvas.waitFor()
    // Wait for the lazy 3D chunk and the first frames: the item colours appear and the view holds still.
    const packed = await stillCanvas(page, async (p) => p.saturated >= 0.03)
    expect(packed.drawn).toBeGreaterThan(0.08)
    expect(packed.saturated).toBeGreaterThan(0.03)
    // Four kinds of item in four palette colours: at least three hues show (one may hide behind another).
    expect(packed.hues).toBeGreaterThanOrEqual(3)

    await page.getByRole('button', { name: 'Exploded view' }).click()
    // The items move apart, then stop.
    const exploded = await stillCanvas(page, async (p) => (await pixelChange(page, packed.png, p.png)) > 0.02)
    expect(exploded.saturated).toBeGreaterThan(0.02)
    expect(await pixelChange(page, packed.png, exploded.png)).toBeGreaterThan(0.02)
    await page.getByRole('button', { name: 'Exploded view' }).click()
  })

  test('a bag size typed by hand is read with its unit, and bad sizes get a clear message', async () => {
    await open()
    await page.getByRole('button', { name: 'Your own size' }).click()
    const size = page.getByLabel('Outside size: width × height × depth')
    const use = page.getByRole('button', { name: 'Use this bag' })

    await size.fill('12x9')
    await use.click()
    await page.getByRole('alert').filter({ hasText: 'Cannot read "12x9" as a size' }).waitFor()
    await page.locator('form.typed').screenshot({ path: join(SHOTS, 'desktop-bad-size.png') })
    expect(await size.getAttribute('aria-invalid')).toBe('true')

    await size.fill('12x9x5 furlongs')
    await use.click()
    await page.getByRole('alert').filter({ hasText: 'Unknown unit "furlongs"' }).waitFor()

    await size.fill('1x1x0.4cm')
    await use.click()
    await page.getByRole('alert').filter({ hasText: /depth/ }).waitFor()

    await size.fill('4.7 x 3.5 x 2 in')
    await page.getByLabel('Shape').selectOption('trapezoid')
    await use.click()
    await page.getByText('Read as 119.38 × 88.9 × 50.8 mm').waitFor()
    expect(await size.getAttribute('aria-invalid')).toBe('false')
    expect(new URL(page.url()).searchParams.get('size')).toBe('4.7 x 3.5 x 2 in')

    // A thing typed by hand: a bad size is refused with the reason, a good one is packed.
    await page.getByText('Something else? Type its size').click()
    await page.getByLabel('Name').fill('Ring box')
    await page.getByLabel('Size (three sides)').fill('5x5')
    await page.getByRole('button', { name: 'Add it' }).click()
    await page.getByRole('alert').filter({ hasText: 'Cannot read "5x5" as a size' }).waitFor()
    await page.getByLabel('Size (three sides)').fill('5 x 5 x 4 cm')
    await page.getByRole('button', { name: 'Add it' }).click()
    await verdict('fits').waitFor({ timeout: ANSWER_MS })
    expect(new URL(page.url()).searchParams.get('own')).toBe('Ring box~5 x 5 x 4 cm~1')
  })

  test('saves screenshots of the main views at 390 px and on a desktop', async () => {
    const query = '?bag=dior-lady-dior-mini&items=apple-iphone-13-mini,lipstick,house-key*2,iso-7810-id1-card,apple-airpods-pro-case'
    for (const [name, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      await page.setViewportSize({ width, height })
      await open(query)
      await verdict('fits').waitFor({ timeout: ANSWER_MS })
      const packed = await stillCanvas(page, async (p) => p.saturated >= 0.03)
      await page.screenshot({ path: join(SHOTS, `${name}-pack.png`), fullPage: true })
      const view = page.getByTestId('bag-3d')
      await view.screenshot({ path: join(SHOTS, `${name}-3d.png`) })
      await page.getByRole('button', { name: 'Exploded view' }).click()
      await stillCanvas(page, async (p) => (await pixelChange(page, packed.png, p.png)) > 0.02)
      await view.screenshot({ path: join(SHOTS, `${name}-3d-exploded.png`) })
      await page.getByRole('button', { name: 'Exploded view' }).click()
      for (const [tab, ready] of [
        ['True scale', '.true-scale svg'],
        ['Carry plan', '.plan-status'],
        ['Style', '.advice'],
        ['Catalog', '.explorer table'],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click()
        await page.locator(ready).first().waitFor({ timeout: ANSWER_MS })
        await page.locator('.answer').screenshot({ path: join(SHOTS, `${name}-${tab.toLowerCase().replace(' ', '-')}.png`) })
      }
      await page.getByRole('tab', { name: 'Packed in 3D' }).click()
    }
    await page.setViewportSize({ width: 1280, height: 900 })
    // Two sizes, five views each, in a software-rendered browser.
  }, 90_000)

  test('the share image is a 1080 × 1350 PNG of the packed bag', async () => {
    await open('?bag=dior-lady-dior-mini&items=apple-iphone-13-mini,lipstick,house-key*2')
    await verdict('fits').waitFor({ timeout: ANSWER_MS })
    await page.getByTestId('bag-3d').locator('canvas').waitFor()
    await stillCanvas(page, async (p) => p.saturated >= 0.03)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download image' }).click()])
    const path = join(SHOTS, 'share-image.png')
    await download.saveAs(path)
    const png = readFileSync(path)
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1350])
  })
})

interface CanvasPixels {
  /** Share of pixels that differ from the background. */
  drawn: number
  /** Share of strongly coloured pixels (the items; the bag shell is pale). */
  saturated: number
  /** Distinct hues (in 30° buckets) among the strongly coloured pixels with at least 0.2% of the area each. */
  hues: number
  png: string
}

/**
 * Waits until the 3D view holds still (two screenshots in a row alike) and `ready` holds for it, and returns it.
 * Fails after ANSWER_MS. The view renders on demand, so once still it stays so until the page changes it.
 */
async function stillCanvas(page: Page, ready: (p: CanvasPixels) => Promise<boolean>): Promise<CanvasPixels> {
  let last: CanvasPixels | undefined
  return vi.waitFor(
    async () => {
      const now = await canvasPixels(page)
      const previous = last
      last = now
      if (!(await ready(now))) throw new Error('the 3D view does not show what is awaited yet')
      if (!previous || (await pixelChange(page, previous.png, now.png)) > 0.001) throw new Error('the 3D view is still moving')
      return now
    },
    { timeout: ANSWER_MS, interval: 100 },
  )
}

/** Screenshots the 3D canvas and measures it in the page (the browser decodes the PNG). */
async function canvasPixels(page: Page): Promise<CanvasPixels> {
  const png = (await page.getByTestId('bag-3d').locator('canvas').screenshot()).toString('base64')
  const stats = await page.evaluate(
    async ({ png, bg }) => {
      const { data, n } = await decode(png)
      let drawn = 0
      let saturated = 0
      const hues = new Map<number, number>()
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!
        const g = data[i + 1]!
        const b = data[i + 2]!
        if (Math.abs(r - bg[0]!) + Math.abs(g - bg[1]!) + Math.abs(b - bg[2]!) > 30) drawn++
        const max = Math.max(r, g, b)
        const min = Math.min(r, g, b)
        if (max - min > 70) {
          saturated++
          const h = max === r ? ((g - b) / (max - min) + 6) % 6 : max === g ? (b - r) / (max - min) + 2 : (r - g) / (max - min) + 4
          const bucket = Math.floor((h * 60) / 30)
          hues.set(bucket, (hues.get(bucket) ?? 0) + 1)
        }
      }
      return { drawn: drawn / n, saturated: saturated / n, hues: [...hues.values()].filter((c) => c / n > 0.002).length }

      async function decode(b64: string) {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.width
        c.height = img.height
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        return { data: ctx.getImageData(0, 0, c.width, c.height).data, n: c.width * c.height }
      }
    },
    { png, bg: BACKGROUND },
  )
  return { ...stats, png }
}

/** Share of pixels that changed between two screenshots of the same size. */
async function pixelChange(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const read = async (b64: string) => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.width
        c.height = img.height
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, c.width, c.height).data
      }
      const [x, y] = await Promise.all([read(a), read(b)])
      let changed = 0
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 30) changed++
      }
      return changed / (x.length / 4)
    },
    { a, b },
  )
}
