import { scaleBag } from './scaled-bag.js'
import type { ScaledBag, Silhouette } from './types.js'

/**
 * Scaled bags of one silhouette, built once per width and kept: a search and a capacity curve ask for the same
 * widths many times, and building one (outline steps, hardware, volumes) takes a few milliseconds.
 */
export interface BagsByWidth {
  readonly silhouette: Silhouette
  /** The bag at a whole-millimetre width; throws `INVALID_BAG` where the walls leave no room. */
  at(widthMm: number): ScaledBag
}

/** A cache of scaled bags for one silhouette. */
export function bagsByWidth(silhouette: Silhouette): BagsByWidth {
  const bags = new Map<number, ScaledBag>()
  return {
    silhouette,
    at(widthMm) {
      let bag = bags.get(widthMm)
      if (!bag) {
        bag = scaleBag(silhouette, widthMm)
        bags.set(widthMm, bag)
      }
      return bag
    },
  }
}
