import type { BagInterior, BagSpec, MaterialName, MaterialStack, ShopSize } from '../bag/types.js'
import type { FitAnswer, FitContainer, FitItem, FitProof, FitStatus } from '../pack/types.js'

/** Hardware that stands proud of the lining into the interior; see `HARDWARE` in `hardware.ts`. */
export type HardwareKind = 'turn-lock' | 'clasp' | 'handle-anchors'

/**
 * One piece of hardware as it intrudes into the interior, in millimetres. Its size never scales with the bag; its
 * place follows the rule of its kind (see `HARDWARE`).
 */
export interface HardwarePart {
  kind: HardwareKind
  /** Footprint on the wall: across (along x) and up (along z). */
  widthMm: number
  heightMm: number
  /** How far it stands proud of the lining, into the bag (along y). */
  depthMm: number
  /** From the top of the interior down to the top edge of the part. */
  belowTopMm: number
}

/**
 * A silhouette: a reference bag's outline and proportions, which scale, plus the parts that do not scale (the wall
 * stack, the closure's allowances, the hardware). Build one with `defineSilhouette`.
 */
export interface Silhouette {
  /** Usually the reference bag's catalog id, e.g. `hermes-birkin-25`. */
  id: string
  /** Words for people, e.g. `Hermès Birkin 25`. */
  label: string
  /**
   * The reference bag as made: exterior, shape, closure, taper or corner radius. Its measured interior and
   * compartments are left out (walls do not scale, so a measured interior says nothing about other sizes).
   */
  reference: BagSpec
  /** The wall stack at every size, with its name (`custom` for a stack of your own). */
  material: MaterialStack & { name: MaterialName | 'custom' }
  hardware: HardwarePart[]
  /** What was assumed or left out while defining it, for people. */
  notes: string[]
}

/** What `defineSilhouette` takes. Lengths in millimetres. */
export interface SilhouetteInput {
  id: string
  label?: string
  reference: BagSpec
  /** Overrides the reference's material (default: the reference's, else the shape's usual one). */
  material?: MaterialName | MaterialStack
  /**
   * Hardware by kind, with optional size overrides; default `defaultHardware(reference closure, hasHandles)`.
   * An empty list means none.
   */
  hardware?: (HardwareKind | (Partial<HardwarePart> & { kind: HardwareKind }))[]
  /** Whether the bag has top handles (adds `handle-anchors` to the default hardware). Default false. */
  hasHandles?: boolean
}

/** The silhouette built at one exterior width: the bag spec, its interior, and the container with the hardware. */
export interface ScaledBag {
  widthMm: number
  /** Exterior at this width, as shops give it (w, h, d). */
  exteriorMm: ShopSize
  spec: BagSpec
  /** The bag layer's interior (before the hardware). */
  interior: BagInterior
  /** The fit container: the interior's, plus the hardware as blocked regions. */
  container: FitContainer
  /** What each blocked region of `container` is, in order: `outline` steps, `divider`s, or a hardware kind. */
  blockedKinds: ('outline' | 'divider' | HardwareKind)[]
  volumes: ScaledVolumes
}

/** Volumes of a scaled bag in millilitres, and the shares of the exterior volume each part takes (0 to 1). */
export interface ScaledVolumes {
  /** Inside the exterior outline (the bag as a solid). */
  exteriorMl: number
  /** Free for things: the fit container less every blocked region. */
  usableMl: number
  /** Taken by walls, stiffener, lining, base and the closure's top allowance. */
  materialsShare: number
  /** Given up by the inside approximation of a curved or slanted outline (steps). */
  approximationShare: number
  /** Taken by the hardware. */
  hardwareShare: number
  /** usableMl / exteriorMl. */
  usableShare: number
}

/** Options of `designScale` and `capacityCurve`. Lengths in millimetres of exterior width. */
export interface ScaleOptions {
  /** Smallest width to consider (default: the smallest width at which the walls leave room, at least 1 mm). */
  minWidthMm?: number
  /** Largest width to consider (default: twice the reference width). */
  maxWidthMm?: number
  /**
   * Time limit for deciding each width, in milliseconds, shared by the fits that decide it (default 1000). A width
   * whose fits run out of time is `unknown`.
   */
  widthTimeLimitMs?: number
  /** How many widths to check on each side of the threshold the bisection finds (default 3). */
  windowMm?: number
  /** Check every width of the range instead of bisecting (default false). */
  exhaustive?: boolean
}

/** How the status of one width was decided. */
export type ProbeMethod =
  /** A full `fit`. */
  | 'fit'
  /** A layout found at another width, moved and accepted by `checkPacking` here. */
  | 'reused-layout'
  /** At or below a larger width where the interior box and opening alone ruled the kit out. */
  | 'box-bound'
  /**
   * A fit of a container with more room (the interior box alone, or the outline without the hardware): its "does not
   * fit" holds here; its layout, as found or mirrored, passed the layout checker here.
   */
  | 'relaxation'

