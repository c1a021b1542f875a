/**
 * Perfect packings: a container cut into boxes, so the boxes fill it exactly and the true answer is always "fits".
 *
 * Guillotine cuts split one box in two by a plane across it. A pinwheel cut splits a box into five by a pattern
 * that no sequence of guillotine cuts can make (top view, extruded along the third axis):
 *
 *     B +----------+--------------+
 *       |          |      P3      |
 *       |    P4    +-------+------+ y2
 *       |          |  P5   |      |
 *    y1 +----------+-------+  P2  |
 *       |        P1        |      |
 *     0 +------------------+------+
 *       0          x1      x2     A
 *
 * Lengths are whole tenths of a millimetre while cutting, so the pieces add up exactly.
 */
import type { FitItem, FitProblem, Placement, Vec3 } from '../../src/pack/types.js'
import { pick, randInt, rotated, shuffled, type Random } from '../lib/prng.js'

/** A piece while cutting: min corner and extents in tenths of a millimetre. */
export interface Piece {
  at: [number, number, number]
  size: [number, number, number]
}

export interface PerfectOptions {
  /** Pieces to cut. */
  boxes: number
  /** Container extents in tenths of a millimetre. */
  containerT: [number, number, number]
  /** Make the first cut a pinwheel (needs at least 5 boxes) and allow more pinwheels later. */
  pinwheel: boolean
  /** Shortest side a piece may have, in tenths of a millimetre (default 20, i.e. 2 mm). */
  minSideT?: number
}

/** Cuts a container into `boxes` pieces. Throws when the container is too small for that many pieces. */
export function cutContainer(random: Random, options: PerfectOptions): Piece[] {
  const m = options.minSideT ?? 20
  let pieces: Piece[] = [{ at: [0, 0, 0], size: [...options.containerT] }]
  if (options.pinwheel) {
    const five = pinwheelCut(random, pieces[0]!, m)
    if (!five) throw new Error(`container ${options.containerT.join('×')} is too small for a pinwheel cut`)
    pieces = five
  }
  for (let tries = 0; pieces.length < options.boxes; tries++) {
    if (tries > 10_000) throw new Error(`cannot cut ${options.boxes} pieces of at least ${m / 10} mm`)
    // Bigger pieces are cut more often, so sizes stay varied rather than a few crumbs and one block.
    const index = pickByVolume(random, pieces)
    const piece = pieces[index]!
    const canPinwheel = options.pinwheel && options.boxes - pieces.length >= 4 && random() < 0.25
    const parts = (canPinwheel ? pinwheelCut(random, piece, m) : null) ?? guillotineCut(random, piece, m)
    if (parts) pieces.splice(index, 1, ...parts)
  }
  return pieces
}

/** A problem whose answer is known to be "fits", with the layout that proves it. */
export interface PerfectProblem {
  problem: FitProblem
  witness: Placement[]
}

/**
 * A perfect-packing fit problem: `boxes` pieces of a random container (40–200 mm a side), shuffled, each turned
 * at random, every one free to rotate; and the layout they were cut from.
 */
export function perfectProblem(random: Random, boxes: number, pinwheel: boolean): PerfectProblem {
  const containerT: [number, number, number] = [
    randInt(random, 400, 2000),
    randInt(random, 400, 2000),
    randInt(random, 400, 2000),
  ]
  const pieces = cutContainer(random, { boxes, containerT, pinwheel })
  return piecesToProblem(random, toMm(containerT), pieces)
}

/**
 * Pieces as items `box-1`, `box-2`, … in a random order, each turned at random, rotation free; the witness puts
 * each piece back where it was cut, unturned.
 */
export function piecesToProblem(random: Random, containerMm: Vec3, pieces: readonly Piece[]): PerfectProblem {
  const order = shuffled(random, pieces)
  const items: FitItem[] = order.map((p, i) => ({
    id: `box-${i + 1}`,
    size: rotated(random, toMm(p.size)),
    rotate: 'any',
  }))
  const witness: Placement[] = order.map((p, i) => ({
    id: `box-${i + 1}`,
    at: toMm(p.at),
    size: toMm(p.size),
  }))
  return { problem: { container: { size: containerMm }, items }, witness }
}

/** Tenths of a millimetre to millimetres. */
export function toMm(t: readonly number[]): Vec3 {
  return [t[0]! / 10, t[1]! / 10, t[2]! / 10]
}

/** Splits a piece in two across a random axis long enough to cut, or returns `null`. */
function guillotineCut(random: Random, piece: Piece, m: number): [Piece, Piece] | null {
  const axes = [0, 1, 2].filter((k) => piece.size[k]! >= 2 * m)
  if (axes.length === 0) return null
  // Longer sides are cut more often, which keeps pieces from turning into slivers.
  const total = axes.reduce((s, k) => s + piece.size[k]!, 0)
  let r = random() * total
  const axis = axes.find((k) => (r -= piece.size[k]!) < 0) ?? axes[axes.length - 1]!
  const cut = randInt(random, m, piece.size[axis]! - m)
  const a: Piece = { at: [...piece.at], size: [...piece.size] }
  const b: Piece = { at: [...piece.at], size: [...piece.size] }
  a.size[axis] = cut
  b.at[axis]! += cut
  b.size[axis]! -= cut
  return [a, b]
}

/** Splits a piece into five by a pinwheel in a random plane (see the sketch above), or returns `null`. */
function pinwheelCut(random: Random, piece: Piece, m: number): Piece[] | null {
  const planes = (
    [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const
  ).filter(([a, b]) => piece.size[a] >= 3 * m && piece.size[b] >= 3 * m)
  if (planes.length === 0) return null
  const [a, b] = pick(random, planes)
  const A = piece.size[a],
    B = piece.size[b]
  const x1 = randInt(random, m, A - 2 * m)
  const x2 = randInt(random, x1 + m, A - m)
  const y1 = randInt(random, m, B - 2 * m)
  const y2 = randInt(random, y1 + m, B - m)
  // [a0, a1, b0, b1] rectangles of the sketch, each extruded along the third axis.
  const rects = [
    [0, x2, 0, y1],
    [x2, A, 0, y2],
    [x1, A, y2, B],
    [0, x1, y1, B],
    [x1, x2, y1, y2],
  ]
  return rects.map(([a0, a1, b0, b1]) => {
    const p: Piece = { at: [...piece.at], size: [...piece.size] }
    p.at[a] += a0!
    p.size[a] = a1! - a0!
    p.at[b] += b0!
    p.size[b] = b1! - b0!
    return p
  })
}

function pickByVolume(random: Random, pieces: readonly Piece[]): number {
  const volumes = pieces.map((p) => p.size[0] * p.size[1] * p.size[2])
  let r = random() * volumes.reduce((s, v) => s + v, 0)
  for (let i = 0; i < volumes.length; i++) if ((r -= volumes[i]!) < 0) return i
  return pieces.length - 1
}
