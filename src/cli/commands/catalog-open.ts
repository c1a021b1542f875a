import { openCatalog } from '../../catalog/index.js'
import type { Catalog } from '../../catalog/index.js'
import type { ParsedOptions } from '../command.js'
import { err } from '../output.js'

/** Opens the catalog named by `--db` (or the default), saying on stderr when it was just created. */
export async function openCatalogFor(options: ParsedOptions): Promise<Catalog> {
  const catalog = await openCatalog(options.db === undefined ? {} : { db: String(options.db) })
  if (catalog.opened.seeded) err(`Created the catalog ${catalog.location} from the seed data.`)
  return catalog
}

/** Runs `use` on the catalog named by `--db` and closes it afterwards, whatever happens. */
export async function withCatalog<T>(options: ParsedOptions, use: (catalog: Catalog) => Promise<T>): Promise<T> {
  const catalog = await openCatalogFor(options)
  try {
    return await use(catalog)
  } finally {
    await catalog.close()
  }
}

/**
 * An abort signal for a long run: the first of `signals` asks the run to stop (saying `message` on stderr), the
 * second exits at once (130). `release` takes the handlers off again.
 */
export function stopOnSignals(
  signals: readonly NodeJS.Signals[],
  message: string,
): { signal: AbortSignal; release: () => void } {
  const stop = new AbortController()
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130)
    err(message)
    stop.abort()
  }
  for (const s of signals) process.on(s, onSignal)
  return { signal: stop.signal, release: () => signals.forEach((s) => process.off(s, onSignal)) }
}
