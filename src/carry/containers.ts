import { bagInterior } from '../bag/index.js'
import type { BagShape, ShopSize } from '../bag/types.js'
import { fail, show } from '../errors.js'
import { parseSize } from '../geometry/units.js'
import type { FitContainer, Vec3 } from '../pack/types.js'
import { POCKET_NAMES, pocketSize, type PocketName } from './pockets.js'
import type { CarryContainer } from './types.js'

/**
 * Containers people name, as carry containers: pockets (sourced, see `pockets.ts`), a phone case with card slots, a
 * detachable pouch, a tote (typical sizes, marked so) and bags given by size or already resolved by the caller.
 */

/**
 * A card slot: an ID-1 card (85.6 × 53.98 × 0.76 mm, ISO/IEC 7810) with 2.4 mm of play in width, 2.5 mm in height and
 * room for one card in thickness. Typical: our allowance, not a measured case.
 */
const CARD_SLOT_MM: Vec3 = [88, 1.2, 56.5]

/**
 * A phone case's sleeve, holding one phone: room for every phone in the seed catalog (the largest is 79 × 163 ×
 * 8.6 mm, Samsung Galaxy S24 Ultra) with about 1 mm to spare. Typical.
 */
const PHONE_SLEEVE_MM: Vec3 = [80, 9.5, 164]

/** Most card slots a phone case may have. */
const MAX_CARD_SLOTS = 12

/**
 * A detachable pouch, outside width × height × depth: a small zip pouch of the kind sold clipped to a mini bag or
 * inside a tote. Typical, our estimate.
 */
const POUCH_EXTERIOR_MM: ShopSize = { w: 120, h: 80, d: 25 }

/** A canvas shopping tote, outside width × height × depth (with a 10 cm gusset). Typical, our estimate. */
const TOTE_EXTERIOR_MM: ShopSize = { w: 380, h: 420, d: 100 }

/**
 * A garment pocket by name (`womens-jeans-front`, `mens-jeans-back`, `coat`, `blazer`, `trousers-front`, `skirt`; see
 * `POCKET_NAMES`), its thickness with stretch and its open top as `pocketSize` gives them. Worn: it adds no piece.
 */
export function pocketContainer(name: PocketName, id = `pocket:${name}`): CarryContainer {
  const pocket = pocketSize(name)
  return {
    id,
    kind: 'pocket',
    name: pocket.label,
    container: { size: pocket.sizeMm },
    worn: true,
    ...(pocket.overhangShare > 0 ? { overhangShare: pocket.overhangShare } : {}),
    source: pocket.source,
  }
}

/**
 * A phone case with `slots` card slots: the sleeve (phones only) and one container per slot (cards only), all one
 * piece, so using the slots adds no piece to carry once the phone is in its case.
 */
export function phoneCaseContainers(slots: number, id = 'phone-case'): CarryContainer[] {
  const sleeve: CarryContainer = {
    id,
    kind: 'phone-case',
    name: `Phone case${slots > 0 ? ` with ${slots} card slot${slots === 1 ? '' : 's'}` : ''}`,
    container: { size: [...PHONE_SLEEVE_MM] },
    accepts: ['phone'],
    piece: id,
    source: 'typical: a sleeve that takes any phone in the seed catalog',
  }
  const cards: CarryContainer[] = Array.from({ length: slots }, (_, i) => ({
    id: `${id}/slot-${i + 1}`,
    kind: 'card-slot',
    name: `card slot ${i + 1}`,
    container: { size: [...CARD_SLOT_MM] },
    accepts: ['card'],
    piece: id,
    source: 'typical: an ID-1 card (ISO/IEC 7810) plus play, one card deep',
  }))
  return [sleeve, ...cards]
}

