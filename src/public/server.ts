/**
 * `micropurse/server`: the HTTP API and the web page as a Fastify app, with its solver threads. Needs the server
 * packages (fastify and its plugins) and a catalog driver. See docs/api.md.
 */
export { MicropurseError } from '../errors.js'
export type { ErrorCode } from '../errors.js'
export { buildApp, apiServerOptions, default as micropursePlugin } from '../api/app.js'
export type { AppOptions } from '../api/app.js'
export { startServer, closeOnSignals } from '../api/server.js'
export type { ServeOptions } from '../api/server.js'
export { Solver } from '../api/solver/pool.js'
export type { SolverOptions } from '../api/solver/pool.js'
export { API_LIMITS } from '../api/limits.js'
export type { ErrorBody } from '../api/plugins/errors.js'
