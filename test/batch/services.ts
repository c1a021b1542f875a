import { execFile, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Redis } from 'ioredis'

/**
 * Redis for the queue tests, as `databases.ts` gives PostgreSQL: the server at `MICROPURSE_TEST_REDIS_URL` (default
 * the local one); when it is unreachable the tests skip with a message, unless `MICROPURSE_REQUIRE_SERVICES=1`.
 */
export const REDIS_URL = process.env.MICROPURSE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Why the Redis tests cannot run here, or `undefined` when they can. Throws under MICROPURSE_REQUIRE_SERVICES=1. */
export async function redisUnavailable(): Promise<string | undefined> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3000,
  })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
    return undefined
  } catch (error) {
    const message =
      `Redis is not reachable at ${REDIS_URL} (${(error as Error).message}): batch queue tests skipped. ` +
      'Install and start it (Debian: apt-get install redis-server) or set MICROPURSE_TEST_REDIS_URL.'
    if (process.env.MICROPURSE_REQUIRE_SERVICES === '1') throw new Error(message)
    console.warn(message)
    return message
  } finally {
    client.disconnect()
  }
}

/** A queue name no other test run uses. */
export function uniqueQueueName(): string {
  return `micropurse-test-${process.pid}-${randomBytes(4).toString('hex')}`
}

// The CLI is tested as built (npm run build), as a user runs it.
const ROOT = resolve(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/micropurse.js')

/** Throws unless `npm run build` has written the batch command and its worker thread. */
export function requireBuiltCli(): void {
  for (const file of ['dist/cli/commands/batch-run.js', 'dist/batch/solve-thread.js']) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run npm run build before the batch CLI tests.`)
  }
}

/** What a finished CLI run printed and returned. */
export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `micropurse ARGS` to the end. */
export function micropurse(args: string[], cwd: string = ROOT): Promise<Run> {
  const { DATABASE_URL: _, ...env } = process.env
  return new Promise((done) => {
    execFile('node', [BIN, ...args], { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

/** A CLI process still running: its output so far, a way to wait for a line, and its end. */
export interface Started {
  child: ChildProcess
  stderr(): string
  stdout(): string
  /** Resolves with the first match of `pattern` in stderr (waiting for more output as it comes). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Starts `micropurse ARGS` in the background. */
export function startMicropurse(args: string[]): Started {
  const { DATABASE_URL: _, ...env } = process.env
  const child = spawn('node', [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = []
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString()
    for (const w of [...waiters]) {
      const match = err.match(w.pattern)
      if (match) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(match)
      }
    }
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  )
  return {
    child,
    stderr: () => err,
    stdout: () => out,
    waitFor(pattern, timeoutMs = 30_000) {
      const match = err.match(pattern)
      if (match) return Promise.resolve(match)
      return new Promise((resolveMatch, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ${pattern} on stderr within ${timeoutMs} ms; got:\n${err}`)),
          timeoutMs,
        )
        waiters.push({
          pattern,
          resolve: (m) => {
            clearTimeout(timer)
            resolveMatch(m)
          },
        })
      })
    },
    exited,
  }
}
