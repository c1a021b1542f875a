import type { CliCommand, ParsedOptions } from '../command.js'

export const fitCommand: CliCommand = {
  name: 'fit',
  description: 'Will these things fit? Exact answer with a layout, or the reason why not',
  options: [
    { flags: '--input <file>', description: 'A fit problem as JSON (see docs/fit.md), or .jsonl with one problem per line' },
    { flags: '--json', description: 'Print the answer as JSON (one line per problem for .jsonl)' },
    { flags: '--time-limit <ms>', description: 'Time limit per problem in milliseconds, overriding the file (default 1000)' },
  ],
  examples: ['micropurse fit --input examples/chiquito-card.json', 'micropurse fit --input problems.jsonl --json'],
  run: async (_args: string[], options: ParsedOptions) => (await import('./fit-input.js')).runFitInput(options),
}
