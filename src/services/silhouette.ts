import type { MaterialName, MaterialStack } from '../bag/index.js'
import type { Bag, Catalog } from '../catalog/index.js'
import { defineSilhouette } from '../design/index.js'
import type { HardwareKind, Silhouette } from '../design/index.js'
import { fail, show } from '../errors.js'
import { catalogBagToSpec } from './catalog-bag.js'

/** Overrides for a catalog bag's silhouette. */
export interface SilhouetteOverrides {
  material?: MaterialName | MaterialStack
  hardware?: HardwareKind[]
}

/**
 * The silhouette of a catalog bag, for the designer. Unknown ids throw `UNKNOWN_SILHOUETTE` with the closest bags
 * that can be scaled; a bag without a full size or a shape throws `INVALID_BAG`. Handle anchors are assumed when the
 * strap mentions a handle, or when no strap is recorded (assuming hardware can only make the answer more cautious).
 */
export async function catalogSilhouette(
  catalog: Catalog,
  id: string,
  overrides: SilhouetteOverrides = {},
): Promise<Silhouette> {
  const bag = await catalog.find('bags', id)
  if (!bag) {
    // The closest bag ids from the catalog's index, kept when they can be scaled (a full size and a shape).
    const near = await catalog.closest('bags', id, { limit: 20 })
    const usable: string[] = []
    for (const candidate of near) {
      const found = await catalog.find('bags', candidate)
      if (found && !('missing' in catalogBagToSpec(found))) usable.push(candidate)
    }
    const closest = usable.slice(0, 5)
    fail(
      'UNKNOWN_SILHOUETTE',
      `Unknown silhouette ${show(id)}: silhouettes are catalog bags with a full size and shape. ${closest.length > 0 ? `Closest: ${closest.join(', ')}.` : 'See micropurse catalog list --kind bags.'}`,
      { id, suggestions: closest },
    )
  }
  const spec = catalogBagToSpec(bag)
  if ('missing' in spec) {
    fail(
      'INVALID_BAG',
      `Bag ${show(id)} cannot be scaled: it has ${spec.missing}. A silhouette needs the width, height, depth and shape.`,
    )
  }
  const notes: string[] = []
  const hasHandles = bag.strap === null || /handle/i.test(bag.strap)
  if (bag.strap === null && overrides.hardware === undefined)
    notes.push(
      'no strap recorded in the catalog: handle anchors assumed (hardware can only make the answer more cautious); --hardware sets it',
    )
  if (bag.closure === null)
    notes.push("no closure recorded in the catalog: the shape's usual closure applies")
  const silhouette = defineSilhouette({
    id: bag.id,
    label: silhouetteLabel(bag),
    reference: spec,
    ...(overrides.material !== undefined && { material: overrides.material }),
    ...(overrides.hardware !== undefined && { hardware: overrides.hardware }),
    hasHandles,
  })
  return { ...silhouette, notes: [...notes, ...silhouette.notes] }
}

/** Brand, model and size, without the size name's asides: `Hermès Birkin 25`. */
function silhouetteLabel(bag: Bag): string {
  const size = bag.sizeName?.replace(/\s*\(.*$/, '').trim()
  return [bag.brand, bag.model, size].filter(Boolean).join(' ')
}
