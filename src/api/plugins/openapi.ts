import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { finishOpenApi } from '../openapi-document.js'

/**
 * The OpenAPI description, built from the route schemas, at /openapi.json, and browsable docs at /docs.
 * Register before the routes: @fastify/swagger collects routes as they are added.
 */
export async function useOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'micropurse',
        version,
        description:
          'Will my things fit in my micro bag? Exact 3D packing, carry plans and styling advice over HTTP. Lengths are millimetres. Reads are public; catalog writes need an API key. Errors are JSON { statusCode, code, message }. See docs/api.md.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer' },
          apiKeyHeader: { type: 'apiKey', in: 'header', name: 'x-api-key' },
        },
      },
      tags: [
        { name: 'fit', description: 'The exact fit engine' },
        { name: 'catalog', description: 'Bags, items and kits' },
        { name: 'plan', description: 'Carrying systems' },
        { name: 'style', description: 'Styling advice' },
        { name: 'design', description: 'The miniature designer' },
        { name: 'meta', description: 'Health' },
      ],
    },
    // Named components, 2020-12 tuples, examples, security schemes and every status (openapi-document.ts).
    transformObject: (document) =>
      finishOpenApi((document as { openapiObject: Record<string, unknown> }).openapiObject) as never,
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
