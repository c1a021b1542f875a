/**
 * Jeans pocket sizes measured across brands, with their source, and the pocket containers made from them.
 *
 * Source: Jan Diehm and Amber Thomas, "Women's Pockets are Inferior", The Pudding, August 2018,
 * https://pudding.cool/2018/08/pockets/ ; data at https://github.com/the-pudding/data/tree/master/pockets
 * (`measurementRectangles.json` and `measurements.csv`). 80 pairs of blue jeans from 20 popular US brands, a skinny
 * and a straight cut for men and for women in each, all with a 32-inch waistband, measured by hand in shops in
 * Nashville, New York and Seattle between 29 June and 6 August 2018 (right-hand front pocket, empty jeans).
 *
 * What we take from it, per pair, in centimetres:
 * - front pocket, `phone`: the largest rectangle of width:height 1:2 that fits in the pocket outline (the study's
 *   `rectanglePhone`, computed with d3plus `largestRect`, `widthCM` × `heightCM`);
 * - front pocket, `wide`: the same for width:height 4:5 (the study's `rectangleWallet`);
 * - back pocket: the narrowest width above the taper by the shallowest height (`minWidthBack` × `minHeightBack`),
 *   a rectangle that lies inside the measured pentagon.
 *
 * Neither the outline nor the rectangles say how thick a stack the pocket takes: that third side is ours, marked
 * typical (see `POCKET_GIVE` in garment-pockets.ts, with the stretch and overhang of every pocket).
 */
import { GARMENT_POCKETS, POCKET_GIVE } from './garment-pockets.js'
import type { GarmentPocketName, GarmentPocketRecord, PocketGiveKind } from './garment-pockets.js'

/** One pair of jeans as measured: front rectangles and the back pocket's inner rectangle, [width, height] in cm. */
export interface JeansPocketRecord {
  brand: string
  cut: string
  wearer: 'women' | 'men'
  frontPhoneCm: readonly [number, number]
  frontWideCm: readonly [number, number]
  backCm: readonly [number, number]
}

type Row = [brand: string, cut: string, phoneW: number, phoneH: number, wideW: number, wideH: number, backW: number, backH: number]

