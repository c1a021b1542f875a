import { fail, show } from '../errors.js'
import { ROTATE_MODES, orientations, type RotateMode } from '../geometry/orientation.js'
import { mmToUmDown, mmToUmUp } from '../geometry/units.js'
import { LIMITS } from './limits.js'
import type { FitProblem } from './types.js'

/**
 * The engine's own view of a fit problem: whole numbers only. Every length is in model units of `unitUm`
 * micrometres, where `unitUm` is the greatest common divisor of all lengths in micrometres, so scaling a problem
 * by any factor that keeps it exact gives the same model.
 */
export interface Model {
  /** Micrometres per model unit. */
  unitUm: number
  /** Interior extents along x, y, z. */
  L: [number, number, number]
  /** Blocked boxes as [minX, minY, minZ, maxX, maxY, maxZ], clipped to the container. */
  blocked: number[][]
  /** Opening width and depth, if any. */
  opening: [number, number] | null
  types: ItemType[]
  /** Sum of all counts. */
  totalCount: number
}

/** One entry of `items`: identical copies share a type and are never told apart by the search. */
export interface ItemType {
  index: number
  id: string
  count: number
  rotate: RotateMode
  /** The item's own size in millimetres, as given. */
  sizeMm: [number, number, number]
  /** Size in model units (rounded up to whole micrometres first). */
  size: [number, number, number]
  /** Distinct allowed orientations as extents along x, y, z, each with the axis permutation that makes it. */
  orients: Orientation[]
  volume: number
}

export interface Orientation {
  w: number
  d: number
  h: number
  /** perm[k] is the index of the item's own axis that lies along axis k. */
  perm: [number, number, number]
}

/** An orientation's extents along x, y, z. */
export function extents(o: Orientation): [number, number, number] {
  return [o.w, o.d, o.h]
}

const PROBLEM_KEYS = new Set(['container', 'items', 'options'])
const CONTAINER_KEYS = new Set(['size', 'blocked', 'opening'])
const ITEM_KEYS = new Set(['id', 'size', 'count', 'rotate'])
const BLOCKED_KEYS = new Set(['at', 'size'])
const OPTION_KEYS = new Set(['timeLimitMs'])

/**
 * Checks a fit problem as received (from JSON, a caller, anywhere) and throws a `MicropurseError` naming the first
 * problem found: the path, the value and what was expected. Returns the problem typed.
 */
export function validateProblem(input: unknown): FitProblem {
  const problem = expectObject(input, 'problem', PROBLEM_KEYS)
  const container = expectObject(problem.container, 'container', CONTAINER_KEYS)
  const size = expectSize(container.size, 'container.size', 3)
  if (container.blocked !== undefined) {
    if (!Array.isArray(container.blocked)) fail('INVALID_INPUT', `container.blocked must be an array of { at, size } boxes, got ${show(container.blocked)}.`)
    if (container.blocked.length > LIMITS.maxBlocked) {
      fail('INVALID_INPUT', `container.blocked has ${container.blocked.length} boxes; at most ${LIMITS.maxBlocked} are accepted.`)
    }
    container.blocked.forEach((b, i) => {
      const path = `container.blocked[${i}]`
      const box = expectObject(b, path, BLOCKED_KEYS)
      const at = expectCoordinates(box.at, `${path}.at`)
      const bsize = expectSize(box.size, `${path}.size`, 3)
      for (let k = 0; k < 3; k++) {
        if (at[k]! + bsize[k]! > size[k]! + 1e-9) {
          fail(
            'BLOCKED_OUTSIDE',
            `${path} reaches ${round(at[k]! + bsize[k]!)} mm along ${'xyz'[k]}, beyond the container's ${size[k]} mm: blocked regions must lie inside the container.`,
          )
        }
      }
    })
  }
  if (container.opening !== undefined) {
    const opening = expectSize(container.opening, 'container.opening', 2)
    if (opening[0]! > size[0]! || opening[1]! > size[1]!) {
      fail(
        'OPENING_TOO_LARGE',
        `container.opening ${opening[0]} × ${opening[1]} mm is larger than the container's top ${size[0]} × ${size[1]} mm: the opening is in the top face, so it can be at most as wide and as deep.`,
      )
    }
  }
  if (!Array.isArray(problem.items)) fail('INVALID_INPUT', `items must be an array of { id, size, count?, rotate? }, got ${show(problem.items)}.`)
  if (problem.items.length > LIMITS.maxItemKinds) {
    fail('TOO_MANY_ITEMS', `items has ${problem.items.length} entries; at most ${LIMITS.maxItemKinds} kinds are accepted (use count for copies).`)
  }
  const ids = new Set<string>()
  let total = 0
  problem.items.forEach((it, i) => {
    const path = `items[${i}]`
    const item = expectObject(it, path, ITEM_KEYS)
    if (typeof item.id !== 'string' || item.id.trim() === '') fail('INVALID_INPUT', `${path}.id must be a non-empty string, got ${show(item.id)}.`)
    if (ids.has(item.id)) fail('INVALID_INPUT', `${path}.id ${show(item.id)} appears twice: give each kind one entry and use count for copies.`)
    ids.add(item.id)
    expectSize(item.size, `${path}.size`, 3)
    if (item.count !== undefined && (!Number.isInteger(item.count) || (item.count as number) < 1)) {
      fail('INVALID_INPUT', `${path}.count must be a whole number of at least 1, got ${show(item.count)}.`)
    }
    total += (item.count as number | undefined) ?? 1
    if (item.rotate !== undefined && !ROTATE_MODES.includes(item.rotate as RotateMode)) {
      fail('INVALID_ROTATE', `${path}.rotate must be one of ${ROTATE_MODES.join(', ')}, got ${show(item.rotate)}.`)
    }
  })
  if (total > LIMITS.maxItems) {
    fail('TOO_MANY_ITEMS', `The problem has ${total} items (counts included); at most ${LIMITS.maxItems} are accepted in one problem.`)
  }
  if (problem.options !== undefined) {
    const options = expectObject(problem.options, 'options', OPTION_KEYS)
    const t = options.timeLimitMs
    if (t !== undefined && (typeof t !== 'number' || !Number.isFinite(t) || t <= 0 || t > LIMITS.maxTimeLimitMs)) {
      fail('INVALID_OPTION', `options.timeLimitMs must be a number of milliseconds above 0 and at most ${LIMITS.maxTimeLimitMs}, got ${show(t)}.`)
    }
  }
  return problem as unknown as FitProblem
}

