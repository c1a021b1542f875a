import type { Budget } from './budget.js'
import { extents, type ItemType, type Model } from './model.js'
import type { Placed } from './placed.js'
import { portfolioSearch } from './portfolio.js'
import { thinnestAlong, type Reach } from './reach.js'

// Work units one slab's packing may take before the slab is taken as full.
const SLAB_UNITS = 2000

/**
 * Finds a layout, without any promise, as slabs one behind another along an axis: each slab is as thick as its
 * first item, and the items in it sit side by side on the face across the axis (thinner ones may also stand one
 * behind another there), clear of the blocked regions that reach into the slab. Items go thickest first into the
 * first slab that takes them (the slab's packing decided by the exact search with a small node budget), else into a
 * new slab behind the others.
 *
 *   round bag, side view:  slab 1   slab 2  slab 3      front view of slab 1:   ╭──────────╮
 *                          ┌──────┬────────┬───┐                                │ ▓▓▓  ░░  │ a glasses case and a
 *                          │ case │ phone  │ph.│                                │ ▓▓▓  ░░  │ phone side by side
 *                          └──────┴────────┴───┘                                ╰──────────╯
 *
 * This finds the layouts of tall, thin things in curved outlines that corner-first heuristics miss: there, the
 * blocked regions run through the whole depth, so each slab is nearly the same 2D puzzle.
 * `reaches` are the items' reaches (orientations without room are skipped). Returns null when no axis works within
 * `budget`, or when no blocked region runs through the container.
 */
export function slabPacking(model: Model, reaches: readonly (readonly (Reach | null)[])[], budget: Budget): Placed[] | null {
  for (const axis of slabAxes(model)) {
    if (budget.exhausted) break
    const placed = packAlong(model, reaches, axis, budget)
    if (placed) return placed
  }
  return null
}

/** A slab: where it starts along the axis, how thick it is, and the copies in it (by type). */
interface Slab {
  start: number
  thickness: number
  members: number[]
  placed: Placed[]
}

function packAlong(model: Model, reaches: readonly (readonly (Reach | null)[])[], axis: number, budget: Budget): Placed[] | null {
  // 1. Each copy's thinnest depth along the axis over the orientations with room; thickest copies first.
  const thinnest = thinnestAlong(model, reaches, axis)
  const copies: number[] = []
  for (const t of model.types) for (let c = 0; c < t.count; c++) copies.push(t.index)
  copies.sort((a, b) => thinnest[b]! - thinnest[a]! || shadowArea(model.types[b]!, axis) - shadowArea(model.types[a]!, axis))
  const slabs: Slab[] = []
  let used = 0
  for (const type of copies) {
    if (budget.exhausted) return null
    // 2. The first slab thick enough whose items, with this one, still fit side by side.
    let home = false
    for (const slab of slabs) {
      if (thinnest[type]! > slab.thickness) continue
      const placed = packSlab(model, reaches, axis, slab.start, slab.thickness, [...slab.members, type], budget)
      if (placed) {
        slab.members.push(type)
        slab.placed = placed
        home = true
        break
      }
    }
    if (home) continue
    // 3. Otherwise a new slab behind the others, as thick as this item at its thinnest.
    const thickness = thinnest[type]!
    if (used + thickness > model.L[axis]!) return null
    const placed = packSlab(model, reaches, axis, used, thickness, [type], budget)
    if (!placed) return null
    slabs.push({ start: used, thickness, members: [type], placed })
    used += thickness
  }
  return slabs.flatMap((s) => s.placed)
}

/**
 * The copies `members` in the slab [start, start + thickness) along `axis`: the exact search (briefly) on the slab as
 * a container of its own, with the blocked regions that reach into it. Items thinner than the slab may stand one
 * behind another in it, beside a thicker one. Returns their placements in the whole container, or null when none
 * was found within the node budget.
 */
function packSlab(
  model: Model,
  reaches: readonly (readonly (Reach | null)[])[],
  axis: number,
  start: number,
  thickness: number,
  members: readonly number[],
  budget: Budget,
): Placed[] | null {
  const end = start + thickness
  // One kind per original type in the slab, with the orientations that have room and are thin enough.
  const counts = new Map<number, number>()
  for (const m of members) counts.set(m, (counts.get(m) ?? 0) + 1)
  const kinds: { type: number; orients: number[] }[] = []
  const types: ItemType[] = []
  for (const [type, count] of counts) {
    const t = model.types[type]!
    const orients: number[] = []
    t.orients.forEach((o, oi) => {
      if (reaches[type]![oi] && extents(o)[axis]! <= thickness) orients.push(oi)
    })
    if (orients.length === 0) return null
    kinds.push({ type, orients })
    types.push({ ...t, index: types.length, count, orients: orients.map((oi) => t.orients[oi]!), withinBox: orients.length })
  }
  // The blocked regions that reach into the slab, clipped to it and moved to its start.
  const blocked = model.blocked
    .filter((b) => b[axis]! < end && start < b[3 + axis]!)
    .map((b) => {
      const c = [...b]
      c[axis] = Math.max(b[axis]!, start) - start
      c[3 + axis] = Math.min(b[3 + axis]!, end) - start
      return c
    })
  const L: [number, number, number] = [...model.L]
  L[axis] = thickness
  const slabModel: Model = { ...model, L, blocked, opening: null, types, totalCount: members.length }
  const result = portfolioSearch(slabModel, budget.slice(SLAB_UNITS))
  if (result.status !== 'fits') return null
  // Back to the whole container: the slab's kinds to the original types, shifted by the slab's start.
  return result.placed.map((p) => {
    const kind = kinds[p.type]!
    const at = [p.x, p.y, p.z]
    at[axis]! += start
    return { type: kind.type, orient: kind.orients[p.orient]!, x: at[0]!, y: at[1]!, z: at[2]! }
  })
}

/**
 * Axes to slice along: those some blocked region runs through end to end (a prism's axis), the most such regions
 * first, then the shortest. In a plain box the other heuristics and the exact search do better, so none.
 */
function slabAxes(model: Model): number[] {
  const through = [0, 1, 2].map((k) => model.blocked.filter((b) => b[k] === 0 && b[3 + k] === model.L[k]).length)
  return [0, 1, 2].filter((k) => through[k]! > 0).sort((a, b) => through[b]! - through[a]! || model.L[a]! - model.L[b]!)
}

// The item's largest face across the axis over its orientations: bigger shadows go first among equals.
function shadowArea(t: ItemType, axis: number): number {
  return Math.max(...t.orients.map((o) => {
    const e = extents(o)
    return (e[0] * e[1] * e[2]) / e[axis]!
  }))
}
