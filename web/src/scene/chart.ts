/**
 * Scales for the catalog explorer's chart: logarithmic, since micro bags hold 15 ml and minis a few litres, and
 * prices run from a few hundred to many thousands.
 */

/** A log scale from [min, max] onto [from, to] (pixels); values are clamped into the domain. */
export function logScale(min: number, max: number, from: number, to: number): (v: number) => number {
  const a = Math.log10(min)
  const b = Math.log10(max)
  return (v) => {
    const t = b === a ? 0.5 : (Math.log10(Math.min(max, Math.max(min, v))) - a) / (b - a)
    return from + t * (to - from)
  }
}

/** A domain around `values` widened to whole powers of ten's 1-2-5 steps, for tidy axes. */
export function niceLogDomain(values: readonly number[]): [number, number] {
  const lo = Math.min(...values)
  const hi = Math.max(...values)
  return [stepDown(lo), stepUp(hi)]
}

/** Ticks at 1, 2 and 5 times powers of ten inside [min, max]. */
export function logTicks(min: number, max: number): number[] {
  const out: number[] = []
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e
      if (v >= min * 0.999 && v <= max * 1.001) out.push(v)
    }
  }
  return out
}

function stepDown(v: number): number {
  const e = 10 ** Math.floor(Math.log10(v))
  return [5, 2, 1].map((m) => m * e).find((s) => s <= v) ?? e
}

function stepUp(v: number): number {
  const e = 10 ** Math.floor(Math.log10(v))
  return [1, 2, 5, 10].map((m) => m * e).find((s) => s >= v) ?? 10 * e
}

/** A point of the chart with its label, in pixels. */
export interface LabelledPoint {
  x: number
  y: number
  text: string
}

/** Where a label goes: its anchor point and side, or null when it would cover another label or leave the chart. */
export type LabelPlace = { x: number; y: number; anchor: 'start' | 'end' } | null

/**
 * Places labels beside their points without overlaps, greedily in the order given (put the important ones first):
 * right of the point if there is room, else left, else not at all (the table lists every bag anyway). Label widths
 * are estimated as `charWidth` per character.
 */
export function placeLabels(points: readonly LabelledPoint[], width: number, fontSize: number, charWidth = fontSize * 0.58): LabelPlace[] {
  const taken: { x0: number; x1: number; y0: number; y1: number }[] = []
  const gap = fontSize * 0.8
  return points.map((p) => {
    const w = p.text.length * charWidth
    const y0 = p.y - fontSize * 0.75
    const y1 = p.y + fontSize * 0.45
    for (const side of ['start', 'end'] as const) {
      const x0 = side === 'start' ? p.x + gap : p.x - gap - w
      const x1 = x0 + w
      if (x0 < 0 || x1 > width) continue
      if (taken.some((t) => x0 < t.x1 && t.x0 < x1 && y0 < t.y1 && t.y0 < y1)) continue
      taken.push({ x0, x1, y0, y1 })
      return { x: side === 'start' ? p.x + gap : p.x - gap, y: p.y + fontSize * 0.35, anchor: side }
    }
    return null
  })
}
