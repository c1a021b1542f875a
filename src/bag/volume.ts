import type { FitContainer } from '../pack/types.js'

/**
 * Free volume of a container, in cubic millimetres: its box less the union of its blocked regions (clipped to the
 * box; overlapping regions count once). Lengths are taken to the micrometre.
 * Cost: O(n³) for n blocked regions (a sweep over x and y cells, merging z intervals), fine for the engine's 200.
 */
export function freeVolumeMm3(container: FitContainer): number {
  const L = container.size.map(toUm)
  const boxes = (container.blocked ?? [])
    .map((b) => {
      const lo = b.at.map((a, k) => Math.max(0, Math.min(L[k]!, toUm(a))))
      const hi = b.at.map((a, k) => Math.max(0, Math.min(L[k]!, toUm(a + b.size[k]!))))
      return { lo, hi }
    })
    .filter((b) => b.lo.every((v, k) => v < b.hi[k]!))
  // Cut x and y at every box edge; within a cell, the covered height is a union of z intervals.
  const xs = uniqueSorted(boxes.flatMap((b) => [b.lo[0]!, b.hi[0]!]))
  const ys = uniqueSorted(boxes.flatMap((b) => [b.lo[1]!, b.hi[1]!]))
  let blocked = 0
  for (let i = 0; i + 1 < xs.length; i++) {
    const inX = boxes.filter((b) => b.lo[0]! <= xs[i]! && xs[i]! < b.hi[0]!)
    if (inX.length === 0) continue
    for (let j = 0; j + 1 < ys.length; j++) {
      const spans = inX.filter((b) => b.lo[1]! <= ys[j]! && ys[j]! < b.hi[1]!).map((b) => [b.lo[2]!, b.hi[2]!] as const)
      if (spans.length === 0) continue
      blocked += (xs[i + 1]! - xs[i]!) * (ys[j + 1]! - ys[j]!) * unionLength(spans)
    }
  }
  return (L[0]! * L[1]! * L[2]! - blocked) / 1e9
}

/** Free volume of a container in millilitres (1 ml = 1000 mm³). */
export function interiorVolumeMl(container: FitContainer): number {
  return freeVolumeMm3(container) / 1000
}

/**
 * Price per millilitre of free interior: `price` (any currency unit) divided by `volumeMl`. The "pay more for less"
 * figure: a 3500 USD bag holding 150 ml costs 23.33 USD per ml. `volumeMl` must be above 0 (a derived interior always
 * is); the result is not rounded.
 */
export function pricePerMl(price: number, volumeMl: number): number {
  return price / volumeMl
}

function toUm(mm: number): number {
  return Math.round(mm * 1000)
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b)
}

function unionLength(spans: (readonly [number, number])[]): number {
  spans.sort((a, b) => a[0] - b[0])
  let total = 0
  let start = spans[0]![0]
  let end = spans[0]![1]
  for (const [s, e] of spans) {
    if (s > end) {
      total += end - start
      start = s
      end = e
    } else if (e > end) end = e
  }
  return total + end - start
}
