/**
 * The advisor's edge: checks a `StyleInput` once, with messages that name the bad value and what was expected, and
 * turns it into the form the rules trust (colours parsed, shares normalised, defaults filled in).
 */
import { fail, show } from '../errors.js'
import type { ErrorCode } from '../errors.js'
import { parseColour } from './colour.js'
import type { Colour } from './colour.js'
import {
  BAG_MATERIALS,
  BELT_KINDS,
  CARRY_PLACES,
  EMBELLISHMENTS,
  ESSENTIALS,
  GARMENT_FITS,
  GARMENT_LAYERS,
  NECKLINES,
  OCCASIONS,
  STRAP_KINDS,
} from './types.js'
import type { CapacityInput, Garment, GarmentLayer, Occasion, StyleBag, StyleInput, Wearer } from './types.js'

/** A garment the rules can trust: colour parsed, share normalised (shares sum to 1), layer filled in, a label for text. */
export interface CheckedGarment extends Garment {
  layer: GarmentLayer
  colourOf: Colour
  /** e.g. `coat`, or `piece 2` when unnamed. */
  label: string
}

/** A `StyleInput` the rules can trust. */
export interface CheckedInput {
  bag: StyleBag
  bagColour: Colour
  garments: CheckedGarment[]
  wearer: Wearer
  occasion: Occasion
  capacity: CapacityInput | undefined
}

/** Most garments an outfit may list (a guard against pasting a catalogue by mistake). */
const MAX_GARMENTS = 30

const INPUT_KEYS = ['bag', 'outfit', 'wearer', 'occasion', 'capacity']
const BAG_KEYS = [
  'id',
  'name',
  'widthMm',
  'heightMm',
  'depthMm',
  'colour',
  'material',
  'embellishments',
  'isStructured',
  'straps',
  'hasClip',
  'weightG',
]
const GARMENT_KEYS = ['name', 'colour', 'fit', 'share', 'layer', 'isHeavy', 'hasPockets']
const WEARER_KEYS = ['heightCm', 'neckline', 'belt', 'hostBag']

/**
 * Checks everything `adviseStyle` reads and returns it in trusted form. Throws a `MicropurseError` naming the field,
 * the value and what was expected: `INVALID_BAG`, `INVALID_COLOUR`, `INVALID_OUTFIT`, `INVALID_INPUT` (wearer,
 * capacity) or `INVALID_OPTION` (occasion). Unknown fields are rejected, not ignored, so typos surface.
 */
export function checkStyleInput(input: StyleInput): CheckedInput {
  const value = input as unknown
  requireObject(value, 'the style input', 'INVALID_INPUT')
  checkKeys(value, INPUT_KEYS, 'the style input', 'INVALID_INPUT')
  const bag = checkBag(value.bag)
  const garments = checkOutfit(value.outfit)
  const wearer = checkWearer(value.wearer)
  const occasion = checkOccasion(value.occasion)
  const capacity = checkCapacity(value.capacity)
  return {
    bag,
    bagColour: parseColour(bag.colour, `bag ${show(bag.id)}`),
    garments,
    wearer,
    occasion,
    capacity,
  }
}

/** Checks an occasion name; `undefined` means `everyday`. Throws `INVALID_OPTION` for anything else. */
function checkOccasion(value: unknown): Occasion {
  if (value === undefined) return 'everyday'
  if (typeof value !== 'string' || !(OCCASIONS as readonly string[]).includes(value)) {
    fail('INVALID_OPTION', `Unknown occasion ${show(value)}: expected one of ${OCCASIONS.join(', ')}.`)
  }
  return value as Occasion
}

