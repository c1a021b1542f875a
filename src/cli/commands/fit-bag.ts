import { fail } from '../../errors.js'
import { fit } from '../../pack/index.js'
import type { FitProblem } from '../../pack/types.js'
import type { ParsedOptions } from '../command.js'
import { err, out, outJson } from '../output.js'
import { describeBag, readBag, readItems } from './bag-input.js'
import type { ResolvedBag } from './bag-input.js'
import { formatAnswer } from './fit-input.js'
import { readNodeLimit, readTimeLimit } from './limits.js'
import { closenessOf } from '../../services/closeness.js'
import { openCatalogFor } from './catalog-open.js'

/**
 * `micropurse fit --bag ID | --bag-size SIZE --items ID[:N],... | --kit ID`: the same answer as `fit --input`, for a bag from
 * the catalog or typed by its size, with the container used and how it was derived. Checks every flag, then opens
 * the catalog (seeding it on first use) and looks up the bag and items.
 */
export async function runFitBag(options: ParsedOptions): Promise<number> {
  if (options.input !== undefined) fail('INVALID_INPUT', 'Give either --input FILE or a bag (--bag / --bag-size) with --items or --kit, not both.')
  if (options.items === undefined && options.kit === undefined) fail('INVALID_INPUT', 'Say what to fit: --items ID[,ID...], each id from the catalog, optionally with a count (iso-7810-id1-card:3), or --kit ID.')
  if (options.kit === true || options.kit === '') fail('INVALID_INPUT', 'Give --kit a kit id from the catalog (micropurse catalog list --kind kits), e.g. --kit essentials.')
  const timeLimitMs = readTimeLimit(options.timeLimit, 1000)
  const catalog = await openCatalogFor(options)
  try {
    const bag = await readBag(options, catalog, err)
    const { items, statuses } = await readItems(options.items, catalog, options.kit === undefined ? undefined : String(options.kit))
    const nodeLimit = readNodeLimit(options.nodeLimit)
    const problem: FitProblem = { container: bag.interior.container, items, options: { timeLimitMs, ...(nodeLimit !== undefined && { nodeLimit }) } }
    const answer = fit(problem)
    const closeness = closenessOf(problem, answer, { bag: bag.dimsStatus, items: statuses })
    if (options.json) {
      outJson({
        status: answer.status,
        placements: answer.placements,
        reason: answer.reason,
        closeness,
        stats: answer.stats,
        container: problem.container,
        bag: bagJson(bag),
      })
    } else {
      out(formatAnswer(problem, answer))
      out(`How close: ${closeness.words} (sizes known to ±${closeness.uncertaintyMm} mm).`)
      out('')
      out('How the container was derived:')
      out(describeBag(bag).join('\n'))
    }
    return 0
  } finally {
    await catalog.close()
  }
}

/** The bag part of a JSON answer: what it is and how its container was derived. */
export function bagJson(bag: ResolvedBag) {
  const { interior } = bag
  return {
    id: bag.id,
    label: bag.label,
    spec: bag.spec,
    source: interior.source,
    material: interior.material,
    closure: interior.closure,
    volumeMl: interior.volumeMl,
    outlineVolumeMl: interior.outlineVolumeMl,
    lostShare: Math.round(interior.lostShare * 10000) / 10000,
    compartments: interior.compartments,
    notes: bag.notes,
    explanation: interior.explanation,
  }
}
