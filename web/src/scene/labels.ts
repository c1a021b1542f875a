/**
 * Labels of the 3D view, laid out on the screen: each kind of thing gets one label near the point where its first
 * copy shows (its anchor, projected), joined to it by a leader line, and no label ever covers another or leaves the
 * canvas. Worked out again whenever the view changes (turned, zoomed, exploded), so it holds for the view shown.
 *
 *            [2 Lipstick]
 *                 \
 *      +-----------●---------+        ● anchor (the thing's middle, projected)
 *      |   ●----[1 iPhone 15]|        the label goes at the nearest free spot around it,
 *      +---------------------+        tried outward ring by ring, then anywhere free
 *
 * Greedy, in order of anchors from top to bottom: a label first tries spots that cover no other anchor, then any
 * free spot. A label that finds no free spot at all is left out (the legend still names the thing).
 */

/** A point on the canvas, CSS pixels from its top left. */
export interface ScreenPoint {
  x: number
  y: number
}

/** A label's rectangle on the canvas, CSS pixels. */
export interface LabelRect {
  x: number
  y: number
  w: number
  h: number
}

/** Space kept between labels and from the canvas edge, px. */
export const LABEL_GAP_PX = 3
/** Distances from the anchor tried, px: close first. */
const RINGS = [10, 22, 36, 54, 78, 108, 146, 192]
/** Directions tried on each ring, starting straight up and alternating sides. */
const DIRECTIONS = [-90, -60, -120, -30, -150, 0, 180, 30, 150, 60, 120, 90].map((d) => (d * Math.PI) / 180)
/** Step of the last-resort scan over the whole canvas, px. */
const SCAN_STEP = 4
/** How close to another anchor a label may come before it counts as covering it, px. */
const ANCHOR_CLEARANCE = 5

/**
 * Places one label of `sizes[i]` (w, h in px) for each anchor, inside a `width` × `height` canvas. Returns each
 * label's rectangle, or null when there was no free spot for it. Returned rectangles never overlap (with
 * `LABEL_GAP_PX` between them) and lie inside the canvas.
 */
export function placeLabels(anchors: readonly ScreenPoint[], sizes: readonly { w: number; h: number }[], width: number, height: number): (LabelRect | null)[] {
  const placed: LabelRect[] = []
  const out: (LabelRect | null)[] = anchors.map(() => null)
  const order = anchors.map((_, i) => i).sort((a, b) => anchors[a]!.y - anchors[b]!.y || anchors[a]!.x - anchors[b]!.x)
  for (const i of order) {
    const a = anchors[i]!
    const { w, h } = sizes[i]!
    if (w + 2 * LABEL_GAP_PX > width || h + 2 * LABEL_GAP_PX > height) continue
    const fits = (r: LabelRect, strict: boolean) =>
      inside(r, width, height) &&
      !placed.some((p) => overlaps(p, r, LABEL_GAP_PX)) &&
      (!strict || !anchors.some((o, k) => k !== i && covers(r, o)))
    let found: LabelRect | null = null
    for (const strict of [true, false]) {
      for (const ring of RINGS) {
        for (const angle of DIRECTIONS) {
          const r = around(a, w, h, ring, angle, width, height)
          if (fits(r, strict)) {
            found = r
            break
          }
        }
        if (found) break
      }
      if (found) break
    }
    // Last resort: the free spot nearest the anchor anywhere on the canvas.
    if (!found) {
      let best = Infinity
      for (let y = LABEL_GAP_PX; y + h + LABEL_GAP_PX <= height; y += SCAN_STEP) {
        for (let x = LABEL_GAP_PX; x + w + LABEL_GAP_PX <= width; x += SCAN_STEP) {
          const r = { x, y, w, h }
          const d = Math.hypot(x + w / 2 - a.x, y + h / 2 - a.y)
          if (d < best && fits(r, false)) {
            best = d
            found = r
          }
        }
      }
    }
    if (found) {
      placed.push(found)
      out[i] = found
    }
  }
  return out
}

/** Where a leader line from `anchor` meets the label: the nearest point of its rectangle. */
export function leaderEnd(anchor: ScreenPoint, r: LabelRect): ScreenPoint {
  return { x: Math.min(r.x + r.w, Math.max(r.x, anchor.x)), y: Math.min(r.y + r.h, Math.max(r.y, anchor.y)) }
}

/** True when two rectangles come closer than `gap`. */
export function overlaps(a: LabelRect, b: LabelRect, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
}

function inside(r: LabelRect, width: number, height: number): boolean {
  return r.x >= LABEL_GAP_PX && r.y >= LABEL_GAP_PX && r.x + r.w <= width - LABEL_GAP_PX && r.y + r.h <= height - LABEL_GAP_PX
}

function covers(r: LabelRect, p: ScreenPoint): boolean {
  return p.x > r.x - ANCHOR_CLEARANCE && p.x < r.x + r.w + ANCHOR_CLEARANCE && p.y > r.y - ANCHOR_CLEARANCE && p.y < r.y + r.h + ANCHOR_CLEARANCE
}

/** The label rectangle `ring` px from the anchor in direction `angle`, its near edge towards the anchor, kept on the canvas. */
function around(a: ScreenPoint, w: number, h: number, ring: number, angle: number, width: number, height: number): LabelRect {
  const dx = Math.cos(angle)
  const dy = Math.sin(angle)
  const cx = a.x + dx * (ring + (Math.abs(dx) * w) / 2)
  const cy = a.y + dy * (ring + (Math.abs(dy) * h) / 2)
  const x = Math.min(width - LABEL_GAP_PX - w, Math.max(LABEL_GAP_PX, cx - w / 2))
  const y = Math.min(height - LABEL_GAP_PX - h, Math.max(LABEL_GAP_PX, cy - h / 2))
  return { x, y, w, h }
}
