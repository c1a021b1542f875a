import { fail, MicropurseError, show } from '../errors.js'
import { ROTATE_MODES } from '../geometry/orientation.js'
import { validateProblem } from '../pack/index.js'
import { isTimeLimitMs, LIMITS } from '../pack/limits.js'
import { CARRY_CATEGORIES, type CarryProblem } from './types.js'

/** Most containers in one plan. */
const MAX_CONTAINERS = 40

const PROBLEM_KEYS = ['items', 'containers', 'options']
const ITEM_KEYS = ['id', 'size', 'count', 'rotate', 'minSize', 'category', 'priority', 'mustHave', 'name']
const CONTAINER_KEYS = ['id', 'kind', 'name', 'container', 'accepts', 'piece', 'worn', 'exterior', 'inside', 'source', 'overhangShare']
const OPTION_KEYS = ['timeLimitMs', 'fitTimeLimitMs']
const KINDS = ['bag', 'pocket', 'phone-case', 'card-slot', 'pouch', 'tote']

/**
 * Checks a carrying problem as received and throws `INVALID_CARRY` (or `UNKNOWN_CONTAINER` for a host that does not
 * exist) naming the path, the value and what was expected. Sizes and containers are checked as the fit engine
 * checks them. Ids must be unique across items and containers (a nested container packs under its own id).
 */
