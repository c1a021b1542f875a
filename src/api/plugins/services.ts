import fp from 'fastify-plugin'
import { openCatalog } from '../../catalog/index.js'
import type { Catalog } from '../../catalog/index.js'
import { API_LIMITS } from '../limits.js'
import { Solver } from '../solver/pool.js'
import type { SolverOptions } from '../solver/pool.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The open catalog (SQLite or PostgreSQL). */
    catalog: Catalog
    /** Worker threads that run every fit, plan and advice off the event loop. */
    solver: Solver
  }
}

/** Where the catalog and the solver come from. */
export interface ServicesOptions {
  /** An open catalog (the caller closes it), or a database URL to open (closed with the app). Default: `openCatalog()`. */
  catalog?: Catalog | string
  /** A solver to share (the caller closes it), or options for one of the app's own. */
  solver?: Solver | SolverOptions
}

/**
 * Decorates the app with `catalog` and `solver`. What the app opens it also closes, after in-flight requests have
 * finished (`onClose` runs once the server stops taking requests): the solver lets running solves end, then the
 * database closes.
 */
export const servicesPlugin = fp<ServicesOptions>(
  async (app, options) => {
    const ownsCatalog = typeof options.catalog !== 'object'
    const catalog =
      typeof options.catalog === 'object'
        ? options.catalog
        : await openCatalog({
            ...(options.catalog !== undefined && { db: options.catalog }),
            // Another process writing the SQLite file: a quick 503 with Retry-After, not a long wait.
            busyWaitMs: API_LIMITS.databaseBusyWaitMs,
          })
    if (catalog.opened.seeded) app.log.info(`Created the catalog ${catalog.location} from the seed data.`)
    const ownsSolver = !(options.solver instanceof Solver)
    const solver = options.solver instanceof Solver ? options.solver : new Solver(options.solver)
    if (ownsSolver) await solver.warmUp()
    app.decorate('catalog', catalog)
    app.decorate('solver', solver)
    app.addHook('onClose', async () => {
      if (ownsSolver) await solver.close()
      if (ownsCatalog) await catalog.close()
    })
  },
  { name: 'micropurse-services' },
)
