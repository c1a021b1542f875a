import { createRequire } from 'node:module'

/**
 * The packages micropurse uses only for some commands, declared as optional peer dependencies (package.json) so that
 * the library installs without them. A command that needs one that is missing is told which to install.
 */
export const OPTIONAL_PACKAGES: Record<string, { purpose: string; packages: readonly string[] }> = {
  sqlite: { purpose: 'the SQLite catalog', packages: ['better-sqlite3'] },
  postgres: { purpose: 'a PostgreSQL catalog', packages: ['pg'] },
  queue: { purpose: 'the Redis queue', packages: ['bullmq', 'ioredis'] },
  server: {
    purpose: 'the HTTP server',
    packages: [
      'fastify',
      'fastify-plugin',
      '@fastify/compress',
      '@fastify/rate-limit',
      '@fastify/static',
      '@fastify/swagger',
      '@fastify/swagger-ui',
      '@fastify/type-provider-typebox',
      'ajv',
    ],
  },
}

/**
 * What to tell a person when `error` is Node failing to find one of the optional packages, or null for any other
 * error: the purpose, and the `npm install` line for the whole group it belongs to.
 */
export function missingPackageMessage(error: unknown): string | null {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND')
    return null
  const name = /Cannot find package '([^']+)'/.exec(error.message)?.[1]
  const group = Object.values(OPTIONAL_PACKAGES).find((g) => name !== undefined && g.packages.includes(name))
  if (!group || name === undefined) return null
  const ranges = peerRanges()
  const specs = group.packages.map((p) => (ranges[p] ? `"${p}@${ranges[p]}"` : p))
  return `${group.purpose} needs the package ${JSON.stringify(name)}, which is not installed (a plain install of micropurse leaves it out). Install it with: npm install ${specs.join(' ')}`
}

/** The version ranges package.json gives the optional peers. */
function peerRanges(): Record<string, string> {
  const pkg = createRequire(import.meta.url)('../../package.json') as {
    peerDependencies?: Record<string, string>
  }
  return pkg.peerDependencies ?? {}
}
