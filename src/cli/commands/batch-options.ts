import { availableParallelism } from 'node:os'
import type { SubjectChoice } from '../../batch/index.js'
import { fail, show } from '../../errors.js'
import type { ParsedOptions } from '../command.js'

/** A whole number option within [min, max], or the default when absent. Throws `INVALID_OPTION` otherwise. */
export function readCount(
  options: ParsedOptions,
  name: string,
  flag: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const value = options[name]
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max)
    fail('INVALID_OPTION', `${flag} must be a whole number from ${min} to ${max}, got ${show(value)}.`)
  return n
}

/** `--workers`: worker threads, default one per core. */
export function readWorkers(options: ParsedOptions): number {
  return readCount(options, 'workers', '--workers', 1, 256, availableParallelism())
}

/** `--kits` and `--items` as a subject choice. */
export function readSubjects(options: ParsedOptions): SubjectChoice {
  const kits = readList(options.kits)
  const items = readList(options.items)
  const choice: SubjectChoice = {}
  if (kits !== undefined) choice.kits = kits.length === 1 && kits[0] === 'all' ? 'all' : kits
  if (items !== undefined) {
    const word = items.length === 1 ? items[0] : undefined
    choice.items = word === 'all' || word === 'kit' || word === 'none' ? word : items
  }
  return choice
}

/** `--queue`, required by the queue actions. */
export function readQueueUrl(options: ParsedOptions, action: string): string {
  if (typeof options.queue !== 'string' || options.queue === '') {
    fail(
      'INVALID_OPTION',
      `batch ${action} needs --queue redis://HOST:PORT (the Redis server every machine shares).`,
    )
  }
  return options.queue
}

/** A comma-separated list (or a repeated flag), trimmed; `undefined` when absent. Throws on an empty one. */
function readList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  const ids = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (ids.length === 0) fail('INVALID_OPTION', 'Give ids after --kits or --items, comma-separated (or all).')
  return ids
}
