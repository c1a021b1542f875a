import { fail, show } from '../../errors.js'
import type { ParsedOptions } from '../command.js'
import { err } from '../output.js'

/** Runs `micropurse serve` until SIGINT or SIGTERM; returns 0 after a clean shutdown. */
export async function runServe(
  options: ParsedOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // --port, else PORT (as `npm start` and most hosts set it), else 3000.
  const port =
    options.port !== undefined
      ? wholeNumber(options.port, '--port', 0, 65535)
      : env.PORT !== undefined && env.PORT !== ''
        ? wholeNumber(env.PORT, 'PORT', 0, 65535)
        : 3000
  const solverMs =
    options.solverTime === undefined
      ? undefined
      : wholeNumber(options.solverTime, '--solver-time', 0, 3_600_000)
  const ratePerMinute = wholeNumber(options.rateLimit, '--rate-limit', 0, 1_000_000)
  const threads = options.threads === undefined ? undefined : wholeNumber(options.threads, '--threads', 1, 64)
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']
  const logLevel = String(options.logLevel)
  if (!levels.includes(logLevel))
    fail('INVALID_OPTION', `--log-level must be one of ${levels.join(', ')}, got ${show(logLevel)}.`)
  const { startServer, closeOnSignals } = await import('../../api/server.js')
  const host = String(options.host)
  const { app, address } = await startServer({
    port,
    host,
    logLevel,
    ratePerMinute,
    ...(solverMs !== undefined && { solverMsPerMinute: solverMs }),
    ...(options.db !== undefined && { catalog: String(options.db) }),
    ...(threads !== undefined && { solver: { quickThreads: threads } }),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      fail(
        'ADDRESS_IN_USE',
        `Port ${port} on ${host} is in use by another program: stop it, or pick another port with --port or PORT.`,
      )
    if (error.code === 'EACCES')
      fail(
        'ADDRESS_IN_USE',
        `Port ${port} on ${host} needs more rights than this user has: pick one above 1023 with --port or PORT.`,
      )
    if (error.code === 'EADDRNOTAVAIL')
      fail(
        'ADDRESS_IN_USE',
        `${host} is not an address of this machine: give --host 127.0.0.1, 0.0.0.0 or one of its own.`,
      )
    throw error
  })
  err(
    `micropurse API on ${address} (docs ${address}/docs), catalog ${app.catalog.location}. Ctrl-C stops it.`,
  )
  return new Promise((resolve) => {
    closeOnSignals(app, (error) => {
      if (error) err(`micropurse: shutdown failed: ${error instanceof Error ? error.message : String(error)}`)
      resolve(error ? 1 : 0)
    })
  })
}

function wholeNumber(value: unknown, flag: string, min: number, max: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max)
    fail('INVALID_OPTION', `${flag} must be a whole number from ${min} to ${max}, got ${show(value)}.`)
  return n
}
