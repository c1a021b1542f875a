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
