import { createRequire } from 'node:module'
import compress from '@fastify/compress'
import rateLimit from '@fastify/rate-limit'
import Fastify from 'fastify'
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import fp from 'fastify-plugin'
import { MicropurseError } from '../errors.js'
import { API_LIMITS } from './limits.js'
import { useApiKeys } from './plugins/auth.js'
import { errorServerOptions, useJsonErrors, useMethodNotAllowed } from './plugins/errors.js'
import { useOpenApi } from './plugins/openapi.js'
import { servicesPlugin } from './plugins/services.js'
import type { ServicesOptions } from './plugins/services.js'
import { useStrictValidation } from './plugins/validation.js'
import { useWebPage } from './plugins/web.js'
import { SolverBudget } from './solver-budget.js'
import { catalogRoutes } from './routes/catalog.js'
import { fitRoutes } from './routes/fit.js'
import { healthRoutes } from './routes/health.js'
import { planRoutes } from './routes/plan.js'
import { scaleRoutes } from './routes/scale.js'
import { styleRoutes } from './routes/style.js'
import { whatFitsRoutes } from './routes/what-fits.js'
import { whichBagsRoutes } from './routes/which-bags.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Solver time per client (the cost-based rate limit), or `null` when it is off. */
    solverBudget: SolverBudget | null
    /** Wall-clock budget of one list request (what-fits, which-bags), ms: past it the rest answer `unknown`. */
    listBudgetMs: number
  }
}

/** Options of the micropurse app plugin. */
export interface AppOptions extends ServicesOptions {
  /** Requests per minute per API key, or per address without one (default `API_LIMITS.ratePerMinute`; 0 turns it off). */
  ratePerMinute?: number
  /**
   * Solver thread time a client may use per minute, in ms (default `API_LIMITS.solverMsPerMinute`; 0 turns it off):
   * the rate limit's cost side, so a few hard problems cannot hold the threads for everyone.
   */
  solverMsPerMinute?: number
  /** Folder of the web page's built files served at `/` (default `web/dist` when it exists; `null`: never). */
  webRoot?: string | null
  /**
   * Wall-clock budget of one list request (what-fits, which-bags) in ms (default `API_LIMITS.whatFitsBudgetMs`):
   * each verdict is decided by work units, and this only bounds the whole list on a busy machine.
   */
  listBudgetMs?: number
}

/**
 * The micropurse HTTP API as a Fastify plugin: JSON errors, strict validation, API keys, rate limits, the OpenAPI
 * description (/openapi.json, /docs), the routes under /api, and the web page at / when built. Register it on an
 * instance made with `apiServerOptions()` (body limit) or use `buildApp`.
 */
async function micropurseApp(app: FastifyInstance, options: AppOptions): Promise<void> {
  await app.register(servicesPlugin, options)
  // Answers over 1 KiB go out compressed (br, gzip or deflate, as the client accepts): the web page's scripts shrink
  // to about a quarter, JSON answers to a tenth. Registered first so every route, static files included, has it.
  await app.register(compress, { global: true, threshold: 1024 })
  useStrictValidation(app)
  useJsonErrors(app)
  const addMethodNotAllowed = useMethodNotAllowed(app)
  // Bodies are JSON only: a text/plain body answers 415 like any other type, not a confusing 400 from the schema.
  app.removeContentTypeParser('text/plain')
  useApiKeys(app)
  const ratePerMinute = options.ratePerMinute ?? API_LIMITS.ratePerMinute
  if (ratePerMinute > 0) {
    await app.register(rateLimit, {
      max: ratePerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => (request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`),
      errorResponseBuilder: (_request, context) =>
        new MicropurseError(
          'RATE_LIMITED',
          `Too many requests: at most ${context.max} a minute ${context.ban ? '' : 'per API key or address'}; try again in ${Math.ceil(context.ttl / 1000)} s.`,
        ),
    })
  }
  const solverMsPerMinute = options.solverMsPerMinute ?? API_LIMITS.solverMsPerMinute
  app.decorate('solverBudget', solverMsPerMinute > 0 ? new SolverBudget(solverMsPerMinute) : null)
  app.decorate('listBudgetMs', options.listBudgetMs ?? API_LIMITS.whatFitsBudgetMs)
  await useOpenApi(app, version())
  await app.register(healthRoutes)
  await app.register(fitRoutes)
  await app.register(whatFitsRoutes)
  await app.register(whichBagsRoutes)
  await app.register(catalogRoutes)
  await app.register(planRoutes)
  await app.register(styleRoutes)
  await app.register(scaleRoutes)
  await useWebPage(app, options.webRoot)
  addMethodNotAllowed()
}

/** The plugin, sharing its decorations, error handler and hooks with the instance it is registered on. */
const plugin = fp(micropurseApp, { name: 'micropurse-app', fastify: '5.x' })
export default plugin

/**
 * Server options the app relies on: the body limit, parse errors for `__proto__` keys instead of silent drops, and
 * Fastify's and Node's own refusals in the error contract (plugins/errors.ts).
 */
export function apiServerOptions(): FastifyServerOptions {
  return {
    ...errorServerOptions(),
    bodyLimit: API_LIMITS.bodyBytes,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    ajv: { customOptions: { removeAdditional: false } },
  }
}

/**
 * A ready app without a socket, for tests and scripts (`app.inject()`); `server.ts` adds logging and timeouts and
 * listens. Close it with `app.close()`.
 */
export async function buildApp(
  options: AppOptions = {},
  serverOptions: FastifyServerOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({ ...apiServerOptions(), ...serverOptions })
  await app.register(plugin, options)
  await app.ready()
  return app
}

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version
}
