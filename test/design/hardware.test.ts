import { describe, expect, test } from 'vitest'
import {
  HANDLE_ANCHOR_SHARE,
  HARDWARE,
  defaultHardware,
  defineSilhouette,
  hardwareBlocks,
  scaleBag,
} from '../../src/design/index.js'
import type { HardwarePart } from '../../src/design/index.js'
import type { FitContainer } from '../../src/pack/types.js'

const part = (kind: HardwarePart['kind']): HardwarePart => ({ kind, ...HARDWARE[kind].part })
const box: FitContainer = { size: [100, 40, 60], blocked: [] }

describe('defaultHardware', () => {
  test('a flap closes on a turn-lock, and top handles add their anchors', () => {
    expect(defaultHardware('flap', false)).toEqual(['turn-lock'])
    expect(defaultHardware('flap', true)).toEqual(['turn-lock', 'handle-anchors'])
  })

  test('zips, clasp frames, open tops and drawstrings add nothing inside on their own', () => {
    for (const closure of ['zip', 'clasp', 'open-top', 'drawstring'] as const)
      expect(defaultHardware(closure, false)).toEqual([])
  })
})

describe('hardwareBlocks', () => {
  test('a turn-lock hangs centred on the front wall, its top its distance below the interior top', () => {
    const { blocked, kinds } = hardwareBlocks([part('turn-lock')], box)
    const { widthMm, heightMm, depthMm, belowTopMm } = HARDWARE['turn-lock'].part
    expect(kinds).toEqual(['turn-lock'])
    expect(blocked).toEqual([
      { at: [(100 - widthMm) / 2, 0, 60 - belowTopMm - heightMm], size: [widthMm, depthMm, heightMm] },
    ])
  })

  test('handle anchors are four parts, on the front and back walls at a quarter and three quarters of the width', () => {
    const { blocked } = hardwareBlocks([part('handle-anchors')], box)
    const { widthMm, depthMm } = HARDWARE['handle-anchors'].part
    expect(blocked).toHaveLength(4)
    const centres = blocked.map((b) => b.at[0] + b.size[0] / 2).sort((a, b) => a - b)
    expect(centres).toEqual([25, 25, 75, 75].map((c) => (c / 100) * 100))
    expect(HANDLE_ANCHOR_SHARE).toBe(0.25)
    expect(blocked.filter((b) => b.at[1] === 0)).toHaveLength(2)
    expect(blocked.filter((b) => b.at[1] + b.size[1] === 40)).toHaveLength(2)
    for (const b of blocked) expect(b.size).toEqual([widthMm, depthMm, widthMm])
  })

  test('a part larger than the bag is cut to the interior, and one wholly outside takes nothing', () => {
    const tiny: FitContainer = { size: [20, 3, 12] }
    const { blocked } = hardwareBlocks([part('turn-lock')], tiny)
    expect(blocked).toEqual([{ at: [0, 0, 0], size: [20, 3, 2] }])
    const below = hardwareBlocks([{ ...part('clasp'), belowTopMm: 50 }], tiny)
    expect(below.blocked).toEqual([])
    expect(below.explanation[0]).toContain('takes nothing')
  })

  test('on a barrel, whose front wall curves, a part sits at the deepest step over its footprint', () => {
    const barrel = defineSilhouette({
      id: 'barrel',
      reference: { exteriorMm: { w: 150, h: 120, d: 80 }, shape: 'barrel' },
      hardware: ['clasp'],
    })
    const bag = scaleBag(barrel, 150)
    const clasp = bag.container.blocked![bag.blockedKinds.indexOf('clasp')]!
    expect(clasp.at[1]).toBeGreaterThan(0)
    // No outline step overlaps the clasp's footprint in front of it: it touches the wall, not the air.
    const steps = bag.container.blocked!.filter((_, i) => bag.blockedKinds[i] === 'outline')
    const overlapsInFront = steps.some(
      (s) =>
        s.at[0] < clasp.at[0] + clasp.size[0] &&
        s.at[0] + s.size[0] > clasp.at[0] &&
        s.at[2] < clasp.at[2] + clasp.size[2] &&
        s.at[2] + s.size[2] > clasp.at[2] &&
        s.at[1] + s.size[1] > clasp.at[1] + 1e-9 &&
        s.at[1] < clasp.at[1],
    )
    expect(overlapsInFront).toBe(false)
  })
})