export function validateCarryProblem(input: unknown): CarryProblem {
  const problem = object(input, 'carry problem', PROBLEM_KEYS)
  if (!Array.isArray(problem.items)) fail('INVALID_CARRY', `items must be an array of things to carry, got ${show(problem.items)}.`)
  if (!Array.isArray(problem.containers) || problem.containers.length === 0) {
    fail('INVALID_CARRY', `containers must be a non-empty array (a bag, a pocket, a tote...), got ${show(problem.containers)}.`)
  }
  if (problem.containers.length > MAX_CONTAINERS) {
    fail('INVALID_CARRY', `${problem.containers.length} containers given; at most ${MAX_CONTAINERS} are accepted.`)
  }
  const ids = new Set<string>()
  const unique = (id: unknown, path: string) => {
    if (typeof id !== 'string' || id.trim() === '') fail('INVALID_CARRY', `${path}.id must be a non-empty string, got ${show(id)}.`)
    if (ids.has(id)) fail('INVALID_CARRY', `${path}.id ${show(id)} is used twice: item and container ids must all differ (use count for copies).`)
    ids.add(id)
  }

  let copies = 0
  problem.items.forEach((raw, i) => {
    const path = `items[${i}]`
    const item = object(raw, path, ITEM_KEYS)
    unique(item.id, path)
    size3(item.size, `${path}.size`)
    if (item.count !== undefined && (!Number.isInteger(item.count) || (item.count as number) < 1)) {
      fail('INVALID_CARRY', `${path}.count must be a whole number of at least 1, got ${show(item.count)}.`)
    }
    copies += (item.count as number | undefined) ?? 1
    if (item.minSize !== undefined) {
      size3(item.minSize, `${path}.minSize`)
      const min = item.minSize as number[]
      const k = min.findIndex((v, j) => v > (item.size as number[])[j]!)
      if (k >= 0) fail('INVALID_CARRY', `${path}.minSize[${k}] is ${show(min[k])} mm, above the size's ${show((item.size as number[])[k])} mm: a thing squeezes, it does not grow.`)
    }
    if (item.rotate !== undefined && !ROTATE_MODES.includes(item.rotate as never)) fail('INVALID_CARRY', `${path}.rotate ${show(item.rotate)} is not one of ${ROTATE_MODES.join(', ')}.`)
    if (item.category !== undefined && !CARRY_CATEGORIES.includes(item.category as never)) {
      fail('INVALID_CARRY', `${path}.category ${show(item.category)} is not one of ${CARRY_CATEGORIES.join(', ')}.`)
    }
    if (item.priority !== undefined && (typeof item.priority !== 'number' || !Number.isFinite(item.priority) || item.priority <= 0 || item.priority > 1e6)) {
      fail('INVALID_CARRY', `${path}.priority must be a number above 0 (at most 1000000), got ${show(item.priority)}.`)
    }
    if (item.mustHave !== undefined && typeof item.mustHave !== 'boolean') fail('INVALID_CARRY', `${path}.mustHave must be true or false, got ${show(item.mustHave)}.`)
  })
  if (copies > LIMITS.maxItems) fail('TOO_MANY_ITEMS', `The plan has ${copies} things to carry (counts included); at most ${LIMITS.maxItems} are accepted.`)

  const containerIds = new Set<string>()
  problem.containers.forEach((raw, i) => {
    const path = `containers[${i}]`
    const c = object(raw, path, CONTAINER_KEYS)
    unique(c.id, path)
    containerIds.add(c.id as string)
    if (!KINDS.includes(c.kind as string)) fail('INVALID_CARRY', `${path}.kind ${show(c.kind)} is not one of ${KINDS.join(', ')}.`)
    prefixed(path, () => validateProblem({ container: c.container, items: [] }))
    if (c.accepts !== undefined) {
      if (!Array.isArray(c.accepts) || c.accepts.some((a) => !CARRY_CATEGORIES.includes(a as never))) {
        fail('INVALID_CARRY', `${path}.accepts must list categories from ${CARRY_CATEGORIES.join(', ')}, got ${show(c.accepts)}.`)
      }
    }
    if (c.worn !== undefined && typeof c.worn !== 'boolean') fail('INVALID_CARRY', `${path}.worn must be true or false, got ${show(c.worn)}.`)
    if (c.inside !== undefined && c.exterior === undefined) {
      fail('INVALID_CARRY', `${path} sits inside ${show(c.inside)} but has no exterior: give its outside size [w, d, h] in mm.`)
    }
    if (c.exterior !== undefined) size3(c.exterior, `${path}.exterior`)
    if (c.overhangShare !== undefined) {
      const share = c.overhangShare
      if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share >= 1) {
        fail('INVALID_CARRY', `${path}.overhangShare must be a share from 0 up to (not including) 1 of a thing's height that may stand out of the top, got ${show(share)}.`)
      }
      if (share > 0 && (c.container as { opening?: unknown } | undefined)?.opening !== undefined) {
        fail('INVALID_CARRY', `${path} has both an opening and an open top (overhangShare ${show(share)}): things standing out of the top need no opening; give one or the other.`)
      }
    }
  })

  // Hosts exist, and nesting has no loops.
  const byId = new Map(problem.containers.map((c) => [(c as { id: string }).id, c as { id: string; inside?: string }]))
  for (const c of byId.values()) {
    if (c.inside === undefined) continue
    if (!byId.has(c.inside)) {
      fail('UNKNOWN_CONTAINER', `Container ${show(c.id)} sits inside ${show(c.inside)}, which is not one of the containers: ${[...containerIds].join(', ')}.`)
    }
    const seen = new Set<string>([c.id])
    for (let h = byId.get(c.inside); h; h = h.inside === undefined ? undefined : byId.get(h.inside)) {
      if (seen.has(h.id)) fail('INVALID_CARRY', `Containers nest in a loop: ${[...seen, h.id].join(' in ')}.`)
      seen.add(h.id)
    }
  }

  if (problem.options !== undefined) {
    const options = object(problem.options, 'options', OPTION_KEYS)
    for (const key of OPTION_KEYS) {
      const v = options[key]
      if (v !== undefined && !isTimeLimitMs(v)) {
        fail('INVALID_OPTION', `options.${key} must be milliseconds above 0 and at most ${LIMITS.maxTimeLimitMs}, got ${show(v)}.`)
      }
    }
  }
  return problem as unknown as CarryProblem
}

function object(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('INVALID_CARRY', `${path} must be an object, got ${show(value)}.`)
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) fail(path === 'options' ? 'UNKNOWN_OPTION' : 'INVALID_CARRY', `${path} has an unknown field ${show(key)}; expected only ${keys.join(', ')}.`)
  }
  return value as Record<string, unknown>
}

function size3(value: unknown, path: string): void {
  if (!Array.isArray(value) || value.length !== 3) fail('INVALID_CARRY', `${path} must be [w, d, h] in millimetres, got ${show(value)}.`)
  value.forEach((v, k) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < LIMITS.minSideMm || v > LIMITS.maxSideMm) {
      fail('INVALID_CARRY', `${path}[${k}] must be a length in millimetres from ${LIMITS.minSideMm} to ${LIMITS.maxSideMm}, got ${show(v)}.`)
    }
  })
}

/** Runs a fit-engine check and puts the carry path in front of its message. */
function prefixed(path: string, check: () => unknown): void {
  try {
    check()
  } catch (error) {
    if (error instanceof MicropurseError) throw new MicropurseError(error.code, `${path}: ${error.message}`, error.details ? { ...error.details } : undefined)
    throw error
  }
}
