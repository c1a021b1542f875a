import type { CliCommand, ParsedOptions } from '../command.js'
import { DB_OPTION, jsonOption, timeLimitOption } from './shared-options.js'

/** `micropurse plan`: what goes where across a micro bag and its companions, and what stays behind. */
export const planCommand: CliCommand = {
  name: 'plan',
  description: 'How do I carry it all? A plan across bags, pockets, a phone case, a pouch and a tote',
  options: [
    {
      flags: '--items <list>',
      description:
        'Things, comma separated: catalog item ids, or NAME=WxDxH[unit] for your own; suffixes @CATEGORY, *N for copies, ! for a must-have',
    },
    { flags: '--kit <id>', description: "Add a catalog kit's items (e.g. essentials)" },
    {
      flags: '--carry <list>',
      description:
        'Containers, comma separated: bag ids, bag:WxHxD, pocket:NAME (womens-jeans-front, mens-jeans-back, coat, blazer, trousers-front, skirt...), phone-case:3-cards, pouch[:WxHxD], tote[:WxHxD]; *N for several, @HOST to nest',
    },
    {
      flags: '--wear <ids>',
      description:
        'Containers you wear, comma separated (default: every bag given by id or size); they add no piece and the bags are filled first',
    },
    {
      flags: '--only <ID=categories>',
      description:
        'What a container may hold, e.g. --only tote=phone,keys,card --only pouch=cosmetics (categories: docs/carry.md)',
    },
    { flags: '--must <ids>', description: 'Item ids that must be carried, comma separated' },
    {
      flags: '--priority <list>',
      description: 'Priorities, e.g. lipstick=8,airpods=1 (defaults by category: docs/carry.md)',
    },
    timeLimitOption('Time for the whole plan in milliseconds (default 2000)'),
    DB_OPTION,
    jsonOption('Print the plan as JSON, with each container’s fit problem and layout'),
  ],
  examples: [
    "micropurse plan --items 'apple-iphone-15!,iso-7810-id1-card*2,lipstick,house-key*2' --carry dior-lady-dior-micro,pouch@tote,tote",
    'micropurse plan --kit essentials --carry jacquemus-le-petit-chiquito,pocket:womens-jeans-back,phone-case:3-cards,tote',
    'micropurse plan --kit essentials --items powder-compact --carry jacquemus-le-petit-chiquito,pouch@tote,tote --only tote=phone,keys,card --only pouch=cosmetics',
    'micropurse plan --items "mini-wallet=100x70x20mm@card,lipstick" --carry bag:12x9x5cm*2 --wear bag:12x9x5cm --json',
  ],
  run: async (_args: string[], options: ParsedOptions) => (await import('./plan-run.js')).runPlan(options),
}
