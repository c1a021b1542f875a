import { beforeAll, describe, expect, test } from 'vitest'
import { capacityCurve, curveSvg, scaleBag } from '../../src/design/index.js'
import type { CapacityCurve, CurveKit } from '../../src/design/index.js'
import type { MicropurseError } from '../../src/errors.js'
import { ITEMS, birkin25, statusAt } from './helpers.js'

const kits: CurveKit[] = [
  { id: 'lipstick-and-card', label: 'A lipstick & a card', items: [ITEMS.card, ITEMS.lipstick] },
  { id: 'phone-and-card', label: 'Phone and card', items: [ITEMS.iphone15Pro, ITEMS.card] },
  { id: 'mints', label: 'Mints', items: [ITEMS.mintsTin] },
]

describe('capacityCurve', () => {
  let curve: CapacityCurve
  beforeAll(() => {
    curve = capacityCurve({ silhouette: birkin25(), kits, options: { fromMm: 60, toMm: 200, stepMm: 20 } })
  })

  test('has the volumes at every millimetre of the range and a row every step, ending at the last width', () => {
    expect(curve.series.map((p) => p.widthMm)).toEqual(Array.from({ length: 141 }, (_, i) => 60 + i))
    expect(curve.rows.map((r) => r.widthMm)).toEqual([60, 80, 100, 120, 140, 160, 180, 200])
    for (const row of curve.rows) expect(row.volumes).toEqual(scaleBag(birkin25(), row.widthMm).volumes)
  })

  test('usable volume grows with the width while the share lost to the walls shrinks', () => {
    for (let i = 1; i < curve.series.length; i++) {
      const [a, b] = [curve.series[i - 1]!.volumes, curve.series[i]!.volumes]
      expect(b.usableMl).toBeGreaterThan(a.usableMl)
      expect(b.materialsShare).toBeLessThanOrEqual(a.materialsShare + 1e-3)
    }
  })

  test("each table cell agrees with a fresh fit at that width, and with the kit's threshold", () => {
    const birkin = birkin25()
    for (const kit of kits) {
      const threshold = curve.thresholds.find((t) => t.kitId === kit.id)!
      for (const row of curve.rows) {
        const cell = row.kits[kit.id]
        // A width whose fits ran out of time (a loaded machine) is honestly unknown; any answer must match.
        if (cell === 'unknown') continue
        const fresh = statusAt(birkin, row.widthMm, kit.items)
        if (fresh !== 'unknown') expect(cell).toBe(fresh)
        if (threshold.breaks.length === 0 && threshold.smallestMm !== null) {
          expect(cell === 'fits').toBe(row.widthMm >= threshold.smallestMm)
        }
      }
    }
  })

  test('a kit that fits nowhere in the range is marked never, with the reason at the largest width', () => {
    const small = capacityCurve({
      silhouette: birkin25(),
      kits,
      options: { fromMm: 60, toMm: 120, stepMm: 30 },
    })
    const phone = small.thresholds.find((t) => t.kitId === 'phone-and-card')!
    expect(phone.status).toBe('never')
    expect(phone.reason).toMatch(/apple-iphone-15-pro/)
    expect(small.rows.every((r) => r.kits['phone-and-card'] === 'does-not-fit')).toBe(true)
  })

  test('widths below the smallest with room are rows without an interior', () => {
    const tiny = capacityCurve({
      silhouette: birkin25(),
      kits: [],
      options: { fromMm: 2, toMm: 30, stepMm: 4 },
    })
    expect(tiny.minValidWidthMm).toBeGreaterThan(2)
    const first = tiny.rows[0]!
    expect(first.volumes).toBeNull()
    expect(first.reason).toMatch(/no room/)
    expect(tiny.series[0]!.widthMm).toBe(tiny.minValidWidthMm)
  })

  test('refuses a missing range, a bad step and a kit given twice', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return (error as MicropurseError).message
      }
      return ''
    }
    expect(codeOf(() => capacityCurve({ silhouette: birkin25(), kits, options: {} as never }))).toMatch(
      /fromMm and toMm/,
    )
    expect(
      codeOf(() =>
        capacityCurve({ silhouette: birkin25(), kits, options: { fromMm: 60, toMm: 90, stepMm: 0 } }),
      ),
    ).toMatch(/stepMm/)
    expect(
      codeOf(() =>
        capacityCurve({
          silhouette: birkin25(),
          kits: [kits[0]!, kits[0]!],
          options: { fromMm: 60, toMm: 90 },
        }),
      ),
    ).toMatch(/twice/)
  })
})

describe('curveSvg', () => {
  let svg: string
  let curve: CapacityCurve
  beforeAll(() => {
    curve = capacityCurve({ silhouette: birkin25(), kits, options: { fromMm: 60, toMm: 200, stepMm: 20 } })
    svg = curveSvg(curve)
  })

  test('is a standalone SVG document with axes that carry their units', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true)
    for (const label of [
      'Exterior width (mm)',
      'Volume (ml)',
      'Share of exterior volume lost (%)',
      'Hermès Birkin 25',
    ])
      expect(svg).toContain(label)
  })

  test('marks each kit that fits in the range at its threshold and explains every kit in the legend', () => {
    const fitting = curve.thresholds.filter((t) => t.smallestMm !== null)
    // One numbered marker on the plot and one in the legend per fitting kit; the legend also lists the others.
    const markers = svg.match(/<circle [^>]*r="9"/g) ?? []
    expect(markers).toHaveLength(fitting.length)
    for (const t of curve.thresholds)
      expect(svg).toContain(t.kitId === 'lipstick-and-card' ? 'A lipstick &amp; a card' : t.label)
    for (const t of fitting) expect(svg).toContain(`fits from ${t.smallestMm} mm`)
  })

  test('escapes text and keeps every tag closed', () => {
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/)
    const opened = (svg.match(/<(text|svg)\b/g) ?? []).length
    const closed = (svg.match(/<\/(text|svg)>/g) ?? []).length
    expect(closed).toBe(opened)
  })

  test('is the same text for the same curve', () => {
    expect(curveSvg(curve)).toBe(svg)
  })
})
