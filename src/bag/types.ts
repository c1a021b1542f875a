import type { FitContainer, Vec3 } from '../pack/types.js'
import type { BagClosure, BagShape } from '../vocabulary.js'

// Outline families (each with its own cross-section, `shapes.ts`) and closures (`closures.ts`), shared with the catalog.
export type { BagClosure, BagShape } from '../vocabulary.js'

/** Names of the material stacks in `MATERIALS`. */
export type MaterialName = 'structured-leather' | 'soft-leather' | 'coated-canvas' | 'fabric' | 'metal-frame'

/**
 * What one wall is made of, outside to inside, in millimetres: the outer material, an optional stiffener
 * (bonded leather board, interfacing) and the lining. A wall is as thick as the three together.
 */
export interface MaterialStack {
  wallMm: number
  stiffenerMm: number
  liningMm: number
}

/** Exterior or measured interior as shops give it: width, height, depth in millimetres. */
export interface ShopSize {
  w: number
  h: number
  d: number
}

/**
 * A section of the bag, front to back, separated from the next by a divider. Sections without `depthMm` share
 * what the others leave; when every section gives its depth, whatever is left goes to the last one.
 */
export interface CompartmentSpec {
  id: string
  /** Inside depth of the section (along y), in millimetres. */
  depthMm?: number
}

/**
 * A bag as people and shops describe it. Lengths in millimetres.
 * The engine's axes are x = width, y = depth, z = height; `exteriorMm` keeps the shop order (w, h, d).
 */
export interface BagSpec {
  /** Outside measurements, handles and straps excluded. */
  exteriorMm: ShopSize
  shape: BagShape
  /** A material from `MATERIALS` or a stack of your own. Default: the shape's usual material (see `SHAPES`). */
  material?: MaterialName | MaterialStack
  /** Default: the shape's usual closure (see `SHAPES`). */
  closure?: BagClosure
  /** Front-to-back sections; none means one open interior. */
  compartments?: CompartmentSpec[]
  /** A measured interior bounding box; when given, it replaces the walls and top allowance (the outline stays). */
  interiorMm?: ShopSize
  /** Trapezoid only: how far each side leans in over the full height, in mm (default 8% of the height). */
  taperMm?: number
  /** Minaudière only: corner radius of the front view, in mm (default 15% of the smaller of width and height). */
  cornerRadiusMm?: number
}

/** One section of the bag as a fit container of its own. */
export interface BagCompartment {
  id: string
  container: FitContainer
  /** Free volume of this section in millilitres. */
  volumeMl: number
}

/** The interior `bagInterior` derives, ready for `fit`, with every number explained. */
export interface BagInterior {
  /** The whole interior: usable bounding box, blocked parts (outline steps and dividers), top opening. */
  container: FitContainer
  /** Each section as its own container; empty when the bag has no compartments. */
  compartments: BagCompartment[]
  /**
   * Where the container's corner sits in the bag: mm from the outside's left, front and bottom (x, y, z). A measured
   * interior is taken as centred in the exterior (its walls' real thicknesses are unknown).
   */
  originMm: Vec3
  /** Free volume of `container` (its box less its blocked parts), in millilitres. */
  volumeMl: number
  /** Volume of the true interior outline (walls removed, before the inside approximation), in millilitres. */
  outlineVolumeMl: number
  /** Share of the outline's volume the inside approximation and rounding give up (0 to 1), dividers excluded. */
  lostShare: number
  /** How many steps approximate a curved or slanted outline (0 for straight-sided shapes). */
  steps: number
  /** The wall stack used, in mm, and where its name comes from. */
  material: MaterialStack & { name: MaterialName | 'custom' }
  closure: BagClosure
  /** Wall and top allowances actually subtracted, in mm (all 0 for a measured interior). */
  allowancesMm: { side: number; bottom: number; top: number }
  /** `derived` from exterior and materials, or `measured` from `interiorMm`. */
  source: 'derived' | 'measured'
  /** One sentence per derived number, in the order they were derived. */
  explanation: string[]
}
