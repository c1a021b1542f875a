import { fail, show } from '../errors.js'
import { LIMITS } from '../pack/limits.js'
import { CLOSURE_NAMES } from './closures.js'
import { MATERIAL_NAMES } from './materials.js'
import { SHAPE_NAMES } from './shapes.js'
import type { BagClosure, BagShape, BagSpec, CompartmentSpec, MaterialName, MaterialStack, ShopSize } from './types.js'

const SPEC_KEYS = ['exteriorMm', 'shape', 'material', 'closure', 'compartments', 'interiorMm', 'taperMm', 'cornerRadiusMm']
const SIZE_KEYS = ['w', 'h', 'd']
const STACK_KEYS = ['wallMm', 'stiffenerMm', 'liningMm']
const COMPARTMENT_KEYS = ['id', 'depthMm']
const SIZE_WORDS: Record<string, string> = { w: 'width', h: 'height', d: 'depth' }

/** Most compartments one bag may have. */
const MAX_COMPARTMENTS = 12

/**
 * Checks a bag description as received (JSON, CLI, database) and returns it typed. Names are forgiving about case,
 * spaces and accents (`Half moon`, `Minaudière`, `open top`); everything else is strict.
 *
 * Throws `UNKNOWN_SHAPE` / `UNKNOWN_MATERIAL` naming the value and the accepted set, `INVALID_MATERIAL` for a bad
 * custom stack, and `INVALID_BAG` for anything else (a missing or non-positive size, an unknown field or closure, a
 * measured interior larger than the exterior, an option that does not apply to the shape), always with the path
 * and the value received.
 */
export function parseBagSpec(input: unknown): BagSpec {
  const spec = expectObject(input, 'bag', SPEC_KEYS)
  const exteriorMm = expectShopSize(spec.exteriorMm, 'bag.exteriorMm')
  const shape = expectName(spec.shape, 'bag.shape', SHAPE_NAMES, 'UNKNOWN_SHAPE', 'shape') as BagShape
  const out: BagSpec = { exteriorMm, shape }

  if (spec.material !== undefined) out.material = expectMaterial(spec.material)
  if (spec.closure !== undefined) out.closure = expectName(spec.closure, 'bag.closure', CLOSURE_NAMES, 'INVALID_BAG', 'closure') as BagClosure

  if (spec.interiorMm !== undefined) {
    const interiorMm = expectShopSize(spec.interiorMm, 'bag.interiorMm')
    for (const key of SIZE_KEYS as (keyof ShopSize)[]) {
      if (interiorMm[key] > exteriorMm[key]) {
        fail(
          'INVALID_BAG',
          `bag.interiorMm.${key} is ${interiorMm[key]} mm, more than the exterior ${SIZE_WORDS[key]} of ${exteriorMm[key]} mm: an interior fits inside its bag. Are the axes in the order w, h, d?`,
        )
      }
    }
    out.interiorMm = interiorMm
  }

  if (spec.taperMm !== undefined) {
    if (shape !== 'trapezoid') fail('INVALID_BAG', `bag.taperMm applies to trapezoid bags only; this bag is ${show(shape)}.`)
    const taper = expectNumber(spec.taperMm, 'bag.taperMm', 0)
    if (taper >= exteriorMm.w / 2) {
      fail('INVALID_BAG', `bag.taperMm is ${taper} mm, but a ${exteriorMm.w} mm wide trapezoid closes up at ${exteriorMm.w / 2} mm per side: expected less.`)
    }
    out.taperMm = taper
  }

  if (spec.cornerRadiusMm !== undefined) {
    if (shape !== 'minaudiere') fail('INVALID_BAG', `bag.cornerRadiusMm applies to minaudière bags only; this bag is ${show(shape)}.`)
    const radius = expectNumber(spec.cornerRadiusMm, 'bag.cornerRadiusMm', 0)
    const most = Math.min(exteriorMm.w, exteriorMm.h) / 2
    if (radius > most) fail('INVALID_BAG', `bag.cornerRadiusMm is ${radius} mm; at most ${most} mm (half the smaller of width and height) is possible.`)
    out.cornerRadiusMm = radius
  }

  if (spec.compartments !== undefined) out.compartments = expectCompartments(spec.compartments)
  return out
}

