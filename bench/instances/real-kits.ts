/**
 * Real micro-bag kits: things people carry (sourced sizes from bench/data/real-dimensions.json) in real micro and
 * mini bags, whose interior is taken as the sourced exterior less a wall allowance on every side. Nobody knows
 * the answer in advance. Kits range from an evening's few things in a roomy bag (easy) through hopeless ones (a
 * phone in a Le Petit Chiquito) to bags filled to the brim (the hard ones).
 */
import { readFileSync } from 'node:fs'
import type { FitItem, FitProblem, Vec3 } from '../../src/pack/types.js'
import { pick, randInt, randRange, type Random } from '../lib/prng.js'
import { fitsAlone, volumeMm3 } from './shape.js'

interface SourcedDims {
  w: number
  h: number
  d: number
}

/** A bag of bench/data/real-dimensions.json (a copy of shared/data/bags.json entries). */
export interface RealBag {
  id: string
  exterior_mm: SourcedDims
  dims_status: string
}

/** An item of bench/data/real-dimensions.json (a copy of shared/data/items.json entries, plus typical ones). */
interface RealItem {
  id: string
  category: string
  dims_mm: SourcedDims
  dims_status: string
}

export interface RealDimensions {
  bags: RealBag[]
  items: RealItem[]
  typicalItems: RealItem[]
}

/**
 * What kind of kit: an evening out, a day with a phone, or whatever is at hand up to 50–80 % (`packed`) or
 * 80–100 % (`brim`) of the interior's volume.
 */
export type KitTheme = 'evening' | 'daily' | 'packed' | 'brim'

export const KIT_THEMES: readonly KitTheme[] = ['evening', 'daily', 'packed', 'brim']

/** Most boxes a kit holds (the target: up to 16 real items decided within 1 s). */
const MAX_KIT_BOXES = 16

/** Reads bench/data/real-dimensions.json. */
export function loadRealDimensions(): RealDimensions {
  return JSON.parse(
    readFileSync(new URL('../data/real-dimensions.json', import.meta.url), 'utf8'),
  ) as RealDimensions
}

/** A bag's interior: its exterior `[w, d, h]` less `wallMm` on each of the six sides. */
function interiorOf(bag: RealBag, wallMm: number): Vec3 {
  const e = bag.exterior_mm
  return [e.w, e.d, e.h].map((v) => Math.round((v - 2 * wallMm) * 10) / 10) as Vec3
}

/** An item's size as `[w, d, h]` in millimetres. */
function sizeOf(item: RealItem): Vec3 {
  return [item.dims_mm.w, item.dims_mm.d, item.dims_mm.h]
}

/** A kit of one theme for one bag, at most 16 boxes, identical things merged into one item with a count. */
export function realKitProblem(
  random: Random,
  data: RealDimensions,
  bag: RealBag,
  theme: KitTheme,
  wallMm: number,
): FitProblem {
  const container = interiorOf(bag, wallMm)
  const all = [...data.items, ...data.typicalItems]
  const byId = (id: string) => all.find((it) => it.id === id)!
  const ofCategory = (category: string) => all.filter((it) => it.category === category)
  const coins = all.filter((it) => it.id.startsWith('us-coin-'))
  const notes = all.filter((it) => it.id.startsWith('us-banknote-folded'))
  const chosen: RealItem[] = []
  const add = (item: RealItem, times = 1) => {
    for (let i = 0; i < times && chosen.length < MAX_KIT_BOXES; i++) chosen.push(item)
  }

  if (theme === 'evening') {
    add(byId('lipstick-typical'))
    add(byId('iso-7810-id1-card'), randInt(random, 1, 3))
    add(pick(random, notes), randInt(random, 0, 3))
    for (let i = randInt(random, 0, 4); i > 0; i--) add(pick(random, coins))
    if (random() < 0.5) add(byId('apple-airtag'))
  } else if (theme === 'daily') {
    add(pick(random, ofCategory('phone')))
    add(byId('iso-7810-id1-card'), randInt(random, 1, 4))
    add(byId('lip-balm-twist-tube'))
    if (random() < 0.6) add(pick(random, ofCategory('audio')))
    add(pick(random, notes), randInt(random, 0, 2))
    for (let i = randInt(random, 0, 4); i > 0; i--) add(pick(random, coins))
  } else {
    // Fill to a random share of the interior with things that each fit on their own, while any still fits the share.
    const share = theme === 'packed' ? randRange(random, 0.5, 0.8, 2) : randRange(random, 0.8, 1, 2)
    const boxes = randInt(random, 6, MAX_KIT_BOXES)
    let room = share * volumeMm3(container)
    for (;;) {
      const candidates = all.filter((it) => fitsAlone(sizeOf(it), container) && volumeMm3(sizeOf(it)) <= room)
      if (candidates.length === 0 || chosen.length >= boxes) break
      const item = pick(random, candidates)
      add(item)
      room -= volumeMm3(sizeOf(item))
    }
  }
  return { container: { size: container }, items: mergeCopies(chosen) }
}

/** Identical things become one item with a count, in order of first appearance. */
function mergeCopies(chosen: readonly RealItem[]): FitItem[] {
  const items = new Map<string, FitItem>()
  for (const it of chosen) {
    const existing = items.get(it.id)
    if (existing) existing.count = (existing.count ?? 1) + 1
    else items.set(it.id, { id: it.id, size: sizeOf(it), count: 1, rotate: 'any' })
  }
  return [...items.values()]
}
