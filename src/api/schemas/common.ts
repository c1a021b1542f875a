import { Type } from 'typebox'
import { LIMITS } from '../../pack/index.js'

/**
 * Building blocks shared by the route schemas. Every schema here validates requests, shapes responses and gives the
 * TypeScript types (through the TypeBox type provider), and feeds the OpenAPI description at /openapi.json.
 */

/** Every error answer: a stable `code` (see src/errors.ts), the HTTP status, and a message that says what to fix. */
export const ErrorReply = Type.Object(
  {
    statusCode: Type.Integer({ description: 'The HTTP status, repeated.' }),
    code: Type.String({ description: 'Stable error code, e.g. INVALID_INPUT, BAG_NOT_FOUND, UNAUTHORIZED.' }),
    message: Type.String({
      description: 'What was wrong and what to do; for a 5xx only that something went wrong.',
    }),
    details: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description: 'Machine-readable extras, e.g. { suggestions } for an unknown id.',
      }),
    ),
  },
  { $id: 'ErrorReply', description: 'An error.' },
)

/** The error answers a route may give, keyed by status, for `schema.response`. */
export function errorReplies(...statuses: number[]): Record<number, typeof ErrorReply> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorReply]))
}

/** A length in millimetres, as the fit engine accepts it. */
export const LengthMm = Type.Number({
  minimum: LIMITS.minSideMm,
  maximum: LIMITS.maxSideMm,
  description: 'Millimetres.',
})

/** Three lengths `[w, d, h]` in millimetres: x = width, y = depth, z = height. */
export const Vec3 = Type.Tuple([LengthMm, LengthMm, LengthMm], { description: '[w, d, h] in millimetres.' })

/** A position `[x, y, z]` in millimetres from the container's corner. */
const Coordinate = Type.Number({ minimum: 0, maximum: LIMITS.maxSideMm })
export const Position = Type.Tuple([Coordinate, Coordinate, Coordinate], {
  description: '[x, y, z] in millimetres.',
})

/** A catalog id: lower-case words joined by hyphens. */
export const CatalogId = Type.String({
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 200,
  description: 'Lower-case words joined by hyphens, e.g. jacquemus-le-petit-chiquito.',
})

/** The `:id` path parameter of catalog routes (any text: an unknown one answers 404 with the closest ids). */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) })

/** A string that is one of `values`, as a JSON Schema `enum` (clearer errors than a union of literals). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })
}

/** A time limit in milliseconds, capped for the HTTP API. */
export function TimeLimitMs(maxMs: number, description: string) {
  return Type.Number({
    exclusiveMinimum: 0,
    maximum: maxMs,
    description: `${description} Above 0, at most ${maxMs} over HTTP.`,
  })
}
