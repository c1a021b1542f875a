import { fc, test as prop } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { fit } from '../../src/pack/index.js'
import type { Vec3 } from '../../src/pack/types.js'
import { logScale, logTicks, niceLogDomain, placeLabels } from '../../web/src/scene/chart.js'
import { contrastRatio, itemColour, itemPattern, PALETTE, swatchBackground, textColourOn } from '../../web/src/scene/colours.js'
import { easeInOut, EXPLODE_MS, explodedCentres, stepTowards } from '../../web/src/scene/explode.js'
import { handShapes, personShapes } from '../../web/src/scene/figures.js'
import { cameraPosition, frameBoxDistance, frameDistance, VIEW_DIRECTION } from '../../web/src/scene/framing.js'
import { boundingRadius, frameAround, sceneBounds, sceneLayout, sharedFrame, toSceneBox, type SceneBox } from '../../web/src/scene/layout.js'
import { LABEL_GAP_PX, leaderEnd, overlaps, placeLabels as placeScreenLabels, type LabelRect } from '../../web/src/scene/labels.js'
import { bagShell, solidOf } from '../../web/src/scene/solids.js'
import { packingSteps, stepPlacements } from '../../web/src/scene/steps.js'
import { bagInterior } from '../../src/bag/index.js'
import { differenceCiede2000, parse } from 'culori'
import { PerspectiveCamera, Vector3 } from 'three'
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

describe('placeLabels (the 3D view\'s labels on screen)', () => {
  const rect = fc.record({ x: fc.double({ min: 0, max: 400, noNaN: true }), y: fc.double({ min: 0, max: 400, noNaN: true }) })
  prop.prop([fc.array(rect, { minLength: 1, maxLength: 16 }), fc.array(fc.integer({ min: 30, max: 160 }), { minLength: 16, maxLength: 16 })], { numRuns: 80 })(
    'never lets two labels meet or leave the canvas, wherever the anchors are',
    (anchors, widths) => {
      const sizes = anchors.map((_, i) => ({ w: widths[i]!, h: 20 }))
      const rects = placeScreenLabels(anchors, sizes, 400, 400)
      const placed = rects.filter((r): r is LabelRect => r !== null)
      for (const r of placed) {
        expect(r.x).toBeGreaterThanOrEqual(LABEL_GAP_PX)
        expect(r.y).toBeGreaterThanOrEqual(LABEL_GAP_PX)
        expect(r.x + r.w).toBeLessThanOrEqual(400 - LABEL_GAP_PX)
        expect(r.y + r.h).toBeLessThanOrEqual(400 - LABEL_GAP_PX)
      }
      for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false)
      // With this much room every label finds a place.
      expect(placed).toHaveLength(anchors.length)
    },
  )

  test('puts a label next to its anchor when there is room, and the leader line ends on the label', () => {
    const [r] = placeScreenLabels([{ x: 200, y: 200 }], [{ w: 80, h: 20 }], 400, 400)
    expect(r).not.toBeNull()
    expect(Math.hypot(r!.x + 40 - 200, r!.y + 10 - 200)).toBeLessThan(40)
    const end = leaderEnd({ x: 200, y: 200 }, r!)
    expect(end.x).toBeGreaterThanOrEqual(r!.x)
    expect(end.x).toBeLessThanOrEqual(r!.x + r!.w)
  })

  /**
   * The case: five kinds in the Birkin 25, the iPhone 15 Pro label hidden under the AirPods one. Packed by the
   * real engine, projected with a three.js camera placed as the view places it, from the usual angle and turned.
   */
  test('labels of a real packing, projected as the view draws them, never overlap at 390 px or 1440 px, turned or not', () => {
    const interior = bagInterior({ exteriorMm: { w: 250, h: 200, d: 130 }, shape: 'trapezoid' })
    const items = [
      { id: 'apple-iphone-15-pro', size: [70.6, 8.25, 146.6] as Vec3 },
      { id: 'apple-airpods-pro-case', size: [60.6, 21.7, 45.2] as Vec3 },
      { id: 'lipstick', size: [22, 22, 75] as Vec3 },
      { id: 'house-key', size: [24, 2.5, 58] as Vec3, count: 2 },
      { id: 'iso-7810-id1-card', size: [85.6, 0.76, 53.98] as Vec3 },
    ]
    const answer = fit({ container: interior.container, items })
    expect(answer.status).toBe('fits')
    const layout = sceneLayout(interior.container, answer.placements, items.map((i) => i.id), { ownSizes: items.map((i) => i.size) })
    const names = ['1 Apple iPhone 15 Pro', '2 Apple AirPods Pro charging case', '3 Lipstick', '4 House key', '5 Payment / ID card']
    for (const [width, height] of [
      [358, 340],
      [650, 520],
    ] as const) {
      for (const turn of [0, 0.6, -0.9, 2.4]) {
        const camera = new PerspectiveCamera(35, width / height, 1, 10_000)
        const { min, max, centre } = sceneBounds(layout, 0)
        const dir = new Vector3(...VIEW_DIRECTION).applyAxisAngle(new Vector3(0, 1, 0), turn)
        const distance = frameBoxDistance(min, max, centre, [dir.x, dir.y, dir.z], 35, width / height)
        camera.position.set(centre[0] + dir.x * distance, centre[1] + dir.y * distance, centre[2] + dir.z * distance)
        camera.lookAt(centre[0], centre[1], centre[2])
        camera.updateMatrixWorld()
        const firsts = [0, 1, 2, 3, 4].map((k) => layout.boxes.find((b) => b.kind === k)!)
        const anchors = firsts.map((b) => {
          const p = new Vector3(...b.centre).project(camera)
          return { x: ((p.x + 1) / 2) * width, y: ((1 - p.y) / 2) * height }
        })
        // Labels as the page draws them: 13 px text, at most 60% of the canvas wide.
        const sizes = names.map((n) => ({ w: Math.min(width * 0.6, n.length * 7.4 + 16), h: 20 }))
        const rects = placeScreenLabels(anchors, sizes, width, height)
        expect(rects.every((r) => r !== null), `${width} px, turned ${turn}`).toBe(true)
        for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!), `${names[i]} / ${names[j]}`).toBe(false)
      }
    }
  })
})

