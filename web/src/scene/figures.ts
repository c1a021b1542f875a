/**
 * Figures drawn at true scale next to the bag: a person and a hand, as SVG paths in millimetres, (0, 0) at the top
 * left of their bounding box, y down. Pictograms, not anatomy: what matters is their overall size.
 *
 * Sizes are typical, not measured (say so on the page): a 165 cm person, the height the styling advisor assumes
 * when none is given (docs/styling.md), and an 18 cm hand from wrist crease to the tip of the middle finger, between
 * the usual adult women's and men's lengths.
 */

/** Height of the person drawn, mm. */
const PERSON_HEIGHT_MM = 1650
/** Hand length, wrist to middle fingertip, mm. */
export const HAND_LENGTH_MM = 180

/**
 * The person's right half as (x, y) in thousandths of their height, from the top of the neck down the outside and
 * back up the inside leg; mirrored for the left half. The head is a separate ellipse.
 */
const PERSON_HALF: readonly (readonly [number, number])[] = [
  [0, 118],
  [22, 120],
  [26, 140],
  [92, 162],
  [116, 186],
  [126, 260],
  [132, 360],
  [138, 450],
  [144, 520],
  [136, 560],
  [118, 556],
  [112, 470],
  [100, 370],
  [92, 290],
  [86, 340],
  [78, 420],
  [96, 520],
  [90, 650],
  [74, 800],
  [68, 950],
  [84, 990],
  [70, 1000],
  [22, 1000],
  [24, 950],
  [22, 800],
  [14, 620],
  [0, 580],
]
const HEAD = { cy: 60, rx: 46, ry: 60 }
/** Half the person's width at the widest (the hands), as a share of their height. */
export const PERSON_HALF_WIDTH_SHARE = 0.144

/** The person's body outline (without the head) and head, for a person `heightMm` tall, centred on x = 0. */
export function personShapes(heightMm = PERSON_HEIGHT_MM): { body: string; head: { cx: number; cy: number; rx: number; ry: number } } {
  const k = heightMm / 1000
  const right = PERSON_HALF.map(([x, y]) => [x * k, y * k] as const)
  const left = [...right].reverse().map(([x, y]) => [-x, y] as const)
  const points = [...right, ...left.slice(1, -1)]
  return { body: smoothClosedPath(points), head: { cx: 0, cy: HEAD.cy * k, rx: HEAD.rx * k, ry: HEAD.ry * k } }
}

/** One rounded rectangle of a figure, mm. */
export interface RoundedRect {
  x: number
  y: number
  w: number
  h: number
  r: number
  /** Degrees, about the rectangle's bottom centre. */
  rotate?: number
}

/**
 * A hand seen palm-on, fingers up, `lengthMm` from wrist to middle fingertip, as rounded rectangles: palm, four
 * fingers and the thumb. Its bounding box starts at x = 0 (the thumb) and y = 0 (the middle fingertip).
 */
export function handShapes(lengthMm = HAND_LENGTH_MM): { parts: RoundedRect[]; widthMm: number; heightMm: number } {
  const L = lengthMm
  const palmW = 0.44 * L
  const palmH = 0.55 * L
  const fingerW = palmW / 4.3
  const gap = (palmW - 4 * fingerW) / 3
  const thumbRoom = 0.24 * L
  const palmTop = L - palmH
  // Index, middle, ring, little: lengths as shares of the hand.
  const lengths = [0.4, 0.45, 0.42, 0.33]
  const parts: RoundedRect[] = [{ x: thumbRoom, y: palmTop, w: palmW, h: palmH, r: 0.08 * L }]
  lengths.forEach((share, i) => {
    const h = share * L + 0.06 * L
    parts.push({ x: thumbRoom + i * (fingerW + gap), y: palmTop - share * L, w: fingerW, h, r: fingerW / 2 })
  })
  // The thumb leans out from the lower palm, its root hidden under the palm's edge.
  const thumbW = fingerW * 1.2
  parts.push({ x: thumbRoom + 0.02 * L, y: 0.45 * L, w: thumbW, h: 0.4 * L, r: thumbW / 2, rotate: -40 })
  return { parts, widthMm: thumbRoom + palmW, heightMm: L }
}

/**
 * A closed path through `points`, smoothed with a Catmull-Rom spline turned into cubic Béziers (each segment's
 * control points are a sixth of the neighbouring chord from its ends).
 */
function smoothClosedPath(points: readonly (readonly [number, number])[]): string {
  const n = points.length
  const p = (i: number) => points[(i + n) % n]!
  let d = `M${r(p(0)[0])} ${r(p(0)[1])}`
  for (let i = 0; i < n; i++) {
    const [x0, y0] = p(i - 1)
    const [x1, y1] = p(i)
    const [x2, y2] = p(i + 1)
    const [x3, y3] = p(i + 2)
    d += `C${r(x1 + (x2 - x0) / 6)} ${r(y1 + (y2 - y0) / 6)} ${r(x2 - (x3 - x1) / 6)} ${r(y2 - (y3 - y1) / 6)} ${r(x2)} ${r(y2)}`
  }
  return d + 'Z'
}

function r(v: number): number {
  return Math.round(v * 10) / 10
}
