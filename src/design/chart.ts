import type { CapacityCurve, CurveThreshold } from './types.js'

/*
 * The capacity chart, written as plain SVG strings (no library: a few lines, axes and labels).
 *
 *   title, subtitle (material, hardware), series legend
 *   ┌──────────────────────────────────────────┐
 *   │ ml          ①   ②        ③  ┆as made     │ %
 *   │          exterior volume ╱  ┆            │
 *   │ ░no room░     ╱‾‾‾ usable   ┆            │   lost share on the right axis
 *   └──────────────────────────────────────────┘
 *     exterior width (mm)
 *   ① kit — fits from 120 mm     ② kit — never fits up to 250 mm
 */

const WIDTH = 960
const PLOT = { left: 84, right: 870, top: 104, bottom: 440 }
const LEGEND_ROW = 20
const COLOURS = {
  exterior: '#8a8a8a',
  usable: '#1f4e9c',
  lost: '#d9731a',
  kit: '#6b2c91',
  grid: '#e4e4e4',
  noRoom: '#f1f1f1',
  axis: '#333',
}

/** Options of `curveSvg`. */
export interface CurveSvgOptions {
  /** Title line (default: the silhouette's label and "capacity by exterior width"). */
  title?: string
}

/**
 * The capacity curve as a standalone SVG document, readable on its own: exterior and usable volume (ml, left axis)
 * and the share of the exterior lost to materials, outline steps and hardware (%, right axis) against exterior width
 * (mm); each kit's threshold as a numbered marker, explained in a legend under the chart; the reference size and the
 * widths without room marked. Deterministic: the same curve gives the same text.
 */