/**
 * Builds the integer model of a valid problem. Item sizes round up to whole micrometres, the container rounds down,
 * blocked regions grow outward (never a false "fits"); then everything is divided by the common divisor.
 */
export function buildModel(problem: FitProblem): Model {
  const L = problem.container.size.map(mmToUmDown) as [number, number, number]
  const blocked = (problem.container.blocked ?? []).map((b) => {
    const lo = b.at.map(mmToUmDown)
    const hi = b.at.map((a, k) => Math.min(L[k]!, mmToUmUp(a + b.size[k]!)))
    return [lo[0]!, lo[1]!, lo[2]!, hi[0]!, hi[1]!, hi[2]!]
  })
  const opening = problem.container.opening ? (problem.container.opening.map(mmToUmDown) as [number, number]) : null
  const sizes = problem.items.map((it) => it.size.map(mmToUmUp) as [number, number, number])

  // Divide every length by their greatest common divisor: same answer, smaller numbers.
  let g = 0
  for (const v of [...L, ...blocked.flat(), ...(opening ?? []), ...sizes.flat()]) g = gcd(g, v)
  if (g === 0) g = 1
  const scale = (v: number) => v / g

  const types: ItemType[] = problem.items.map((it, index) => {
    const size = sizes[index]!.map(scale) as [number, number, number]
    const rotate = it.rotate ?? 'any'
    const orients = orientations(size, rotate).map((o) => ({ w: o[0], d: o[1], h: o[2], perm: permutationOf(size, o) }))
    return { index, id: it.id, count: it.count ?? 1, rotate, sizeMm: [...it.size], size, orients, volume: size[0] * size[1] * size[2] }
  })
  return {
    unitUm: g,
    L: L.map(scale) as [number, number, number],
    blocked: blocked.map((b) => b.map(scale)),
    opening: opening ? (opening.map(scale) as [number, number]) : null,
    types,
    totalCount: types.reduce((s, t) => s + t.count, 0),
  }
}

function permutationOf(size: readonly number[], o: readonly number[]): [number, number, number] {
  const used = [false, false, false]
  return o.map((v) => {
    const k = size.findIndex((s, i) => s === v && !used[i])
    used[k] = true
    return k
  }) as [number, number, number]
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000
}

function expectObject(value: unknown, path: string, keys: Set<string>): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_INPUT', `${path} must be an object, got ${show(value)}.`)
  }
  for (const key of Object.keys(value)) {
    if (!keys.has(key)) {
      fail(path === 'options' ? 'UNKNOWN_OPTION' : 'INVALID_INPUT', `${path} has an unknown field ${show(key)}; expected only ${[...keys].join(', ')}.`)
    }
  }
  return value as Record<string, unknown>
}

function expectSize(value: unknown, path: string, n: number): number[] {
  if (!Array.isArray(value) || value.length !== n) {
    fail('INVALID_SIZE', `${path} must be ${n} lengths in millimetres, e.g. ${n === 3 ? '[85.6, 53.98, 0.76]' : '[100, 40]'}, got ${show(value)}.`)
  }
  value.forEach((v, k) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail('INVALID_SIZE', `${path}[${k}] must be a number of millimetres, got ${show(v)}.`)
    if (v < LIMITS.minSideMm) fail('INVALID_SIZE', `${path}[${k}] is ${v} mm; every side must be at least ${LIMITS.minSideMm} mm.`)
    if (v > LIMITS.maxSideMm) fail('INVALID_SIZE', `${path}[${k}] is ${v} mm, more than the ${LIMITS.maxSideMm} mm (1 km) accepted: is the unit right? Sizes are in millimetres.`)
  })
  return value as number[]
}

function expectCoordinates(value: unknown, path: string): number[] {
  if (!Array.isArray(value) || value.length !== 3) fail('INVALID_INPUT', `${path} must be [x, y, z] in millimetres, got ${show(value)}.`)
  value.forEach((v, k) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > LIMITS.maxSideMm) {
      fail('INVALID_INPUT', `${path}[${k}] must be a number of millimetres from 0, got ${show(v)}.`)
    }
  })
  return value as number[]
}
