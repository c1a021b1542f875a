import { fail } from '../errors.js'
import type { BlockedRegion, FitContainer, Vec3 } from '../pack/types.js'
import { CLOSURES } from './closures.js'
import { MATERIALS, dividerMm, resolveMaterial, stackMm, wallsGive } from './materials.js'
import { GRID_PER_MM, chooseSteps, gridDown, gridToMm, gridUp, outlineArea, staircase, staircaseArea, staircaseBoxes } from './outline.js'
import { SHAPES } from './shapes.js'
import type { BagCompartment, BagInterior, BagSpec, CompartmentSpec } from './types.js'
import { freeVolumeMm3 } from './volume.js'

const AXIS_WORD = ['width', 'depth', 'height'] as const

/**
 * The fit-problem container of a bag: the interior box (exterior less walls, base and top allowance, rounded inward
 * to 0.1 mm), the parts of it a curved or slanted outline leaves unusable (`blocked`, approximated from inside, so
 * the free space never exceeds the real interior), the top opening the closure leaves, and each compartment as its
 * own container. A measured `interiorMm` replaces the walls and top allowance; the shape's outline still applies.
 * Every derived number is explained in `explanation`. Lengths in millimetres, volumes in millilitres.
 *
 * Trusts `bag` to be valid (see `parseBagSpec`). Throws `INVALID_BAG` when the walls, closure or compartments
 * leave no room: a wall stack thicker than half the bag, zip ends longer than the mouth, compartments deeper than
 * the interior.
 *
 * @example
 * bagInterior({ exteriorMm: { w: 196.9, h: 108, d: 69.9 }, shape: 'box', closure: 'flap' }).container
 * // { size: [191.1, 64.1, 102.2], blocked: [], opening: [191.1, 64.1] }
 */
