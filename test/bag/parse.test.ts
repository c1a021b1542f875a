import { describe, expect, it } from 'vitest'
import { parseBagSpec } from '../../src/bag/index.js'
import { MicropurseError } from '../../src/errors.js'

const valid = { exteriorMm: { w: 196.9, h: 108, d: 69.9 }, shape: 'box' }

function errorOf(input: unknown): MicropurseError {
  try {
    parseBagSpec(input)
  } catch (error) {
    if (error instanceof MicropurseError) return error
    throw error
  }
  throw new Error('expected parseBagSpec to throw')
}

describe('parseBagSpec', () => {
  it('returns a valid bag with only the fields it was given', () => {
    expect(parseBagSpec(valid)).toEqual(valid)
  })

  it('reads names the way people type them', () => {
    const bag = parseBagSpec({ ...valid, shape: 'Minaudière', material: 'Structured leather', closure: 'open top' })
    expect(bag.shape).toBe('minaudiere')
    expect(bag.material).toBe('structured-leather')
    expect(bag.closure).toBe('open-top')
  })

  it('accepts a custom material stack, the stiffener and lining defaulting to none', () => {
    expect(parseBagSpec({ ...valid, material: { wallMm: 2 } }).material).toEqual({ wallMm: 2, stiffenerMm: 0, liningMm: 0 })
  })

  it('names an unknown shape and lists the shapes it knows', () => {
    const error = errorOf({ ...valid, shape: 'heart' })
    expect(error.code).toBe('UNKNOWN_SHAPE')
    expect(error.message).toContain('"heart"')
    expect(error.message).toContain('box, trapezoid, half-moon, round, bucket, barrel, pouch, tote, minaudiere')
  })

  it('names an unknown material and lists the materials it knows', () => {
    const error = errorOf({ ...valid, material: 'vinyl' })
    expect(error.code).toBe('UNKNOWN_MATERIAL')
    expect(error.message).toContain('"vinyl"')
    expect(error.message).toContain('structured-leather')
  })

  it('refuses a custom stack with a negative or missing wall', () => {
    expect(errorOf({ ...valid, material: { wallMm: -1 } }).code).toBe('INVALID_MATERIAL')
    expect(errorOf({ ...valid, material: { liningMm: 1 } }).code).toBe('INVALID_MATERIAL')
    expect(errorOf({ ...valid, material: { wallMm: 1, foamMm: 2 } }).message).toContain('"foamMm"')
  })

  it('refuses an unknown closure with the accepted list', () => {
    const error = errorOf({ ...valid, closure: 'velcro' })
    expect(error.code).toBe('INVALID_BAG')
    expect(error.message).toContain('flap, zip, clasp, open-top, drawstring')
  })

  it('refuses a missing side and says which one', () => {
    const error = errorOf({ ...valid, exteriorMm: { w: 200, h: 150, d: null } })
    expect(error.code).toBe('INVALID_BAG')
    expect(error.message).toContain('bag.exteriorMm.d (depth) is null')
  })

  it('refuses zero, negative and non-numeric sizes', () => {
    expect(errorOf({ ...valid, exteriorMm: { w: 0, h: 1, d: 1 } }).message).toContain('bag.exteriorMm.w is 0 mm')
    expect(errorOf({ ...valid, exteriorMm: { w: -5, h: 1, d: 1 } }).code).toBe('INVALID_BAG')
    expect(errorOf({ ...valid, exteriorMm: { w: '12cm', h: 1, d: 1 } }).message).toContain('"12cm"')
  })

  it('refuses unknown fields rather than ignoring them', () => {
    expect(errorOf({ ...valid, colour: 'red' }).message).toContain('unknown field "colour"')
    expect(errorOf({ ...valid, exteriorMm: { w: 1, h: 1, d: 1, l: 1 } }).message).toContain('"l"')
  })

  it('refuses a measured interior larger than the exterior', () => {
    const error = errorOf({ ...valid, interiorMm: { w: 200, h: 100, d: 60 } })
    expect(error.code).toBe('INVALID_BAG')
    expect(error.message).toContain('bag.interiorMm.w is 200 mm')
  })

  it('refuses options that do not apply to the shape, and tapers that close the top', () => {
    expect(errorOf({ ...valid, taperMm: 5 }).message).toContain('trapezoid bags only')
    expect(errorOf({ ...valid, cornerRadiusMm: 5 }).message).toContain('minaudière bags only')
    expect(errorOf({ ...valid, shape: 'trapezoid', taperMm: 100 }).message).toContain('closes up')
  })

  it('refuses compartments without ids or with the same id twice', () => {
    expect(errorOf({ ...valid, compartments: [] }).code).toBe('INVALID_BAG')
    expect(errorOf({ ...valid, compartments: [{ depthMm: 5 }] }).message).toContain('.id must be a non-empty string')
    expect(errorOf({ ...valid, compartments: [{ id: 'a' }, { id: 'a' }] }).message).toContain('appears twice')
  })

  it('refuses something that is not an object', () => {
    expect(errorOf('12x9x5cm').message).toContain('bag must be an object')
    expect(errorOf(null).code).toBe('INVALID_BAG')
  })
})
