import { MATERIALS, SHAPES, parseBagSpec } from '../bag/index.js'
import type { BagClosure, BagSpec } from '../bag/index.js'
import { fail, show } from '../errors.js'
import { HARDWARE, HARDWARE_KINDS, defaultHardware } from './hardware.js'
import type { HardwareKind, HardwarePart, Silhouette, SilhouetteInput } from './types.js'

const PART_SIZE_KEYS = ['widthMm', 'heightMm', 'depthMm', 'belowTopMm'] as const

/** Largest hardware size accepted, in millimetres: anything bigger is a unit mistake. */
const MAX_PART_MM = 1000

/**
 * A silhouette from a reference bag: its outline and proportions (which scale), its material, closure and hardware
 * (which do not). Checks everything on the way in, so the rest of the designer can trust it.
 *
 * The reference goes through `parseBagSpec`, so a bad size, shape, closure or material throws the bag layer's
 * errors (`INVALID_BAG`, `UNKNOWN_SHAPE`, `UNKNOWN_MATERIAL`, `INVALID_MATERIAL`: a negative or missing thickness).
 * Unknown hardware kinds and bad hardware sizes throw `INVALID_BAG` with the value and what was expected. A measured
 * interior and compartments of the reference are left out, with a note: walls do not scale, so neither carries over.
 *
 * @example
 * defineSilhouette({
 *   id: 'hermes-birkin-25',
 *   reference: { exteriorMm: { w: 250, h: 200, d: 130 }, shape: 'trapezoid', closure: 'flap' },
 *   hasHandles: true,
 * }).hardware.map((p) => p.kind) // ['turn-lock', 'handle-anchors']
 */
export function defineSilhouette(input: SilhouetteInput): Silhouette {
  if (typeof input.id !== 'string' || input.id.trim() === '')
    fail('INVALID_INPUT', `A silhouette needs an id, got ${show(input.id)}.`)
  const notes: string[] = []
  const { interiorMm, compartments, ...outline } = input.reference
  if (interiorMm)
    notes.push("the reference's measured interior is not used: walls keep their thickness as the bag scales")
  if (compartments)
    notes.push("the reference's compartments are left out: the designer scales one open interior")
  // The bag layer checks the reference and the material in one go.
  const reference = parseBagSpec({
    ...outline,
    ...(input.material !== undefined && { material: input.material }),
  })
  const { material: given, ...shapeOnly } = reference
  const materialName = given ?? SHAPES[reference.shape].defaultMaterial
  const material: Silhouette['material'] =
    typeof materialName === 'string'
      ? {
          name: materialName,
          wallMm: MATERIALS[materialName].wallMm,
          stiffenerMm: MATERIALS[materialName].stiffenerMm,
          liningMm: MATERIALS[materialName].liningMm,
        }
      : { name: 'custom', ...materialName }
  const hardware = resolveHardware(input, reference)
  return {
    id: input.id,
    label: input.label ?? input.id,
    reference: shapeOnly,
    material,
    hardware,
    notes,
  }
}

function resolveHardware(input: SilhouetteInput, reference: BagSpec): HardwarePart[] {
  const closure: BagClosure = reference.closure ?? SHAPES[reference.shape].defaultClosure
  const requested = input.hardware ?? defaultHardware(closure, input.hasHandles ?? false)
  if (!Array.isArray(requested))
    fail('INVALID_BAG', `silhouette.hardware must be a list of hardware kinds, got ${show(requested)}.`)
  const seen = new Set<HardwareKind>()
  return requested.map((entry, i) => {
    const given = typeof entry === 'string' ? { kind: entry } : entry
    const path = `silhouette.hardware[${i}]`
    if (typeof given !== 'object' || given === null || !HARDWARE_KINDS.includes(given.kind)) {
      fail(
        'INVALID_BAG',
        `Unknown hardware ${show(typeof given === 'object' && given !== null ? given.kind : given)} at ${path}: expected one of ${HARDWARE_KINDS.join(', ')}.`,
      )
    }
    if (seen.has(given.kind))
      fail('INVALID_BAG', `${path}: ${given.kind} is listed twice; give each kind once.`)
    seen.add(given.kind)
    const part: HardwarePart = { kind: given.kind, ...HARDWARE[given.kind].part }
    for (const key of PART_SIZE_KEYS) {
      const value = (given as Partial<HardwarePart>)[key]
      if (value === undefined) continue
      const least = key === 'belowTopMm' ? 0 : Number.MIN_VALUE
      if (typeof value !== 'number' || !Number.isFinite(value) || value < least || value > MAX_PART_MM) {
        fail(
          'INVALID_BAG',
          `${path}.${key} (${given.kind}) must be ${key === 'belowTopMm' ? 'at least 0' : 'more than 0'} and at most ${MAX_PART_MM} mm, got ${show(value)}.`,
          { kind: given.kind, field: key, value },
        )
      }
      part[key] = value
    }
    return part
  })
}
