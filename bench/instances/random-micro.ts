/**
 * Random micro-bag problems: an interior the size of a micro bag's, and things of five kinds (many small ones, near
 * cubes, flat slabs like cards and phones, long thin ones like lip balms, a few big ones), scaled together so they
 * fill a chosen share of the volume. Nobody knows the answer in advance.
 */
import type { FitItem, FitProblem, Vec3 } from '../../src/pack/types.js'
import { randRange, rotated, type Random } from '../lib/prng.js'
import { fitsAlone, tenthsUp, volumeMm3 } from './shape.js'

type Kind = 'small' | 'cube' | 'slab' | 'long' | 'big'

// How often each kind is drawn (small things dominate a micro bag).
const KINDS: readonly [Kind, number][] = [
  ['small', 0.35],
  ['cube', 0.15],
  ['slab', 0.25],
  ['long', 0.15],
  ['big', 0.1],
]

/**
 * A random micro-bag problem with `boxes` items filling about `fill` of the interior (0.55–0.95 in the set).
 * Interiors are 50–200 mm wide, 15–80 mm deep and 40–150 mm tall; lengths have one decimal. Every item fits the
 * interior on its own, so no answer is decided by a single oversized item.
 */
export function randomMicroProblem(random: Random, boxes: number, fill: number): FitProblem {
  const container: Vec3 = [randRange(random, 50, 200), randRange(random, 15, 80), randRange(random, 40, 150)]
  for (let attempt = 0; ; attempt++) {
    const raw = Array.from({ length: boxes }, () => rawShape(random, container))
    // Scale every item alike so the total volume is the target share of the interior.
    const total = raw.reduce((s, size) => s + volumeMm3(size), 0)
    const scale = Math.cbrt((fill * volumeMm3(container)) / total)
    const sizes = raw.map((size) => size.map((v) => Math.max(0.5, tenthsUp(v * scale))) as Vec3)
    if (sizes.every((s) => fitsAlone(s, container)) || attempt > 200) {
      const items: FitItem[] = sizes.map((size, i) => ({
        id: `item-${i + 1}`,
        size: rotated(random, size),
        rotate: 'any',
      }))
      return { container: { size: container }, items }
    }
  }
}

/** An unscaled item of a random kind, proportioned to the container. */
function rawShape(random: Random, container: Vec3): Vec3 {
  const kind = drawKind(random)
  const [minSide, , maxSide] = [...container].sort((a, b) => a - b) as Vec3
  switch (kind) {
    case 'small': {
      const s = randRange(random, 0.08, 0.25, 3) * minSide
      return [
        s * randRange(random, 0.5, 1.5, 2),
        s * randRange(random, 0.5, 1.5, 2),
        s * randRange(random, 0.2, 1, 2),
      ]
    }
    case 'cube': {
      const s = randRange(random, 0.2, 0.5, 3) * minSide
      return [s, s * randRange(random, 0.8, 1.25, 2), s * randRange(random, 0.8, 1.25, 2)]
    }
    case 'slab': {
      const a = randRange(random, 0.3, 0.8, 3) * maxSide
      return [a, a * randRange(random, 0.4, 0.8, 2), a * randRange(random, 0.01, 0.1, 3)]
    }
    case 'long': {
      const a = randRange(random, 0.4, 0.9, 3) * maxSide
      return [a, a * randRange(random, 0.1, 0.25, 2), a * randRange(random, 0.1, 0.25, 2)]
    }
    case 'big':
      return container.map((c) => c * randRange(random, 0.4, 0.8, 2)) as Vec3
  }
}

function drawKind(random: Random): Kind {
  let r = random()
  for (const [kind, weight] of KINDS) if ((r -= weight) < 0) return kind
  return 'small'
}
