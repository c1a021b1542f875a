import type { CliCommand, ParsedOptions } from '../command.js'
import { DB_OPTION, jsonOption } from './shared-options.js'

/** `micropurse keys create|list|revoke`: the API keys that may write to the catalog over HTTP. */
export const keysCommand: CliCommand = {
  name: 'keys <action> [target]',
  description:
    'API keys for catalog writes over HTTP: create --name NAME (prints the key once), list, revoke ID|NAME',
  options: [
    { flags: '--name <name>', description: 'create: who the key is for, e.g. shop-a' },
    DB_OPTION,
    jsonOption('Print JSON'),
  ],
  examples: ['micropurse keys create --name shop-a', 'micropurse keys list', 'micropurse keys revoke shop-a'],
  run: async (args: string[], options: ParsedOptions) =>
    (await import('./keys-run.js')).runKeys(args, options),
}
