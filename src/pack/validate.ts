import { fail, show } from '../errors.js'
import { addDecimals, atScale, readDecimal } from '../geometry/decimal.js'
import { ROTATE_MODES, type RotateMode } from '../geometry/orientation.js'
import { isNodeLimit, isTimeLimitMs, LIMITS } from './limits.js'
import type { FitProblem } from './types.js'

const PROBLEM_KEYS = new Set(['container', 'items', 'options'])
const CONTAINER_KEYS = new Set(['size', 'blocked', 'opening', 'soft'])
const ITEM_KEYS = new Set(['id', 'size', 'count', 'rotate', 'minSize'])
const BLOCKED_KEYS = new Set(['at', 'size'])
const OPTION_KEYS = new Set(['timeLimitMs', 'nodeLimit'])

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
        // Exactly, as decimals: 0.1 + 0.2 reaches 0.3.
        if (exceeds(addDecimals(readDecimal(at[k]!), readDecimal(bsize[k]!)), size[k]!)) {
          fail(
            'BLOCKED_OUTSIDE',
            `${path} reaches ${round(at[k]! + bsize[k]!)} mm along ${'xyz'[k]}, beyond the container's ${size[k]} mm: blocked regions must lie inside the container.`,
          )
        }
      }
    })
  }
  if (container.soft !== undefined && typeof container.soft !== 'boolean') {
    fail('INVALID_INPUT', `container.soft must be true or false, got ${show(container.soft)}.`)
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
  if (!Array.isArray(problem.items)) fail('INVALID_INPUT', `items must be an array of { id, size, count?, rotate?, minSize? }, got ${show(problem.items)}.`)
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
    const itemSize = expectSize(item.size, `${path}.size`, 3)
    if (item.minSize !== undefined) {
      const min = expectSize(item.minSize, `${path}.minSize`, 3)
      min.forEach((v, k) => {
        if (v > itemSize[k]!) fail('INVALID_SIZE', `${path}.minSize[${k}] is ${v} mm, more than its size ${itemSize[k]} mm: a squeezed side is at most the side.`)
      })
    }
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
    if (t !== undefined && !isTimeLimitMs(t)) {
      fail('INVALID_OPTION', `options.timeLimitMs must be a number of milliseconds above 0 and at most ${LIMITS.maxTimeLimitMs}, got ${show(t)}.`)
    }
    const n = options.nodeLimit
    if (n !== undefined && !isNodeLimit(n)) {
      fail('INVALID_OPTION', `options.nodeLimit must be a whole number of work units from ${LIMITS.minNodeLimit} to ${LIMITS.maxNodeLimit}, got ${show(n)}.`)
    }
  }
  return problem as unknown as FitProblem
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000
}

// Whether a decimal is larger than a number, compared exactly as decimals.
function exceeds(value: ReturnType<typeof readDecimal>, limit: number): boolean {
  const l = readDecimal(limit)
  const scale = Math.max(value.scale, l.scale)
  return atScale(value, scale) > atScale(l, scale)
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