/** Checks a bag; the colour is parsed separately so its error names the bag. */
function checkBag(value: unknown): StyleBag {
  requireObject(value, 'the bag', 'INVALID_BAG')
  checkKeys(value, BAG_KEYS, 'the bag', 'INVALID_BAG')
  if (typeof value.id !== 'string' || value.id.trim() === '') {
    fail('INVALID_BAG', `The bag's id is ${show(value.id)}: expected a non-empty string.`)
  }
  const where = `bag ${show(value.id)}`
  optionalString(value.name, `${where}: name`, 'INVALID_BAG')
  requirePositive(value.widthMm, `${where}: widthMm`, 'INVALID_BAG', 'a width in millimetres, e.g. 120')
  for (const key of ['heightMm', 'depthMm', 'weightG'] as const) {
    if (value[key] != null)
      requirePositive(value[key], `${where}: ${key}`, 'INVALID_BAG', 'a positive number')
  }
  if (typeof value.colour !== 'string') {
    fail(
      'INVALID_COLOUR',
      `The ${where} has no colour (got ${show(value.colour)}): expected colour text such as "#ff1493" or "hotpink".`,
    )
  }
  optionalEnum(value.material, BAG_MATERIALS, `${where}: material`, 'INVALID_BAG')
  if (value.embellishments !== undefined) {
    requireArray(value.embellishments, `${where}: embellishments`, 'INVALID_BAG')
    for (const e of value.embellishments)
      optionalEnum(e, EMBELLISHMENTS, `${where}: embellishment`, 'INVALID_BAG')
  }
  optionalBoolean(value.isStructured, `${where}: isStructured`, 'INVALID_BAG')
  optionalBoolean(value.hasClip, `${where}: hasClip`, 'INVALID_BAG')
  if (value.straps !== undefined) {
    requireArray(value.straps, `${where}: straps`, 'INVALID_BAG')
    value.straps.forEach((strap, i) => {
      const at = `${where}: strap ${i + 1}`
      requireObject(strap, at, 'INVALID_BAG')
      checkKeys(strap, ['kind', 'lengthMm'], at, 'INVALID_BAG')
      if (strap.kind === undefined)
        fail('INVALID_BAG', `${capitalise(at)} has no kind: expected one of ${STRAP_KINDS.join(', ')}.`)
      optionalEnum(strap.kind, STRAP_KINDS, `${at}: kind`, 'INVALID_BAG')
      if (strap.lengthMm != null)
        requirePositive(strap.lengthMm, `${at}: lengthMm`, 'INVALID_BAG', 'a length in millimetres')
    })
  }
  // Drop JSON nulls ("not known") so the rules see plain absence.
  const bag = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as unknown as StyleBag
  return bag
}

/** Checks an outfit and returns its garments with colours parsed and shares normalised to sum to 1. */
function checkOutfit(value: unknown): CheckedGarment[] {
  requireObject(value, 'the outfit', 'INVALID_OUTFIT')
  checkKeys(value, ['name', 'garments'], 'the outfit', 'INVALID_OUTFIT')
  optionalString(value.name, 'the outfit: name', 'INVALID_OUTFIT')
  const garments = value.garments
  if (!Array.isArray(garments) || garments.length === 0) {
    fail(
      'INVALID_OUTFIT',
      `The outfit's garments are ${show(garments)}: expected a list of at least one garment.`,
    )
  }
  if (garments.length > MAX_GARMENTS) {
    fail('INVALID_OUTFIT', `The outfit lists ${garments.length} garments: expected at most ${MAX_GARMENTS}.`)
  }
  const checked = garments.map((g: unknown, i: number) => checkGarment(g, i))
  // Normalise shares so they sum to 1.
  const total = checked.reduce((sum, g) => sum + g.share, 0)
  return checked.map((g) => Object.freeze({ ...g, share: g.share / total }))
}

function checkGarment(value: unknown, index: number): CheckedGarment {
  const at = `garment ${index + 1}`
  requireObject(value, at, 'INVALID_OUTFIT')
  const where = typeof value.name === 'string' ? `${at} (${value.name})` : at
  checkKeys(value, GARMENT_KEYS, where, 'INVALID_OUTFIT')
  optionalString(value.name, `${where}: name`, 'INVALID_OUTFIT')
  if (value.fit === undefined)
    fail('INVALID_OUTFIT', `${capitalise(where)} has no fit: expected one of ${GARMENT_FITS.join(', ')}.`)
  if (!(GARMENT_FITS as readonly unknown[]).includes(value.fit)) {
    fail(
      'INVALID_OUTFIT',
      `Unknown fit ${show(value.fit)} for ${where}: expected one of ${GARMENT_FITS.join(', ')}.`,
    )
  }
  requirePositive(
    value.share,
    `${where}: share`,
    'INVALID_OUTFIT',
    'a positive share of the outfit, e.g. 0.6 or 60',
  )
  optionalEnum(value.layer, GARMENT_LAYERS, `${where}: layer`, 'INVALID_OUTFIT')
  optionalBoolean(value.isHeavy, `${where}: isHeavy`, 'INVALID_OUTFIT')
  optionalBoolean(value.hasPockets, `${where}: hasPockets`, 'INVALID_OUTFIT')
  if (value.colour === undefined)
    fail(
      'INVALID_OUTFIT',
      `${capitalise(where)} has no colour: expected colour text such as "#1f2a44" or "navy".`,
    )
  const colourOf = parseColour(value.colour as string, where)
  const garment = value as unknown as Garment
  return { ...garment, layer: garment.layer ?? 'base', colourOf, label: garment.name ?? `piece ${index + 1}` }
}