/** A pouch of the given outside size (default typical), nested in container `inside` when given. */
export function pouchContainer(options: { id?: string; exteriorMm?: ShopSize; inside?: string } = {}): CarryContainer {
  const exteriorMm = options.exteriorMm ?? POUCH_EXTERIOR_MM
  const made = fromBagLayer('pouch', exteriorMm)
  return {
    id: options.id ?? 'pouch',
    kind: 'pouch',
    name: 'Pouch',
    container: made,
    exterior: [exteriorMm.w, exteriorMm.d, exteriorMm.h],
    ...(options.inside === undefined ? {} : { inside: options.inside }),
    source: options.exteriorMm ? 'given size; interior by the bag layer (pouch)' : 'typical: a small detachable zip pouch; interior by the bag layer',
  }
}

/** A tote of the given outside size (default typical canvas tote). */
export function toteContainer(options: { id?: string; exteriorMm?: ShopSize } = {}): CarryContainer {
  const exteriorMm = options.exteriorMm ?? TOTE_EXTERIOR_MM
  return {
    id: options.id ?? 'tote',
    kind: 'tote',
    name: 'Tote',
    container: fromBagLayer('tote', exteriorMm, 'fabric'),
    source: options.exteriorMm ? 'given size; interior by the bag layer (tote)' : 'typical: a canvas shopping tote; interior by the bag layer',
  }
}

/** A bag from its interior (already derived by the bag layer, e.g. `bagInterior(bag).container`). */
export function bagContainer(id: string, container: FitContainer, options: { name?: string; source?: string; inside?: string; exterior?: Vec3 } = {}): CarryContainer {
  return { id, kind: 'bag', container, ...options }
}

/**
 * One entry of a carry list as text, before ids are resolved:
 * - `pocket:womens-jeans-front` (see `POCKET_NAMES`), `phone-case:3-cards`, `pouch`, `pouch:12x8x3cm`, `tote`,
 *   `tote:38x42x10cm`, `bag:12x9x5cm` (sizes are outside width × height × depth, as shops give them);
 * - anything else is a bag id for the caller to resolve (`{ kind: 'bag-id' }`);
 * - a suffix `@HOST` nests the container in the one with id HOST (`pouch@tote`);
 * - a suffix `*N` (before `@`) repeats it N times (`jacquemus-le-chiquito*2`: two bags worn at once).
 */
export type ContainerSpec =
  | { kind: 'built'; containers: CarryContainer[]; text: string }
  | { kind: 'bag-id'; id: string; text: string; inside?: string }

/**
 * Reads one entry of a carry list (see `ContainerSpec`). Ids of repeated entries get `#2`, `#3`. Throws
 * `UNKNOWN_CONTAINER` for an unknown pocket or kind with a size, and `INVALID_CARRY` for a bad count or size.
 */
export function parseContainerSpec(text: string): ContainerSpec[] {
  const raw = text.trim()
  const [body, host] = splitOnce(raw, '@')
  if (host !== undefined && host.trim() === '') fail('INVALID_CARRY', `${show(raw)} ends in "@": name the container it goes in, e.g. pouch@tote.`)
  const [name, times] = splitOnce(body, '*')
  const repeat = times === undefined ? 1 : Number(times)
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 12) {
    fail('INVALID_CARRY', `${show(raw)}: the count after "*" must be a whole number from 1 to 12, got ${show(times)}.`)
  }
  const inside = host?.trim()
  const out: ContainerSpec[] = []
  for (let n = 1; n <= repeat; n++) {
    const suffix = repeat > 1 && n > 1 ? `#${n}` : ''
    out.push(parseOne(name.trim(), suffix, inside, raw))
  }
  return out
}

