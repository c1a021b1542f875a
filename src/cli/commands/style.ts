import type { CliCommand, ParsedOptions } from '../command.js'
import { DB_OPTION, jsonOption } from './shared-options.js'

/** `micropurse style`: the styling advisor for one bag and an outfit, or the catalog's bags ranked for the outfit. */
export const styleCommand: CliCommand = {
  name: 'style',
  description:
    'How to wear it: colour, proportion, placement, practicality and occasion advice for a bag and an outfit',
  options: [
    {
      flags: '--outfit <file>',
      description: 'The outfit as JSON: garments, and optionally wearer and occasion (see docs/styling.md)',
    },
    { flags: '--bag <id>', description: 'A bag from the catalog, by id' },
    {
      flags: '--bag-size <size>',
      description: 'A bag not in the catalog: width x height x depth, e.g. 12x9x5cm',
    },
    {
      flags: '--bag-file <file>',
      description: "A bag not in the catalog as JSON, in the advisor's bag format",
    },
    {
      flags: '--bag-colour <colour>',
      description: 'The bag colour: #ff1493, hotpink, rgb(...) (required when the catalog has none)',
    },
    {
      flags: '--bag-shape <shape>',
      description: 'Shape of a --bag-size or --bag-file bag, for its capacity (default box)',
    },
    {
      flags: '--occasion <occasion>',
      description:
        'everyday, work, travel, wedding, evening, cocktail or black-tie (default: the file, else everyday)',
    },
    {
      flags: '--height <length>',
      description: "The wearer's height, e.g. 168cm or 66in; a bare number is cm (overrides the file)",
    },
    {
      flags: '--rank',
      description: 'Rank the catalog bags for this outfit (all in --bag-colour) instead of advising on one',
    },
    { flags: '--top <n>', description: 'With --rank: how many bags to show (default 10)' },
    DB_OPTION,
    jsonOption('Print the advice (or the ranking) as JSON'),
  ],
  examples: [
    'micropurse style --bag jacquemus-le-petit-chiquito --bag-colour hotpink --outfit examples/outfit-black-evening.json --occasion evening',
    'micropurse style --bag-size 12x9x5cm --bag-colour "#ff1493" --outfit examples/outfit-camel-navy.json',
    'micropurse style --rank --bag-colour cobalt --outfit examples/outfit-camel-navy.json --top 5',
    'micropurse style --bag-file examples/bag-crystal-minaudiere.json --bag-shape minaudiere --outfit examples/outfit-black-evening.json --occasion work',
  ],
  run: async (_args: string[], options: ParsedOptions) => (await import('./style-run.js')).runStyle(options),
}
