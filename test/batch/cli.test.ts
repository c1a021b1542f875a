import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { micropurse, requireBuiltCli, startMicropurse } from './services.js'
import type { Started } from './services.js'
import { loadSeed } from '../../src/catalog/index.js'

// The single-machine path as a user runs it: the built CLI, worker threads, a SQLite file.
requireBuiltCli()

const KIT_FLAGS = ['--kits', 'essentials,evening,day-out', '--items', 'none', '--time-limit', '100']
// Small commits, so a run stopped early has written something whatever the machine's speed.
const COMMIT_FLAGS = ['--commit-every', '8']

describe('micropurse batch on SQLite (built CLI)', () => {
  let dir: string
  let db: string
  let bags: number
  const rows = () => {
    const sqlite = new Database(join(dir, 'shop.sqlite'), { readonly: true, fileMustExist: true })
    try {
      return (sqlite.prepare('select count(*) as n from batch_results').get() as { n: number }).n
    } catch {
      return 0
    } finally {
      sqlite.close()
    }
  }
  /** Waits until more than `n` results are stored. */
  const storedMoreThan = async (n: number, run: Started) => {
    for (let i = 0; i < 2400 && rows() <= n; i++) {
      if (run.child.exitCode !== null) throw new Error(`the run ended first:\n${run.stderr()}`)
      await new Promise((r) => setTimeout(r, 25))
    }
    return rows()
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-batch-'))
    db = `sqlite:${join(dir, 'shop.sqlite')}`
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('generate writes seeded synthetic bags next to the seed catalog', async () => {
    const result = await micropurse([
      'batch',
      'generate',
      '--bags',
      '150',
      '--seed',
      '2',
      '--db',
      db,
      '--json',
    ])
    expect(result.code, result.stderr).toBe(0)
    const summary = JSON.parse(result.stdout) as { generated: number; bags: number }
    expect(summary.generated).toBe(150)
    bags = summary.bags
    expect(bags).toBe(150 + loadSeed().bags.length)
  })

  test('what-fits stops on Ctrl-C keeping what it decided, survives a crash, and a rerun does only the rest', async () => {
    const total = bags * 3
    // 1. Ctrl-C: the pairs on the threads are finished and written; exit 130 says how many are left.
    const first = startMicropurse([
      'batch',
      'what-fits',
      '--db',
      db,
      '--workers',
      '2',
      ...KIT_FLAGS,
      ...COMMIT_FLAGS,
    ])
    await storedMoreThan(0, first)
    first.child.kill('SIGINT')
    expect((await first.exited).code).toBe(130)
    const left = Number(/Stopped early: ([\d,]+) pairs left/.exec(first.stdout())![1]!.replace(/,/g, ''))
    expect(rows()).toBe(total - left)
    // 2. A crash (SIGKILL): whatever was committed stays.
    const second = startMicropurse([
      'batch',
      'what-fits',
      '--db',
      db,
      '--workers',
      '2',
      ...KIT_FLAGS,
      ...COMMIT_FLAGS,
    ])
    await storedMoreThan(total - left, second)
    second.child.kill('SIGKILL')
    await second.exited
    const kept = rows()
    expect(kept).toBeLessThan(total)
    // 3. The rerun decides exactly the pairs still missing, on worker threads, and the counts add up.
    const third = await micropurse([
      'batch',
      'what-fits',
      '--db',
      db,
      '--workers',
      '2',
      ...KIT_FLAGS,
      '--json',
    ])
    expect(third.code, third.stderr).toBe(0)
    const summary = JSON.parse(third.stdout) as {
      computed: number
      pairs: number
      decided: Record<string, number>
      threads: number
    }
    expect(summary.pairs).toBe(total)
    expect(summary.computed).toBe(total - kept)
    expect(Object.values(summary.decided).reduce((s, n) => s + n, 0)).toBe(total - kept)
    expect(rows()).toBe(total)
    expect(third.stderr).toMatch(/what-fits \[#{20}\] 100%/)
    const sqlite = new Database(join(dir, 'shop.sqlite'), { readonly: true })
    const writers = sqlite.prepare('select distinct computed_by from batch_results').all() as {
      computed_by: string
    }[]
    sqlite.close()
    // Every result came from a worker thread (thread 0 is a process's main thread).
    for (const { computed_by } of writers) expect(computed_by).toMatch(/:\d+\/[1-9]\d*$/)
  }, 120_000)

  test('status shows each kit against every bag, and what-fits again has nothing to do', async () => {
    const again = await micropurse(['batch', 'what-fits', '--db', db, '--workers', '1', ...KIT_FLAGS])
    expect(again.stdout).toMatch(/Before: ([\d,]+) up to date, 0 stale, 0 missing\./)
    expect(again.stdout).toMatch(/Decided 0 pairs/)
    const status = await micropurse(['batch', 'status', '--db', db, ...KIT_FLAGS])
    expect(status.code).toBe(0)
    expect(status.stdout).toMatch(
      /^subject\s+kind\s+fits\s+does not fit\s+undecided \(time limit\)\s+size unknown\s+invalid bag\s+to do$/m,
    )
    expect(status.stdout).toMatch(new RegExp(`^essentials\\s+kit(\\s+\\d+){5}\\s+0$`, 'm'))
  })

  test('bad input exits 2 with what to do; an unreachable Redis exits 1', async () => {
    const workers = await micropurse(['batch', 'what-fits', '--db', db, '--workers', '0'])
    expect([workers.code, workers.stderr]).toEqual([
      2,
      'micropurse: --workers must be a whole number from 1 to 256, got 0.\n',
    ])
    const action = await micropurse(['batch', 'frobnicate'])
    expect(action.code).toBe(2)
    expect(action.stderr).toMatch(
      /Unknown batch action "frobnicate"; expected one of what-fits, generate, enqueue, worker, status/,
    )
    const kit = await micropurse(['batch', 'what-fits', '--db', db, '--kits', 'esentials'])
    expect(kit.code).toBe(2)
    expect(kit.stderr).toMatch(/essentials/)
    const noQueue = await micropurse(['batch', 'enqueue', '--db', db])
    expect(noQueue.stderr).toMatch(/batch enqueue needs --queue redis:\/\/HOST:PORT/)
    const down = await micropurse(['batch', 'enqueue', '--db', db, '--queue', 'redis://127.0.0.1:1'])
    expect(down.code).toBe(1)
    expect(down.stderr).toMatch(/Cannot reach Redis at redis:\/\/127\.0\.0\.1:1.*Is redis-server running/)
  })
})
