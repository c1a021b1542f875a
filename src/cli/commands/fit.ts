import type { CliCommand, ParsedOptions } from '../command.js'
import { BAG_OPTIONS } from './bag-options.js'
import { jsonOption, timeLimitOption } from './shared-options.js'

export const fitCommand: CliCommand = {
  name: 'fit',
  description: 'Will these things fit? Exact answer with a layout, or the reason why not',
  options: [
    { flags: '--input <file>', description: 'A fit problem as JSON (see docs/fit.md), or .jsonl with one problem per line' },
    jsonOption('Print the answer as JSON (one line per problem for .jsonl)'),
    timeLimitOption('Time limit per problem in milliseconds, overriding the file (default 1000)'),
    { flags: '--node-limit <units>', description: 'Work per problem in work units, overriding the file: the same answer on any machine' },
    ...BAG_OPTIONS,
    { flags: '--items <ids>', description: 'With a bag: catalog item ids, each with an optional count and case: iso-7810-id1-card:3,apple-iphone-15+case' },
    { flags: '--kit <id>', description: "With a bag: a catalog kit's items (e.g. essentials), before any --items" },
  ],
  examples: [
    'micropurse fit --input examples/chiquito-card.json',
    'micropurse fit --input problems.jsonl --json',
    'micropurse fit --bag coach-tabby-20 --items apple-iphone-15-pro-max,iso-7810-id1-card:2',
    'micropurse fit --bag-size 12x9x5cm --shape trapezoid --items lipstick,house-key',
    'micropurse fit --bag dior-lady-dior-micro --kit essentials',
    'micropurse fit --bag chanel-classic-flap-mini-square --items apple-iphone-15-pro-max+case --json',
    'micropurse fit --input examples/chiquito-card.json --node-limit 100000',
  ],
  run: async (_args: string[], options: ParsedOptions) =>
    options.bag !== undefined || options.bagSize !== undefined
      ? (await import('./fit-bag.js')).runFitBag(options)
      : (await import('./fit-input.js')).runFitInput(options),
}
