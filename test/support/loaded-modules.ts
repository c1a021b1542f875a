import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** What importing a module loaded in a fresh Node process. */
export interface LoadedModules {
  /** Every module URL the ESM loader resolved (files and `node:` built-ins), the imported one included. */
  esm: string[]
  /** CommonJS files required along the way (absolute paths). */
  cjs: string[]
}

/** Imports `specifier` from `cwd` in a fresh process and lists what it loaded. */
export function loadedModules(cwd: string, specifier: string): LoadedModules {
  const script = `
    import { createRequire } from 'node:module'
    await import(${JSON.stringify(specifier)})
    const esm = await globalThis.listModules()
    const cjs = Object.keys(createRequire(import.meta.url).cache)
    console.log(JSON.stringify({ esm, cjs }))`
  const hook = join(import.meta.dirname, 'list-modules.mjs')
  const output = execFileSync(process.execPath, ['--import', hook, '--input-type=module', '-e', script], {
    cwd,
    encoding: 'utf8',
  })
  return JSON.parse(output) as LoadedModules
}
