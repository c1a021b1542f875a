import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** Where the web page's built files are looked for: `web/dist` at the package root. */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url))

/**
 * Serves the web page's built files at `/` when the folder exists (the page is built separately); otherwise `/`
 * answers with where to find the API. Returns whether the page is served.
 */
export async function useWebPage(
  app: FastifyInstance,
  root: string | null = DEFAULT_WEB_ROOT,
): Promise<boolean> {
  if (root !== null && existsSync(root)) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
      // Vite names every built asset after its content (assets/index-CjjaYdsw.js): a name never holds other bytes,
      // so browsers keep them for a year without asking. The page itself is asked for every time, so a new build
      // (new asset names) reaches readers at once.
      cacheControl: false,
      setHeaders: (reply, path) => {
        void reply.header('cache-control', isHashedAsset(path) ? IMMUTABLE : 'no-cache')
      },
    })
    return true
  }
  app.get('/', { schema: { hide: true } }, async () => ({
    name: 'micropurse',
    message: 'The micropurse API. Routes under /api, browsable docs at /docs, OpenAPI at /openapi.json.',
  }))
  return false
}

/** Cache-Control of an asset whose name carries a hash of its content. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/** Whether a file is one of Vite's content-hashed assets (`assets/NAME-HASH.EXT`). */
function isHashedAsset(path: string): boolean {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(path)
}
