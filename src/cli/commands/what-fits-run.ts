import { marginAmount } from '../../services/closeness.js'
import { judgeEntries, whatFitsEntries, type WhatFitsVerdict } from '../../services/what-fits.js'
import type { ParsedOptions } from '../command.js'
import { err, out, outJson, table } from '../output.js'
import { describeBag, readBag } from './bag-input.js'
import { readTimeLimit } from './limits.js'
import { bagJson } from './fit-bag.js'
import { openCatalogFor } from './catalog-open.js'

/** Default time limit per item or kit: single items are settled by bounds in well under a millisecond. */
const DEFAULT_TIME_LIMIT_MS = 300

/**
 * `micropurse what-fits --bag ID | --bag-size SIZE`: every catalog thing (cases aside: they go with what they hold)
 * and kit, each on its own, in the bag's container, with how close each verdict is. Things and kits with a missing
 * side are listed as `unknown-size` with what is missing.
 */
export async function runWhatFits(options: ParsedOptions): Promise<number> {
  const timeLimitMs = readTimeLimit(options.timeLimit, DEFAULT_TIME_LIMIT_MS)
  const catalog = await openCatalogFor(options)
  try {
    const bag = await readBag(options, catalog, err)
    const entries = await whatFitsEntries(catalog)
    const verdicts = judgeEntries(bag.interior.container, entries, { timeLimitMs, budgetMs: Infinity, bagStatus: bag.dimsStatus })
    if (options.json) {
      outJson({ bag: bagJson(bag), container: bag.interior.container, results: verdicts })
      return 0
    }
    out(describeBag(bag).join('\n'))
    out('')
    for (const kind of ['item', 'kit'] as const) {
      const rows = verdicts.filter((v) => v.kind === kind)
      const fitting = rows.filter((v) => v.status === 'fits').length
      out(`${kind === 'item' ? 'Items' : 'Kits'}: ${fitting} of ${rows.length} fit`)
      out(table([kind, 'verdict', 'how close', 'reason'], rows.map((v) => [v.id, word(v.status), close(v), v.status === 'fits' ? '' : v.reason])))
      out('')
    }
    return 0
  } finally {
    await catalog.close()
  }
}

// "2.5 mm to spare", "3.4 mm too big (close call)", or nothing when it is not known.
function close(v: WhatFitsVerdict): string {
  const c = v.closeness
  if (!c || c.marginMm === null) return ''
  return `${marginAmount({ marginMm: c.marginMm, atLeast: c.atLeast })}${c.closeCall ? ' (close call)' : ''}`
}

function word(status: WhatFitsVerdict['status']): string {
  return { fits: 'fits', 'does-not-fit': 'does not fit', unknown: 'undecided', 'unknown-size': 'size unknown' }[status]
}
