import type { BlockedRegion, FitContainer, Vec3 } from './types.js'

/** A box of the interior, in mm: its low corner and its size. */
export interface Room {
  at: Vec3
  size: Vec3
}

// More maximal free boxes than this are never worth trying for one turned item; the largest are kept.
const MAX_ROOMS = 64

/**
 * The maximal empty boxes of a container: the boxes inside it that meet no blocked region and are contained in no
 * other such box, largest first (at most `MAX_ROOMS`). A bag's outline steps leave, say, a full-height column in the
 * middle and a full-width band at the top; a turned phone that the whole interior box would take may still go into
 * one of them. Built as maximal spaces are in 3D packing heuristics: start from the whole interior and, for each
 * blocked region, replace every box it meets by the up to six boxes left on each side of it, then drop boxes held
 * in others.
 */
export function maximalFreeBoxes(container: FitContainer): Room[] {
  const L = container.size
  let rooms: Room[] = [{ at: [0, 0, 0], size: [...L] }]
  for (const b of container.blocked ?? []) {
    const next: Room[] = []
    for (const room of rooms) {
      // 1. A box the region does not meet stays as it is.
      if (!meets(room, b)) {
        next.push(room)
        continue
      }
      // 2. Otherwise the parts of it below and above the region along each axis are the new boxes.
      for (let k = 0; k < 3; k++) {
        const low = b.at[k]! - room.at[k]!
        if (low > 0) next.push(withSpan(room, k, room.at[k]!, low))
        const end = b.at[k]! + b.size[k]!
        const high = room.at[k]! + room.size[k]! - end
        if (high > 0) next.push(withSpan(room, k, end, high))
      }
    }
    // 3. Only the maximal ones are kept.
    rooms = next.filter((r, i) => !next.some((o, j) => j !== i && holds(o, r) && (!holds(r, o) || j < i)))
  }
  return rooms.sort((a, b) => volume(b.size) - volume(a.size)).slice(0, MAX_ROOMS)
}

function meets(room: Room, b: BlockedRegion): boolean {
  for (let k = 0; k < 3; k++) {
    if (b.at[k]! >= room.at[k]! + room.size[k]! || b.at[k]! + b.size[k]! <= room.at[k]!) return false
  }
  return true
}

function withSpan(room: Room, k: number, from: number, length: number): Room {
  const at: Vec3 = [...room.at]
  const size: Vec3 = [...room.size]
  at[k] = from
  size[k] = length
  return { at, size }
}

// Whether box `o` holds box `r`.
function holds(o: Room, r: Room): boolean {
  for (let k = 0; k < 3; k++) {
    if (r.at[k]! < o.at[k]! || r.at[k]! + r.size[k]! > o.at[k]! + o.size[k]!) return false
  }
  return true
}

function volume(s: readonly number[]): number {
  return s[0]! * s[1]! * s[2]!
}
