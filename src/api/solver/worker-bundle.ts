import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type * as Esbuild from 'esbuild'

/**
 * For runs from the TypeScript sources (tests, tsx) only: bundles worker.ts into one ES module and returns its path.
 *
 * Why: piscina loads a worker with require() first, and in worker threads on Node 20 tsx only hooks require(), so
 * the TypeScript worker would run as CommonJS and load packages' "require" builds (color-name-list's is broken).
 * Packages stay external, so they load as ESM as they do when built. The bundle sits two folders below the package
 * root (`node_modules/.cache/`), like every `src/<layer>/*.ts`, so their `new URL('../../data/...', import.meta.url)`
 * still points at the package's data. Built runs use dist/api/solver/worker.js and never come here.
 */
export function bundleWorkerSource(): string {
  const require = createRequire(import.meta.url)
  const esbuild = require('esbuild') as typeof Esbuild
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url))
  const outDir = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url))
  const outFile = `${outDir}micropurse-api-worker.mjs`
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  })
  // Several test processes may build at once: write aside, then rename (atomic), so none reads half a file.
  mkdirSync(outDir, { recursive: true })
  const temp = `${outFile}.${process.pid}.tmp`
  writeFileSync(temp, result.outputFiles[0]!.contents)
  renameSync(temp, outFile)
  return outFile
}
