import { LIMITS } from '../../pack/limits.js'
import type { CliOption } from '../command.js'

/** `--db <url>`: the catalog database, named the same way by every command that reads or writes it. */
export const DB_OPTION: CliOption = {
  flags: '--db <url>',
  description:
    'Catalog database: postgres://..., sqlite:PATH (default DATABASE_URL, else sqlite:micropurse.sqlite)',
}

/** `--json`, saying what it prints. */
export function jsonOption(description: string): CliOption {
  return { flags: '--json', description }
}

/** `--time-limit <ms>`, saying what it limits and its default; the largest value is the engine's (`LIMITS`). */
export function timeLimitOption(description: string): CliOption {
  return { flags: '--time-limit <ms>', description: `${description}; at most ${LIMITS.maxTimeLimitMs}` }
}
