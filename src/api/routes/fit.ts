import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Catalog } from '../../catalog/index.js'
import { fail, show } from '../../errors.js'
import type { FitItem, FitProblem } from '../../pack/types.js'
import { itemFitSize, resolveCatalogBag } from '../../services/catalog-bag.js'
import type { ResolvedCatalogBag } from '../../services/catalog-bag.js'
import { errorReplies } from '../schemas/common.js'
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
    async (request) => {
      const body = request.body
      if ('container' in body) return app.solver.fit(body)
      const { problem, bag } = await fitProblemById(app.catalog, body)
      const answer = await app.solver.fit(problem)
      return { ...answer, container: problem.container, bag: derivedBag(bag) }
    },
  )
}

/** The fit problem of `{ bag, items?, kit? }`: the bag's derived container and the items' boxes, counts added up. */
export async function fitProblemById(
  catalog: Catalog,
  body: FitByIdBodyType,
): Promise<{ problem: FitProblem; bag: ResolvedCatalogBag }> {
  if ((body.items ?? []).length === 0 && body.kit === undefined) {
    fail(
      'INVALID_INPUT',
      'Say what to fit: "items" (catalog item ids, or { id, count }) and/or "kit" (a catalog kit id).',
    )
  }
  const bag = await resolveCatalogBag(catalog, body.bag)
  const counts = new Map<string, number>()
  const add = (id: string, count: number) => counts.set(id, (counts.get(id) ?? 0) + count)
  if (body.kit !== undefined) {
    for (const entry of (await catalog.get('kits', body.kit)).items) add(entry.itemId, entry.count)
  }
  for (const entry of body.items ?? []) {
    if (typeof entry === 'string') add(entry, 1)
    else add(entry.id, entry.count ?? 1)
  }
  const items: FitItem[] = []
  for (const [id, count] of counts) {
    const size = itemFitSize(await catalog.get('items', id))
    if (typeof size === 'string')
      fail(
        'INVALID_INPUT',
        `Item ${show(id)} has ${size}, so it cannot be packed; send a fit problem with its size instead.`,
      )
    items.push({ id, size, count })
  }
  return {
    problem: { container: bag.interior.container, items, ...(body.options && { options: body.options }) },
    bag,
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