/** One width the search decided. */
export interface ScaleProbe {
  widthMm: number
  status: FitStatus
  by: ProbeMethod
  /** The fit's proof kind (`layout` for a reused layout). */
  proof: FitProof['kind']
  elapsedMs: number
  /** For `reused-layout`: the width whose layout was moved here. */
  carriedFromMm?: number
}

/** A width with the full answer there: the bag, its container and the fit answer (layout or reason). */
export interface ScalePoint {
  widthMm: number
  exteriorMm: ShopSize
  container: FitContainer
  usableMl: number
  /** The bag layer's derivation, then one line per piece of hardware. */
  explanation: string[]
  answer: FitAnswer
}

/** Fitting at `fitsAtMm` but not at the larger `failsAtMm`: a place where scaling up loses the kit. */
export interface MonotoneBreak {
  fitsAtMm: number
  failsAtMm: number
  /** Why, in words: what the smaller bag's layout hits in the larger one. */
  reason: string
}

/** What the search proved, and what it assumed. Width ranges are inclusive, in millimetres. */
export interface ScaleCertainty {
  /** Whether fitting is proven monotone for this silhouette (see docs/designer.md), so bisection alone is exact. */
  monotone: 'proven' | 'not-proven'
  /** Why `monotone` is what it is. */
  monotoneReason: string
  /** Every width up to this one is proven not to fit: at this width the interior box and opening alone rule it out. */
  boundFloorMm: number | null
  /** Widths below `smallest` that were neither tried nor covered by the bound: assumed not to fit. */
  untriedBelow: [number, number][]
  /** Widths above `largestNotFitting` that were not tried: assumed to fit. */
  untriedAbove: [number, number][]
  /** True when every width below `smallest` in the range is proven not to fit. */
  smallestIsExact: boolean
  /** True when every width above `largestNotFitting` in the range is proven to fit. */
  largestIsExact: boolean
}

/**
 * The answer of `designScale`:
 * - `found`: the kit fits at `smallest` and not at `largestNotFitting`;
 * - `fits-at-range-start`: it fits already at the smallest width of the range (`largestNotFitting` is null);
 * - `unknown`: fits ran out of time where the threshold lies, so the answer is a bracket (see `unknownWidthsMm`).
 */
export interface ScaleResult {
  status: 'found' | 'fits-at-range-start' | 'unknown'
  silhouette: { id: string; label: string; referenceWidthMm: number }
  material: Silhouette['material']
  hardware: HardwarePart[]
  items: FitItem[]
  rangeMm: [number, number]
  /** Smallest width found to fit, with its layout. Null only when nothing was proven to fit (`unknown`). */
  smallest: ScalePoint | null
  /** Largest width found not to fit, with the reason. Null when the kit fits at the range start. */
  largestNotFitting: ScalePoint | null
  /** Widths where a fit ran out of time. */
  unknownWidthsMm: number[]
  breaks: MonotoneBreak[]
  certainty: ScaleCertainty
  /** Every width decided, by width. */
  probes: ScaleProbe[]
  /** One line per finding, for people. */
  summary: string[]
  stats: { fits: number; reusedLayouts: number; elapsedMs: number }
}

/** A named kit for the capacity curve. */
export interface CurveKit {
  id: string
  label?: string
  items: FitItem[]
}

/** Options of `capacityCurve`. */
export interface CurveOptions extends Omit<ScaleOptions, 'minWidthMm' | 'maxWidthMm' | 'exhaustive'> {
  fromMm: number
  toMm: number
  /** Width step between table rows (default 10 mm; the volume series is always every millimetre). */
  stepMm?: number
}

/** One row of the capacity table. */
export interface CurveRow {
  widthMm: number
  /** Null when the walls leave no room at this width (`reason` says why). */
  exteriorMm: ShopSize | null
  volumes: ScaledVolumes | null
  reason?: string
  /** Each kit's status at this width, by kit id (each decided by a fit, a checked layout or the box bound). */
  kits: Record<string, FitStatus>
}

/** A kit's threshold over the curve's range. */
export interface CurveThreshold {
  kitId: string
  label: string
  /** `found`, `fits-at-range-start`, `unknown` as in `ScaleResult`, or `never` when it fits nowhere in the range. */
  status: ScaleResult['status'] | 'never'
  smallestMm: number | null
  largestNotFittingMm: number | null
  breaks: MonotoneBreak[]
  /** The reason it does not fit at the largest width, for `never`. */
  reason?: string
}

/** The answer of `capacityCurve`. */
export interface CapacityCurve {
  silhouette: ScaleResult['silhouette']
  material: Silhouette['material']
  hardware: HardwarePart[]
  rangeMm: [number, number]
  /** Smallest width at which the walls leave room; widths below it have no interior. */
  minValidWidthMm: number
  /** Every millimetre of the range where the bag has room: width and volumes. */
  series: { widthMm: number; volumes: ScaledVolumes }[]
  rows: CurveRow[]
  thresholds: CurveThreshold[]
  stats: { fits: number; reusedLayouts: number; elapsedMs: number }
}
