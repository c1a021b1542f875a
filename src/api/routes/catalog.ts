// `as TSchema` below widens each route's schemas on purpose: without it the type provider types the handlers from the
// union of the three kinds' schemas and rejects their answers. The rule sees only that the receiver accepts either.
/* eslint-disable @typescript-eslint/no-unnecessary-type-assertion */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { TSchema } from 'typebox'
import type { CatalogEntities, CatalogKind } from '../../catalog/index.js'
import { fail, show } from '../../errors.js'
import { bagRoom, pricePerMlOf } from '../../services/catalog-bag.js'
import { saveRecord } from '../catalog-writes.js'
import { requireApiKey } from '../plugins/auth.js'
import {
  Bag,
  BagInput,
  BagListed,
  BagWithRoom,
  Item,
  ItemInput,
  Kit,
  KitInput,
  ListQuery,
  Page,
} from '../schemas/catalog.js'
import { IdParams, errorReplies } from '../schemas/common.js'

/** Most matches a search counts. */
const SEARCH_CAP = 10_000

/** Read and write schemas of each kind. */
const KINDS = {
  bags: { record: Bag, input: BagInput, one: BagWithRoom, singular: 'bag' },
  items: { record: Item, input: ItemInput, one: Item, singular: 'item' },
  kits: { record: Kit, input: KitInput, one: Kit, singular: 'kit' },
} as const

/**
 * The catalog over HTTP, the same for bags, items and kits: `GET /api/KIND` (a page, optionally searched with `q`),
 * `GET /api/KIND/:id`, and with an API key `POST /api/KIND`, `PUT /api/KIND/:id`, `DELETE /api/KIND/:id`.
 */
export async function catalogRoutes(app: FastifyInstance): Promise<void> {
  for (const kind of ['bags', 'items', 'kits'] as const) addKind(app, kind)
}

function addKind(app: FastifyInstance, kind: CatalogKind): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>()
  const { record, input, one, singular } = KINDS[kind]
  const security = [{ apiKey: [] }]

  api.get(
    `/api/${kind}`,
    {
      schema: {
        tags: ['catalog'],
        summary: `List ${kind}, ordered by id (or search them with q)${kind === 'bags' ? ', each with its price per ml in US dollars' : ''}`,
        querystring: ListQuery,
        response: { 200: Page((kind === 'bags' ? BagListed : record) as typeof Bag) as TSchema, ...errorReplies(400, 429) },
      },
    },
    async (request) => {
      const { limit = 100, offset = 0, q } = request.query
      // Bags carry their price per ml in one currency, so a listing compares them.
      const listed = (values: CatalogEntities[typeof kind][]) =>
        kind === 'bags' ? (values as CatalogEntities['bags'][]).map((bag) => ({ ...bag, pricePerMl: pricePerMlOf(bag) })) : values
      if (q !== undefined) {
        // Every match, so that total counts them all (a catalog holds thousands of records at most).
        const found = await app.catalog.search(kind, q, { limit: SEARCH_CAP })
        return { total: found.length, limit, offset, results: listed(found.slice(offset, offset + limit)) }
      }
      const [total, results] = await Promise.all([
        app.catalog.count(kind),
        app.catalog.list(kind, { limit, offset }),
      ])
      return { total, limit, offset, results: listed(results) }
    },
  )

  api.get(
    `/api/${kind}/:id`,
    {
      schema: {
        tags: ['catalog'],
        summary:
          kind === 'bags' ? 'One bag, with the interior the bag layer derives for it' : `One ${singular}`,
        params: IdParams,
        response: { 200: one as TSchema, ...errorReplies(400, 404, 429) },
      },
    },
    async (request) => {
      const value = await app.catalog.get(kind, request.params.id)
      return kind === 'bags' ? bagWithRoom(value as CatalogEntities['bags']) : value
    },
  )

  api.post(
    `/api/${kind}`,
    {
      preHandler: requireApiKey,
      schema: {
        tags: ['catalog'],
        summary: `Add a ${singular} (API key needed)`,
        security,
        body: input as TSchema,
        response: { 201: record as TSchema, ...errorReplies(400, 401, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { value } = await saveRecord(app.catalog, kind, request.body as Record<string, unknown>, 'create')
      return reply.status(201).send(value)
    },
  )

  api.put(
    `/api/${kind}/:id`,
    {
      preHandler: requireApiKey,
      schema: {
        tags: ['catalog'],
        summary: `Add or replace a ${singular} (API key needed)`,
        description: 'The body is the whole record; its id, if given, must be the one in the path.',
        security,
        params: IdParams,
        body: Type.Object(
          {
            ...(input as typeof BagInput).properties,
            id: Type.Optional((input as typeof BagInput).properties.id),
          },
          { additionalProperties: false },
        ) as TSchema,
        response: {
          200: record as TSchema,
          201: record as TSchema,
          ...errorReplies(400, 401, 413, 415, 429),
        },
      },
    },
    async (request, reply) => {
      const body = request.body as Record<string, unknown>
      const id = request.params.id
      if (body.id !== undefined && body.id !== id) {
        fail(
          'INVALID_INPUT',
          `The body's id ${show(body.id)} differs from the path's ${show(id)}: leave it out or make them the same.`,
        )
      }
      const { outcome, value } = await saveRecord(app.catalog, kind, { ...body, id }, 'replace')
      return reply.status(outcome === 'created' ? 201 : 200).send(value)
    },
  )

  api.delete(
    `/api/${kind}/:id`,
    {
      preHandler: requireApiKey,
      schema: {
        tags: ['catalog'],
        summary: `Delete a ${singular} (API key needed)`,
        security,
        params: IdParams,
        response: { 204: Type.Null(), ...errorReplies(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      const removed = await app.catalog.remove(kind, request.params.id)
      if (!removed) await app.catalog.get(kind, request.params.id) // throws the not-found error with the closest ids
      return reply.status(204).send(null)
    },
  )
}

/** A bag and what the bag layer derives from it. */
function bagWithRoom(bag: CatalogEntities['bags']) {
  const room = bagRoom(bag)
  return {
    bag,
    room:
      room.kind === 'derived'
        ? {
            kind: room.kind,
            container: room.interior.container,
            volumeMl: room.interior.volumeMl,
            pricePerMl: room.pricePerMl,
            explanation: room.interior.explanation,
          }
        : room,
  }
}
