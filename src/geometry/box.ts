/** An axis-aligned box: its min corner `at` and its extents `size`, both [x, y, z]. Units are the caller's. */
export interface Box {
  at: readonly [number, number, number]
  size: readonly [number, number, number]
}

/** True when two boxes share volume (touching faces do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  for (let k = 0; k < 3; k++) {
    if (a.at[k]! + a.size[k]! <= b.at[k]! || b.at[k]! + b.size[k]! <= a.at[k]!) return false
  }
  return true
}

/** True when `inner` lies inside `outer` (faces may touch). */
export function boxInside(inner: Box, outer: Box): boolean {
  for (let k = 0; k < 3; k++) {
    if (inner.at[k]! < outer.at[k]! || inner.at[k]! + inner.size[k]! > outer.at[k]! + outer.size[k]!) return false
  }
  return true
}

/** Volume of a box in cubic units. */
export function boxVolume(size: readonly number[]): number {
  return size[0]! * size[1]! * size[2]!
}

/** Volume of the union of boxes, exact for integer coordinates (coordinate compression). */
export function unionVolume(boxes: readonly Box[]): number {
  if (boxes.length === 0) return 0
  const xs = uniqueSorted(boxes.flatMap((b) => [b.at[0], b.at[0] + b.size[0]]))
  const ys = uniqueSorted(boxes.flatMap((b) => [b.at[1], b.at[1] + b.size[1]]))
  const zs = uniqueSorted(boxes.flatMap((b) => [b.at[2], b.at[2] + b.size[2]]))
  let volume = 0
  for (let i = 0; i + 1 < xs.length; i++) {
    for (let j = 0; j + 1 < ys.length; j++) {
      for (let k = 0; k + 1 < zs.length; k++) {
        const cx = xs[i]!, cy = ys[j]!, cz = zs[k]!
        const covered = boxes.some(
          (b) =>
            b.at[0] <= cx && cx < b.at[0] + b.size[0] && b.at[1] <= cy && cy < b.at[1] + b.size[1] && b.at[2] <= cz && cz < b.at[2] + b.size[2],
        )
        if (covered) volume += (xs[i + 1]! - cx) * (ys[j + 1]! - cy) * (zs[k + 1]! - cz)
      }
    }
  }
  return volume
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b)
}
