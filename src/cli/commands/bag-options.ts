import type { CliOption } from '../command.js'
import { DB_OPTION } from './shared-options.js'

/** The options `fit` and `what-fits` share for naming a bag, as shown in `--help`. */
export const BAG_OPTIONS: CliOption[] = [
  { flags: '--bag <id>', description: 'A bag from the catalog (see micropurse catalog list --kind bags)' },
  { flags: '--bag-size <size>', description: 'A bag by its outside size, width × height × depth as shops give it: 12x9x5cm, 120x90x50 (mm)' },
  { flags: '--shape <shape>', description: 'Shape for --bag-size (default box), or instead of the catalog one: box, trapezoid, half-moon, round, bucket, barrel, pouch, tote, minaudiere' },
  { flags: '--material <material>', description: 'Wall material (default: the shape\'s usual one): structured-leather, soft-leather, coated-canvas, fabric, metal-frame' },
  { flags: '--closure <closure>', description: 'Closure (default: the catalog\'s, else the shape\'s usual one): flap, zip, clasp, open-top, drawstring' },
  DB_OPTION,
]