/** Checks the wearer; absent means nothing known. */
function checkWearer(value: unknown): Wearer {
  if (value === undefined) return {}
  requireObject(value, 'the wearer', 'INVALID_INPUT')
  checkKeys(value, WEARER_KEYS, 'the wearer', 'INVALID_INPUT')
  if (value.heightCm !== undefined) {
    const h = value.heightCm
    if (typeof h !== 'number' || !Number.isFinite(h) || h < 100 || h > 230) {
      fail(
        'INVALID_INPUT',
        `The wearer's heightCm is ${show(h)}: expected a height in centimetres from 100 to 230, e.g. 168.`,
      )
    }
  }
  optionalEnum(value.neckline, NECKLINES, "the wearer's neckline", 'INVALID_INPUT')
  optionalEnum(value.belt, BELT_KINDS, "the wearer's belt", 'INVALID_INPUT')
  if (value.hostBag !== undefined) {
    const host = value.hostBag
    requireObject(host, "the wearer's hostBag", 'INVALID_INPUT')
    checkKeys(host, ['name', 'widthMm', 'hasHandle'], "the wearer's hostBag", 'INVALID_INPUT')
    optionalString(host.name, "the wearer's hostBag: name", 'INVALID_INPUT')
    requirePositive(host.widthMm, "the wearer's hostBag: widthMm", 'INVALID_INPUT', 'a width in millimetres')
    if (typeof host.hasHandle !== 'boolean') {
      fail(
        'INVALID_INPUT',
        `The wearer's hostBag.hasHandle is ${show(host.hasHandle)}: expected true or false.`,
      )
    }
  }
  return value
}

/** Checks a capacity input; absent means unknown. */
function checkCapacity(value: unknown): CapacityInput | undefined {
  if (value === undefined) return undefined
  requireObject(value, 'the capacity', 'INVALID_INPUT')
  if (value.kind === 'volume') {
    checkKeys(value, ['kind', 'interiorMl'], 'the capacity', 'INVALID_INPUT')
    const ml = value.interiorMl
    if (typeof ml !== 'number' || !Number.isFinite(ml) || ml < 0) {
      fail(
        'INVALID_INPUT',
        `The capacity's interiorMl is ${show(ml)}: expected a volume in millilitres, 0 or more.`,
      )
    }
    return { kind: 'volume', interiorMl: ml }
  }
  if (value.kind === 'placed') {
    checkKeys(value, ['kind', 'items', 'pocketsChecked'], 'the capacity', 'INVALID_INPUT')
    if (value.pocketsChecked !== undefined && typeof value.pocketsChecked !== 'boolean') {
      fail('INVALID_INPUT', `The capacity's pocketsChecked is ${show(value.pocketsChecked)}: expected true or false.`)
    }
    requireArray(value.items, "the capacity's items", 'INVALID_INPUT')
    value.items.forEach((item, i) => {
      const at = `capacity item ${i + 1}`
      requireObject(item, at, 'INVALID_INPUT')
      checkKeys(item, ['id', 'essential', 'where'], at, 'INVALID_INPUT')
      optionalString(item.id, `${at}: id`, 'INVALID_INPUT')
      if (!(ESSENTIALS as readonly unknown[]).includes(item.essential)) {
        fail(
          'INVALID_INPUT',
          `Unknown essential ${show(item.essential)} in ${at}: expected one of ${ESSENTIALS.join(', ')}.`,
        )
      }
      if (!(CARRY_PLACES as readonly unknown[]).includes(item.where)) {
        fail(
          'INVALID_INPUT',
          `Unknown place ${show(item.where)} in ${at}: expected one of ${CARRY_PLACES.join(', ')}.`,
        )
      }
    })
    return value as unknown as CapacityInput
  }
  return fail(
    'INVALID_INPUT',
    `Unknown capacity kind ${show(value.kind)}: expected "placed" (items and where each goes) or "volume" (interiorMl).`,
  )
}

// --- small checks (null counts as absent: JSON's way of saying "not known") -------------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>

function requireObject(value: unknown, where: string, code: ErrorCode): asserts value is Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(code, `${capitalise(where)} is ${show(value)}: expected an object.`)
  }
}

function requireArray(value: unknown, where: string, code: ErrorCode): asserts value is unknown[] {
  if (!Array.isArray(value)) fail(code, `${capitalise(where)} is ${show(value)}: expected a list.`)
}

function checkKeys(value: Obj, allowed: readonly string[], where: string, code: ErrorCode): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const hint = key === 'color' ? ' (the field is spelt "colour")' : ''
      fail(code, `Unknown field ${show(key)} in ${where}${hint}: expected one of ${allowed.join(', ')}.`)
    }
  }
}

function requirePositive(value: unknown, where: string, code: ErrorCode, expected: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(
      code,
      `${capitalise(where)} is ${value === undefined ? 'missing' : show(value)}: expected ${expected}.`,
    )
  }
}

function optionalString(value: unknown, where: string, code: ErrorCode): void {
  if (value != null && typeof value !== 'string')
    fail(code, `${capitalise(where)} is ${show(value)}: expected text.`)
}

function optionalBoolean(value: unknown, where: string, code: ErrorCode): void {
  if (value != null && typeof value !== 'boolean')
    fail(code, `${capitalise(where)} is ${show(value)}: expected true or false.`)
}

function optionalEnum(value: unknown, allowed: readonly string[], where: string, code: ErrorCode): void {
  if (value != null && !allowed.includes(value as string)) {
    fail(code, `Unknown value ${show(value)} for ${where}: expected one of ${allowed.join(', ')}.`)
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
