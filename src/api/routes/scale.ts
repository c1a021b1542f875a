import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { fail, show } from '../../errors.js'
import type { FitItem } from '../../pack/types.js'
import { itemFitSize } from '../../services/catalog-bag.js'
import { catalogSilhouette } from '../../services/silhouette.js'
import { API_LIMITS } from '../limits.js'
import { solveContext } from '../solver-budget.js'
import { errorReplies } from '../schemas/common.js'
import { ScaleBody, ScaleReply } from '../schemas/scale.js'

/** `POST /api/scale`: how small a catalog bag's silhouette can go and still hold what it must. */
export async function scaleRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    '/api/scale',
    {
      schema: {
        tags: ['design'],
        summary:
          'The smallest width of a silhouette that holds the items, with its layout, and the reason one size down does not',
        description: `Walls, lining and hardware keep their thickness as the bag scales. Each width is decided within \`options.widthTimeLimitMs\` (default ${API_LIMITS.scaleWidthTimeLimitMs} ms over HTTP); widths whose fit ran out are listed, never guessed. Solved in a worker thread.`,
        body: ScaleBody,
        response: { 200: ScaleReply, ...errorReplies(400, 404, 413, 415, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      const { silhouette: id, items: refs = [], kit, material, hardware, options = {} } = request.body
      if (refs.length === 0 && kit === undefined)
        fail('INVALID_INPUT', 'Say what must fit: "items" (catalog item ids, or { id, count }) and/or "kit".')
      const silhouette = await catalogSilhouette(app.catalog, id, {
        ...(material && { material }),
        ...(hardware && { hardware }),
      })
      // Counts add up per item, kit lines first.
      const counts = new Map<string, number>()
      if (kit !== undefined)
        for (const line of (await app.catalog.get('kits', kit)).items)
          counts.set(line.itemId, (counts.get(line.itemId) ?? 0) + line.count)
      for (const ref of refs) {
        const [itemId, count] = typeof ref === 'string' ? [ref, 1] : [ref.id, ref.count ?? 1]
        counts.set(itemId, (counts.get(itemId) ?? 0) + count)
      }
      const items: FitItem[] = []
      for (const [itemId, count] of counts) {
        const size = itemFitSize(await app.catalog.get('items', itemId))
        if (typeof size === 'string')
          fail('INVALID_INPUT', `Item ${show(itemId)} has ${size}, so it cannot be packed.`)
        items.push({ id: itemId, size, count })
      }
      return app.solver.scale(
        {
          silhouette,
          items,
          options: { widthTimeLimitMs: API_LIMITS.scaleWidthTimeLimitMs, ...options },
        },
        solveContext(request, reply, app.solverBudget),
      )
    },
  )
}
