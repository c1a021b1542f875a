/**
 * Words more than one layer uses, defined once: bag silhouettes and closures (the bag layer and the catalog) and the
 * kinds of everyday thing (the catalog and carry plans). Those layers may not import each other, so they import
 * these from here.
 */

/**
 * Bag silhouettes, as shops describe them. Each has its own cross-section (see `bag/shapes.ts` and docs/bags.md):
 * - `box`, `tote`, `pouch`: straight sides (a tote opens at the top, a pouch is soft and zipped);
 * - `trapezoid`: front view narrower at the top (Birkin, Kelly, Le Chiquito);
 * - `half-moon`: flat top, half-ellipse below (saddle and crescent bags);
 * - `round`: front view an ellipse, usually a circle (Baby Ball);
 * - `barrel`: side view an ellipse, lying along the width (Speedy);
 * - `bucket`: top view an ellipse, standing upright (Noé);
 * - `minaudiere` (minaudière): hard evening case, front view a rectangle with rounded corners.
 */
export const BAG_SHAPES = [
  'box',
  'trapezoid',
  'half-moon',
  'round',
  'bucket',
  'barrel',
  'pouch',
  'tote',
  'minaudiere',
] as const
export type BagShape = (typeof BAG_SHAPES)[number]

/** How a bag closes; it decides the top allowance and the opening (see `bag/closures.ts`). */
export const BAG_CLOSURES = ['flap', 'zip', 'clasp', 'open-top', 'drawstring'] as const
export type BagClosure = (typeof BAG_CLOSURES)[number]

/**
 * What kind of everyday thing an item is. It decides a carried thing's default priority and what a restricted
 * container (a card slot) may hold.
 */
export const ITEM_CATEGORIES = [
  'phone',
  'card',
  'cash',
  'audio',
  'keys',
  'eyewear',
  'cosmetics',
  'food',
  'case',
  'other',
] as const
export type ItemCategory = (typeof ITEM_CATEGORIES)[number]
