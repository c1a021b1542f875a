import { fail, show } from '../../errors.js'
import type { ParsedOptions } from '../command.js'
import { err } from '../output.js'

/** Runs `micropurse serve` until SIGINT or SIGTERM; returns 0 after a clean shutdown. */
export async function runServe(options: ParsedOptions): Promise<number> {
  const port = wholeNumber(options.port, '--port', 0, 65535)
  const ratePerMinute = wholeNumber(options.rateLimit, '--rate-limit', 0, 1_000_000)
  const threads = options.threads === undefined ? undefined : wholeNumber(options.threads, '--threads', 1, 64)
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']
  const logLevel = String(options.logLevel)
  if (!levels.includes(logLevel))
    fail('INVALID_OPTION', `--log-level must be one of ${levels.join(', ')}, got ${show(logLevel)}.`)
  const { startServer, closeOnSignals } = await import('../../api/server.js')
  const { app, address } = await startServer({
    port,
    host: String(options.host),
    logLevel,
    ratePerMinute,
    ...(options.db !== undefined && { catalog: String(options.db) }),
    ...(threads !== undefined && { solver: { quickThreads: threads } }),
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