export function curveSvg(curve: CapacityCurve, options: CurveSvgOptions = {}): string {
  const [x0, x1] = curve.rangeMm
  const maxMl = Math.max(1, ...curve.series.map((p) => p.volumes.exteriorMl))
  const yTicks = niceTicks(0, maxMl, 6)
  const yMax = yTicks[yTicks.length - 1]!
  const sx = (w: number) => PLOT.left + ((w - x0) / Math.max(1, x1 - x0)) * (PLOT.right - PLOT.left)
  const sy = (ml: number) => PLOT.bottom - (ml / yMax) * (PLOT.bottom - PLOT.top)
  const sp = (share: number) => PLOT.bottom - share * (PLOT.bottom - PLOT.top)
  const kits = curve.thresholds
  const legendRows = Math.ceil(kits.length / 2)
  const height = PLOT.bottom + 70 + legendRows * LEGEND_ROW + 16
  const out: string[] = []

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
  )
  // Title, subtitle and the series legend.
  const m = curve.material
  const hardware = curve.hardware.length === 0 ? 'none' : curve.hardware.map((p) => p.kind).join(', ')
  out.push(
    text(PLOT.left, 28, options.title ?? `${curve.silhouette.label} silhouette: capacity by exterior width`, {
      size: 18,
      weight: 'bold',
    }),
  )
  out.push(
    text(
      PLOT.left,
      50,
      `Walls ${m.name} (${num(m.wallMm)} + ${num(m.stiffenerMm)} + ${num(m.liningMm)} mm, kept at every size) · hardware: ${hardware} · reference ${num(curve.silhouette.referenceWidthMm)} mm wide`,
      { size: 12, fill: '#555' },
    ),
  )
  seriesLegend(out, PLOT.left, 76)

  // Widths without room, grid and axes.
  if (curve.minValidWidthMm > x0) {
    const edge = sx(Math.min(curve.minValidWidthMm, x1))
    out.push(
      `<rect x="${f(PLOT.left)}" y="${f(PLOT.top)}" width="${f(edge - PLOT.left)}" height="${f(PLOT.bottom - PLOT.top)}" fill="${COLOURS.noRoom}"/>`,
    )
    out.push(
      text((PLOT.left + edge) / 2, PLOT.bottom - 8, 'no room', { anchor: 'middle', fill: '#888', size: 11 }),
    )
  }
  for (const t of yTicks) {
    out.push(line(PLOT.left, sy(t), PLOT.right, sy(t), COLOURS.grid))
    out.push(text(PLOT.left - 8, sy(t) + 4, num(t), { anchor: 'end' }))
  }
  for (const t of niceTicks(x0, x1, 10).filter((v) => v >= x0 && v <= x1)) {
    out.push(line(sx(t), PLOT.bottom, sx(t), PLOT.bottom + 5, COLOURS.axis))
    out.push(text(sx(t), PLOT.bottom + 19, num(t), { anchor: 'middle' }))
  }
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(line(PLOT.right, sp(share), PLOT.right + 5, sp(share), COLOURS.lost))
    out.push(text(PLOT.right + 8, sp(share) + 4, `${share * 100}`, { fill: COLOURS.lost }))
  }
  out.push(
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="${COLOURS.axis}"/>`,
  )
  out.push(
    text((PLOT.left + PLOT.right) / 2, PLOT.bottom + 40, 'Exterior width (mm)', {
      anchor: 'middle',
      size: 13,
    }),
  )
  out.push(rotated(24, (PLOT.top + PLOT.bottom) / 2, 'Volume (ml)', COLOURS.axis))
  out.push(
    rotated(WIDTH - 28, (PLOT.top + PLOT.bottom) / 2, 'Share of exterior volume lost (%)', COLOURS.lost),
  )

  // The reference size as made.
  const ref = curve.silhouette.referenceWidthMm
  if (ref >= x0 && ref <= x1) {
    out.push(
      `<line x1="${f(sx(ref))}" y1="${PLOT.top}" x2="${f(sx(ref))}" y2="${PLOT.bottom}" stroke="#999" stroke-dasharray="2 3"/>`,
    )
    out.push(
      text(sx(ref) - 4, PLOT.bottom - 8, `as made: ${num(ref)} mm`, {
        anchor: 'end',
        fill: '#777',
        size: 11,
      }),
    )
  }

  // The series: exterior and usable volume, the share lost.
  out.push(
    polyline(
      curve.series.map((p) => [sx(p.widthMm), sy(p.volumes.exteriorMl)]),
      COLOURS.exterior,
      1.5,
      '6 4',
    ),
  )
  out.push(
    polyline(
      curve.series.map((p) => [sx(p.widthMm), sy(p.volumes.usableMl)]),
      COLOURS.usable,
      2.5,
    ),
  )
  out.push(
    polyline(
      curve.series.map((p) => [sx(p.widthMm), sp(1 - p.volumes.usableShare)]),
      COLOURS.lost,
      1.5,
    ),
  )

  // Kit thresholds: a numbered marker at the smallest width that fits; markers that would touch go one row lower.
  const placed: { x: number; row: number }[] = []
  kits.forEach((kit, i) => {
    const at = markerWidth(kit, x0)
    if (at === null) return
    const x = sx(Math.min(Math.max(at, x0), x1))
    let row = 0
    while (placed.some((p) => p.row === row && Math.abs(p.x - x) < 20)) row++
    placed.push({ x, row })
    const y = PLOT.top + 14 + row * 22
    out.push(
      `<line x1="${f(x)}" y1="${f(y + 9)}" x2="${f(x)}" y2="${PLOT.bottom}" stroke="${COLOURS.kit}" stroke-dasharray="4 3"${kit.status === 'unknown' ? ' stroke-opacity="0.5"' : ''}/>`,
    )
    out.push(`<circle cx="${f(x)}" cy="${f(y)}" r="9" fill="#fff" stroke="${COLOURS.kit}"/>`)
    out.push(text(x, y + 4, String(i + 1), { anchor: 'middle', fill: COLOURS.kit, size: 11, weight: 'bold' }))
  })

  // The kit legend, two columns.
  const legendTop = PLOT.bottom + 64
  out.push(
    text(PLOT.left, legendTop, 'Kits: smallest exterior width that holds each (dashed lines)', {
      weight: 'bold',
    }),
  )
  kits.forEach((kit, i) => {
    const col = i % 2
    const row = Math.floor(i / 2)
    const x = PLOT.left + col * 400
    const y = legendTop + 20 + row * LEGEND_ROW
    out.push(`<circle cx="${f(x + 8)}" cy="${f(y - 4)}" r="8" fill="#fff" stroke="${COLOURS.kit}"/>`)
    out.push(text(x + 8, y, String(i + 1), { anchor: 'middle', fill: COLOURS.kit, size: 10, weight: 'bold' }))
    out.push(text(x + 22, y, `${kit.label}: ${thresholdWords(kit, curve)}`, {}))
  })
  out.push('</svg>')
  return out.join('\n') + '\n'
}

/** A kit's threshold in words, as the legend gives it. */
export function thresholdWords(kit: CurveThreshold, curve: Pick<CapacityCurve, 'rangeMm'>): string {
  const to = curve.rangeMm[1]
  const breaks =
    kit.breaks.length > 0
      ? ` (not monotone: ${kit.breaks.map((b) => `fails again at ${b.failsAtMm}`).join(', ')})`
      : ''
  switch (kit.status) {
    case 'never':
      return `does not fit at any width up to ${to} mm`
    case 'fits-at-range-start':
      return `fits already at ${kit.smallestMm} mm, the start of the range${breaks}`
    case 'unknown':
      return kit.smallestMm === null
        ? 'unknown: the fits ran out of time'
        : `fits at ${kit.smallestMm} mm; below, fits ran out of time${kit.largestNotFittingMm === null ? '' : ` (not at ${kit.largestNotFittingMm} mm)`}`
    default:
      return `fits from ${kit.smallestMm} mm (not at ${kit.largestNotFittingMm} mm)${breaks}`
  }
}

function markerWidth(kit: CurveThreshold, start: number): number | null {
  if (kit.status === 'never' || kit.smallestMm === null) return null
  return kit.status === 'fits-at-range-start' ? start : kit.smallestMm
}

function seriesLegend(out: string[], x: number, y: number): void {
  const entries: [string, string, string | null][] = [
    ['Exterior volume (ml)', COLOURS.exterior, '6 4'],
    ['Usable volume (ml)', COLOURS.usable, null],
    ['Share lost to walls, lining, top, outline steps and hardware (%, right axis)', COLOURS.lost, null],
  ]
  let at = x
  for (const [label, colour, dash] of entries) {
    out.push(
      `<line x1="${f(at)}" y1="${f(y - 4)}" x2="${f(at + 24)}" y2="${f(y - 4)}" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    )
    out.push(text(at + 30, y, label, {}))
    at += 40 + label.length * 6.2
  }
}