// Transcribed from the-pudding/data, pockets/measurementRectangles.json (commit c43effa) and measurements.csv
// (commit 9902788), rounded to 0.01 cm.
const WOMEN: Row[] = [
  ['7 for All Mankind', 'skinny', 7.06, 14.12, 8.14, 10.18, 11.5, 13.7],
  ['7 for All Mankind', 'straight', 6.56, 13.12, 8.03, 10.04, 12, 14],
  ['Abercrombie', 'straight', 7.57, 15.13, 9.76, 12.2, 12, 14],
  ['Abercrombie', 'skinny', 7.85, 15.71, 11.52, 14.4, 12, 13.5],
  ['American Eagle', 'boot-cut', 6.54, 13.07, 9.73, 12.16, 11, 12.5],
  ['American Eagle', 'skinny', 7.06, 14.12, 10.68, 13.35, 10.5, 13],
  ['Arizona', 'straight', 7.55, 15.11, 8.42, 10.53, 11.2, 12.2],
  ['Arizona', 'skinny', 7.91, 15.83, 9.02, 11.27, 12, 12.2],
  ['Buckle Black', 'boot-cut', 7.27, 14.54, 8.39, 10.49, 11, 13],
  ['Buckle Black', 'skinny', 7.5, 15.0, 8.46, 10.58, 11.5, 12.5],
  ['Calvin Klein', 'skinny', 5.93, 11.85, 6.98, 8.72, 12, 13.7],
  ['Calvin Klein', 'straight', 6.04, 12.09, 7.57, 9.47, 12.5, 12],
  ['Express', 'skinny', 6.37, 12.75, 8.62, 10.78, 13, 12.5],
  ['Express', 'straight', 7.33, 14.66, 8.68, 10.85, 13, 12.2],
  ['Gap', 'boot-cut', 5.37, 10.74, 7.26, 9.08, 11, 12],
  ['Gap', 'skinny', 6.04, 12.08, 7.97, 9.96, 10.5, 12.5],
  ['Guess', 'straight', 5.55, 11.1, 7.12, 8.9, 13, 11.5],
  ['Guess', 'skinny', 5.94, 11.88, 6.8, 8.5, 12, 11.5],
  ['H&M', 'straight', 6.62, 13.24, 8.31, 10.38, 12, 13.5],
  ['H&M', 'skinny', 6.75, 13.5, 9.52, 11.9, 12, 13],
  ['J. Crew', 'straight', 7.5, 14.99, 8.84, 11.04, 13, 13],
  ['J. Crew', 'skinny', 6.35, 12.7, 7.2, 9.0, 12, 12],
  ['Lee', 'skinny', 7.21, 14.42, 8.23, 10.29, 12.5, 12.5],
  ['Lee', 'straight', 6.92, 13.85, 8.22, 10.28, 12.5, 12.5],
  ["Levi's", 'straight', 7.19, 14.39, 7.55, 9.44, 11.5, 12.5],
  ["Levi's", 'skinny', 7.17, 14.34, 7.87, 9.84, 10.5, 11.5],
  ['Lucky', 'skinny', 6.49, 12.99, 8.73, 10.91, 12.5, 12.7],
  ['Lucky', 'straight', 7.55, 15.1, 10.5, 13.13, 11, 12.7],
  ['Old Navy', 'skinny', 6.49, 12.99, 8.15, 10.19, 12, 13.5],
  ['Old Navy', 'boot-cut', 6.83, 13.66, 7.49, 9.36, 11, 12],
  ['Ralph Lauren', 'skinny', 6.78, 13.56, 7.58, 9.47, 12.5, 13],
  ['Ralph Lauren', 'straight', 6.75, 13.51, 7.8, 9.75, 12.2, 13],
  ['Tommy Hilfiger', 'skinny', 6.5, 13.0, 7.48, 9.35, 11.5, 11.7],
  ['Tommy Hilfiger', 'straight', 7.79, 15.58, 8.69, 10.86, 12.5, 13],
  ['True Religion', 'straight', 6.22, 12.43, 8.46, 10.57, 9.5, 12.5],
  ['True Religion', 'skinny', 6.34, 12.68, 7.96, 9.95, 9.7, 10.5],
  ['Uniqlo', 'straight', 7.06, 14.12, 9.16, 11.45, 11.5, 12.5],
  ['Uniqlo', 'skinny', 6.8, 13.59, 8.05, 10.06, 11.7, 12],
  ['Wrangler', 'skinny', 6.37, 12.74, 8.07, 10.09, 11.7, 11.7],
  ['Wrangler', 'straight', 6.1, 12.21, 7.98, 9.97, 12.5, 13.5],
]

