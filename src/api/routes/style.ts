import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { BagSpec } from '../../bag/index.js'
import { fail } from '../../errors.js'
import { bagSpecFromCatalog, styleBagFromCatalog } from '../../services/style-bag.js'
import type { StyleBag } from '../../style/index.js'
import { solveContext } from '../solver-budget.js'
import { errorReplies } from '../schemas/common.js'
import { StyleBody, StyleReply } from '../schemas/style.js'

/** `POST /api/style`: how to wear a bag with an outfit, five rules scored and explained. */
export async function styleRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    '/api/style',
    {
      schema: {
        tags: ['style'],
        summary:
          'Styling advice: colour, proportion, placement, practicality and occasion rules, each scored with reasons',
        description:
          'Give the bag whole (`bag`), or a catalog bag by `bagId` with its `colour` (the catalog has no colours); for a catalog bag with a full size and shape, the fit engine works out where the essentials kit goes unless `capacity` is given.',
        body: StyleBody,
        response: { 200: StyleReply, ...errorReplies(400, 404, 413, 415, 429, 503) },
      },
    },
    async (request, reply) => {
      const { bag, bagId, colour, ...rest } = request.body
      if ((bag === undefined) === (bagId === undefined)) {
        fail(
          'INVALID_INPUT',
          bag === undefined
            ? 'Say which bag: "bag" (the bag itself) or "bagId" (a catalog bag) with "colour".'
            : 'Give "bag" or "bagId", not both.',
        )
      }
      let styleBag: StyleBag
      let capacityFrom: BagSpec | undefined
      if (bag !== undefined) {
        if (colour !== undefined)
          fail('INVALID_INPUT', '"colour" goes with "bagId"; a bag given whole has its own "colour".')
        styleBag = bag
      } else {
        if (colour === undefined)
          fail('INVALID_INPUT', `Catalog bags have no colour: add "colour", e.g. "#ff1493" or "black".`)
        const found = await app.catalog.get('bags', bagId!)
        styleBag = styleBagFromCatalog(found, colour)
        const spec = bagSpecFromCatalog(found)
        if (typeof spec !== 'string' && rest.capacity === undefined) capacityFrom = spec
      }
      const input = { ...rest, bag: styleBag }
      return app.solver.style(input, capacityFrom, solveContext(request, reply, app.solverBudget))
    },
  )
}
