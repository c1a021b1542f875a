/**
 * The front view of a bag as an SVG path, for the true-scale view. Millimetres, with (0, 0) at the top left of the
 * bag's bounding box and y pointing down, as in SVG. The shapes follow docs/bags.md; handles and straps are drawn
 * separately.
 *
 *   box, tote, pouch   trapezoid     half-moon     round       minaudière
 *   +-------+          __/‾‾‾\__      +-------+      .-.        .-----.
 *   |       |         /         \      \     /      (   )      (       )
 *   +-------+        +-----------+      `---´        `-´        `-----´
 */

/** Shapes the path knows; anything else is drawn as a box. */
type OutlineShape = 'box' | 'trapezoid' | 'half-moon' | 'round' | 'bucket' | 'barrel' | 'pouch' | 'tote' | 'minaudiere'

/** How far each side of a trapezoid leans in over the height: the bag layer's default (8% of the height). */
const TAPER_SHARE = 0.08
/** Corner radius of a minaudière, as a share of its smaller side: the bag layer's default. */
const CORNER_SHARE = 0.15

/** The SVG path (`d`) of a bag's front view, `wMm` wide and `hMm` high. */
export function bagOutlinePath(shape: string | null, wMm: number, hMm: number): string {
  const w = round(wMm)
  const h = round(hMm)
  switch (shape as OutlineShape) {
    case 'trapezoid': {
      const t = round(hMm * TAPER_SHARE)
      return `M${t} 0H${round(wMm - hMm * TAPER_SHARE)}L${w} ${h}H0Z`
    }
    case 'half-moon':
      return `M0 0H${w}A${round(wMm / 2)} ${h} 0 0 1 0 0Z`
    case 'round':
      return ellipse(wMm, hMm)
    case 'barrel':
      return roundedRect(wMm, hMm, Math.min(wMm, hMm) * 0.35)
    case 'bucket':
      return roundedRect(wMm, hMm, Math.min(wMm, hMm) * 0.12, true)
    case 'minaudiere':
      return roundedRect(wMm, hMm, Math.min(wMm, hMm) * CORNER_SHARE)
    default:
      return roundedRect(wMm, hMm, Math.min(wMm, hMm) * 0.05)
  }
}

function ellipse(wMm: number, hMm: number): string {
  const rx = round(wMm / 2)
  const ry = round(hMm / 2)
  return `M0 ${ry}A${rx} ${ry} 0 1 1 ${round(wMm)} ${ry}A${rx} ${ry} 0 1 1 0 ${ry}Z`
}

/** A rectangle with rounded corners (only the bottom ones when `bottomOnly`). */
function roundedRect(wMm: number, hMm: number, radiusMm: number, bottomOnly = false): string {
  const w = round(wMm)
  const h = round(hMm)
  const r = round(Math.min(radiusMm, wMm / 2, hMm / 2))
  const top = bottomOnly ? `M0 0H${w}` : `M${r} 0H${round(wMm - r)}A${r} ${r} 0 0 1 ${w} ${r}`
  const left = bottomOnly ? `L0 0Z` : `V${r}A${r} ${r} 0 0 1 ${r} 0Z`
  return `${top}V${round(hMm - r)}A${r} ${r} 0 0 1 ${round(wMm - r)} ${h}H${r}A${r} ${r} 0 0 1 0 ${round(hMm - r)}${left}`
}

function round(v: number): number {
  return Math.round(v * 100) / 100
}