describe('sceneLayout: things as they are', () => {
  test('square placements get their own sides matched by length, so a phone stands as the engine stood it', () => {
    const layout = sceneLayout({ size: [100, 40, 160] }, [{ id: 'phone', at: [0, 0, 0], size: [71.6, 7.8, 147.6] }], ['phone'], { ownSizes: [[71.6, 7.8, 147.6]] })
    const b = layout.boxes[0]!
    // Own side 2 (147.6, the length) runs up the scene's y; side 1 (7.8) along -z (depth towards the back).
    expect(b.basis![2]).toEqual([0, 147.6, -0])
    expect(b.basis![1].map(Math.abs)).toEqual([0, 0, 7.8])
  })

  test('a squeezed thing is drawn at the size the engine used, not its own', () => {
    // A 25 mm tissue pack pressed to 20 mm in a 24.2 mm deep bag.
    const layout = sceneLayout({ size: [110, 24.2, 60] }, [{ id: 'tissues', at: [0, 0, 0], size: [105, 20, 55] }], ['tissues'], { ownSizes: [[105, 25, 55]] })
    const b = layout.boxes[0]!
    expect(Math.hypot(...b.basis![1])).toBeCloseTo(20)
    expect(b.size).toEqual([105, 55, 20])
    expect(b.squeezed).toBe(true)
    // At its own size it is not squeezed, whichever way the engine turned it by quarter turns.
    const whole = sceneLayout({ size: [30, 60, 110] }, [{ id: 'tissues', at: [0, 0, 0], size: [25, 55, 105] }], ['tissues'], { ownSizes: [[105, 25, 55]] })
    expect(whole.boxes[0]!.squeezed).toBeUndefined()
  })

  test('a placement with axes is turned: its box around it grows, its basis follows the axes', () => {
    const c = Math.cos(Math.PI / 12)
    const sn = Math.sin(Math.PI / 12)
    const layout = sceneLayout(
      { size: [200, 60, 130] },
      [{ id: 'phone', at: [40, 0, 0], size: [76.7, 8.25, 159.9], axes: [[c, 0, sn], [0, 1, 0], [-sn, 0, c]] } as never],
      ['phone'],
      { ownSizes: [[76.7, 8.25, 159.9]] },
    )
    const b = layout.boxes[0]!
    expect(b.turned).toBe(true)
    expect(b.squeezed).toBeUndefined()
    expect(b.size[0]).toBeCloseTo(76.7 * c + 159.9 * sn)
    expect(b.size[1]).toBeCloseTo(76.7 * sn + 159.9 * c)
    expect(Math.hypot(...b.basis![2])).toBeCloseTo(159.9)
  })

  test('things that do not fit stand beside the bag, longest side up, never inside it', () => {
    const interior = bagInterior({ exteriorMm: { w: 53, h: 45, d: 20 }, shape: 'trapezoid' })
    const shell = bagShell('trapezoid', [53, 45, 20], interior.container.size)
    const layout = sceneLayout(interior.container, [], ['lipstick', 'card'], { ownSizes: [[22, 22, 75], [85.6, 0.76, 53.98]], outside: [{ id: 'lipstick', count: 1 }, { id: 'card', count: 1 }], shell })
    expect(layout.outside).toHaveLength(2)
    for (const b of layout.outside) expect(b.centre[0] - b.size[0] / 2).toBeGreaterThan(layout.shell!.max[0])
    expect(layout.outside[0]!.size[1]).toBe(75)
    // The framing takes them in.
    expect(sceneBounds(layout, 0).max[0]).toBeGreaterThan(layout.outside[1]!.centre[0])
  })
})

