import type { CliCommand, ParsedOptions } from '../command.js'
import { DB_OPTION, jsonOption, timeLimitOption } from './shared-options.js'

/** `micropurse scale`: the miniature designer (docs/designer.md). */
export const scaleCommand: CliCommand = {
  name: 'scale',
  description: 'How small can a silhouette go and still hold a kit? Smallest width, or capacity against size',
  options: [
    {
      flags: '--silhouette <id>',
      description: 'The reference bag, a catalog id (see micropurse catalog list --kind bags)',
    },
    {
      flags: '--must-fit <ids>',
      description:
        'Items or kits from the catalog, each with an optional count: apple-iphone-15-pro,iso-7810-id1-card:2',
    },
    {
      flags: '--material <material>',
      description:
        "Walls at every size: structured-leather, soft-leather, coated-canvas, fabric, metal-frame, or wall+stiffener+lining in mm (1.2+0.5+0.4); default the bag's, else its shape's",
    },
    {
      flags: '--hardware <kinds>',
      description:
        'Hardware inside: turn-lock, clasp, handle-anchors (comma-separated) or none; default from the closure and handles',
    },
    {
      flags: '--range <from..to>',
      description:
        'Widths to search, e.g. 80..300mm (default: from where the walls leave room to twice the reference width)',
    },
    {
      flags: '--curve <from..to>',
      description: 'Instead: capacity from one width to another, e.g. 80..250mm, with every catalog kit',
    },
    { flags: '--step <mm>', description: 'With --curve: width step between table rows (default 10)' },
    { flags: '--out <file>', description: 'With --curve: write the chart as SVG to this file' },
    { flags: '--window <mm>', description: 'Widths checked on each side of the threshold (default 3)' },
    {
      flags: '--exhaustive',
      description: 'Check every width of the range, not only those near the threshold',
    },
    timeLimitOption('Time limit for deciding each width, in milliseconds (default 1000)'),
    jsonOption('Print the result as JSON'),
    DB_OPTION,
  ],
  examples: [
    'micropurse scale --silhouette hermes-birkin-25 --must-fit apple-iphone-15-pro,iso-7810-id1-card',
    'micropurse scale --silhouette hermes-birkin-25 --must-fit evening --material soft-leather --json',
    'micropurse scale --silhouette hermes-birkin-25 --curve 80..250mm --out curve.svg',
  ],
  run: async (_args: string[], options: ParsedOptions) => (await import('./scale-run.js')).runScale(options),
}
