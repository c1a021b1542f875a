import { fc, test as prop } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { fit } from '../../src/pack/index.js'
import type { Vec3 } from '../../src/pack/types.js'
import { logScale, logTicks, niceLogDomain, placeLabels } from '../../web/src/scene/chart.js'
import { contrastRatio, itemColour, PALETTE, textColourOn } from '../../web/src/scene/colours.js'
import { easeInOut, EXPLODE_MS, explodedCentres, stepTowards } from '../../web/src/scene/explode.js'
import { handShapes, personShapes } from '../../web/src/scene/figures.js'
import { cameraPosition, frameBoxDistance, frameDistance, VIEW_DIRECTION } from '../../web/src/scene/framing.js'
import { boundingRadius, sceneBounds, sceneLayout, toSceneBox, type SceneBox } from '../../web/src/scene/layout.js'
import { labelLifts } from '../../web/src/scene/labels.js'
import { bagOutlinePath } from '../../web/src/scene/outline.js'

/** Two boxes overlap when their extents overlap on all three axes (touching faces do not). */
function overlap(a: { centre: ArrayLike<number>; size: Vec3 }, b: { centre: ArrayLike<number>; size: Vec3 }): boolean {
  for (let k = 0; k < 3; k++) {
    if (Math.abs(a.centre[k]! - b.centre[k]!) >= (a.size[k]! + b.size[k]!) / 2 - 1e-6) return false
  }
  return true
}

describe('toSceneBox', () => {
  test('maps engine x, y, z (width, depth, height) to scene x, y, -z, centred on the container', () => {
    const box = toSceneBox('card', 0, [0, 0, 0], [10, 2, 30], [100, 40, 60])
    expect(box.size).toEqual([10, 30, 2])
    // Min corner at the container's left, front, bottom: scene left, bottom, front (+z is towards the viewer).
    expect(box.centre).toEqual([-45, -15, 19])
  })

  test('a box filling the container sits at the origin with the interior extents', () => {
    const layout = sceneLayout({ size: [100, 40, 60] }, [{ id: 'a', at: [0, 0, 0], size: [100, 40, 60] }], ['a'])
    expect(layout.interior).toEqual([100, 60, 40])
    expect(layout.boxes[0]!.centre).toEqual([0, 0, -0])
  })
})

describe('sceneLayout', () => {
  test('gives each kind of item its index in the order picked, and new ids the next free one', () => {
    const layout = sceneLayout(
      { size: [100, 40, 60] },
      [
        { id: 'lipstick', at: [0, 0, 0], size: [22, 22, 75] },
        { id: 'card', at: [30, 0, 0], size: [85.6, 0.76, 53.98] },
        { id: 'stranger', at: [0, 30, 0], size: [5, 5, 5] },
      ],
      ['card', 'lipstick'],
    )
    expect(layout.boxes.map((b) => b.kind)).toEqual([1, 0, 2])
  })

  test('keeps blocked parts and the opening of a container', () => {
    const layout = sceneLayout({ size: [100, 40, 60], blocked: [{ at: [0, 0, 50], size: [10, 40, 10] }], opening: [80, 40] }, [], [])
    expect(layout.blocked).toHaveLength(1)
    expect(layout.blocked[0]!.centre).toEqual([-45, 25, -0])
    expect(layout.opening).toEqual([80, 40])
  })

  test('an engine packing stays inside the interior in scene coordinates', () => {
    const container = { size: [114.2, 44.2, 94.2] as Vec3 }
    const answer = fit({ container, items: [{ id: 'lipstick', size: [22, 22, 75] }, { id: 'key', size: [24, 2.5, 58], count: 2 }] })
    expect(answer.status).toBe('fits')
    const layout = sceneLayout(container, answer.placements, ['lipstick', 'key'])
    for (const b of layout.boxes) {
      for (let k = 0; k < 3; k++) expect(Math.abs(b.centre[k]!) + b.size[k]! / 2).toBeLessThanOrEqual(layout.interior[k]! / 2 + 1e-9)
    }
  })
})