const MEN: Row[] = [
  ['7 for All Mankind', 'straight', 8.22, 16.44, 12.93, 16.16, 12.5, 13],
  ['7 for All Mankind', 'skinny', 8.27, 16.55, 12.93, 16.17, 13, 14],
  ['Abercrombie', 'slim', 8.33, 16.66, 11.31, 14.13, 12, 14],
  ['Abercrombie', 'straight', 8.09, 16.18, 10.96, 13.69, 11, 14],
  ['American Eagle', 'straight', 7.95, 15.89, 12.05, 15.07, 12.5, 14],
  ['American Eagle', 'skinny', 7.35, 14.69, 10.2, 12.75, 11, 12],
  ['Arizona', 'skinny', 9.22, 18.43, 12.88, 16.1, 13, 14.7],
  ['Arizona', 'boot-cut', 8.67, 17.34, 13.1, 16.38, 13.5, 13.5],
  ['Buckle Black', 'slim', 8.29, 16.58, 10.99, 13.74, 13.5, 12],
  ['Buckle Black', 'boot-cut', 9.0, 18.01, 11.6, 14.5, 12.5, 14],
  ['Calvin Klein', 'skinny', 7.74, 15.48, 10.25, 12.82, 11.5, 13.5],
  ['Calvin Klein', 'straight', 8.74, 17.49, 13.96, 17.45, 12.5, 14.5],
  ['Express', 'boot-cut', 7.82, 15.64, 10.52, 13.15, 12.7, 13.5],
  ['Express', 'skinny', 7.45, 14.9, 10.86, 13.57, 12, 12.5],
  ['Gap', 'skinny', 8.57, 17.14, 11.57, 14.46, 11.5, 13.5],
  ['Gap', 'boot-cut', 8.56, 17.11, 11.46, 14.33, 12.5, 13.5],
  ['Guess', 'straight', 8.81, 17.63, 13.52, 16.9, 11.5, 14.5],
  ['Guess', 'skinny', 8.22, 16.43, 11.2, 14.0, 12, 14.5],
  ['H&M', 'skinny', 7.14, 14.28, 10.14, 12.67, 12.5, 13.5],
  ['H&M', 'straight', 7.93, 15.85, 11.31, 14.13, 13, 14.5],
  ['J. Crew', 'skinny', 9.32, 18.64, 13.69, 17.11, 11.5, 12],
  ['J. Crew', 'straight', 8.31, 16.62, 11.6, 14.5, 12, 13],
  ['Lee', 'straight', 8.34, 16.68, 11.23, 14.03, 14, 14],
  ['Lee', 'slim', 9.52, 19.03, 14.46, 18.08, 12.5, 13.7],
  ["Levi's", 'skinny', 8.69, 17.39, 11.45, 14.31, 11.5, 15],
  ["Levi's", 'straight', 8.39, 16.77, 11.3, 14.12, 11.7, 12.5],
  ['Lucky', 'slim', 8.04, 16.08, 11.27, 14.08, 12, 13],
  ['Lucky', 'straight', 8.18, 16.37, 11.99, 14.98, 12, 14.7],
  ['Old Navy', 'skinny', 8.43, 16.86, 11.28, 14.1, 11, 13],
  ['Old Navy', 'boot-cut', 9.06, 18.13, 13.44, 16.81, 11, 12],
  ['Ralph Lauren', 'straight', 8.8, 17.61, 13.68, 17.1, 12.5, 15],
  ['Ralph Lauren', 'slim', 8.72, 17.44, 12.77, 15.96, 13.5, 14.2],
  ['Tommy Hilfiger', 'slim', 8.66, 17.33, 11.58, 14.47, 11.5, 12],
  ['Tommy Hilfiger', 'boot-cut', 8.86, 17.72, 14.3, 17.87, 13, 14],
  ['True Religion', 'slim', 9.7, 19.39, 12.37, 15.47, 11, 12.5],
  ['True Religion', 'straight', 7.69, 15.37, 11.24, 14.05, 11, 13],
  ['Uniqlo', 'skinny', 8.29, 16.58, 12.68, 15.86, 10.5, 12],
  ['Uniqlo', 'regular', 8.09, 16.19, 12.64, 15.8, 11.5, 12.5],
  ['Wrangler', 'slim', 8.98, 17.96, 12.2, 15.25, 12.5, 14],
  ['Wrangler', 'boot-cut', 8.18, 16.35, 10.03, 12.53, 14, 13.5],
]

/** All 80 pairs measured, women's then men's. */
export const JEANS_POCKETS: readonly JeansPocketRecord[] = [
  ...WOMEN.map((r) => toRecord(r, 'women')),
  ...MEN.map((r) => toRecord(r, 'men')),
]

/** The study's citation, for `source` fields and docs. */
const POCKET_SOURCE =
  'The Pudding, "Women\'s Pockets are Inferior" (Diehm & Thomas, 2018): 80 pairs of jeans, 20 brands, github.com/the-pudding/data/tree/master/pockets'

