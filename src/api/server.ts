import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import type { AppOptions } from './app.js'
import { API_LIMITS } from './limits.js'

/** Where and how to serve. */
export interface ServeOptions extends AppOptions {
  /** Default 3000. */
  port?: number
  /** Default 127.0.0.1 (loopback only; give 0.0.0.0 to serve the network). */
  host?: string
  /** Log level for pino (default `info`; `silent` turns logging off). */
  logLevel?: string
}

/**
 * Builds the app with logging and timeouts and listens. Returns the app and its address; `app.close()` stops taking
 * requests, lets in-flight ones finish, then stops the solver threads and closes the database.
 */
export async function startServer(
  options: ServeOptions = {},
): Promise<{ app: FastifyInstance; address: string }> {
  const { port = 3000, host = '127.0.0.1', logLevel = 'info', ...appOptions } = options
  const app = await buildApp(appOptions, {
    logger: { level: logLevel },
    ...timeoutOptions(API_LIMITS.requestTimeoutMs),
    // New requests during shutdown get 503 while in-flight ones finish.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  })
  try {
    const address = await app.listen({ port, host })
    return { app, address }
  } catch (error) {
    // Could not listen (the port is taken...): let the threads and the database go before saying so.
    await app.close().catch(() => undefined)
    throw error
  }
}

/**
 * A whole request, headers and body, must arrive within `requestTimeoutMs` (slow senders get 408); idle keep-alive
 * sockets close after 5 s. Node looks for late requests every `connectionsCheckingInterval` (30 s by default, which
 * let a request run 30-60 s); once a second keeps the limit within a second.
 */
export function timeoutOptions(requestTimeoutMs: number) {
  return {
    requestTimeout: requestTimeoutMs,
    connectionTimeout: requestTimeoutMs * 2,
    keepAliveTimeout: 5000,
    http: { connectionsCheckingInterval: 1000, headersTimeout: requestTimeoutMs },
  }
}

/**
 * Closes the app on the first SIGINT or SIGTERM (in-flight requests finish, then the database closes) and exits on
 * the second. Returns a function that removes the handlers.
 */
export function closeOnSignals(app: FastifyInstance, onClosed: (error?: unknown) => void): () => void {
  let closing = false
  const handler = (signal: NodeJS.Signals) => {
    if (closing) {
      app.log.warn(`${signal} again: exiting without waiting`)
      process.exit(130)
    }
    closing = true
    app.log.info(`${signal}: finishing in-flight requests, then closing the database`)
    app.close().then(
      () => onClosed(),
      (error: unknown) => onClosed(error),
    )
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
}
