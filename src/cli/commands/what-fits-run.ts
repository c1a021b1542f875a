import type { Catalog } from '../../catalog/index.js'
import { fit } from '../../pack/index.js'
import type { FitContainer, FitItem, FitStatus } from '../../pack/types.js'
import type { ParsedOptions } from '../command.js'
import { err, out, outJson, table } from '../output.js'
import { describeBag, itemSize, readBag, readTimeLimit } from './bag-input.js'
import { bagJson, openCatalogFor } from './fit-bag.js'

/** Default time limit per item or kit: single items are settled by bounds in well under a millisecond. */
const DEFAULT_TIME_LIMIT_MS = 300

/** One line of the answer: an item or a kit, and whether it fits on its own. */
interface Verdict {
  kind: 'item' | 'kit'
  id: string
  name: string
  /** `unknown-size` when the catalog lacks a side of the item (or of an item in the kit). */
  status: FitStatus | 'unknown-size'
  reason: string
}

/**
 * `micropurse what-fits --bag ID | --bag-size SIZE`: every catalog item and kit, each on its own, in the bag's
 * container. Items and kits with a missing side are listed as `unknown-size` with what is missing.
 */
export async function runWhatFits(options: ParsedOptions): Promise<number> {
  const timeLimitMs = readTimeLimit(options.timeLimit, DEFAULT_TIME_LIMIT_MS)
  const catalog = await openCatalogFor(options)
  try {
    const bag = await readBag(options, catalog, err)
    const verdicts = await judgeAll(catalog, bag.interior.container, timeLimitMs)
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
      out(table([kind, 'verdict', 'reason'], rows.map((v) => [v.id, word(v.status), v.status === 'fits' ? '' : v.reason])))
      out('')
    }
    return 0
  } finally {
    await catalog.close()
  }
}

/** Every item, then every kit, each fitted alone in the container. */
async function judgeAll(catalog: Catalog, container: FitContainer, timeLimitMs: number): Promise<Verdict[]> {
  const verdicts: Verdict[] = []
  for (const item of await catalog.list('items')) {
    const size = itemSize(item)
    if (typeof size === 'string') {
      verdicts.push({ kind: 'item', id: item.id, name: item.name, status: 'unknown-size', reason: `size unknown: ${size}` })
      continue
    }
    verdicts.push({ kind: 'item', id: item.id, name: item.name, ...judge(container, [{ id: item.id, size }], timeLimitMs) })
  }
  for (const kit of await catalog.list('kits')) {
    const lines = await catalog.kitItems(kit)
    const items: FitItem[] = []
    const unknown: string[] = []
    for (const { item, count } of lines) {
      const size = itemSize(item)
      if (typeof size === 'string') unknown.push(`${item.id} has ${size}`)
      else items.push({ id: item.id, size, count })
    }
    if (unknown.length > 0) {
      verdicts.push({ kind: 'kit', id: kit.id, name: kit.name, status: 'unknown-size', reason: `size unknown: ${unknown.join('; ')}` })
      continue
    }
    verdicts.push({ kind: 'kit', id: kit.id, name: kit.name, ...judge(container, items, timeLimitMs) })
  }
  return verdicts
}

function judge(container: FitContainer, items: FitItem[], timeLimitMs: number): { status: FitStatus; reason: string } {
  const answer = fit({ container, items, options: { timeLimitMs } })
  return { status: answer.status, reason: answer.reason }
}

function word(status: Verdict['status']): string {
  return { fits: 'fits', 'does-not-fit': 'does not fit', unknown: 'undecided', 'unknown-size': 'size unknown' }[status]
}

