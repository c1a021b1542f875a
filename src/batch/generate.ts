import { SHAPE_NAMES } from '../bag/index.js'
import type { BagClosure, BagShape } from '../bag/index.js'
import type { Bag, Catalog } from '../catalog/index.js'
import { loadSeed } from '../catalog/index.js'
import { mulberry32 } from '../random.js'
import type { Random } from '../random.js'
import { normal, streamSeed, weighted } from './prng.js'

/**
 * The spread of the seed catalog's bags, which synthetic bags are drawn from. Sizes are log-normal: the seed runs
 * from a 25 mm charm to a 350 mm Birkin, and proportions vary more than sizes do.
 */
export interface BagSpread {
  /** Mean and standard deviation of ln(width in mm). */
  logWidth: { mean: number; sd: number }
  /** Mean and standard deviation of ln(height / width) and ln(depth / width). */
  logHeightRatio: { mean: number; sd: number }
  logDepthRatio: { mean: number; sd: number }
  /** How often each shape occurs (seed counts plus one half, so every shape the bag layer knows appears). */
  shapes: Record<BagShape, number>
  /** How often each closure occurs per shape (`none`: the catalog says nothing, the shape's usual one applies). */
  closures: Record<BagShape, Record<BagClosure | 'none', number>>
}

/** Sizes are kept to what a handbag can be, in mm: the seed's extremes with some room. */
const LIMITS = { w: [20, 450], h: [15, 400], d: [8, 250] } as const

/** The spread of the seed bags that have all three sides and a shape. */
export function seedBagSpread(): BagSpread {
  const bags = loadSeed().bags.map((r) => r.value)
  const sized = bags.filter(
    (b) => b.exteriorMm.w !== null && b.exteriorMm.h !== null && b.exteriorMm.d !== null && b.shape !== null,
  )
  const stats = (values: number[]) => {
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    return { mean, sd: Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)) }
  }
  const shapes = Object.fromEntries(SHAPE_NAMES.map((s) => [s, 0.5])) as Record<BagShape, number>
  const closures = Object.fromEntries(
    SHAPE_NAMES.map((s) => [s, {} as Record<BagClosure | 'none', number>]),
  ) as BagSpread['closures']
  for (const bag of bags) {
    if (bag.shape === null) continue
    shapes[bag.shape] += 1
    const closure = bag.closure ?? 'none'
    closures[bag.shape][closure] = (closures[bag.shape][closure] ?? 0) + 1
  }
  // A shape the seed never closes gets the shape's usual closure.
  for (const shape of SHAPE_NAMES) if (Object.keys(closures[shape]).length === 0) closures[shape].none = 1
  return {
    logWidth: stats(sized.map((b) => Math.log(b.exteriorMm.w!))),
    logHeightRatio: stats(sized.map((b) => Math.log(b.exteriorMm.h! / b.exteriorMm.w!))),
    logDepthRatio: stats(sized.map((b) => Math.log(b.exteriorMm.d! / b.exteriorMm.w!))),
    shapes,
    closures,
  }
}

/**
 * Synthetic bag number `index` (from 0) of `seed`: shape and closure drawn with the seed catalog's frequencies,
 * width, height-to-width and depth-to-width drawn log-normally with the seed's means and spreads, rounded to
 * 0.1 mm. Each bag has its own random stream, so bag i is the same whatever the count.
 */
export function syntheticBag(seed: number, index: number, spread: BagSpread, digits = 6): Bag {
  const random = mulberry32(streamSeed(seed, index))
  const shape = weighted(random, spread.shapes)
  const closure = weighted(random, spread.closures[shape])
  const w = clamp(Math.exp(draw(random, spread.logWidth)), LIMITS.w)
  const h = clamp(w * Math.exp(draw(random, spread.logHeightRatio)), LIMITS.h)
  const d = clamp(w * Math.exp(draw(random, spread.logDepthRatio)), LIMITS.d)
  const id = `synthetic-${String(index + 1).padStart(digits, '0')}`
  return {
    id,
    brand: 'Synthetic',
    model: `${shape} ${Math.round(w)}`,
    sizeName: null,
    exteriorMm: { w, h, d },
    interiorMm: null,
    dimsStatus: 'typical',
    shape,
    closure: closure === 'none' ? null : closure,
    material: null,
    strap: null,
    price: null,
    priceConverted: null,
    yearIntroduced: null,
    isReferenceOnly: false,
    handleDropMm: null,
    strapLengthMm: null,
    strapDropMm: null,
    sources: [],
    notes: `Synthetic bag ${index + 1} of seed ${seed}, drawn from the seed catalog's spread of shapes, closures and sizes by micropurse batch generate; not a real bag.`,
    details: {},
  }
}

/** Bags written per transaction by `generateBags`. */
const BAGS_PER_WRITE = 5000

/**
 * Writes `count` synthetic bags (`synthetic-000001`...) of `seed` into the catalog, replacing bags with the same
 * ids (so generating again with another seed is an edit of every synthetic bag). Returns how many were written.
 */
export async function generateBags(
  catalog: Catalog,
  {
    count,
    seed,
    onProgress,
  }: { count: number; seed: number; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  const spread = seedBagSpread()
  const digits = Math.max(6, String(count).length)
  for (let start = 0; start < count; start += BAGS_PER_WRITE) {
    const bags = []
    for (let i = start; i < Math.min(count, start + BAGS_PER_WRITE); i++) {
      bags.push({ line: i + 1, value: syntheticBag(seed, i, spread, digits) })
    }
    await catalog.importRows({ format: 'json', bags, items: [], kits: [], issues: [] })
    onProgress?.(start + bags.length, count)
  }
  return count
}

function draw(random: Random, { mean, sd }: { mean: number; sd: number }): number {
  return mean + sd * normal(random)
}

function clamp(value: number, [low, high]: readonly [number, number]): number {
  return Math.round(Math.min(high, Math.max(low, value)) * 10) / 10
}
