import { bagInterior, freeVolumeMm3 } from '../bag/index.js'
import type { BagSpec } from '../bag/index.js'
import { MicropurseError } from '../errors.js'
import type { FitContainer } from '../pack/types.js'
import { hardwareBlocks } from './hardware.js'
import type { ScaledBag, Silhouette } from './types.js'

/**
 * The silhouette at an exterior width of `widthMm`: height, depth, taper and corner radius scale with the width;
 * walls, lining, the closure's allowances and the hardware keep their size. Returns the bag spec, the bag layer's
 * interior, the fit container with the hardware blocked, and the volumes. Exterior sizes are rounded to 0.001 mm.
 *
 * Throws the bag layer's `INVALID_BAG` when the walls or the closure leave no room at this width.
 */
export function scaleBag(silhouette: Silhouette, widthMm: number): ScaledBag {
  const spec = scaledSpec(silhouette, widthMm)
  const interior = bagInterior(spec)
  // Hardware on top of the outline steps.
  const hardware = hardwareBlocks(silhouette.hardware, interior.container)
  const outlineBlocked = interior.container.blocked ?? []
  const container: FitContainer = {
    size: interior.container.size,
    blocked: [...outlineBlocked, ...hardware.blocked],
    ...(interior.container.opening && { opening: interior.container.opening }),
    ...(interior.container.soft !== undefined && { soft: interior.container.soft }),
  }
  // Volumes: the exterior solid, the inner outline, the steps' free space, then less the hardware.
  const k = widthMm / silhouette.reference.exteriorMm.w
  const exteriorMm3 = referenceExteriorMm3(silhouette) * k * k * k
  const stepsFreeMm3 = freeVolumeMm3(interior.container)
  const innerMm3 =
    interior.lostShare < 1 ? stepsFreeMm3 / (1 - interior.lostShare) : interior.outlineVolumeMl * 1000
  const usableMm3 = freeVolumeMm3(container)
  return {
    widthMm,
    exteriorMm: spec.exteriorMm,
    spec,
    interior,
    container,
    blockedKinds: [...outlineBlocked.map(() => 'outline' as const), ...hardware.kinds],
    volumes: {
      exteriorMl: round1(exteriorMm3 / 1000),
      usableMl: round1(usableMm3 / 1000),
      materialsShare: share(exteriorMm3 - innerMm3, exteriorMm3),
      approximationShare: share(innerMm3 - stepsFreeMm3, exteriorMm3),
      hardwareShare: share(stepsFreeMm3 - usableMm3, exteriorMm3),
      usableShare: share(usableMm3, exteriorMm3),
    },
  }
}

/** The hardware lines of a scaled bag's explanation, after the bag layer's own. */
export function scaledExplanation(silhouette: Silhouette, bag: ScaledBag): string[] {
  const lines = [...bag.interior.explanation]
  const hardware = hardwareBlocks(silhouette.hardware, bag.interior.container)
  if (hardware.explanation.length === 0) lines.push('no hardware inside')
  for (const line of hardware.explanation) lines.push(`hardware ${line}`)
  lines.push(`usable ${bag.volumes.usableMl} ml after the hardware`)
  return lines
}

/** The bag spec at a width: the reference's proportions scaled, the silhouette's material. */
export function scaledSpec(silhouette: Silhouette, widthMm: number): BagSpec {
  const ref = silhouette.reference
  const k = widthMm / ref.exteriorMm.w
  const spec: BagSpec = {
    exteriorMm: { w: widthMm, h: round3(ref.exteriorMm.h * k), d: round3(ref.exteriorMm.d * k) },
    shape: ref.shape,
    material: silhouette.material.name === 'custom' ? stackOf(silhouette.material) : silhouette.material.name,
  }
  if (ref.closure) spec.closure = ref.closure
  if (ref.taperMm !== undefined) spec.taperMm = round3(ref.taperMm * k)
  if (ref.cornerRadiusMm !== undefined) spec.cornerRadiusMm = round3(ref.cornerRadiusMm * k)
  return spec
}

/**
 * The smallest whole-millimetre width from `fromMm` to `toMm` at which the walls and closure leave room, by
 * bisection (room only grows with the width: every wall allowance is fixed and every outline grows), or null when
 * there is none even at `toMm`.
 */
export function smallestRoomyWidth(silhouette: Silhouette, fromMm: number, toMm: number): number | null {
  if (!hasRoom(silhouette, toMm)) return null
  if (hasRoom(silhouette, fromMm)) return fromMm
  // Invariant: no room at lo, room at hi.
  let lo = fromMm
  let hi = toMm
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (hasRoom(silhouette, mid)) hi = mid
    else lo = mid
  }
  return hi
}

/** Whether the bag has an interior at this width; other errors are passed on. */
export function hasRoom(silhouette: Silhouette, widthMm: number): boolean {
  try {
    bagInterior(scaledSpec(silhouette, widthMm))
    return true
  } catch (error) {
    if (error instanceof MicropurseError && error.code === 'INVALID_BAG') return false
    throw error
  }
}

// The exterior solid of the reference, from the bag layer's own outline with walls of zero thickness and an open top
// (so nothing is taken off); it scales with the cube of the width. Cached per silhouette.
const exteriorCache = new WeakMap<Silhouette, number>()

function referenceExteriorMm3(silhouette: Silhouette): number {
  const cached = exteriorCache.get(silhouette)
  if (cached !== undefined) return cached
  const solid = bagInterior({
    ...silhouette.reference,
    material: { wallMm: 0, stiffenerMm: 0, liningMm: 0 },
    closure: 'open-top',
  })
  const freeMm3 = freeVolumeMm3(solid.container)
  const volume = solid.lostShare < 1 ? freeMm3 / (1 - solid.lostShare) : solid.outlineVolumeMl * 1000
  exteriorCache.set(silhouette, volume)
  return volume
}

function stackOf(m: Silhouette['material']) {
  return { wallMm: m.wallMm, stiffenerMm: m.stiffenerMm, liningMm: m.liningMm }
}

function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : 0
}

function round1(v: number): number {
  return Math.round(v * 10) / 10
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000
}
