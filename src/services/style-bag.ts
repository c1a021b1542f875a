/**
 * Glue between the catalog, the bag geometry, the fit engine and the styling advisor (which stands alone): a catalog
 * bag becomes the advisor's plain `StyleBag`, and the fit engine works out where the seed's `essentials` kit goes,
 * which the practicality and evening rules read as a precomputed capacity.
 */
import { MicropurseError } from '../errors.js'
import { bagInterior } from '../bag/index.js'
import type { BagSpec } from '../bag/index.js'
import { loadSeed } from '../catalog/index.js'
import type { Bag, Item } from '../catalog/index.js'
import { bagContainer, planCarry, pocketContainer } from '../carry/index.js'
import type { CarryContainer, CarryItem, PocketName } from '../carry/index.js'
import { fit } from '../pack/index.js'
import type { FitItem, FitProblem } from '../pack/types.js'
import { BAG_VERDICT_NODE_LIMIT } from './what-fits.js'
import type {
  BagMaterial,
  CapacityInput,
  Embellishment,
  Essential,
  Outfit,
  PlacedEssential,
  StyleBag,
  Strap,
} from '../style/index.js'

/** The seed kit whose items the capacity check packs: a phone, a card, a lipstick and two house keys. */
const CAPACITY_KIT_ID = 'essentials'
/**
 * Each capacity check is decided by work units (`BAG_VERDICT_NODE_LIMIT`), so a bag's capacity is the same on any
 * machine; the time limit, ms, is a safety net that keeps the server's cost of a style request bounded (a few small
 * items take well under a millisecond).
 */
const FIT_TIME_LIMIT_MS = 250

/**
 * The advisor's view of a catalog bag. `colour` comes from the caller (the catalog has no colours). Material,
 * embellishments and straps are read from the catalog's words ("leather-interlaced chain", "clip to another bag");
 * structure from the shape. Throws `INVALID_BAG` when the catalog has no width for it.
 */
export function styleBagFromCatalog(bag: Bag, colour: string): StyleBag {
  if (bag.exteriorMm.w === null) {
    throw new MicropurseError(
      'INVALID_BAG',
      `Bag ${JSON.stringify(bag.id)} has no width in the catalog (${bag.dimsStatus}): give its size with --bag-size instead, e.g. --bag-size 12x9x5cm.`,
    )
  }
  const words = `${bag.material ?? ''} ${bag.model}`.toLowerCase()
  const strapWords = (bag.strap ?? '').toLowerCase()
  const result: StyleBag = {
    id: bag.id,
    name: displayName(bag),
    widthMm: bag.exteriorMm.w,
    colour,
  }
  if (bag.exteriorMm.h !== null) result.heightMm = bag.exteriorMm.h
  if (bag.exteriorMm.d !== null) result.depthMm = bag.exteriorMm.d
  const material = materialFrom(words)
  if (material) result.material = material
  const embellishments = EMBELLISHMENT_WORDS.filter(([, re]) => re.test(words)).map(([e]) => e)
  if (embellishments.length > 0) result.embellishments = embellishments
  if (bag.shape !== null && STRUCTURED[bag.shape] !== undefined) result.isStructured = STRUCTURED[bag.shape]
  if (bag.strap !== null) result.straps = strapsFrom(strapWords, bag.strapLengthMm)
  if (/\bclip\b|carabiner/.test(strapWords)) result.hasClip = true
  return result
}

/** The bag geometry spec of a catalog bag, or why there is none (a missing side or shape). */
export function bagSpecFromCatalog(bag: Bag): BagSpec | string {
  const { w, h, d } = bag.exteriorMm
  if (w === null || h === null || d === null)
    return `the catalog has no full size for ${bag.id} (${bag.dimsStatus})`
  if (bag.shape === null) return `the catalog has no shape for ${bag.id}`
  const spec: BagSpec = { exteriorMm: { w, h, d }, shape: bag.shape }
  if (bag.closure !== null) spec.closure = bag.closure
  const inside = bag.interiorMm
  if (inside && inside.w !== null && inside.h !== null && inside.d !== null)
    spec.interiorMm = { w: inside.w, h: inside.h, d: inside.d }
  return spec
}

/**
 * Which pockets a garment has, by the words of its name (first match wins): a blazer's hip pockets, a coat's patch
 * pockets, jeans' front and back pockets, trousers' front pockets, a skirt's or dress's side pockets. Anything else
 * with pockets is taken to have two women's jeans front pockets, the smallest measured, so a "fits" holds for most.
 * Sizes and sources in `src/carry/pockets.ts` and `src/carry/garment-pockets.ts`.
 */
