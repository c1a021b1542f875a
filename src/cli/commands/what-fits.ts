import type { CliCommand, ParsedOptions } from '../command.js'
import { BAG_OPTIONS } from './bag-options.js'
import { jsonOption, timeLimitOption } from './shared-options.js'

export const whatFitsCommand: CliCommand = {
  name: 'what-fits',
  description: 'Which catalog items and kits fit in a bag, one by one, with the reason for each that does not',
  options: [
    ...BAG_OPTIONS,
    jsonOption('Print the bag, its container and every verdict as JSON'),
    timeLimitOption('Time limit per item or kit in milliseconds (default 300)'),
  ],
  examples: ['micropurse what-fits --bag coach-tabby-20', 'micropurse what-fits --bag-size 15x15x4cm --shape round --json'],
  run: async (_args: string[], options: ParsedOptions) => (await import('./what-fits-run.js')).runWhatFits(options),
}
