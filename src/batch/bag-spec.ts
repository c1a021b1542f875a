import { MATERIAL_NAMES, normaliseName } from '../bag/index.js'
import type { MaterialName } from '../bag/index.js'
import type { Bag } from '../catalog/index.js'
import { catalogBagToSpec } from '../services/catalog-bag.js'
import { bagKey } from './keys.js'
import type { BatchBag } from './types.js'

/**
 * A catalog bag as the batch carries it: the bag layer's spec as `micropurse what-fits --bag ID` derives it, and its
 * content key. The spec comes from the shared `catalogBagToSpec`; a material the catalog gives in words
 * ("Structured leather") is read as the bag layer's name when it is one, as `what-fits` does. No side is invented:
 * a bag without a full size or a shape carries the reason instead.
 */
export function batchBag(bag: Bag): BatchBag {
  const spec = catalogBagToSpec(bag)
  if (!('missing' in spec) && spec.material === undefined && bag.material) {
    const name = normaliseName(bag.material)
    if ((MATERIAL_NAMES as string[]).includes(name)) spec.material = name as MaterialName
  }
  return { id: bag.id, key: bagKey(spec), spec }
}
