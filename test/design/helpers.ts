import { expect } from 'vitest'
import { defineSilhouette, scaleBag } from '../../src/design/index.js'
import type { ScalePoint, Silhouette, SilhouetteInput } from '../../src/design/index.js'
import { checkPacking, fit } from '../../src/pack/index.js'
import type { FitItem, FitStatus } from '../../src/pack/types.js'

/** The Hermès Birkin 25 as the seed catalog has it (250 × 200 × 130 mm, trapezoid, flap), with top handles. */
export function birkin25(overrides: Partial<SilhouetteInput> = {}): Silhouette {
  return defineSilhouette({
    id: 'hermes-birkin-25',
    label: 'Hermès Birkin 25',
    reference: { exteriorMm: { w: 250, h: 200, d: 130 }, shape: 'trapezoid', closure: 'flap' },
    hasHandles: true,
    ...overrides,
  })
}

/** Sourced sizes from the seed catalog, as fit items ([w, d, h] mm). */
export const ITEMS = {
  iphone15Pro: { id: 'apple-iphone-15-pro', size: [70.6, 8.25, 146.6] },
  card: { id: 'iso-7810-id1-card', size: [85.6, 0.76, 53.98] },
  lipstick: { id: 'lipstick', size: [22, 22, 75] },
  houseKey: { id: 'house-key', size: [24, 2.5, 58] },
  mintsTin: { id: 'mints-tin', size: [60, 20, 95] },
  airpods: { id: 'apple-airpods-pro-case', size: [60.6, 21.7, 45.2] },
} satisfies Record<string, FitItem>

/** A width's answer checked independently: a fresh fit of the silhouette's container there. */
export function statusAt(
  silhouette: Silhouette,
  widthMm: number,
  items: FitItem[],
  timeLimitMs = 5000,
): FitStatus {
  return fit({ container: scaleBag(silhouette, widthMm).container, items, options: { timeLimitMs } }).status
}

/** A point that fits carries a layout the independent checker accepts in that width's container. */
export function expectCheckedLayout(silhouette: Silhouette, point: ScalePoint, items: FitItem[]): void {
  expect(point.answer.status).toBe('fits')
  expect(point.container).toEqual(scaleBag(silhouette, point.widthMm).container)
  expect(checkPacking({ container: point.container, items }, point.answer.placements).problems).toEqual([])
}
