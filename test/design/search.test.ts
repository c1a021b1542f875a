import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { defineSilhouette, designScale, monotoneClaim, scaleBag } from '../../src/design/index.js'
import type { SilhouetteInput } from '../../src/design/index.js'
import { MicropurseError } from '../../src/errors.js'
import type { FitItem } from '../../src/pack/types.js'
import { ITEMS, birkin25, expectCheckedLayout, statusAt } from './helpers.js'

const phoneAndCard: FitItem[] = [ITEMS.iphone15Pro, ITEMS.card]
const sixItems: FitItem[] = [
  ITEMS.iphone15Pro,
  ITEMS.card,
  ITEMS.lipstick,
  { ...ITEMS.houseKey, count: 2 },
  ITEMS.mintsTin,
  ITEMS.airpods,
]

function errorOf(run: () => unknown): MicropurseError {
  try {
    run()
  } catch (error) {
    if (error instanceof MicropurseError) return error
    throw error
  }
  throw new Error('expected a MicropurseError')
}

describe('designScale', () => {
  test('finds the smallest Birkin that holds an iPhone 15 Pro and a card: it fits there, with a checked layout, and not 1 mm smaller', () => {
    const birkin = birkin25()
    const result = designScale({ silhouette: birkin, items: phoneAndCard })
    expect(result.status).toBe('found')
    const smallest = result.smallest!
    expectCheckedLayout(birkin, smallest, phoneAndCard)
    expect(statusAt(birkin, smallest.widthMm - 1, phoneAndCard)).not.toBe('fits')
    expect(result.largestNotFitting!.widthMm).toBe(smallest.widthMm - 1)
    expect(result.largestNotFitting!.answer.status).toBe('does-not-fit')
    expect(result.largestNotFitting!.answer.reason).not.toBe('')
    // The phone is 146.6 mm long; no Birkin narrower than that plus its walls can hold it.
    expect(smallest.widthMm).toBeGreaterThan(146.6 + 2 * 2.9)
    expect(result.breaks).toEqual([])
  })

  test('checks the widths on each side of the threshold and says what it did not try', () => {
    const result = designScale({ silhouette: birkin25(), items: phoneAndCard, options: { windowMm: 2 } })
    const w = result.smallest!.widthMm
    const tried = new Map(result.probes.map((p) => [p.widthMm, p.status]))
    for (const below of [w - 1, w - 2, w - 3].filter((x) => x > (result.certainty.boundFloorMm ?? 0)))
      expect(tried.get(below)).toBe('does-not-fit')
    for (const above of [w + 1, w + 2]) expect(tried.get(above)).toBe('fits')
    expect(result.certainty.monotone).toBe('not-proven')
    expect(result.certainty.untriedAbove.length).toBeGreaterThan(0)
    expect(result.certainty.largestIsExact).toBe(false)
    expect(result.summary.join('\n')).toMatch(
      /not tried above the largest width that does not fit, assumed to fit/,
    )
  })

  test('proves every width up to the box floor does not fit, from the interior box alone', () => {
    const result = designScale({ silhouette: birkin25(), items: phoneAndCard })
    const floor = result.certainty.boundFloorMm!
    expect(floor).toBeLessThan(result.smallest!.widthMm)
    // At the floor the interior box itself is too small for the phone in any orientation.
    const box = scaleBag(birkin25(), floor).container.size
    expect(Math.max(...box)).toBeLessThan(146.6)
  })

  test('with exhaustive, tries every width from the box floor to the top of the range, so both answers are exact', () => {
    const result = designScale({
      silhouette: birkin25(),
      items: [ITEMS.card],
      options: { exhaustive: true, maxWidthMm: 160 },
    })
    expect(result.certainty.untriedBelow).toEqual([])
    expect(result.certainty.untriedAbove).toEqual([])
    expect(result.certainty.smallestIsExact).toBe(true)
    expect(result.certainty.largestIsExact).toBe(true)
  })

  test(
    'a six-item kit gets an answer with a checked layout and a real reason at the width below',
    { timeout: 20_000 },
    () => {
      const birkin = birkin25()
      const result = designScale({ silhouette: birkin, items: sixItems })
      expect(['found', 'unknown']).toContain(result.status)
      expectCheckedLayout(birkin, result.smallest!, sixItems)
      if (result.status === 'found')
        expect(statusAt(birkin, result.smallest!.widthMm - 1, sixItems)).not.toBe('fits')
    },
  )

  test('says so when the kit fits already at the smallest width of the range', () => {
    const result = designScale({
      silhouette: birkin25(),
      items: [ITEMS.houseKey],
      options: { minWidthMm: 120, maxWidthMm: 200 },
    })
    expect(result.status).toBe('fits-at-range-start')
    expect(result.smallest!.widthMm).toBe(120)
    expect(result.largestNotFitting).toBeNull()
  })

  test('a kit that fits at no width of the range is an error naming the largest width and why', () => {
    const error = errorOf(() =>
      designScale({ silhouette: birkin25(), items: phoneAndCard, options: { maxWidthMm: 120 } }),
    )
    expect(error.code).toBe('NO_SIZE_IN_RANGE')
    expect(error.message).toMatch(/at any width up to 120 mm/)
    expect(error.message).toMatch(/apple-iphone-15-pro/)
  })

  test('fits that run out of time make the answer unknown, never a guess', () => {
    const result = designScale({
      silhouette: birkin25(),
      items: sixItems,
      options: { widthTimeLimitMs: 0.001, maxWidthMm: 300 },
    })
    expect(result.status).toBe('unknown')
    expect(result.unknownWidthsMm.length).toBeGreaterThan(0)
    for (const p of result.probes) if (p.by === 'fit') expect(p.status).not.toBe('fits')
    if (result.smallest) expectCheckedLayout(birkin25(), result.smallest, sixItems)
  })

  test('refuses bad options and an empty kit with what was expected', () => {
    const birkin = birkin25()
    expect(errorOf(() => designScale({ silhouette: birkin, items: [] })).code).toBe('INVALID_INPUT')
    expect(
      errorOf(() => designScale({ silhouette: birkin, items: phoneAndCard, options: { windowMm: -1 } }))
        .message,
    ).toMatch(/windowMm.*-1/)
    expect(
      errorOf(() =>
        designScale({
          silhouette: birkin,
          items: phoneAndCard,
          options: { minWidthMm: 300, maxWidthMm: 200 },
        }),
      ).message,
    ).toMatch(/empty/)
    expect(
      errorOf(() =>
        designScale({ silhouette: birkin, items: phoneAndCard, options: { speed: 'fast' } as never }),
      ).code,
    ).toBe('UNKNOWN_OPTION')
    expect(
      errorOf(() => designScale({ silhouette: birkin, items: [{ id: 'x', size: [-1, 2, 3] }] })).code,
    ).toBe('INVALID_SIZE')
  })

  test('raises the start of the range to where the walls leave room, and says so', () => {
    const result = designScale({
      silhouette: birkin25(),
      items: [ITEMS.card],
      options: { minWidthMm: 1, maxWidthMm: 200 },
    })
    expect(result.rangeMm[0]).toBeGreaterThan(1)
    expect(result.summary.join('\n')).toMatch(
      /walls and closure leave no room inside, so the range starts there/,
    )
  })
})