export function bagInterior(bag: BagSpec): BagInterior {
  const shape = SHAPES[bag.shape]
  const material = resolveMaterial(bag.material ?? shape.defaultMaterial)
  const closureName = bag.closure ?? shape.defaultClosure
  const closure = CLOSURES[closureName]
  const stack = stackMm(material)
  const measured = bag.interiorMm !== undefined
  const box = bag.interiorMm ?? bag.exteriorMm
  const ext: Vec3 = [box.w, box.d, box.h]

  // 1. Walls on every side and the base; the closure decides the top. A measured interior has none.
  const side = measured ? 0 : stack
  const top = measured ? 0 : closure.topMm(stack)
  const low: Vec3 = [side, side, side]
  const high: Vec3 = [ext[0] - side, ext[1] - side, ext[2] - top]

  // 2. The container box in bag coordinates, on the 0.1 mm grid: its corner rounds up, its far side down.
  const origin = low.map(gridUp) as Vec3
  const end = high.map(gridDown) as Vec3
  for (let k = 0; k < 3; k++) {
    if (end[k]! <= origin[k]!) {
      const taken = k === 2 ? `${round(side)} mm base and ${round(top)} mm top` : `2 × ${round(side)} mm walls`
      fail(
        'INVALID_BAG',
        `The walls leave no room: a ${round(ext[k]!)} mm ${AXIS_WORD[k]} less ${taken} (${materialWords(material.name)}, ${closure.label}) is ${round(high[k]! - low[k]!)} mm. Check the size, or give a thinner material or a measured interior.`,
        { axis: AXIS_WORD[k], exteriorMm: ext[k], sideMm: side, topMm: top },
      )
    }
  }
  const size = end.map((e, k) => e - origin[k]!) as Vec3
  const sizeMm = size.map(gridToMm) as Vec3

  // 3. A curved or slanted outline: steps from the exterior outline, free parts from the inner one.
  const profile = shape.profile(ext, side, bag)
  let steps = 0
  let outlineBlocked: BlockedRegion[] = []
  let outlineMm3 = (high[0] - low[0]) * (high[1] - low[1]) * (high[2] - low[2])
  let freeOutlineMm3 = sizeMm[0] * sizeMm[1] * sizeMm[2]
  if (profile) {
    const { u, v } = profile
    const w = 3 - u - v
    const exterior = shape.profile(ext, 0, bag)!
    const choice = chooseSteps(exterior, ext[u], ext[v])
    steps = choice.steps
    const bands = staircase(profile, choice.edges, origin[u], end[u], origin[v], end[v])
    outlineBlocked = staircaseBoxes(bands, u, v, origin, size)
    outlineMm3 = outlineArea(profile, low[u], high[u], low[v], high[v]) * (high[w]! - low[w]!)
    freeOutlineMm3 = (staircaseArea(bands) / (GRID_PER_MM * GRID_PER_MM)) * sizeMm[w]!
  }
  const lostShare = outlineMm3 > 0 ? Math.max(0, 1 - freeOutlineMm3 / outlineMm3) : 0

  // 4. The mouth at the top of the interior, limited by the closure.
  const mouth = profile ? profile.mouthMm(high[2]) : [high[0] - low[0], high[1] - low[1]]
  const mouthW = Math.min(mouth[0]!, sizeMm[0])
  const mouthD = Math.min(mouth[1]!, sizeMm[1])
  const opening: [number, number] = [gridToMm(gridDown(closure.openingWidthMm(mouthW, bag.exteriorMm.w))), gridToMm(gridDown(mouthD))]
  if (opening[0] <= 0 || opening[1] <= 0) {
    fail(
      'INVALID_BAG',
      `The ${closure.label} leaves no opening: the mouth is ${round(mouthW)} × ${round(mouthD)} mm and ${closure.openingReason}. Check the size or choose another closure.`,
      { mouthMm: [round(mouthW), round(mouthD)], closure: closureName },
    )
  }

  // 5. Compartments front to back, with dividers blocked in the whole interior.
  const divider = gridUp(dividerMm(material))
  const sections = layoutCompartments(bag.compartments ?? [], size[1], divider)
  const dividers: BlockedRegion[] = sections.slice(0, -1).map((s) => ({
    at: [0, gridToMm(s.y0 + s.depth), 0],
    size: [sizeMm[0], gridToMm(divider), sizeMm[2]],
  }))
  const soft = wallsGive(material.name)
  const container: FitContainer = { size: sizeMm, blocked: [...outlineBlocked, ...dividers], opening, soft }
  const compartments: BagCompartment[] = sections.map((s) => {
    const c: FitContainer = {
      size: [sizeMm[0], gridToMm(s.depth), sizeMm[2]],
      blocked: clipToSection(outlineBlocked, gridToMm(s.y0), gridToMm(s.y0 + s.depth)),
      opening: [opening[0], Math.min(opening[1], gridToMm(s.depth))],
      soft,
    }
    return { id: s.id, container: c, volumeMl: round(freeVolumeMm3(c) / 1000) }
  })
  const volumeMl = round(freeVolumeMm3(container) / 1000)

  // 6. Every number in words.
  const explanation: string[] = []
  const [W, H, D] = [bag.exteriorMm.w, bag.exteriorMm.h, bag.exteriorMm.d]
  explanation.push(`exterior ${round(W)} × ${round(H)} × ${round(D)} mm (width × height × depth, as shops give it): x = width, y = depth, z = height`)
  if (measured) {
    explanation.push(`measured interior ${round(box.w)} × ${round(box.h)} × ${round(box.d)} mm (w × h × d) replaces the walls and the top allowance`)
  } else {
    explanation.push(`walls ${round(stack)} mm each side and at the base: ${stackWords(material)}`)
    explanation.push(`top ${round(top)} mm: ${closure.topReason}`)
  }
  explanation.push(
    `interior ${sizeMm.map(round).join(' × ')} mm (w × d × h)` +
      (measured
        ? ', rounded down to 0.1 mm'
        : `: ${round(W)} − 2 × ${round(side)} wide, ${round(D)} − 2 × ${round(side)} deep, ${round(H)} − ${round(side)} − ${round(top)} high, rounded down to 0.1 mm`),
  )
  if (profile) {
    explanation.push(
      `${shape.label} outline: ${profile.describe}; approximated from inside by ${steps} steps (${outlineBlocked.length} blocked boxes), giving up ${percent(lostShare)} of the outline's ${round(outlineMm3 / 1000)} ml`,
    )
  } else {
    explanation.push(`${shape.label}: ${shape.outlineReason}; nothing blocked`)
  }
  explanation.push(`opening ${round(opening[0])} × ${round(opening[1])} mm (w × d): ${closure.openingReason}${mouthNote(shape.label, gridToMm(gridDown(mouthW)), sizeMm[0])}`)
  explanation.push(
    soft
      ? 'the walls give: a thing goes in end first and turns inside, so its smallest cross-section must pass the opening (turned in it if need be)'
      : 'the walls are rigid: a thing is lowered in as it will lie, so its footprint must pass the opening (turned in it if need be)',
  )
  if (sections.length > 1) {
    explanation.push(
      `compartments front to back: ${sections.map((s) => `${s.id} ${round(gridToMm(s.depth))} mm`).join(', ')} deep, between ${round(gridToMm(divider))} mm dividers (lining on both faces around the stiffener)`,
    )
  }
  explanation.push(`free volume ${volumeMl} ml`)

  return {
    container,
    compartments: (bag.compartments?.length ?? 0) > 0 ? compartments : [],
    originMm: measured
      ? [round((bag.exteriorMm.w - box.w) / 2), round((bag.exteriorMm.d - box.d) / 2), round((bag.exteriorMm.h - box.h) / 2)]
      : (origin.map(gridToMm) as Vec3),
    volumeMl,
    outlineVolumeMl: round(outlineMm3 / 1000),
    lostShare,
    steps,
    material,
    closure: closureName,
    allowancesMm: { side, bottom: side, top },
    source: measured ? 'measured' : 'derived',
    explanation,
  }
}