describe('sharedFrame (two bags at one scale)', () => {
  test('both views frame boxes of one size, each holding its own scene, so the camera stands as far from both', () => {
    const small = sceneLayout({ size: [47.2, 9.2, 37.2] }, [], [])
    const big = sceneLayout({ size: [240, 120, 190] }, [{ id: 'a', at: [0, 0, 0], size: [100, 50, 150] }], ['a'])
    const frame = sharedFrame(small, big)
    const boxes = [small, big].map((l) => frameAround(frame, sceneBounds(l, 0).centre))
    const extent = (b: { min: Vec3; max: Vec3 }) => [0, 1, 2].map((k) => b.max[k]! - b.min[k]!)
    expect(extent(boxes[0]!)).toEqual(extent(boxes[1]!))
    ;[small, big].forEach((l, i) => {
      const own = sceneBounds(l, 0)
      for (let k = 0; k < 3; k++) {
        expect(boxes[i]!.min[k]).toBeLessThanOrEqual(own.min[k]! + 1e-9)
        expect(boxes[i]!.max[k]).toBeGreaterThanOrEqual(own.max[k]! - 1e-9)
      }
    })
    // Each view aims at the middle of its box, as the view's camera rig does: the same distance for both.
    const mid = (b: { min: Vec3; max: Vec3 }): Vec3 => [0, 1, 2].map((k) => (b.min[k]! + b.max[k]!) / 2) as Vec3
    const d = boxes.map((b) => frameBoxDistance(b.min, b.max, mid(b), VIEW_DIRECTION, 35, 1.2))
    expect(d[0]).toBeCloseTo(d[1]!, 6)
  })
})

