import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** Where the web page's built files are looked for: `web/dist` at the package root. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url))

/**
 * Serves the web page's built files at `/` when the folder exists (the page is built separately); otherwise `/`
 * answers with where to find the API. Returns whether the page is served.
 */
export async function useWebPage(
  app: FastifyInstance,
  root: string | null = DEFAULT_WEB_ROOT,
): Promise<boolean> {
  if (root !== null && existsSync(root)) {
    await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: false })
    return true
  }
  app.get('/', { schema: { hide: true } }, async () => ({
    name: 'micropurse',
    message: 'The micropurse API. Routes under /api, browsable docs at /docs, OpenAPI at /openapi.json.',
  }))
  return false
}