const GARMENT_POCKET_WORDS: readonly { words: RegExp; pockets: readonly PocketName[] }[] = [
  { words: /blazer|suit jacket|sport coat|sports jacket/, pockets: ['blazer', 'blazer'] },
  { words: /coat|jacket|trench|parka|puffer|anorak|cardigan/, pockets: ['coat', 'coat'] },
  { words: /jeans|denim/, pockets: ['womens-jeans-front', 'womens-jeans-front', 'womens-jeans-back', 'womens-jeans-back'] },
  { words: /trousers|pants|slacks|chinos|culottes|shorts/, pockets: ['trousers-front', 'trousers-front'] },
  { words: /skirt|dress/, pockets: ['skirt', 'skirt'] },
]
const OTHER_POCKETS: readonly PocketName[] = ['womens-jeans-front', 'womens-jeans-front']

/**
 * The pockets an outfit lends the essentials: for each garment marked `hasPockets`, the pockets its name says it has
 * (see `GARMENT_POCKET_WORDS`). The outfit says only that a garment has pockets, not how big they are.
 */
export function outfitPockets(outfit: Outfit): CarryContainer[] {
  const pockets: CarryContainer[] = []
  // Read before the advisor checks the outfit (which it does after the capacity is known): skip anything odd.
  const garments: unknown[] = Array.isArray(outfit?.garments) ? outfit.garments : []
  garments.forEach((value, g) => {
    const garment = value as Partial<Outfit['garments'][number]> | null
    if (typeof garment !== 'object' || garment === null || garment.hasPockets !== true) return
    const name = typeof garment.name === 'string' ? garment.name : 'garment'
    const kinds = GARMENT_POCKET_WORDS.find((w) => w.words.test(name.toLowerCase()))?.pockets ?? OTHER_POCKETS
    kinds.forEach((kind, i) => {
      const pocket = pocketContainer(kind, `pocket:${g + 1}-${i + 1}`)
      pockets.push({ ...pocket, name: `${name} pocket ${i + 1} (${pocket.name})` })
    })
  })
  return pockets
}

/**
 * Where the essentials kit goes: in the bag, in the outfit's `pockets` (see `outfitPockets`), or nowhere.
 * - Without pockets the fit engine packs the kit one line at a time, most important first (phone, keys, card,
 *   lipstick, other), keeping each line that still fits with the ones before.
 * - With pockets the carry planner shares the kit between the bag and the pockets, most important first (its
 *   priorities follow the same order), each container's layout checked by the fit engine.
 * An `unknown` answer (time limit) counts as no place. Items come from the seed.
 */
export function essentialsCapacity(spec: BagSpec, pockets: readonly CarryContainer[] = []): CapacityInput {
  const lines = essentialsKit()
  // The interior; walls that leave no room mean nothing goes in.
  let container: FitProblem['container'] | undefined
  try {
    container = bagInterior(spec).container
  } catch (error) {
    if (!(error instanceof MicropurseError) || error.code !== 'INVALID_BAG') throw error
  }
  if (pockets.length > 0) return plannedCapacity(lines, container, pockets)
  // Add kit lines in order of importance while they still fit together.
  const accepted: FitItem[] = []
  const items: PlacedEssential[] = []
  for (const line of lines) {
    let fits = false
    if (container) {
      const answer = fit({
        container,
        items: [...accepted, line.fitItem],
        options: { timeLimitMs: FIT_TIME_LIMIT_MS, nodeLimit: BAG_VERDICT_NODE_LIMIT },
      })
      fits = answer.status === 'fits'
    }
    if (fits) accepted.push(line.fitItem)
    for (let i = 0; i < line.count; i++)
      items.push({ id: line.fitItem.id, essential: line.essential, where: fits ? 'bag' : 'nowhere' })
  }
  return { kind: 'placed', items }
}

/** Carry-plan budget when pockets share the kit, ms: a handful of items in three to five containers. */
const PLAN_TIME_LIMIT_MS = 1000

// The kit shared between the bag and the pockets by the carry planner.
function plannedCapacity(
  lines: readonly KitLine[],
  container: FitProblem['container'] | undefined,
  pockets: readonly CarryContainer[],
): CapacityInput {
  // Priorities in the order of importance: one copy of a line outweighs every copy of the lines after it together.
  const priority = new Array<number>(lines.length)
  let after = 0
  for (let k = lines.length - 1; k >= 0; k--) {
    priority[k] = after + 1
    after += priority[k]! * lines[k]!.count
  }
  const items: CarryItem[] = lines.map((line, k) => ({
    id: line.fitItem.id,
    size: line.fitItem.size,
    count: line.count,
    priority: priority[k]!,
  }))
  // The bag is part of the look, worn like the pockets: the planner fills it first, then the pockets.
  const bag = container ? [{ ...bagContainer('bag', container, { name: 'the bag' }), worn: true }] : []
  const containers = [...bag, ...pockets]
  const plan = planCarry({ items, containers, options: { timeLimitMs: PLAN_TIME_LIMIT_MS, fitTimeLimitMs: FIT_TIME_LIMIT_MS } })
  const where = new Map<string, PlacedEssential['where'][]>()
  for (const c of plan.containers) {
    for (const { id, count } of c.contents) {
      const list = where.get(id) ?? []
      for (let i = 0; i < count; i++) list.push(c.kind === 'pocket' ? 'pocket' : 'bag')
      where.set(id, list)
    }
  }
  return {
    kind: 'placed',
    pocketsChecked: true,
    items: lines.flatMap((line) =>
      Array.from({ length: line.count }, (_, i) => ({
        id: line.fitItem.id,
        essential: line.essential,
        where: where.get(line.fitItem.id)?.[i] ?? ('nowhere' as const),
      })),
    ),
  }
}

