import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { resolveCatalogBag } from '../../services/catalog-bag.js'
import { whatFitsEntries } from '../../services/what-fits.js'
import { API_LIMITS } from '../limits.js'
import { solveContext } from '../solver-budget.js'
import { IdParams, StringEnum, errorReplies } from '../schemas/common.js'
import { Closeness, DerivedBag } from '../schemas/fit.js'
import { derivedBag } from './fit.js'

const Verdict = Type.Object({
  kind: StringEnum(['item', 'kit'] as const),
  id: Type.String(),
  name: Type.String(),
  status: StringEnum(['fits', 'does-not-fit', 'unknown', 'unknown-size'] as const),
  reason: Type.String(),
  closeness: Type.Optional(Closeness),
})

const Tally = Type.Object({ fit: Type.Integer(), total: Type.Integer() })

/** `GET /api/bags/:id/what-fits`: every catalog item and kit, each on its own, in the bag. */
export async function whatFitsRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/bags/:id/what-fits',
    {
      schema: {
        tags: ['fit'],
        summary:
          'Which catalog items and kits fit in this bag, each on its own, with the reason for each that does not',
        description: `Items and kits with a missing side answer \`unknown-size\`. The whole list is bounded: past ${API_LIMITS.whatFitsBudgetMs} ms the rest answer \`unknown\`.`,
        params: IdParams,
        querystring: Type.Object(
          {
            timeLimitMs: Type.Optional(
              Type.Number({
                exclusiveMinimum: 0,
                maximum: API_LIMITS.maxWhatFitsTimeLimitMs,
                default: API_LIMITS.whatFitsTimeLimitMs,
                description: 'Time limit per item or kit, ms.',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            bag: DerivedBag,
            container: Type.Object({}, { additionalProperties: true }),
            counts: Type.Object({ items: Tally, kits: Tally }),
            results: Type.Array(Verdict),
          }),
          ...errorReplies(400, 404, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const bag = await resolveCatalogBag(app.catalog, request.params.id)
      const entries = await whatFitsEntries(app.catalog)
      const timeLimitMs = request.query.timeLimitMs ?? API_LIMITS.whatFitsTimeLimitMs
      const results = await app.solver.whatFits(
        bag.interior.container,
        entries,
        timeLimitMs,
        app.listBudgetMs,
        solveContext(request, reply, app.solverBudget),
        bag.dimsStatus,
      )
      const tally = (kind: 'item' | 'kit') => {
        const rows = results.filter((r) => r.kind === kind)
        return { fit: rows.filter((r) => r.status === 'fits').length, total: rows.length }
      }
      return {
        bag: derivedBag(bag),
        container: bag.interior.container,
        counts: { items: tally('item'), kits: tally('kit') },
        results,
      }
    },
  )
}
