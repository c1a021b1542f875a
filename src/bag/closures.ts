import type { BagClosure } from './types.js'

/**
 * How far each end of a zip falls short of the mouth, in millimetres: the parked slider at one end, the top stop
 * and tape end at the other. Our calibration: zip gauges are named by their chain width in millimetres (#3, #5;
 * fyzipper.com, kommatiapatterns.com), but no stored page gives slider or stop lengths, so we take 8 mm a side.
 */
export const ZIP_END_MM = 8

/**
 * Share of the bag's exterior width a clasp frame's inner span reaches. Carol Hardware ("What size metal clasp
 * frame do I need") gives frames of 80–95% of the bag width for structured handbags; the inner span is shorter than
 * the frame by its hinges, so we take the low end, 80%.
 */
const FRAME_SPAN_SHARE = 0.8

/** Height of a clasp frame's bar inside the top, in mm. Our calibration: a glue-in frame channel about 5 mm deep. */
const FRAME_BAR_MM = 5

/** Height a drawstring's channel and gathers take from the top, in mm. Our calibration: a 10 mm casing. */
const DRAWSTRING_MM = 10

/** What a closure costs at the top and how it limits the opening. */
export interface ClosureRule {
  label: string
  /** Height lost at the top, in mm, given one wall's thickness. */
  topMm: (wallStackMm: number) => number
  topReason: string
  /** The opening's width given the mouth's width and the bag's exterior width, in mm. */
  openingWidthMm: (mouthMm: number, exteriorWidthMm: number) => number
  openingReason: string
}

/** Closure rules; each default is explained in `topReason` and `openingReason` (and in docs/bags.md). */
export const CLOSURES: Readonly<Record<BagClosure, Readonly<ClosureRule>>> = {
  flap: {
    label: 'flap',
    topMm: (stack) => stack,
    topReason: 'the flap lies over the mouth: one wall stack',
    openingWidthMm: (mouth) => mouth,
    openingReason: 'the flap lifts off the whole top',
  },
  zip: {
    label: 'zip',
    topMm: (stack) => stack,
    topReason: 'the zip is set into the top: one wall stack',
    openingWidthMm: (mouth) => mouth - 2 * ZIP_END_MM,
    openingReason: `the zip stops ${ZIP_END_MM} mm short of each end (slider, stops and tape ends; our calibration)`,
  },
  clasp: {
    label: 'clasp frame',
    topMm: (stack) => Math.max(stack, FRAME_BAR_MM),
    topReason: `the frame's bar takes ${FRAME_BAR_MM} mm or one wall stack, whichever is more (our calibration)`,
    openingWidthMm: (mouth, exterior) => Math.min(mouth, FRAME_SPAN_SHARE * exterior),
    openingReason: `a clasp frame's inner span reaches about ${FRAME_SPAN_SHARE * 100}% of the bag's width (frames are 80–95% of it, Carol Hardware)`,
  },
  'open-top': {
    label: 'open top',
    topMm: () => 0,
    topReason: 'an open top has no top wall',
    openingWidthMm: (mouth) => mouth,
    openingReason: 'the whole top is open',
  },
  drawstring: {
    label: 'drawstring',
    topMm: (stack) => Math.max(stack, DRAWSTRING_MM),
    topReason: `the drawstring casing and gathers take ${DRAWSTRING_MM} mm (our calibration)`,
    openingWidthMm: (mouth) => mouth,
    openingReason: 'drawn open, the mouth opens fully',
  },
}

/** Closure names in table order, for error messages and docs. */
export const CLOSURE_NAMES = Object.keys(CLOSURES) as BagClosure[]