describe('bagShell', () => {
  test('a trapezoid shell is the bag layer\'s outline: narrower at the top, as wide as the bag at the base', () => {
    const interior = bagInterior({ exteriorMm: { w: 250, h: 200, d: 130 }, shape: 'trapezoid' })
    const shell = bagShell('trapezoid', [250, 200, 130], interior.container.size)
    expect([shell.u, shell.v, shell.w]).toEqual([0, 2, 1])
    const width = (v: number) => {
      const at = shell.polygon.filter(([, y]) => Math.abs(y - v) < 1e-6).map(([x]) => x)
      return Math.max(...at) - Math.min(...at)
    }
    const ys = shell.polygon.map(([, y]) => y)
    expect(width(Math.min(...ys))).toBeCloseTo(250, 0)
    expect(width(Math.max(...ys))).toBeLessThan(250 - 2 * 0.08 * 200 + 1)
    expect(shell.to - shell.from).toBeCloseTo(130)
  })

  test('a round bag is a circle, a barrel lies along the width, a box is a rounded rectangle', () => {
    const round = bagShell('round', [150, 150, 60], [140, 50, 140])
    const r = round.polygon.map(([x, y]) => Math.hypot(x - (round.polygon[0]![0] + round.polygon[round.polygon.length - 1]![0]) / 2, y))
    expect(Math.max(...r)).toBeGreaterThan(0)
    expect(bagShell('barrel', [250, 190, 150], [240, 140, 180])).toMatchObject({ u: 1, v: 2, w: 0 })
    expect(bagShell('box', [120, 100, 50], [114, 44, 94])).toMatchObject({ u: 0, v: 2, w: 1 })
  })
})

describe('solidOf', () => {
  test('phones are rounded slabs, cards rounded cards, lipsticks and coins cylinders along the right side', () => {
    expect(solidOf('phone', 'box', [71.6, 7.8, 147.6])).toMatchObject({ kind: 'rounded', thin: 1 })
    expect(solidOf('card', 'box', [85.6, 53.98, 0.76])).toEqual({ kind: 'rounded', thin: 2, radiusMm: 3.18 })
    expect(solidOf('cosmetics', 'cylinder', [22, 22, 75])).toEqual({ kind: 'cylinder', axis: 2 })
    expect(solidOf('cash', 'cylinder', [19.05, 1.52, 19.05])).toEqual({ kind: 'cylinder', axis: 1 })
    expect(solidOf('keys', 'irregular', [24, 2.5, 58])).toEqual({ kind: 'box' })
  })
})

describe('packingSteps', () => {
  test('says what goes in first and how each thing lies, bottom to top', () => {
    const steps = packingSteps(
      stepPlacements([
        { id: 'card', at: [0, 0, 0], size: [85.6, 53.98, 0.76] },
        { id: 'phone', at: [0, 50, 0], size: [71.6, 7.8, 147.6] },
        { id: 'lipstick', at: [0, 0, 0.76], size: [22, 22, 75] },
      ]),
      [100, 60, 160],
      new Map([
        ['card', 'Card'],
        ['phone', 'Phone'],
        ['lipstick', 'Lipstick'],
      ]),
    )
    expect(steps[0]).toBe('Phone first: standing up, face to the front, at the bottom, at the back, on the left.')
    expect(steps[1]).toMatch(/^Card: lying flat, at the bottom/)
    expect(steps[2]).toMatch(/^Lipstick last: standing upright, on top/)
  })

  test('a turned thing says by how much', () => {
    const c = Math.cos((9 * Math.PI) / 180)
    const s = Math.sin((9 * Math.PI) / 180)
    const [step] = packingSteps(stepPlacements([{ id: 'phone', at: [20, 0, 0], size: [76.7, 8.25, 159.9], axes: [[c, 0, s], [0, 1, 0], [-s, 0, c]] }]), [160, 60, 130], new Map())
    expect(step).toContain('turned 9° to fit')
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

  test('no two of the twelve colours look alike: every pair is at least ΔE00 20 apart', () => {
    const dE = differenceCiede2000()
    for (let i = 0; i < PALETTE.length; i++) {
      for (let j = i + 1; j < PALETTE.length; j++) expect(dE(parse(PALETTE[i]!)!, parse(PALETTE[j]!)!), `${PALETTE[i]} / ${PALETTE[j]}`).toBeGreaterThan(20)
    }
  })

  test('past twelve kinds the colours repeat with a pattern, so kinds 1 and 13 still differ', () => {
    expect(itemPattern(0)).toBe('plain')
    expect(itemPattern(12)).toBe('stripes')
    expect(itemPattern(24)).toBe('dots')
    expect(swatchBackground(12)).not.toBe(swatchBackground(0))
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