describe('monotoneClaim', () => {
  test('is proven for a box with centred hardware, and not for a slanted outline or moving handle anchors', () => {
    const box = (extra: Partial<SilhouetteInput>) =>
      defineSilhouette({
        id: 'b',
        reference: { exteriorMm: { w: 150, h: 100, d: 50 }, shape: 'box', closure: 'flap' },
        ...extra,
      })
    expect(monotoneClaim(box({})).monotone).toBe('proven')
    expect(monotoneClaim(box({ hardware: ['clasp'] })).monotone).toBe('proven')
    expect(monotoneClaim(box({ hardware: ['handle-anchors'] })).monotoneReason).toMatch(/handle anchors/)
    expect(monotoneClaim(birkin25({ hardware: [] })).monotoneReason).toMatch(/steps/)
  })
})

// Places where a larger size loses what a smaller one held, found by a seeded random search (see each fixture's note).
describe('shapes that are not monotone in scale', () => {
  for (const name of ['break-trapezoid-steps', 'break-half-moon-steps']) {
    test(`${name}: the search reports the break, with the outline steps as the reason`, () => {
      const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8'))
      const silhouette = defineSilhouette(fixture.silhouette)
      const { fitsAtMm, failsAtMm } = fixture.expected
      // The break itself, independently of the search.
      expect(statusAt(silhouette, fitsAtMm, fixture.items)).toBe('fits')
      expect(statusAt(silhouette, failsAtMm, fixture.items)).toBe('does-not-fit')
      const result = designScale({ silhouette, items: fixture.items, options: fixture.options })
      const found = result.breaks.find((b) => b.fitsAtMm === fitsAtMm && b.failsAtMm === failsAtMm)
      expect(found?.reason).toMatch(/steps/)
      expect(result.largestNotFitting!.widthMm).toBeGreaterThan(result.smallest!.widthMm)
      expect(result.summary.join('\n')).toMatch(/not monotone: fits at/)
    })
  }
})
