import type { FastifyInstance, FastifyServerOptions, InjectOptions, LightMyRequestResponse } from 'fastify'
import { expect } from 'vitest'
import { buildApp } from '../../src/api/app.js'
import type { AppOptions } from '../../src/api/app.js'
import { openCatalog } from '../../src/catalog/index.js'
import { createApiKey } from '../../src/services/api-keys.js'
import { createTestDatabase, postgresUnavailable } from '../catalog/databases.js'
import type { TestDatabase } from '../catalog/databases.js'

export { DIALECTS } from '../catalog/databases.js'

/** An app on a fresh database of one dialect, with a working API key, and how to tear it all down. */
export interface TestApp {
  app: FastifyInstance
  /** A key made for the test (`Authorization: Bearer KEY`). */
  key: string
  close(): Promise<void>
}

/**
 * Builds the app (fastify docs/Guides/Testing.md: no socket, `inject`) on a new SQLite file or PostgreSQL database,
 * seeded, with one solver thread per lane and no rate limit unless asked. Returns `undefined` (after printing why)
 * when PostgreSQL is not reachable, unless MICROPURSE_REQUIRE_SERVICES=1, when it throws.
 */
export async function buildTestApp(
  dialect: 'sqlite' | 'postgres',
  options: AppOptions = {},
  serverOptions: FastifyServerOptions = {},
): Promise<TestApp | undefined> {
  if (dialect === 'postgres' && (await postgresUnavailable())) return undefined
  const database: TestDatabase = await createTestDatabase(dialect)
  // Open once to migrate and seed, and make a key; the app opens its own connection.
  const catalog = await openCatalog({ db: database.url })
  const { key } = await createApiKey(catalog.db, 'test-shop')
  await catalog.close()
  const app = await buildApp(
    {
      catalog: database.url,
      solver: { quickThreads: 1, slowThreads: 1 },
      ratePerMinute: 0,
      solverMsPerMinute: 0,
      webRoot: null,
      // Verdicts are decided by work units; the list's wall-clock budget must not decide a test on a busy machine.
      listBudgetMs: 600_000,
      ...options,
    },
    serverOptions,
  )
  return {
    app,
    key,
    close: async () => {
      await app.close()
      await database.drop()
    },
  }
}

/** `inject` with a JSON body. */
export function send(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({ method, url, headers, ...(body !== undefined && { payload: body as object }) })
}

/** Asserts a JSON error answer: the status, the stable code, and a message that says something. */
export function expectError(
  response: LightMyRequestResponse,
  status: number,
  code?: string,
): { code: string; message: string; details?: Record<string, unknown> } {
  const body = response.json<{
    statusCode: number
    code: string
    message: string
    details?: Record<string, unknown>
  }>()
  expect(response.statusCode, response.body).toBe(status)
  expect(body.statusCode).toBe(status)
  if (code) expect(body.code).toBe(code)
  expect(body.message.length).toBeGreaterThan(10)
  return body
}
