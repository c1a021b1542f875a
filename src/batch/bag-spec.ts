import type { Bag } from '../catalog/index.js'
import { catalogBagToSpec } from '../services/catalog-bag.js'
import { bagKey } from './keys.js'
import type { BatchBag } from './types.js'

/**
 * A catalog bag as the batch carries it: the bag layer's spec as `micropurse what-fits --bag ID` derives it, and its
 * content key. The spec comes from the shared `catalogBagToSpec`, as `what-fits` derives it. No side is invented:
 * a bag without a full size or a shape carries the reason instead.
 */
export function batchBag(bag: Bag): BatchBag {
  const spec = catalogBagToSpec(bag)
  return { id: bag.id, key: bagKey(spec), spec }
}