/** Round tick values from lo to hi (inclusive of a round value at or above hi), about `count` of them. */
function niceTicks(lo: number, hi: number, count: number): number[] {
  const span = Math.max(hi - lo, 1e-9)
  const raw = span / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((k) => k * power).find((s) => s >= raw)!
  const first = Math.floor(lo / step) * step
  const ticks: number[] = []
  for (let v = first; v < hi + step - 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6)
  return ticks
}

function polyline(points: number[][], colour: string, widthPx: number, dash?: string): string {
  const d = points.map(([x, y]) => `${f(x!)},${f(y!)}`).join(' ')
  return `<polyline points="${d}" fill="none" stroke="${colour}" stroke-width="${widthPx}" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
}

function line(xa: number, ya: number, xb: number, yb: number, colour: string): string {
  return `<line x1="${f(xa)}" y1="${f(ya)}" x2="${f(xb)}" y2="${f(yb)}" stroke="${colour}"/>`
}

function text(
  x: number,
  y: number,
  content: string,
  o: { size?: number; anchor?: string; fill?: string; weight?: string },
): string {
  const attrs = [`x="${f(x)}"`, `y="${f(y)}"`]
  if (o.size) attrs.push(`font-size="${o.size}"`)
  if (o.anchor) attrs.push(`text-anchor="${o.anchor}"`)
  if (o.fill) attrs.push(`fill="${o.fill}"`)
  if (o.weight) attrs.push(`font-weight="${o.weight}"`)
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`
}

function rotated(x: number, y: number, content: string, fill: string): string {
  return `<text x="${f(x)}" y="${f(y)}" transform="rotate(-90 ${f(x)} ${f(y)})" text-anchor="middle" font-size="13" fill="${fill}">${escapeXml(content)}</text>`
}

/** Escapes the five XML special characters. */
function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )
}

function f(v: number): string {
  return String(Math.round(v * 10) / 10)
}

function num(v: number): string {
  return String(Math.round(v * 100) / 100)
}
