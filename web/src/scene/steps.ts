import type { Vec3 } from '../../../src/pack/types.js'

/**
 * Packing steps in words, from a layout: what goes in first and how it lies ("Apple iPhone 15 first, standing on its
 * edge at the back"), bottom to top and back to front, as a person would pack it. Engine axes: x width, y depth
 * (front to back), z height; placements from the container's front-left-bottom corner.
 */

/** What a step needs of one placed copy. */
export interface StepPlacement {
  id: string
  at: Vec3
  /** Extents along x, y, z as placed (for a turned thing, of the box around it). */
  size: Vec3
  /** Degrees it is turned off square, for a thing placed at an angle. */
  turnedDeg?: number
}

/** Each copy's placement with what `packingSteps` needs, from the engine's (square or turned) placements. */
export function stepPlacements(placements: readonly { id: string; at: readonly number[]; size: readonly number[]; axes?: readonly (readonly number[])[] }[]): StepPlacement[] {
  return placements.map((p) => {
    if (!p.axes) return { id: p.id, at: [p.at[0]!, p.at[1]!, p.at[2]!], size: [p.size[0]!, p.size[1]!, p.size[2]!] }
    // The box around a turned thing, and how far its longest side is from the nearest wall direction.
    const extent = [0, 1, 2].map((j) => p.axes!.reduce((s, a, k) => s + Math.abs(a[j]!) * p.size[k]!, 0)) as Vec3
    const lo = [0, 1, 2].map((j) => p.at[j]! + p.axes!.reduce((s, a, k) => s + Math.min(0, a[j]! * p.size[k]!), 0)) as Vec3
    const long = p.size.indexOf(Math.max(...p.size))
    const cos = Math.max(...p.axes[long]!.map(Math.abs))
    return { id: p.id, at: lo, size: extent, turnedDeg: Math.round((Math.acos(Math.min(1, cos)) * 180) / Math.PI) }
  })
}

/**
 * One sentence per kind of thing, in packing order (lowest first, then back first): how it lies, where, and how
 * many. `names` maps ids to what people call them; `containerMm` is the interior [w, d, h].
 */
export function packingSteps(placements: readonly StepPlacement[], containerMm: Vec3, names: ReadonlyMap<string, string>): string[] {
  const [W, D] = containerMm
  // Copies of one kind together, at the place of their first (lowest, backmost) copy.
  const order = [...placements].sort((a, b) => a.at[2] - b.at[2] || b.at[1] + b.size[1] - (a.at[1] + a.size[1]) || a.at[0] - b.at[0])
  const kinds: { id: string; copies: StepPlacement[] }[] = []
  for (const p of order) {
    const kind = kinds.find((k) => k.id === p.id)
    if (kind) kind.copies.push(p)
    else kinds.push({ id: p.id, copies: [p] })
  }
  return kinds.map(({ id, copies }, i) => {
    const first = copies[0]!
    const name = names.get(id) ?? id
    const count = copies.length > 1 ? `${copies.length} × ${name}` : name
    const when = i === 0 ? ' first' : i === kinds.length - 1 && kinds.length > 2 ? ' last' : ''
    const turned = first.turnedDeg && first.turnedDeg >= 1 ? `, turned ${first.turnedDeg}° to fit` : ''
    return `${count}${when}: ${pose(first.size)}, ${where(first, W, D, placements)}${turned}.`
  })
}

/** How a thing lies, from the axis of its thinnest and longest sides. */
function pose(size: Vec3): string {
  const thin = size.indexOf(Math.min(...size))
  const long = size.indexOf(Math.max(...size))
  const flat = Math.min(...size) * 2.5 < median(size)
  if (flat && thin === 2) return 'lying flat'
  if (flat && thin === 1) return long === 2 ? 'standing up, face to the front' : 'on its long edge, face to the front'
  if (flat && thin === 0) return long === 2 ? 'standing up, face to the side' : 'on its long edge, face to the side'
  if (long === 2) return 'standing upright'
  return long === 0 ? 'lying across' : 'lying front to back'
}

/** Where it goes: at the bottom or on top of something, at the back or front, left or right. */
function where(p: StepPlacement, W: number, D: number, all: readonly StepPlacement[]): string {
  const parts: string[] = []
  const onTop = p.at[2] > 0.5 && all.some((o) => o !== p && Math.abs(o.at[2] + o.size[2] - p.at[2]) < 0.5 && overlap(o, p))
  parts.push(onTop ? 'on top' : 'at the bottom')
  const cy = p.at[1] + p.size[1] / 2
  const cx = p.at[0] + p.size[0] / 2
  if (p.size[1] < D * 0.8) parts.push(cy > D * 0.6 ? 'at the back' : cy < D * 0.4 ? 'at the front' : 'in the middle')
  if (p.size[0] < W * 0.8) parts.push(cx < W * 0.4 ? 'on the left' : cx > W * 0.6 ? 'on the right' : 'in the centre')
  return parts.join(', ')
}

function overlap(a: StepPlacement, b: StepPlacement): boolean {
  return a.at[0] < b.at[0] + b.size[0] && b.at[0] < a.at[0] + a.size[0] && a.at[1] < b.at[1] + b.size[1] && b.at[1] < a.at[1] + a.size[1]
}

function median(v: Vec3): number {
  return [...v].sort((a, b) => a - b)[1]!
}
