import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Catalog } from '../../catalog/index.js'
import { fail } from '../../errors.js'
import type { FitProblem } from '../../pack/types.js'
import { resolveCatalogBag } from '../../services/catalog-bag.js'
import { resolveItems, type ItemRef, type ResolvedItems } from '../../services/catalog-items.js'
import type { ResolvedCatalogBag } from '../../services/catalog-bag.js'
import { errorReplies } from '../schemas/common.js'
import { solveContext } from '../solver-budget.js'
import { FitBody, FitReply } from '../schemas/fit.js'
import type { FitByIdBodyType } from '../schemas/fit.js'

/** `POST /api/fit`: a fit problem, or a catalog bag with catalog items and/or a kit. */
export async function fitRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    '/api/fit',
    {
      schema: {
        tags: ['fit'],
        summary: 'Will these items fit? An exact answer with a layout, or the reason why not',
        description:
          'Send a fit problem `{ container, items, options? }` (millimetres), or `{ bag, items?, kit?, options? }` with catalog ids. `options.timeLimitMs` defaults to 1000 and is capped; past it the answer is `unknown`. Solved in a worker thread.',
        body: FitBody,
        response: { 200: FitReply, ...errorReplies(400, 404, 413, 415, 429, 503) },
      },
    },
    async (request, reply) => {
      const body = request.body
      const context = solveContext(request, reply, app.solverBudget)
      if ('container' in body) return app.solver.fit(body, context)
      const { problem, bag, statuses } = await fitProblemById(app.catalog, body)
      const answer = await app.solver.fit(problem, context)
      const closeness = await app.solver.closeness(problem, answer, { bag: bag.dimsStatus, items: statuses }, context)
      return { ...answer, closeness, container: problem.container, bag: derivedBag(bag) }
    },
  )
}

/**
 * The fit problem of `{ bag, items?, kit? }`: the bag's derived container and the things as the catalog gives them
 * (turning by any angle, soft ones squeezable, in a case when asked), counts added up.
 */
async function fitProblemById(
  catalog: Catalog,
  body: FitByIdBodyType,
): Promise<{ problem: FitProblem; bag: ResolvedCatalogBag; statuses: ResolvedItems['statuses'] }> {
  if ((body.items ?? []).length === 0 && body.kit === undefined) {
    fail(
      'INVALID_INPUT',
      'Say what to fit: "items" (catalog item ids, or { id, count }) and/or "kit" (a catalog kit id).',
    )
  }
  const bag = await resolveCatalogBag(catalog, body.bag)
  const refs: ItemRef[] = (body.items ?? []).map((entry) =>
    typeof entry === 'string' ? { id: entry, count: 1 } : { id: entry.id, count: entry.count ?? 1, ...(entry.case !== undefined && entry.case !== false && { case: entry.case }) },
  )
  const { items, statuses } = await resolveItems(catalog, refs, body.kit)
  return {
    problem: { container: bag.interior.container, items, ...(body.options && { options: body.options }) },
    bag,
    statuses,
  }
}

/** The bag part of an answer: what it is and how its container was derived. */
export function derivedBag(bag: ResolvedCatalogBag) {
  return {
    id: bag.id,
    label: bag.label,
    shape: bag.spec.shape,
    volumeMl: bag.interior.volumeMl,
    notes: bag.notes,
    explanation: bag.interior.explanation,
  }
}
