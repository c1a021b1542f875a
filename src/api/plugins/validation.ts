import { Ajv } from 'ajv'
import type { ErrorObject, Options } from 'ajv'
import type { FastifyInstance } from 'fastify'
import { MicropurseError, show } from '../../errors.js'
import { API_LIMITS } from '../limits.js'

/**
 * Request validation with Ajv, one instance per part of the request. Bodies are JSON and checked as sent: no type
 * coercion and no silent removal of unknown fields (they are refused, naming the field). Query strings and path
 * parameters are text, so numbers in them are coerced.
 */

const COMMON: Options = {
  allErrors: false,
  verbose: true,
  strict: false,
  useDefaults: true,
  removeAdditional: false,
}
const COMPILERS = {
  body: new Ajv({ ...COMMON, coerceTypes: false }),
  querystring: new Ajv({ ...COMMON, coerceTypes: 'array' }),
  params: new Ajv({ ...COMMON, coerceTypes: 'array' }),
  headers: new Ajv({ ...COMMON, coerceTypes: 'array' }),
}

/**
 * Installs the per-part validators on `app` (call before the routes are added), after a check that the body is not
 * nested deeper than `API_LIMITS.maxDepth` (deep nesting is an attack on recursive code, never a fit problem).
 */
export function useStrictValidation(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (
      typeof request.body === 'object' &&
      request.body !== null &&
      depthOf(request.body) > API_LIMITS.maxDepth
    ) {
      throw new MicropurseError(
        'INVALID_INPUT',
        `The body is nested more than ${API_LIMITS.maxDepth} levels deep; no request needs that many.`,
      )
    }
  })
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = COMPILERS[(httpPart ?? 'body') as keyof typeof COMPILERS] ?? COMPILERS.body
    return ajv.compile(schema)
  })
}

/**
 * One sentence for people from Ajv's errors: where (`body.container.size[2]`), what was wrong, what was expected.
 * For a choice between shapes (`anyOf`), the shape the request comes closest to is the one explained.
 */
export function describeValidation(errors: readonly ErrorObject[], part: string): string {
  const chosen = closestBranch(errors)
  const first = chosen[0]
  if (!first) return `The ${part} is not valid.`
  if (first.keyword === 'anyOf' || first.keyword === 'oneOf') {
    return `${where(part, first.instancePath)} does not match any accepted form: ${alternatives(first)}.`
  }
  return describeOne(first, part)
}

function describeOne(e: ErrorObject, part: string): string {
  const at = where(part, e.instancePath)
  const got = e.data === undefined ? '' : `, got ${show(e.data)}`
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return `${at} is missing the field ${show(p.missingProperty)}.`
    case 'additionalProperties': {
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {})
      return `${at} has an unknown field ${show(p.additionalProperty)}; expected only ${known.join(', ') || 'no fields'}.`
    }
    case 'type':
      return `${at} must be ${article(String(p.type))}${got}.`
    case 'enum':
      return `${at} must be one of ${(p.allowedValues as unknown[]).map((v) => String(v)).join(', ')}${got}.`
    case 'const':
      return `${at} must be ${show(p.allowedValue)}${got}.`
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const word = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      }[e.keyword]
      return `${at} must be ${word} ${String(p.limit)}${got}.`
    }
    case 'minItems':
    case 'maxItems': {
      const n = Array.isArray(e.data) ? e.data.length : '?'
      return `${at} must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${String(p.limit)} entries, got ${n}.`
    }
    case 'additionalItems':
      return `${at} must have exactly ${String(p.limit)} entries, got ${Array.isArray(e.data) ? e.data.length : '?'}.`
    case 'minLength':
    case 'maxLength': {
      const n = typeof e.data === 'string' ? e.data.length : '?'
      return `${at} must be ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${String(p.limit)} characters long, got ${n}.`
    }
    case 'pattern': {
      const description = (e.parentSchema as { description?: string } | undefined)?.description
      return `${at} must be ${description ? description.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()) : `text matching ${String(p.pattern)}`}${got}.`
    }
    case 'multipleOf':
      return `${at} must be a whole number${got}.`
    default:
      return `${at} ${e.message ?? 'is not valid'}${got}.`
  }
}

/**
 * Ajv reports every failing branch of an `anyOf`. Explain the branch the data was meant for: the object that has
 * every field the branch requires (then the one with the deepest error). When the data has the required fields of no
 * branch, or is not an object, say what the choices are.
 */
function closestBranch(errors: readonly ErrorObject[]): ErrorObject[] {
  const union = errors.find((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
  if (!union) return [...errors]
  const prefix = `${union.schemaPath}/`
  const branches = new Map<number, ErrorObject[]>()
  for (const e of errors) {
    if (!e.schemaPath.startsWith(prefix)) continue
    const index = Number(e.schemaPath.slice(prefix.length).split('/')[0])
    branches.set(index, [...(branches.get(index) ?? []), e])
  }
  const data = union.data
  const schemas = (union.schema as { type?: string; required?: string[] }[] | undefined) ?? []
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    // A value (a negative width where "a number, or null" is allowed): explain the branch of its own type.
    const type = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data
    const same = [...branches.entries()].filter(([index]) => {
      const t = schemas[index]?.type
      return t === type || (t === 'integer' && type === 'number')
    })
    return same.length === 1 ? closestBranch(same[0]![1]) : [union]
  }
  const ranked = [...branches.entries()]
    .filter(([index]) => schemas[index]?.type === 'object')
    .map(([index, errs]) => ({
      errs,
      missing: (schemas[index]!.required ?? []).filter((key) => !(key in data)).length,
      depth: Math.max(...errs.map((e) => e.instancePath.length)),
    }))
    .sort((a, b) => a.missing - b.missing || b.depth - a.depth)
  const best = ranked[0]
  if (!best || best.missing > 0) return [union]
  return closestBranch(best.errs)
}

/** How deeply arrays and objects nest in a parsed JSON value (1 for a flat object), without recursion. */
function depthOf(value: object): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > deepest) deepest = depth
    if (deepest > API_LIMITS.maxDepth) return deepest
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
  }
  return deepest
}

function alternatives(union: ErrorObject): string {
  const branches =
    (union.schema as { title?: string; type?: string; required?: string[] }[] | undefined) ?? []
  return branches
    .map(
      (b) => b.title ?? (b.required ? `an object with ${b.required.join(', ')}` : article(b.type ?? 'value')),
    )
    .join(', or ')
}

/** `body.container.size[2]` from Ajv's `/container/size/2`. */
function where(part: string, instancePath: string): string {
  const name = part === 'querystring' ? 'query' : part
  const steps = instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  return name + steps.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('')
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'an object',
    array: 'an array',
    integer: 'a whole number',
    number: 'a number',
    string: 'a text',
    boolean: 'true or false',
    null: 'null',
  }
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ')
}
