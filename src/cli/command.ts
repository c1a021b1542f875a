/** One CLI option as shown in `--help`: cac flag syntax (`--input <file>`, `--json`), description, default. */
export interface CliOption {
  flags: string
  description: string
  default?: unknown
}

/**
 * A flag's value as cac gives it: text, a number when the text reads as one, `true`/`false` for a bare or negated
 * flag, a list when the flag is given more than once, undefined when absent.
 */
type OptionValue = string | number | boolean | (string | number | boolean)[] | undefined

/** Options as cac parses them: camelCased flag names. `_` holds extra positional arguments. */
export type ParsedOptions = Record<string, OptionValue> & { '--'?: string[] }

/**
 * A command declared as data. `run` imports its implementation lazily (so `--help` stays instant) and returns the
 * exit code: 0 for any answer (including "does not fit"), 1 for an environment failure, 2 for bad input (thrown as
 * a `MicropurseError` with a 4xx status; `main` prints it and returns 2).
 */
export interface CliCommand {
  /** cac command syntax, e.g. `fit` or `catalog <action> [id]`. */
  name: string
  description: string
  options: CliOption[]
  /** Worked examples printed under `--help`. */
  examples?: string[]
  run: (args: string[], options: ParsedOptions) => Promise<number>
}