/** Names of the pocket containers: `pocket:<name>` on the command line. Jeans first (measured), then other garments. */
export const POCKET_NAMES = [
  'womens-jeans-front',
  'mens-jeans-front',
  'womens-jeans-front-wide',
  'mens-jeans-front-wide',
  'womens-jeans-back',
  'mens-jeans-back',
  ...(Object.keys(GARMENT_POCKETS) as GarmentPocketName[]),
] as const
export type PocketName = (typeof POCKET_NAMES)[number]

/**
 * A named pocket as a box: [width, thickness, height] in mm, the thickness with its stretch (see `POCKET_GIVE`), and
 * the share of a thing's length that may stand out of its top.
 */
export interface PocketSize {
  name: PocketName
  label: string
  sizeMm: [number, number, number]
  /** Thickness at rest and the stretch added to it in `sizeMm`, mm. */
  restThicknessMm: number
  stretchMm: number
  /** Share of a thing's own length that may stand out of the top (0: none). */
  overhangShare: number
  /** How many pairs the median is over (jeans only). */
  pairs?: number
  /** Where the width and height come from, and the calibration of the rest. */
  source: string
}

/**
 * The pocket called `name`. Jeans: the median over all pairs of that wearer (each side's median separately) of the
 * rectangle named above; medians, not means, so one odd pair does not move it. Other garments: the published figure
 * in `GARMENT_POCKETS`. The thickness, stretch and overhang come from `POCKET_GIVE` (calibration, ours).
 */
export function pocketSize(name: PocketName): PocketSize {
  if (Object.hasOwn(GARMENT_POCKETS, name)) {
    const garment: GarmentPocketRecord = GARMENT_POCKETS[name as GarmentPocketName]
    return withGive(name, garment.label, garment.widthMm, garment.heightMm, garment.give, garment.source)
  }
  const wearer = name.startsWith('womens') ? 'women' : 'men'
  const pairs = JEANS_POCKETS.filter((p) => p.wearer === wearer)
  const which = name.endsWith('back') ? 'backCm' : name.endsWith('wide') ? 'frontWideCm' : 'frontPhoneCm'
  const widthMm = median(pairs.map((p) => p[which][0])) * 10
  const heightMm = median(pairs.map((p) => p[which][1])) * 10
  const front = which !== 'backCm'
  const shape = which === 'backCm' ? 'inner rectangle of the back pocket' : which === 'frontWideCm' ? 'largest 4:5 rectangle in the front pocket' : 'largest 1:2 (phone-shaped) rectangle in the front pocket'
  const label = `${wearer === 'women' ? "Women's" : "Men's"} jeans ${front ? 'front' : 'back'} pocket${which === 'frontWideCm' ? ' (wide shape)' : ''}`
  const source = `sourced: median ${shape} over ${pairs.length} ${wearer}'s pairs, ${POCKET_SOURCE}`
  return { ...withGive(name, label, widthMm, heightMm, front ? 'jeans-front' : 'jeans-back', source), pairs: pairs.length }
}

function withGive(name: PocketName, label: string, widthMm: number, heightMm: number, kind: PocketGiveKind, source: string): PocketSize {
  const give = POCKET_GIVE[kind]
  const thicknessMm = give.restThicknessMm + give.stretchMm
  const overhang = give.overhangShare > 0 ? `; a thing may stand out of the top by up to ${Math.round(give.overhangShare * 100)} % of its length (calibration)` : ''
  return {
    name,
    label,
    sizeMm: [round1(widthMm), thicknessMm, round1(heightMm)],
    restThicknessMm: give.restThicknessMm,
    stretchMm: give.stretchMm,
    overhangShare: give.overhangShare,
    source: `${source}; thickness ${give.restThicknessMm} mm at rest typical, ${thicknessMm} mm with stretch (calibration)${overhang}`,
  }
}

function toRecord(r: Row, wearer: 'women' | 'men'): JeansPocketRecord {
  return { brand: r[0], cut: r[1], wearer, frontPhoneCm: [r[2], r[3]], frontWideCm: [r[4], r[5]], backCm: [r[6], r[7]] }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

function round1(v: number): number {
  return Math.round(v * 10) / 10
}
