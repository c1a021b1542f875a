import type { TSchema } from 'typebox'
import { Bag, BagInput, BagListed, BagWithRoom, Item, ItemInput, Kit, KitInput } from './schemas/catalog.js'
import { BagSummary, WhichBagsBody, WhichBagsReply } from './schemas/which-bags.js'
import { ErrorReply, Position, Vec3 } from './schemas/common.js'
import { OPERATION_EXAMPLES, errorExample } from './openapi-examples.js'
import { DerivedBag, FitByIdBody, FitProblemBody, FitReply, Placement } from './schemas/fit.js'
import { PlanBody, PlanReply } from './schemas/plan.js'
import { ScaleBody, ScaleReply } from './schemas/scale.js'
import { StyleBody, StyleReply } from './schemas/style.js'

/**
 * Turns the description @fastify/swagger builds from the route schemas into one a generator or Ajv can use:
 *
 * - JSON Schema 2020-12 as OpenAPI 3.1 wants it: tuples (`[w, d, h]`) as `prefixItems`, not draft-07's array
 *   `items` (which Swagger UI showed as `[null, null, null]` and Ajv 2020 refuses);
 * - the shared shapes as named components (`#/components/schemas/FitProblem`) instead of copies in every route;
 * - an example for every request and every answer, and the API key as a security scheme on the writes;
 * - every status a route can answer, including the server's own (400 for a bad URL, 408, 413, 414, 429, 431, 503).
 */

/** The schemas that become named components, by name. */
const COMPONENTS: Record<string, TSchema> = {
  Vec3,
  Position,
  ErrorReply,
  FitProblem: FitProblemBody,
  FitByIds: FitByIdBody,
  FitAnswer: FitReply,
  Placement,
  DerivedBag,
  Bag,
  BagListed,
  BagSummary,
  BagInput,
  BagWithRoom,
  Item,
  ItemInput,
  Kit,
  KitInput,
  PlanRequest: PlanBody,
  CarryPlan: PlanReply,
  StyleRequest: StyleBody,
  StyleAdvice: StyleReply,
  ScaleRequest: ScaleBody,
  ScaleResult: ScaleReply,
  WhichBagsRequest: WhichBagsBody,
  WhichBags: WhichBagsReply,
}

type Json = Record<string, unknown>

/** Statuses every route can answer, whatever it does: the URL, the server's limits, the database. */
const EVERY_ROUTE = [400, 408, 414, 429, 431, 503] as const
/** Statuses of routes that take a body. */
const WITH_BODY = [413, 415] as const

/** The finished document (a copy; the input is left alone). */
export function finishOpenApi(input: Json): Json {
  const doc = structuredClone(input)
  // 1. Tuples in 2020-12 form, everywhere (components are converted before they are matched below).
  const byJson = new Map<string, string>()
  const components: Record<string, unknown> = {}
  for (const [name, schema] of Object.entries(COMPONENTS)) {
    const plain = tuplesToPrefixItems(withoutId(JSON.parse(JSON.stringify(schema)) as Json))
    byJson.set(JSON.stringify(plain), name)
    components[name] = plain
  }
  // 2. Named components: every copy of one in the paths (and inside the components) becomes a reference.
  const refer = (node: unknown, isRoot: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => refer(n, false))
    if (typeof node !== 'object' || node === null) return node
    const name = isRoot ? undefined : byJson.get(JSON.stringify(node))
    if (name) return { $ref: `#/components/schemas/${name}` }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, refer(v, false)]))
  }
  for (const name of Object.keys(components)) components[name] = refer(components[name], true)
  const paths = refer(tuplesToPrefixItems(doc.paths), false) as Record<string, Record<string, Json>>
  // 3. Per operation: the statuses every route can answer, examples, security on writes.
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const responses = (operation.responses ??= {}) as Record<string, Json>
      const statuses = [...EVERY_ROUTE, ...(operation.requestBody ? WITH_BODY : [])]
      for (const status of statuses) {
        if (!responses[status])
          responses[status] = { description: STATUS_WORDS[status] ?? 'Error', content: errorContent() }
      }
      const examples = OPERATION_EXAMPLES[`${method.toUpperCase()} ${path}`]
      const body = (operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined
      if (body?.['application/json'] && examples?.request !== undefined)
        body['application/json'].example = examples.request
      for (const [status, response] of Object.entries(responses)) {
        const content = (response.content as Record<string, Json> | undefined)?.['application/json']
        if (!content) continue
        const example =
          examples?.responses?.[status] ??
          (Number(status) >= 400 ? errorExample(Number(status), path) : undefined)
        if (example !== undefined) content.example = example
        if (Number(status) >= 400 && !response.description)
          response.description = STATUS_WORDS[Number(status)] ?? 'Error'
      }
      if (operation.security) operation.security = [{ apiKey: [] }, { apiKeyHeader: [] }]
    }
  }
  const existing = ((doc.components as Json | undefined) ?? {})
  return {
    ...doc,
    paths,
    components: {
      ...existing,
      schemas: { ...((existing.schemas as Json | undefined) ?? {}), ...components },
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'A key from `micropurse keys create --name NAME`, as `Authorization: Bearer KEY`.',
        },
        apiKeyHeader: {
          type: 'apiKey',
          in: 'header',
          name: 'x-api-key',
          description: 'The same key as the `x-api-key` header.',
        },
      },
    },
  }
}

/** What each added status means. */
const STATUS_WORDS: Record<number, string> = {
  400: 'Bad input (the message names the field and the value), or a path with a bad % escape',
  401: 'A write without a working API key',
  404: 'No such record (with the closest ids)',
  408: 'The request did not arrive within 30 s',
  409: 'The id exists already',
  413: 'The body is larger than 256 KiB',
  414: 'A part of the path is longer than 500 characters',
  415: 'The body is not JSON',
  422: 'No size in the range holds the items',
  429: 'Too many requests or too much solver time; Retry-After says when to come back',
  431: 'The request headers are larger than 16 KiB',
  503: 'The solver could not start this within its time limit, or the database is away; Retry-After says when to come back',
}

function errorContent(): Json {
  return { 'application/json': { schema: { $ref: '#/components/schemas/ErrorReply' } } }
}

function withoutId(schema: Json): Json {
  delete schema.$id
  return schema
}

/**
 * Draft-07 tuples (`items: [...]`, `additionalItems`) as 2020-12 `prefixItems`, records (`patternProperties` of
 * `^.*$`) as `additionalProperties` and `const` as a one-value `enum`, everywhere in a value.
 */
function tuplesToPrefixItems(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tuplesToPrefixItems)
  if (typeof node !== 'object' || node === null) return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node)) {
    // @fastify/swagger writes `const` as a one-value `enum` in some places: write it so everywhere.
    if (k === 'const' && !('enum' in node) && !Array.isArray(node)) out.enum = [v]
    else out[k] = tuplesToPrefixItems(v)
  }
  // Records as @fastify/swagger writes them in answers, so that copies in requests and answers compare equal.
  const pattern = out.patternProperties as Json | undefined
  if (pattern && Object.keys(pattern).length === 1 && '^.*$' in pattern) {
    out.additionalProperties = pattern['^.*$']
    delete out.patternProperties
  }
  if (Array.isArray(out.items)) {
    out.prefixItems = out.items
    out.items = out.additionalItems === undefined ? true : out.additionalItems
    delete out.additionalItems
  }
  return out
}
