import type { FitItem, FitProblem, Vec3 } from '../../src/pack/types.js'

export { mulberry32 } from '../../src/random.js'

/** A box with its min corner and extents, in whole millimetres. */
export interface Piece {
  at: Vec3
  size: Vec3
}

/**
 * Cuts a container into `count` pieces that fill it exactly. Each step picks the largest piece and cuts it either
 * by a guillotine cut (one plane right through) or, when `pinwheelShare` > 0 and the piece is big enough, by a
 * pinwheel: five pieces in a plane, none of which a straight cut separates.
 *
 *   pinwheel, seen along the cut axis:
 *   +------+----------+
 *   |  R4  |    R3    |
 *   |      +----+-----+
 *   |      | R5 |     |
 *   +------+----+  R2 |
 *   |    R1     |     |
 *   +-----------+-----+
 */
export function cutContainer(size: Vec3, count: number, random: () => number, pinwheelShare = 0): Piece[] {
  let pieces: Piece[] = [{ at: [0, 0, 0], size: [...size] as Vec3 }]
  let guard = 0
  while (pieces.length < count && guard++ < 1000) {
    pieces.sort((a, b) => volume(b.size) - volume(a.size))
    const piece = pieces[0]!
    const canPinwheel = pieces.length + 4 <= count && random() < pinwheelShare
    const parts = canPinwheel ? pinwheel(piece, random) : guillotine(piece, random)
    if (parts) pieces = [...parts, ...pieces.slice(1)]
    else if (!canPinwheel) break
  }
  return pieces
}

function guillotine(piece: Piece, random: () => number): Piece[] | null {
  const axes = [0, 1, 2].filter((k) => piece.size[k]! >= 2)
  if (axes.length === 0) return null
  const k = axes[Math.floor(random() * axes.length)]!
  const cut = 1 + Math.floor(random() * (piece.size[k]! - 1))
  const a: Piece = { at: [...piece.at] as Vec3, size: [...piece.size] as Vec3 }
  const b: Piece = { at: [...piece.at] as Vec3, size: [...piece.size] as Vec3 }
  a.size[k] = cut
  b.at[k] = piece.at[k]! + cut
  b.size[k] = piece.size[k]! - cut
  return [a, b]
}

function pinwheel(piece: Piece, random: () => number): Piece[] | null {
  // Choose the plane (axes u, v) and the axis along which the pinwheel is extruded.
  const planes = ([[0, 1, 2], [0, 2, 1], [1, 2, 0]] as const).filter(([u, v]) => piece.size[u] >= 3 && piece.size[v] >= 3)
  if (planes.length === 0) return null
  const [u, v, w] = planes[Math.floor(random() * planes.length)]!
  const U = piece.size[u], V = piece.size[v]
  const u1 = 1 + Math.floor(random() * (U - 2))
  const u2 = u1 + 1 + Math.floor(random() * (U - u1 - 1))
  const v1 = 1 + Math.floor(random() * (V - 2))
  const v2 = v1 + 1 + Math.floor(random() * (V - v1 - 1))
  const rects: [number, number, number, number][] = [
    [0, 0, u2, v1],
    [u2, 0, U, v2],
    [u1, v2, U, V],
    [0, v1, u1, V],
    [u1, v1, u2, v2],
  ]
  return rects.map(([a0, b0, a1, b1]) => {
    const at = [...piece.at] as Vec3
    const size = [...piece.size] as Vec3
    at[u] = piece.at[u] + a0
    at[v] = piece.at[v] + b0
    size[u] = a1 - a0
    size[v] = b1 - b0
    at[w] = piece.at[w]!
    return { at, size }
  })
}

/** Turns pieces into a fit problem: shuffled, each turned at random (the engine may turn them back). */
export function piecesToProblem(size: Vec3, pieces: Piece[], random: () => number, timeLimitMs = 10_000): FitProblem {
  const items: FitItem[] = shuffle(pieces, random).map((p, i) => ({ id: `p${i}`, size: shuffle([...p.size], random) as Vec3, rotate: 'any' }))
  return { container: { size }, items, options: { timeLimitMs } }
}

function shuffle<T>(values: T[], random: () => number): T[] {
  const out = [...values]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function volume(size: readonly number[]): number {
  return size[0]! * size[1]! * size[2]!
}
