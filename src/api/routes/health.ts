import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'

const Lane = Type.Object({
  threads: Type.Integer(),
  running: Type.Integer(),
  queued: Type.Integer(),
  refused: Type.Integer({
    description: 'Solves refused since start: they could not have started within their time limit.',
  }),
  cancelled: Type.Integer({
    description: 'Solves dropped or stopped since start because their client hung up.',
  }),
  overran: Type.Integer({ description: 'Solves stopped since start for running past their time limit.' }),
})

/** `GET /api/health`: the server answers, which database kind it uses, and how busy the solver is. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Is the server up, and how busy is the solver',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.String(),
            solver: Type.Object({ quick: Lane, slow: Lane }),
          }),
        },
      },
    },
    async () => ({ status: 'ok' as const, database: app.catalog.target.kind, solver: app.solver.stats() }),
  )
}
