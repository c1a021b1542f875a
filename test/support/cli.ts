import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * The repository root and the built CLI entry. Tests run the CLI as built, as a user runs it; the global setup
 * (global-setup.ts) rebuilds `dist/` first whenever `src/` changed, so it is the code being edited.
 */
export const ROOT = resolve(import.meta.dirname, '../..')
export const BIN = join(ROOT, 'bin/micropurse.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `node bin/micropurse.js ...args` in `cwd` (default: the repository root), as a person would, and resolves
 * with its exit code and output. `DATABASE_URL` is dropped from the environment unless given in `env`.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  if (!existsSync(join(ROOT, 'dist/cli/index.js'))) throw new Error('dist/ is missing: run the tests through vitest (its global setup builds it) or npm run build.')
  const { DATABASE_URL: _, ...rest } = process.env
  return new Promise((done) => {
    execFile('node', [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...rest, ...options.env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}