interface Section {
  id: string
  /** Front face and depth along y, in grid units. */
  y0: number
  depth: number
}

/** Lays sections front to back (grid units); sections without a depth share what is left. */
function layoutCompartments(specs: readonly CompartmentSpec[], depth: number, divider: number): Section[] {
  if (specs.length === 0) return [{ id: 'main', y0: 0, depth }]
  const given = specs.map((c) => (c.depthMm === undefined ? undefined : gridDown(c.depthMm)))
  const fixed = given.reduce<number>((s, d) => s + (d ?? 0), 0)
  const rest = depth - fixed - (specs.length - 1) * divider
  const flexible = given.filter((d) => d === undefined).length
  const each = flexible > 0 ? Math.floor(rest / flexible) : 0
  if (rest < 0 || (flexible > 0 && each <= 0)) {
    fail(
      'INVALID_BAG',
      `The compartments do not fit: they ask for ${round(gridToMm(fixed))} mm of depth plus ${specs.length - 1} dividers of ${round(gridToMm(divider))} mm${flexible > 0 ? ' and room for the others' : ''}, but the interior is ${round(gridToMm(depth))} mm deep.`,
      { interiorDepthMm: gridToMm(depth) },
    )
  }
  // Whatever rounding or fixed depths leave over goes to the last flexible section, or the last one.
  const depths = given.map((d) => d ?? each)
  const lastFlexible = given.lastIndexOf(undefined)
  const target = lastFlexible >= 0 ? lastFlexible : depths.length - 1
  depths[target] = depths[target]! + (depth - (specs.length - 1) * divider - depths.reduce((s, d) => s + d, 0))
  let y = 0
  return specs.map((c, i) => {
    const section = { id: c.id, y0: y, depth: depths[i]! }
    y += depths[i]! + divider
    return section
  })
}

/** Blocked boxes cut to the section [y0, y1] (mm) and moved to its front face. */
function clipToSection(boxes: readonly BlockedRegion[], y0: number, y1: number): BlockedRegion[] {
  const out: BlockedRegion[] = []
  for (const b of boxes) {
    const lo = Math.max(b.at[1], y0)
    const hi = Math.min(b.at[1] + b.size[1], y1)
    if (hi - lo < 1e-9) continue
    out.push({ at: [b.at[0], round(lo - y0), b.at[2]], size: [b.size[0], round(hi - lo), b.size[2]] })
  }
  return out
}

function stackWords(m: BagInterior['material']): string {
  const parts = [`${materialWords(m.name)} ${round(m.wallMm)} mm`]
  if (m.stiffenerMm > 0) parts.push(`stiffener ${round(m.stiffenerMm)} mm`)
  if (m.liningMm > 0) parts.push(`lining ${round(m.liningMm)} mm`)
  const reason = m.name === 'custom' ? 'as given' : MATERIALS[m.name].reason
  return `${parts.join(' + ')} (${reason})`
}

function materialWords(name: BagInterior['material']['name']): string {
  return name === 'custom' ? 'custom material' : MATERIALS[name].label
}

function mouthNote(shape: string, mouthW: number, width: number): string {
  return mouthW < width - 0.05 ? `; the ${shape} mouth is ${round(mouthW)} mm wide` : ''
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

function round(v: number): number {
  return Math.round(v * 10) / 10
}