interface KitLine {
  essential: Essential
  count: number
  fitItem: FitItem
}

const ESSENTIAL_ORDER: Essential[] = ['phone', 'keys', 'card', 'lipstick', 'other']

/** The seed's essentials kit as fit items, most important first. */
function essentialsKit(): KitLine[] {
  const seed = loadSeed()
  const kit = seed.kits.find((k) => k.value.id === CAPACITY_KIT_ID)?.value
  if (!kit) throw new MicropurseError('INTERNAL', `The seed catalog has no ${CAPACITY_KIT_ID} kit.`)
  const lines = kit.items.map((entry) => {
    const item = seed.items.find((i) => i.value.id === entry.itemId)?.value
    if (!item)
      throw new MicropurseError(
        'INTERNAL',
        `The seed kit ${CAPACITY_KIT_ID} names a missing item ${entry.itemId}.`,
      )
    return toLine(item, entry.count)
  })
  return lines.sort((a, b) => ESSENTIAL_ORDER.indexOf(a.essential) - ESSENTIAL_ORDER.indexOf(b.essential))
}

function toLine(item: Item, count: number): KitLine {
  const { w, h, d } = item.dimsMm
  if (w === null || h === null || d === null) {
    throw new MicropurseError(
      'INTERNAL',
      `The seed item ${item.id} in the ${CAPACITY_KIT_ID} kit has no full size.`,
    )
  }
  return {
    essential: essentialOf(item),
    count,
    // Turned at any angle, as a catalog thing goes into any bag (docs/bags.md).
    fitItem: { id: item.id, size: [w, d, h], count, rotate: 'free' },
  }
}

/** Which of the essentials a catalog thing is (a phone, keys, a card, a lipstick), or `other`. */
export function essentialOf(item: Item): Essential {
  if (item.category === 'phone' || item.category === 'keys' || item.category === 'card') return item.category
  if (item.category === 'cosmetics' && item.id.includes('lipstick')) return 'lipstick'
  return 'other'
}

// --- reading the catalog's words ----------------------------------------------------------------------------------

const MATERIAL_WORDS: [BagMaterial, RegExp][] = [
  ['patent', /patent/],
  ['suede', /suede/],
  ['satin', /satin/],
  ['silk', /silk/],
  ['velvet', /velvet/],
  ['raffia', /raffia|straw/],
  ['canvas', /canvas/],
  ['nylon', /nylon/],
  ['acrylic', /acrylic|resin|plexi/],
  ['metal', /\bmetal\b|brass/],
  ['leather', /leather|lambskin|calfskin|saffiano/],
]

const EMBELLISHMENT_WORDS: [Embellishment, RegExp][] = [
  ['crystal', /crystal|strass|rhinestone/],
  ['feather', /feather/],
  ['sequin', /sequin/],
  ['beading', /bead/],
  ['pearl', /pearl/],
  ['metallic', /metallic|lam[eé]\b/],
]

/** Rigid silhouettes hold their shape; soft ones slump. Others (half-moon, round) are left unknown. */
const STRUCTURED: Partial<Record<NonNullable<Bag['shape']>, boolean>> = {
  box: true,
  trapezoid: true,
  minaudiere: true,
  pouch: false,
  bucket: false,
  tote: false,
  barrel: false,
}

/** Brand, model and size: "Chanel Classic Flap Extra Mini" (asides in parentheses dropped). */
function displayName(bag: Bag): string {
  const plain = (text: string | null) => (text ?? '').replace(/\s*\([^)]*\)\s*/g, ' ').trim()
  const model = plain(bag.model)
  const size = plain(bag.sizeName)
  const name = `${plain(bag.brand)} ${model}`
  return size === '' || model.toLowerCase().includes(size.toLowerCase()) ? name : `${name} ${size}`
}

function materialFrom(words: string): BagMaterial | undefined {
  return MATERIAL_WORDS.find(([, re]) => re.test(words))?.[0]
}

/** Straps from words such as "top handle plus detachable shoulder strap" or "adjustable waist belt". */
function strapsFrom(words: string, strapLengthMm: number | null): Strap[] {
  const straps: Strap[] = []
  const length = strapLengthMm === null ? {} : { lengthMm: strapLengthMm }
  if (/chain/.test(words)) straps.push({ kind: 'chain', ...length })
  else if (/strap/.test(words))
    straps.push({ kind: /fabric|canvas|webbing|nylon/.test(words) ? 'fabric' : 'leather', ...length })
  if (/\bcord\b/.test(words)) straps.push({ kind: 'cord' })
  if (/handle/.test(words)) straps.push({ kind: 'handle' })
  if (/belt/.test(words)) straps.push({ kind: 'belt' })
  return straps
}
