import type { CliCommand, ParsedOptions } from '../command.js'
import { DB_OPTION, jsonOption } from './shared-options.js'

/** `micropurse catalog list|show|search|import|export`: the bags, items and kits the other commands use. */
export const catalogCommand: CliCommand = {
  name: 'catalog <action> [...args]',
  description: 'Bags, items and kits: list, show ID, search WORDS, import FILE, export',
  options: [
    DB_OPTION,
    {
      flags: '--kind <kind>',
      description: 'bags, items or kits (default: all three; export --format csv needs one)',
    },
    jsonOption('Print JSON (camelCase domain objects; import prints its summary)'),
    { flags: '--format <format>', description: 'json or csv (import: from the file name; export: json)' },
    { flags: '--out <file>', description: 'export: write to this file instead of stdout' },
    { flags: '--dry-run', description: 'import: check every row and count, write nothing' },
    { flags: '--limit <n>', description: 'list, search: at most this many per kind' },
  ],
  examples: [
    'micropurse catalog list --kind bags',
    'micropurse catalog show jacquemus-le-petit-chiquito',
    'micropurse catalog search hermes mini',
    'micropurse catalog import my-bags.csv --dry-run',
    'micropurse catalog export --kind items --format csv --out items.csv',
    'micropurse catalog list --db postgres://postgres@127.0.0.1:5432/test --json',
  ],
  run: async (args: string[], options: ParsedOptions) =>
    (await import('./catalog-run.js')).runCatalog(args, options),
}