describe('explodedCentres', () => {
  const boxes: SceneBox[] = [
    { id: 'a', kind: 0, centre: [-20, -10, 5], size: [10, 20, 10] },
    { id: 'b', kind: 1, centre: [15, 0, -5], size: [20, 40, 10] },
  ]

  test('at amount 0 every box stays where it was packed', () => {
    const out = explodedCentres(boxes, 0, 60, new Float32Array(6))
    expect([...out]).toEqual([-20, -10, 5, 15, 0, -5])
  })

  test('at amount 1 boxes move away from the middle and rise', () => {
    const out = explodedCentres(boxes, 1, 60, new Float32Array(6))
    expect(Math.abs(out[0]!)).toBeGreaterThan(20)
    expect(out[4]!).toBeGreaterThan(0)
  })

  test('writes into the array it is given and returns it (no allocation per frame)', () => {
    const out = new Float32Array(6)
    expect(explodedCentres(boxes, 0.5, 60, out)).toBe(out)
  })

  prop.prop([
    fc.array(fc.record({ x: fc.integer({ min: 0, max: 9 }), y: fc.integer({ min: 0, max: 9 }), z: fc.integer({ min: 0, max: 9 }) }), { minLength: 2, maxLength: 12 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('boxes of a valid packing never overlap at any explode amount', (cells, amount) => {
    // Distinct cells of a 10 mm grid with boxes of 1–10 mm are a valid packing.
    const unique = [...new Map(cells.map((c) => [`${c.x},${c.y},${c.z}`, c])).values()]
    const placements = unique.map((c, i) => ({ id: `i${i}`, at: [c.x * 10, c.y * 10, c.z * 10] as Vec3, size: [1 + (i % 10), 10 - (i % 7), 5] as Vec3 }))
    const layout = sceneLayout({ size: [100, 100, 100] }, placements, [])
    const centres = explodedCentres(layout.boxes, amount, layout.interior[1], new Float32Array(layout.boxes.length * 3))
    const moved = layout.boxes.map((b, i) => ({ centre: centres.subarray(i * 3, i * 3 + 3), size: b.size }))
    for (let i = 0; i < moved.length; i++) for (let j = i + 1; j < moved.length; j++) expect(overlap(moved[i]!, moved[j]!)).toBe(false)
  })
})

describe('explode animation', () => {
  test('stepTowards reaches the target after EXPLODE_MS and never passes it', () => {
    expect(stepTowards(0, 1, EXPLODE_MS / 2)).toBeCloseTo(0.5)
    expect(stepTowards(0.9, 1, EXPLODE_MS)).toBe(1)
    expect(stepTowards(0.1, 0, EXPLODE_MS)).toBe(0)
  })

  test('easeInOut starts at 0, ends at 1 and clamps outside 0..1', () => {
    expect(easeInOut(0)).toBe(0)
    expect(easeInOut(1)).toBe(1)
    expect(easeInOut(0.5)).toBe(0.5)
    expect(easeInOut(-3)).toBe(0)
    expect(easeInOut(7)).toBe(1)
  })
})

describe('framing', () => {
  test('frameDistance backs off further for a tall (phone) canvas than for a wide one', () => {
    expect(frameDistance(100, 35, 390 / 340)).toBeGreaterThan(frameDistance(100, 35, 16 / 9) - 1e-9)
    expect(frameDistance(100, 35, 0.5)).toBeGreaterThan(frameDistance(100, 35, 2))
  })

  test('frameDistance rejects sizes that cannot be framed', () => {
    expect(() => frameDistance(0, 35, 1)).toThrow(RangeError)
    expect(() => frameDistance(10, 180, 1)).toThrow(/fov/)
  })

  test('cameraPosition looks from the front, right and above', () => {
    const [x, y, z] = cameraPosition(100, 35, 1.5)
    expect(x).toBeGreaterThan(0)
    expect(y).toBeGreaterThan(0)
    expect(z).toBeGreaterThan(0)
  })

  prop.prop([fc.integer({ min: 5, max: 400 }), fc.integer({ min: 5, max: 400 }), fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.4, max: 2.5, noNaN: true })])(
    'frameBoxDistance keeps every corner of the box inside the view, and never needs more room than the bounding sphere',
    (w, h, d, aspect) => {
      const min: Vec3 = [-w / 2, -h / 2, -d / 2]
      const max: Vec3 = [w / 2, h / 2, d / 2]
      const fov = 35
      const distance = frameBoxDistance(min, max, [0, 0, 0], VIEW_DIRECTION, fov, aspect, 1)
      // Project each corner with a camera at distance × direction looking at the origin.
      const z = VIEW_DIRECTION
      const xAxis = normalise([z[2], 0, -z[0]])
      const yAxis: Vec3 = [z[1] * xAxis[2] - z[2] * xAxis[1], z[2] * xAxis[0] - z[0] * xAxis[2], z[0] * xAxis[1] - z[1] * xAxis[0]]
      const tanV = Math.tan((fov * Math.PI) / 360)
      for (let i = 0; i < 8; i++) {
        const p: Vec3 = [i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]]
        const depth = distance - dot(p, z)
        expect(Math.abs(dot(p, yAxis)) / depth).toBeLessThanOrEqual(tanV + 1e-9)
        expect(Math.abs(dot(p, xAxis)) / depth).toBeLessThanOrEqual(tanV * aspect + 1e-9)
      }
      expect(distance).toBeLessThanOrEqual(frameDistance(Math.hypot(w, h, d) / 2, fov, aspect, 1) + 1e-6)
    },
  )

  test('sceneBounds grows with the exploded view and contains the interior', () => {
    // A box in the top left corner: it leaves the interior upwards and to the left.
    const layout = sceneLayout({ size: [100, 40, 60] }, [{ id: 'a', at: [0, 0, 40], size: [20, 20, 20] }], ['a'])
    const packed = sceneBounds(layout, 0)
    const exploded = sceneBounds(layout, 1)
    expect(packed.min).toEqual([-50, -30, -20])
    expect(exploded.max[1]).toBeGreaterThan(packed.max[1])
    expect(exploded.min[0]).toBeLessThan(packed.min[0])
    expect(boundingRadius(layout.interior)).toBeCloseTo(Math.hypot(100, 60, 40) / 2)
  })
})

describe('labelLifts', () => {
  test('raises a label that would cover another from the usual view, and leaves apart ones alone', () => {
    const lifts = labelLifts(
      [
        [0, 0, 0],
        [2, 0, 0],
        [200, 0, 0],
      ],
      [
        [40, 10],
        [40, 10],
        [40, 10],
      ],
      VIEW_DIRECTION,
    )
    expect(lifts[0]).toBe(0)
    expect(lifts[1]).toBeGreaterThan(10)
    expect(lifts[2]).toBe(0)
  })

  test('three labels in one place stack, each above the one before', () => {
    const lifts = labelLifts([[0, 0, 0], [0, 0, 0], [0, 0, 0]], [[30, 10], [30, 10], [30, 10]], VIEW_DIRECTION)
    expect(lifts[1]!).toBeGreaterThan(lifts[0]!)
    expect(lifts[2]!).toBeGreaterThan(lifts[1]!)
  })
})

describe('colours', () => {
  test('itemColour gives each of the first kinds its own colour and repeats after the palette', () => {
    const first = Array.from({ length: PALETTE.length }, (_, i) => itemColour(i))
    expect(new Set(first).size).toBe(PALETTE.length)
    expect(itemColour(PALETTE.length)).toBe(itemColour(0))
    expect(itemColour(-1)).toBe(itemColour(PALETTE.length - 1))
  })

  test('label text on every palette colour has at least 4.5:1 contrast (WCAG AA)', () => {
    for (const colour of PALETTE) expect(contrastRatio(colour, textColourOn(colour))).toBeGreaterThanOrEqual(4.5)
  })

  test('contrastRatio of black on white is 21', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
  })
})

