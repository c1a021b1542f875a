import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * Keeps the built code the tests run (the CLI's `dist/`, the worker threads' `dist/…` files, the package's bundled
 * root entry, the page's `web/dist/`)
 * in step with the sources being edited. A build is fresh when a stamp written after it names the exact contents of
 * its inputs and of what the build wrote last (tsc's build info, the page's index.html): any edit, any branch switch
 * and any other build (`npm run build`) changes one of them.
 */

/** One thing the tests run as built: what it is built from, what shows it was built, and how to build it. */
export interface BuildTarget {
  name: string
  /** Files and folders (relative to the root) the build reads. */
  inputs: string[]
  /** A file the build rewrites every time (its content is part of the stamp). */
  marker: string
  /** Files that must exist after a build (relative to the root). */
  outputs: (root: string) => string[]
  /** Builds it (throws when the build did not produce its outputs). */
  build: (root: string) => void
}

/** `dist/`: every `src/**\/*.ts` compiled by tsc (incremental: its build info sits in dist/ and goes with it). */
export const DIST: BuildTarget = {
  name: 'dist/',
  inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'],
  marker: 'dist/.tsbuildinfo',
  outputs: (root) =>
    listFiles(join(root, 'src'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => join('dist', relative(join(root, 'src'), f)).replace(/\.ts$/, '.js')),
  build: (root) => {
    // Incremental tsc trusts its build info: with an output gone, start over so that it writes every file again.
    if (DIST.outputs(root).some((f) => !existsSync(join(root, f))))
      rmSync(join(root, DIST.marker), { force: true })
    run(root, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], true)
  },
}

/** `dist/micropurse.js`: the package's root entry, bundled by esbuild (what `import 'micropurse'` loads). */
export const LIBRARY: BuildTarget = {
  name: 'dist/micropurse.js',
  inputs: ['src', 'scripts/build-library.mjs', 'package.json'],
  marker: 'dist/micropurse.js',
  outputs: () => ['dist/micropurse.js'],
  build: (root) => run(root, [join(root, 'scripts/build-library.mjs')], false),
}

/** `web/dist/`: the page, built by Vite from web/ and the library files it imports. */
export const WEB: BuildTarget = {
  name: 'web/dist/',
  inputs: ['web/src', 'web/public', 'web/index.html', 'web/widget.html', 'web/vite.config.ts', 'src', 'package.json'],
  marker: 'web/dist/index.html',
  outputs: () => ['web/dist/index.html'],
  build: (root) =>
    run(root, [join(root, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], false),
}

/** Why `target` is not fresh (a sentence), or null when its stamp matches its inputs and its last build. */
export function staleReason(root: string, target: BuildTarget): string | null {
  const missing = target.outputs(root).find((f) => !existsSync(join(root, f)))
  if (missing) return `${missing} is missing`
  const stamp = readStamp(root, target)
  if (!stamp) return `${target.name} has no stamp of the sources it was built from`
  if (stamp.marker !== hashFiles(root, [target.marker]))
    return `${target.marker} changed since the stamp was written`
  if (stamp.inputs !== hashFiles(root, target.inputs))
    return `the sources changed since ${target.name} was built`
  return null
}

/**
 * Builds `target` when it is not fresh and stamps it. Returns what was done (for the log), or null when it was
 * already fresh. Throws when the build fails to write its outputs.
 */
export function ensureFresh(root: string, target: BuildTarget): string | null {
  const reason = staleReason(root, target)
  if (reason === null) return null
  const started = performance.now()
  target.build(root)
  const missing = target.outputs(root).find((f) => !existsSync(join(root, f)))
  if (missing) throw new Error(`Building ${target.name} did not write ${missing}.`)
  writeStamp(root, target)
  return `${target.name} rebuilt (${reason}) in ${((performance.now() - started) / 1000).toFixed(1)} s`
}

/** Records that `target` was just built from its current inputs. */
function writeStamp(root: string, target: BuildTarget): void {
  const file = stampFile(root, target)
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(
    file,
    JSON.stringify({ inputs: hashFiles(root, target.inputs), marker: hashFiles(root, [target.marker]) }),
  )
}

function readStamp(root: string, target: BuildTarget): { inputs: string; marker: string } | null {
  try {
    return JSON.parse(readFileSync(stampFile(root, target), 'utf8')) as { inputs: string; marker: string }
  } catch {
    return null
  }
}

/** Stamps live outside the build folders, so that neither the package nor the served page carries them. */
function stampFile(root: string, target: BuildTarget): string {
  return join(root, 'node_modules/.cache/micropurse', `${target.name.replace(/\W+/g, '-').replace(/-$/, '')}.stamp.json`)
}

/** SHA-256 of the paths and contents of every file under `paths` (missing ones count as absent). */
function hashFiles(root: string, paths: string[]): string {
  const hash = createHash('sha256')
  for (const path of paths) {
    for (const file of listFiles(join(root, path))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

/** Every file under `path` (or `path` itself when it is a file), sorted; none when it does not exist. */
function listFiles(path: string): string[] {
  if (!existsSync(path)) return []
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [path]
    throw error
  }
}

/**
 * Runs a build with node. tsc writes its files even when the code has type errors (`npm run typecheck` reports
 * those), so with `emitsOnError` a non-zero exit alone is not a failure: the outputs are checked after.
 */
function run(root: string, args: string[], emitsOnError: boolean): void {
  // As `npm run build` would: without vitest's NODE_ENV=test, which would make Vite build React's development mode.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')))
  try {
    execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe', env })
  } catch (error) {
    if (!emitsOnError) {
      const e = error as { stdout?: Buffer; stderr?: Buffer }
      throw new Error(
        `${args.slice(1).join(' ')} failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`,
      )
    }
  }
}
