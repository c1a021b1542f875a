import type { CarryCategory } from './types.js'

/**
 * Default priority of one item by category: what a person reaches for most, on a 1-10 scale. These are our own
 * stated defaults (typical, not measured), ordered by how often and how urgently each is needed on a day out:
 *
 * | category  | priority | why |
 * |-----------|----------|-----|
 * | phone     | 10 | reached for dozens of times a day: pay, map, call, photo |
 * | keys      | 9  | no way home without them |
 * | card      | 9  | pays and identifies; most days one card is the wallet |
 * | cash      | 6  | a fallback for card payments |
 * | cosmetics | 5  | lipstick or balm, touched up a few times a day |
 * | eyewear   | 4  | needed at times, and often worn rather than carried |
 * | audio     | 3  | earbuds: welcome, not needed |
 * | food      | 2  | mints and sweets |
 * | case      | 2  | a spare phone case on its own (a phone in its case is the phone) |
 * | other     | 2  | anything else |
 *
 * An item's own `priority` overrides its category's; `mustHave` outranks any priority.
 */
export const DEFAULT_PRIORITY: Readonly<Record<CarryCategory, number>> = {
  phone: 10,
  keys: 9,
  card: 9,
  cash: 6,
  cosmetics: 5,
  eyewear: 4,
  audio: 3,
  food: 2,
  case: 2,
  other: 2,
}