function parseOne(name: string, suffix: string, inside: string | undefined, raw: string): ContainerSpec {
  const [kind, arg] = splitOnce(name, ':')
  const id = (base: string) => base + suffix
  const nested = (c: CarryContainer): CarryContainer => (inside === undefined ? c : { ...c, inside, exterior: c.exterior ?? exteriorOf(c, raw) })
  switch (kind.toLowerCase()) {
    case 'pocket': {
      const pocket = (arg ?? '').toLowerCase() as PocketName
      if (!POCKET_NAMES.includes(pocket)) {
        fail('UNKNOWN_CONTAINER', `Unknown pocket ${show(arg ?? '')} in ${show(raw)}: expected one of ${POCKET_NAMES.map((p) => `pocket:${p}`).join(', ')}.`)
      }
      if (inside !== undefined) fail('INVALID_CARRY', `${show(raw)}: a garment pocket cannot go inside another container.`)
      return { kind: 'built', containers: [pocketContainer(pocket, id(`pocket:${pocket}`))], text: raw }
    }
    case 'phone-case': {
      const match = arg === undefined ? ['', '0'] : /^(\d+)-cards?$/i.exec(arg)
      const slots = match ? Number(match[1]) : NaN
      if (!Number.isInteger(slots) || slots > MAX_CARD_SLOTS) {
        fail('INVALID_CARRY', `${show(raw)}: expected phone-case or phone-case:N-cards with N from 0 to ${MAX_CARD_SLOTS}, e.g. phone-case:3-cards.`)
      }
      if (inside !== undefined) fail('INVALID_CARRY', `${show(raw)}: a phone case is carried on its own; nest pouches, not phone cases.`)
      return { kind: 'built', containers: phoneCaseContainers(slots, id('phone-case')), text: raw }
    }
    case 'pouch': {
      const exteriorMm = arg === undefined ? undefined : shopSize(arg, raw)
      return { kind: 'built', containers: [pouchContainer({ id: id('pouch'), ...(exteriorMm ? { exteriorMm } : {}), ...(inside ? { inside } : {}) })], text: raw }
    }
    case 'tote': {
      const exteriorMm = arg === undefined ? undefined : shopSize(arg, raw)
      const tote = toteContainer({ id: id('tote'), ...(exteriorMm ? { exteriorMm } : {}) })
      const outside = exteriorMm ?? TOTE_EXTERIOR_MM
      return { kind: 'built', containers: [nested({ ...tote, exterior: [outside.w, outside.d, outside.h] })], text: raw }
    }
    case 'bag': {
      if (arg === undefined) fail('INVALID_CARRY', `${show(raw)}: give the bag's outside size, e.g. bag:12x9x5cm (width × height × depth), or its catalog id.`)
      const exteriorMm = shopSize(arg, raw)
      const bag = bagContainer(id(`bag:${arg}`), fromBagLayer('box', exteriorMm), {
        name: `Bag ${arg}`,
        source: 'given outside size; interior by the bag layer (box shape, its default materials)',
        exterior: [exteriorMm.w, exteriorMm.d, exteriorMm.h],
      })
      return { kind: 'built', containers: [nested(bag)], text: raw }
    }
    default:
      if (arg !== undefined) {
        fail('UNKNOWN_CONTAINER', `Unknown container kind ${show(kind)} in ${show(raw)}: expected pocket:NAME, phone-case:N-cards, pouch[:SIZE], tote[:SIZE], bag:SIZE or a bag id.`)
      }
      return { kind: 'bag-id', id: id(name), text: raw, ...(inside === undefined ? {} : { inside }) }
  }
}

/** The interior the bag layer derives for a plain shape of this outside size. */
function fromBagLayer(shape: BagShape, exteriorMm: ShopSize, material?: 'fabric'): FitContainer {
  return bagInterior({ exteriorMm, shape, ...(material ? { material } : {}) }).container
}

function exteriorOf(c: CarryContainer, raw: string): Vec3 {
  if (c.exterior) return c.exterior
  return fail('INVALID_CARRY', `${show(raw)}: only containers with a known outside size can be nested.`)
}

/** `12x8x3cm` read as outside width × height × depth in millimetres. */
function shopSize(text: string, raw: string): ShopSize {
  try {
    const [w, h, d] = parseSize(text).sizeMm
    return { w: w!, h: h!, d: d! }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return fail('INVALID_CARRY', `${show(raw)}: ${message} (width × height × depth, e.g. 12x8x3cm).`)
  }
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const i = text.indexOf(sep)
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)]
}
