import { cac } from 'cac'
import { fail, MicropurseError } from '../errors.js'
import type { CliCommand, ParsedOptions } from './command.js'
import { missingPackageMessage } from './optional-packages.js'
import { err } from './output.js'
import { fitCommand } from './commands/fit.js'
import { whatFitsCommand } from './commands/what-fits.js'
import { catalogCommand } from './commands/catalog.js'
import { styleCommand } from './commands/style.js'
import { planCommand } from './commands/plan.js'
import { batchCommand } from './commands/batch.js'
import { scaleCommand } from './commands/scale.js'
import { serveCommand } from './commands/serve.js'
import { keysCommand } from './commands/keys.js'

/**
 * The command table. Each entry lives in `commands/<name>.ts` and imports its heavy modules lazily.
 * Add a command by adding its file and one line here.
 */
const COMMANDS: CliCommand[] = [
  fitCommand,
  whatFitsCommand,
  catalogCommand,
  styleCommand,
  planCommand,
  scaleCommand,
  serveCommand,
  keysCommand,
  batchCommand,
]

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const cli = cac('micropurse')
  let exitCode = 0
  let matched = false
  for (const command of COMMANDS) {
    const c = cli.command(command.name, command.description)
    for (const option of command.options) {
      c.option(
        option.flags,
        option.description,
        option.default === undefined ? undefined : { default: option.default },
      )
    }
    for (const example of command.examples ?? []) c.example(example)
    c.action(async (...args: unknown[]) => {
      matched = true
      const options = args.pop() as ParsedOptions
      exitCode = await command.run(
        args.flat().filter((a): a is string => typeof a === 'string'),
        options,
      )
    })
  }
  cli.help()
  cli.version(await readVersion())
  try {
    const parsed = cli.parse(['node', 'micropurse', ...normaliseArgs(argv)], { run: false })
    if (parsed.options.help || parsed.options.version) return 0
    if (!cli.matchedCommand) {
      const name = cli.args[0]
      if (name) {
        err(
          `Unknown command ${JSON.stringify(name)}. Commands: ${COMMANDS.map((c) => c.name.split(' ')[0]).join(', ')}. Try micropurse --help.`,
        )
        return 2
      }
      cli.outputHelp()
      return 0
    }
    await cli.runMatchedCommand()
    return matched ? exitCode : 0
  } catch (error) {
    return reportError(error)
  }
}

/** Prints an error for people and returns the exit code: 2 for bad input, 1 for anything else. */
export function reportError(error: unknown): number {
  if (error instanceof MicropurseError) {
    err(`micropurse: ${error.message}`)
    return error.isUserError ? 2 : 1
  }
  const missing = missingPackageMessage(error)
  if (missing) {
    err(`micropurse: ${missing}`)
    return 1
  }
  // cac throws plain errors for unknown options and missing values: those are usage errors too.
  if (error instanceof Error && error.name === 'CACError') {
    err(`micropurse: ${error.message}. Try micropurse --help.`)
    return 2
  }
  // A file that cannot be read or written (an --out in a folder that does not exist...): one line, not a stack.
  const e = error as NodeJS.ErrnoException
  if (e instanceof Error && typeof e.code === 'string' && typeof e.path === 'string' && e.syscall) {
    const words = FILE_ERRORS[e.code] ?? e.code
    err(
      `micropurse: cannot ${e.syscall === 'open' || e.syscall === 'write' ? 'open' : e.syscall} ${e.path}: ${words}.`,
    )
    return 1
  }
  err(
    `micropurse: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  )
  return 1
}

/** Node's file error codes in words. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
}

async function readVersion(): Promise<string> {
  const { createRequire } = await import('node:module')
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version
}

/**
 * Arguments as cac should see them. A negative number after a flag (`--time-limit -5`) would be read as a flag of
 * its own (`-5`: "unknown option"), so it is joined to its flag (`--time-limit=-5`) and the command names the flag
 * and what it expects. An empty value (`--items ""`) would be read as 0, so it is refused here, naming the flag.
 */
export function normaliseArgs(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return [...out, ...argv.slice(i)]
    const next = argv[i + 1]
    const isFlag = /^--[a-z][\w-]*$/i.test(arg)
    if ((isFlag && next === '') || /^--[a-z][\w-]*=$/i.test(arg)) {
      fail(
        'INVALID_OPTION',
        `${arg.replace(/=$/, '')} was given an empty value; give it a value or leave the flag out.`,
      )
    }
    if (isFlag && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${arg}=${next}`)
      i++
      continue
    }
    out.push(arg)
  }
  return out
}
