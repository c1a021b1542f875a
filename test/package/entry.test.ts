import { describe, expect, test } from 'vitest'
import { ROOT } from '../support/cli.js'
import type * as Root from '../../src/index.js'
import type * as CatalogEntry from '../../src/public/catalog.js'
import { loadedModules } from '../support/loaded-modules.js'

/** The packages and the project's own folders (`dist/<layer>`) a list of module URLs reaches. */
function reached(urls: string[]): { packages: string[]; layers: string[] } {
  const packages = new Set<string>()
  const layers = new Set<string>()
  for (const url of urls) {
    const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
    if (inPackage) packages.add(inPackage[1]!)
    else if (url.startsWith(`file://${ROOT}/dist/`))
      layers.add(url.slice(`file://${ROOT}/dist/`.length).split('/')[0]!)
  }
  return { packages: [...packages].sort(), layers: [...layers].sort() }
}

/**
 * Imports the package by name, as built (`dist/`, which the global setup keeps fresh). The name is passed as a
 * variable so that type-checking does not depend on a build; callers cast to the source module's type.
 */
async function importPackage(name: string): Promise<Record<string, unknown>> {
  return (await import(name)) as Record<string, unknown>
}

const QUEUE = ['bullmq', 'ioredis']
const SERVER = [
  'fastify',
  'fastify-plugin',
  '@fastify/static',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  '@fastify/rate-limit',
  'ajv',
  'piscina',
]

// Each entry in a fresh process, importing the package by its name as a user does (`exports` in package.json).
describe('the package entries', () => {
  test('the root entry loads its one bundled file and nothing else: no package, no Node built-in', () => {
    const loaded = loadedModules(ROOT, 'micropurse')
    // node:module is the listing script's own import.
    expect(loaded.esm.filter((url) => url !== 'node:module')).toEqual([`file://${ROOT}/dist/micropurse.js`])
    expect(loaded.cjs).toEqual([])
  })

  test('the catalog entry loads Kysely but no driver until a catalog opens, and no queue or server code', () => {
    const loaded = loadedModules(ROOT, 'micropurse/catalog')
    expect(reached(loaded.esm)).toEqual({ packages: ['kysely'], layers: ['catalog', 'errors.js', 'public', 'vocabulary.js'] })
    expect(loaded.cjs).toEqual([])
  })

  test('the server entry loads no queue code', () => {
    const { packages, layers } = reached(loadedModules(ROOT, 'micropurse/server').esm)
    expect(packages).toEqual(expect.arrayContaining(['fastify', 'piscina', 'kysely']))
    expect(packages.filter((p) => QUEUE.includes(p) || p === 'better-sqlite3' || p === 'pg')).toEqual([])
    expect(layers).not.toContain('batch')
    expect(layers).not.toContain('cli')
  })

  test('the batch entry loads no server code', () => {
    const { packages, layers } = reached(loadedModules(ROOT, 'micropurse/batch').esm)
    expect(packages).toEqual(expect.arrayContaining(['bullmq', 'ioredis', 'piscina', 'kysely']))
    expect(packages.filter((p) => SERVER.includes(p) && p !== 'piscina')).toEqual([])
    expect(layers).not.toContain('api')
    expect(layers).not.toContain('cli')
  })

  test('the root entry exports the library and none of the internals', async () => {
    const root = await importPackage('micropurse')
    expect(Object.keys(root).sort()).toEqual(
      [
        'MicropurseError',
        // units
        'parseLength',
        'parseSize',
        'formatLength',
        'formatSize',
        // fit engine
        'fit',
        'checkPacking',
        'verifyProof',
        'fitMargin',
        'LIMITS',
        // bags
        'bagInterior',
        'parseBagSpec',
        'freeVolumeMm3',
        'interiorVolumeMl',
        'pricePerMl',
        'MATERIAL_NAMES',
        'CLOSURE_NAMES',
        'SHAPE_NAMES',
        // carry
        'planCarry',
        'bestSubset',
        'bagContainer',
        'parseContainerSpec',
        'phoneCaseContainers',
        'pocketContainer',
        'pouchContainer',
        'toteContainer',
        'loadContainer',
        'loadFitProblem',
        'CARRY_CATEGORIES',
        // designer
        'defineSilhouette',
        'designScale',
        'scaleBag',
        'capacityCurve',
        'curveSvg',
        // styling advisor
        'adviseStyle',
        'rankBags',
        'parseColour',
        'nameColour',
        'OCCASIONS',
      ].sort(),
    )
    for (const internal of ['migrateDownTo', 'editDistance', 'SEED_DIR', 'openCatalog', 'fail', 'mmToUmUp'])
      expect(root).not.toHaveProperty(internal)
  })

  test('an error from one entry is an instance of the class another entry exports', async () => {
    const root = (await importPackage('micropurse')) as typeof Root
    const catalog = (await importPackage('micropurse/catalog')) as typeof CatalogEntry
    expect(root.MicropurseError).not.toBe(catalog.MicropurseError)
    const thrown: unknown = await catalog
      .openCatalog({ db: 'mysql://localhost/shop' })
      .catch((error: unknown) => error)
    expect(thrown).toMatchObject({ code: 'INVALID_DATABASE_URL' })
    expect(thrown).toBeInstanceOf(root.MicropurseError)
    expect(thrown).toBeInstanceOf(catalog.MicropurseError)
    expect(new Error('plain')).not.toBeInstanceOf(root.MicropurseError)
  })
})
