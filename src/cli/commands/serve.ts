import type { CliCommand, ParsedOptions } from '../command.js'
import { DB_OPTION } from './shared-options.js'

/** `micropurse serve`: the HTTP API (and the web page, when built) on one port. */
export const serveCommand: CliCommand = {
  name: 'serve',
  description:
    'Serve the HTTP API (docs at /docs) and the web page on one port, on the seeded SQLite catalog by default',
  options: [
    { flags: '--port <port>', description: 'Port to listen on (default: the PORT variable, else 3000)' },
    {
      flags: '--host <host>',
      description: 'Address to listen on (0.0.0.0 for every interface)',
      default: '127.0.0.1',
    },
    DB_OPTION,
    {
      flags: '--rate-limit <n>',
      description: 'Requests per minute per API key or address (0: no limit)',
      default: 600,
    },
    {
      flags: '--solver-time <ms>',
      description: 'Solver thread time per minute per API key or address, in ms (0: no limit)',
      default: 30000,
    },
    {
      flags: '--threads <n>',
      description: 'Solver threads for first passes (default: cores - 1); one more runs long solves',
    },
    {
      flags: '--log-level <level>',
      description: 'fatal, error, warn, info, debug or silent',
      default: 'info',
    },
  ],
  examples: [
    'micropurse serve',
    'PORT=8080 npm start',
    'micropurse serve --port 8080 --db postgres://postgres@127.0.0.1:5432/shop',
  ],
  run: async (_args: string[], options: ParsedOptions) => (await import('./serve-run.js')).runServe(options),
}
