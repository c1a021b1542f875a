import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

/**
 * The databases the catalog suite runs on, as in Kysely's test setup: every test file loops over `DIALECTS`, and
 * `MICROPURSE_TEST_DIALECTS=sqlite` (comma-separated) shortens the list. PostgreSQL tests use a fresh database per
 * run (dropped afterwards) on the server at `MICROPURSE_TEST_POSTGRES_URL` (default the local `test` database); when
 * that server is unreachable they skip with a message, unless `MICROPURSE_REQUIRE_SERVICES=1`, when they fail.
 */
export const DIALECTS = (process.env.MICROPURSE_TEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is 'sqlite' | 'postgres' => d === 'sqlite' || d === 'postgres')

const POSTGRES_URL = process.env.MICROPURSE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** A database made for one test file: its `--db` URL and how to remove it. */
export interface TestDatabase {
  url: string
  drop(): Promise<void>
}

/** Why PostgreSQL tests cannot run here, or `undefined` when they can. Throws under MICROPURSE_REQUIRE_SERVICES=1. */
export async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    return undefined
  } catch (error) {
    const message =
      `PostgreSQL is not reachable at ${POSTGRES_URL} (${(error as Error).message}): catalog tests on PostgreSQL skipped. ` +
      'Install and start it (Debian: apt-get install postgresql) or set MICROPURSE_TEST_POSTGRES_URL.'
    if (process.env.MICROPURSE_REQUIRE_SERVICES === '1') throw new Error(message)
    console.warn(message)
    return message
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Creates an empty database of the dialect: a SQLite file in a temp folder, or a new PostgreSQL database. */
export async function createTestDatabase(dialect: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'micropurse-catalog-'))
    return {
      url: `sqlite:${join(dir, 'test.sqlite')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  // A database of its own per run, so parallel runs and files never see each other's rows.
  const name = `micropurse_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(`create database ${name}`)
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) }
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
