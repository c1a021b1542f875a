import { describe, expect, test } from 'vitest'
import { MATERIALS, bagInterior, stackMm } from '../../src/bag/index.js'
import {
  HARDWARE,
  defineSilhouette,
  scaleBag,
  scaledSpec,
  smallestRoomyWidth,
} from '../../src/design/index.js'
import { MicropurseError } from '../../src/errors.js'
import { birkin25 } from './helpers.js'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof MicropurseError) return `${error.code}: ${error.message}`
    throw error
  }
  return undefined
}

describe('defineSilhouette', () => {
  test("takes the shape's usual material and the closure's and handles' hardware when none is given", () => {
    const birkin = birkin25()
    expect(birkin.material).toEqual({ name: 'structured-leather', ...pick(MATERIALS['structured-leather']) })
    expect(birkin.hardware.map((p) => p.kind)).toEqual(['turn-lock', 'handle-anchors'])
    expect(birkin.hardware[0]).toEqual({ kind: 'turn-lock', ...HARDWARE['turn-lock'].part })
  })

  test('keeps a custom wall stack and hardware sizes given in place of the defaults', () => {
    const s = defineSilhouette({
      id: 'x',
      reference: { exteriorMm: { w: 100, h: 80, d: 40 }, shape: 'box' },
      material: { wallMm: 0.8, stiffenerMm: 0, liningMm: 0.3 },
      hardware: [{ kind: 'clasp', depthMm: 2 }],
    })
    expect(s.material).toEqual({ name: 'custom', wallMm: 0.8, stiffenerMm: 0, liningMm: 0.3 })
    expect(s.hardware).toEqual([{ kind: 'clasp', ...HARDWARE.clasp.part, depthMm: 2 }])
  })

  test("leaves out the reference's measured interior and compartments, with a note", () => {
    const s = defineSilhouette({
      id: 'x',
      reference: {
        exteriorMm: { w: 100, h: 80, d: 40 },
        shape: 'box',
        interiorMm: { w: 90, h: 70, d: 30 },
        compartments: [{ id: 'a' }, { id: 'b' }],
      },
    })
    expect(s.reference.interiorMm).toBeUndefined()
    expect(s.reference.compartments).toBeUndefined()
    expect(s.notes).toHaveLength(2)
  })

  test('refuses a negative wall thickness, naming the field and the value', () => {
    const message = codeOf(() => birkin25({ material: { wallMm: -1, stiffenerMm: 0, liningMm: 0.5 } }))
    expect(message).toMatch(/^INVALID_MATERIAL: .*wallMm.*-1/)
  })

  test('refuses unknown hardware and bad hardware sizes with what was expected', () => {
    expect(codeOf(() => birkin25({ hardware: ['zipper-pull' as never] }))).toMatch(
      /^INVALID_BAG: Unknown hardware "zipper-pull".*turn-lock, clasp, handle-anchors/,
    )
    expect(codeOf(() => birkin25({ hardware: [{ kind: 'turn-lock', depthMm: -2 }] }))).toMatch(
      /^INVALID_BAG: .*depthMm.*more than 0.*-2/,
    )
    expect(codeOf(() => birkin25({ hardware: ['clasp', 'clasp'] }))).toMatch(/listed twice/)
  })

  test("passes the bag layer's errors on for a bad reference", () => {
    expect(
      codeOf(() =>
        birkin25({ reference: { exteriorMm: { w: 250, h: 200, d: 130 }, shape: 'heart' as never } }),
      ),
    ).toMatch(/^UNKNOWN_SHAPE/)
    expect(
      codeOf(() => birkin25({ reference: { exteriorMm: { w: 250, h: -200, d: 130 }, shape: 'box' } })),
    ).toMatch(/^INVALID_BAG/)
  })
})

describe('scaleBag', () => {
  test('scales the exterior with the width and keeps the walls: the interior is the exterior less the same stack', () => {
    const birkin = birkin25()
    const stack = stackMm(birkin.material)
    for (const width of [250, 120, 60]) {
      const bag = scaleBag(birkin, width)
      expect(bag.exteriorMm).toEqual({
        w: width,
        h: (width * 200) / 250,
        d: Math.round(((width * 130) / 250) * 1000) / 1000,
      })
      expect(bag.interior.allowancesMm.side).toBe(stack)
      expect(bag.container.size[0]).toBeCloseTo(Math.floor((width - 2 * stack) * 10 + 1e-6) / 10, 6)
    }
  })

  test('adds the hardware, at its own size, after the outline steps', () => {
    const bag = scaleBag(birkin25(), 120)
    const steps = bagInterior(scaledSpec(birkin25(), 120)).container.blocked!
    expect(bag.container.blocked!.slice(0, steps.length)).toEqual(steps)
    expect(bag.blockedKinds.filter((k) => k === 'turn-lock')).toHaveLength(1)
    expect(bag.blockedKinds.filter((k) => k === 'handle-anchors')).toHaveLength(4)
    const lock = bag.container.blocked![bag.blockedKinds.indexOf('turn-lock')]!
    expect(lock.size).toEqual([30, 5, 20])
  })

  test('splits the exterior volume into usable room, walls, outline steps and hardware', () => {
    for (const width of [250, 100, 40]) {
      const v = scaleBag(birkin25(), width).volumes
      expect(v.usableShare + v.materialsShare + v.approximationShare + v.hardwareShare).toBeCloseTo(1, 3)
      expect(v.usableMl).toBeCloseTo(v.exteriorMl * v.usableShare, -1)
    }
  })

  test('the exterior volume of a trapezoid is its front area times its depth (taper 8% of the height a side)', () => {
    const v = scaleBag(birkin25(), 250).volumes
    const taper = 0.08 * 200
    expect(v.exteriorMl).toBeCloseTo((((250 + (250 - 2 * taper)) / 2) * 200 * 130) / 1000, -1)
  })

  test('throws INVALID_BAG where the walls leave no room', () => {
    expect(codeOf(() => scaleBag(birkin25(), 5))).toMatch(/^INVALID_BAG: The walls leave no room/)
  })
})

describe('smallestRoomyWidth', () => {
  test('the bag has room at the width it returns and none 1 mm smaller', () => {
    const birkin = birkin25()
    const width = smallestRoomyWidth(birkin, 1, 500)!
    expect(() => scaleBag(birkin, width)).not.toThrow()
    expect(() => scaleBag(birkin, width - 1)).toThrow(MicropurseError)
  })

  test('is null when even the largest width has no room', () => {
    expect(
      smallestRoomyWidth(birkin25({ material: { wallMm: 40, stiffenerMm: 0, liningMm: 0 } }), 1, 60),
    ).toBeNull()
  })
})

function pick(m: { wallMm: number; stiffenerMm: number; liningMm: number }) {
  return { wallMm: m.wallMm, stiffenerMm: m.stiffenerMm, liningMm: m.liningMm }
}
