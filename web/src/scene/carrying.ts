import type { Bag } from '../data/types.js'

/**
 * How a bag is carried, for the person at true scale: on its strap from the shoulder, in the hand by its handle, at
 * the waist, or held as a clutch, and how far below the shoulder or the hand it hangs.
 *
 * Heights on the body are fractions of standing height from the floor, after Contini's segment-length figure
 * (R. Contini, "Body Segment Parameters, Part II", Artificial Limbs 16(1), 1972; the figure Winter's Biomechanics
 * reproduces): shoulder 0.818, elbow 0.630, hip joint 0.530, wrist 0.485, fingertip 0.377.
 */
export const BODY_SHARE = { shoulder: 0.818, elbow: 0.63, hip: 0.53, wrist: 0.485, fingertip: 0.377 } as const
/** Where a hand grips a handle: halfway between wrist and fingertip. */
export const GRIP_SHARE = (BODY_SHARE.wrist + BODY_SHARE.fingertip) / 2
/** Drops used when the catalog gives none, mm (typical, not sourced): a long strap, a top handle. */
export const TYPICAL_STRAP_DROP_MM = 550
const TYPICAL_HANDLE_DROP_MM = 90

type CarryWay = 'shoulder' | 'hand' | 'waist' | 'clutch'

export interface Carrying {
  way: CarryWay
  /** From the shoulder (strap) or the grip (handle) down to the top of the bag, mm; 0 at the waist or as a clutch. */
  dropMm: number
  /** Where the drop comes from. */
  dropFrom: 'catalog' | 'typical' | 'none'
  /** How the page says it: "on its strap, 55 cm below the shoulder (typical drop)". */
  words: string
}

/**
 * How the catalog's words and drops say a bag is carried. A strap or chain that goes over the shoulder wins (the bag
 * hangs at its drop, or half the strap's length, below the shoulder); else handles put it in the hand; a belt puts it
 * at the waist; nothing at all makes it a clutch. A bag typed by hand has no record: on a strap, as most micro bags.
 */
export function carryingOf(bag: Pick<Bag, 'strap' | 'strapDropMm' | 'strapLengthMm' | 'handleDropMm'> | null): Carrying {
  const words = (bag?.strap ?? '').toLowerCase()
  if (bag && /\b(waist|belt)\b/.test(words)) return { way: 'waist', dropMm: 0, dropFrom: 'none', words: 'at the waist, on its belt' }
  const hasStrap = !bag || /shoulder|crossbody|cross-body|chain|long|strap/.test(words.replace(/top handle|handles?/g, ''))
  if (hasStrap) {
    const drop = bag?.strapDropMm ?? (bag?.strapLengthMm ? bag.strapLengthMm / 2 : null)
    const from = drop !== null && drop !== undefined ? 'catalog' : 'typical'
    const mm = drop ?? TYPICAL_STRAP_DROP_MM
    return { way: 'shoulder', dropMm: mm, dropFrom: from, words: `on its strap, ${Math.round(mm / 10)} cm below the shoulder${from === 'typical' ? ' (a typical drop)' : ''}` }
  }
  if ((bag && /handle/.test(words)) || bag?.handleDropMm) {
    const mm = bag?.handleDropMm ?? TYPICAL_HANDLE_DROP_MM
    const from = bag?.handleDropMm ? 'catalog' : 'typical'
    return { way: 'hand', dropMm: mm, dropFrom: from, words: `in the hand, its handle ${Math.round(mm / 10)} cm high${from === 'typical' ? ' (a typical handle)' : ''}` }
  }
  return { way: 'clutch', dropMm: 0, dropFrom: 'none', words: 'held in the hand as a clutch' }
}

/** Height of the top of the bag above the floor, mm, for a person `heightMm` tall. */
export function bagTopMm(carrying: Carrying, heightMm: number, bagHeightMm: number): number {
  switch (carrying.way) {
    case 'shoulder':
      // A long drop cannot take the bag below the knee: it rests at the fingertips at the lowest.
      return Math.max(BODY_SHARE.fingertip * heightMm, BODY_SHARE.shoulder * heightMm - carrying.dropMm)
    case 'hand':
      return GRIP_SHARE * heightMm - carrying.dropMm
    case 'waist':
      // Centred on the natural waist, close to elbow height when standing.
      return BODY_SHARE.elbow * heightMm + bagHeightMm / 2
    case 'clutch':
      return GRIP_SHARE * heightMm + bagHeightMm / 2
  }
}