/** Normalises a name people type: lower case, words joined by `-`, accents dropped (`Minaudière` is `minaudiere`). */
export function normaliseName(text: string): string {
  const name = text.trim().toLowerCase().replace(/[\s_]+/g, '-')
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

function expectObject(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('INVALID_BAG', `${path} must be an object, got ${show(value)}.`)
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) fail('INVALID_BAG', `${path} has an unknown field ${show(key)}; expected only ${keys.join(', ')}.`)
  }
  return value as Record<string, unknown>
}

function expectNumber(value: unknown, path: string, min: number, exclusive = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('INVALID_BAG', `${path} must be a number of millimetres, got ${show(value)}.`)
  if (exclusive ? value <= min : value < min) fail('INVALID_BAG', `${path} is ${value} mm; expected ${exclusive ? 'more than' : 'at least'} ${min} mm.`)
  if (value > LIMITS.maxSideMm) fail('INVALID_BAG', `${path} is ${value} mm, more than ${LIMITS.maxSideMm} mm: is the unit right? Lengths are in millimetres.`)
  return value
}

function expectShopSize(value: unknown, path: string): ShopSize {
  const size = expectObject(value, path, SIZE_KEYS)
  const out: Record<string, number> = {}
  for (const key of SIZE_KEYS) {
    const v = size[key]
    if (v === undefined || v === null) {
      fail('INVALID_BAG', `${path}.${key} (${SIZE_WORDS[key]}) is ${show(v)}: every side is needed. Measure it, or give a typical ${SIZE_WORDS[key]} marked as such.`)
    }
    out[key] = expectNumber(v, `${path}.${key}`, 0, true)
  }
  return out as unknown as ShopSize
}

function expectName(value: unknown, path: string, names: readonly string[], code: 'UNKNOWN_SHAPE' | 'UNKNOWN_MATERIAL' | 'INVALID_BAG', what: string): string {
  const name = typeof value === 'string' ? normaliseName(value) : undefined
  if (name === undefined || !names.includes(name)) {
    fail(code, `Unknown ${what} ${show(value)} at ${path}: expected one of ${names.join(', ')}.`, { value, expected: [...names] })
  }
  return name
}

function expectMaterial(value: unknown): MaterialName | MaterialStack {
  if (typeof value !== 'object' || value === null) {
    return expectName(value, 'bag.material', MATERIAL_NAMES, 'UNKNOWN_MATERIAL', 'material') as MaterialName
  }
  if (Array.isArray(value)) fail('INVALID_MATERIAL', `bag.material must be a material name or { wallMm, stiffenerMm, liningMm }, got ${show(value)}.`)
  const stack = value as Record<string, unknown>
  for (const key of Object.keys(stack)) {
    if (!STACK_KEYS.includes(key)) fail('INVALID_MATERIAL', `bag.material has an unknown field ${show(key)}; expected only ${STACK_KEYS.join(', ')}.`)
  }
  const out: Record<string, number> = {}
  for (const key of STACK_KEYS) {
    const v = stack[key] ?? (key === 'wallMm' ? undefined : 0)
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) {
      fail('INVALID_MATERIAL', `bag.material.${key} must be a thickness from 0 to 100 mm, got ${show(v)}.`)
    }
    out[key] = v
  }
  return out as unknown as MaterialStack
}

function expectCompartments(value: unknown): CompartmentSpec[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_COMPARTMENTS) {
    fail('INVALID_BAG', `bag.compartments must be a list of 1 to ${MAX_COMPARTMENTS} { id, depthMm? } sections, got ${show(value)}.`)
  }
  const ids = new Set<string>()
  return value.map((c, i) => {
    const path = `bag.compartments[${i}]`
    const compartment = expectObject(c, path, COMPARTMENT_KEYS)
    if (typeof compartment.id !== 'string' || compartment.id.trim() === '') fail('INVALID_BAG', `${path}.id must be a non-empty string, got ${show(compartment.id)}.`)
    if (ids.has(compartment.id)) fail('INVALID_BAG', `${path}.id ${show(compartment.id)} appears twice: give each compartment its own id.`)
    ids.add(compartment.id)
    const out: CompartmentSpec = { id: compartment.id }
    if (compartment.depthMm !== undefined) out.depthMm = expectNumber(compartment.depthMm, `${path}.depthMm`, 0, true)
    return out
  })
}