describe('bagOutlinePath', () => {
  test('draws every shape the bag layer knows within its box', () => {
    for (const shape of ['box', 'trapezoid', 'half-moon', 'round', 'bucket', 'barrel', 'pouch', 'tote', 'minaudiere', null]) {
      const d = bagOutlinePath(shape, 120, 90)
      expect(d).toMatch(/^M.*Z$/)
      const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]))
      expect(Math.max(...numbers)).toBeLessThanOrEqual(120)
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0)
    }
  })

  test('a trapezoid is narrower at the top than at the base', () => {
    expect(bagOutlinePath('trapezoid', 100, 50)).toBe('M4 0H96L100 50H0Z')
  })
})

describe('figures', () => {
  test('the person is as tall as asked: head top at 0, feet at the height', () => {
    const { body, head } = personShapes(1650)
    // The points the outline passes through: the last pair of each cubic segment.
    const ys = body
      .split('C')
      .slice(1)
      .map((segment) => Number(segment.replace('Z', '').trim().split(' ').at(-1)))
    expect(head.cy - head.ry).toBeCloseTo(0, 5)
    expect(Math.max(...ys)).toBeCloseTo(1650, 0)
  })

  test('the hand is as long as asked, wrist to middle fingertip', () => {
    const hand = handShapes(180)
    expect(hand.heightMm).toBe(180)
    const top = Math.min(...hand.parts.map((p) => p.y))
    const bottom = Math.max(...hand.parts.filter((p) => !p.rotate).map((p) => p.y + p.h))
    expect(top).toBeCloseTo(0, 5)
    expect(bottom).toBeCloseTo(180, 5)
  })
})

describe('chart scales', () => {
  test('logScale maps the domain ends to the range ends and clamps outside', () => {
    const x = logScale(10, 1000, 0, 200)
    expect(x(10)).toBe(0)
    expect(x(100)).toBeCloseTo(100)
    expect(x(1000)).toBe(200)
    expect(x(1)).toBe(0)
  })

  test('placeLabels puts labels right of their points, else left, else drops them, never overlapping', () => {
    const places = placeLabels(
      [
        { x: 10, y: 50, text: 'first' },
        { x: 12, y: 52, text: 'second' },
        { x: 190, y: 100, text: 'near the edge' },
      ],
      200,
      10,
    )
    expect(places[0]).toMatchObject({ anchor: 'start' })
    expect(places[1]).toBeNull()
    expect(places[2]).toMatchObject({ anchor: 'end' })
  })

  test('niceLogDomain widens to 1-2-5 steps and logTicks lists them', () => {
    expect(niceLogDomain([14.6, 1520])).toEqual([10, 2000])
    expect(logTicks(10, 2000)).toEqual([10, 20, 50, 100, 200, 500, 1000, 2000])
  })
})

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(...v)
  return [v[0] / l, v[1] / l, v[2] / l]
}
