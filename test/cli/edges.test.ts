import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import type { Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BIN, ROOT, runCli } from '../support/cli.js'

describe('CLI edges', () => {
  let dir: string
  let db: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-edges-'))
    db = `sqlite:${join(dir, 'c.sqlite')}`
    expect((await runCli(['catalog', 'list', '--kind', 'kits', '--db', db])).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('a reader that stops early (| head -1) ends the output quietly, exit 0', async () => {
    for (let run = 0; run < 3; run++) {
      const child = spawn('node', [BIN, 'catalog', 'export', '--db', db], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      // Read the first chunk, then close the pipe as head does.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
      child.stdout.destroy()
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
      expect(stderr).toBe('')
      expect(code).toBe(0)
    }
  })

  test('a busy port gives one line and exit 1', async () => {
    const taken: Server = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const port = (taken.address() as { port: number }).port
    try {
      const run = await runCli(['serve', '--port', String(port), '--db', db, '--log-level', 'silent'])
      expect(run.code).toBe(1)
      expect(run.stderr.trim().split('\n')).toEqual([
        `micropurse: Port ${port} on 127.0.0.1 is in use by another program: stop it, or pick another port with --port or PORT.`,
      ])
    } finally {
      taken.close()
    }
  })

  test('PORT chooses the port when --port is not given', async () => {
    const child = spawn('node', [BIN, 'serve', '--db', db, '--log-level', 'silent'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString()
        const match = /micropurse API on (http:\/\/\S+) /.exec(stderr)
        if (match) resolve(match[1]!)
      })
      child.once('exit', () => reject(new Error(stderr)))
    })
    try {
      // PORT=0 asks the system for a free port: not 3000.
      expect(new URL(address).port).not.toBe('3000')
      expect((await fetch(`${address}/api/health`)).status).toBe(200)
    } finally {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    const bad = await runCli(['serve', '--db', db], { env: { PORT: 'eighty' } })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/PORT must be a whole number from 0 to 65535, got "eighty"/)
  })

  test('an --out that cannot be written gives one line and exit 1', async () => {
    const run = await runCli([
      'catalog',
      'export',
      '--db',
      db,
      '--out',
      join(dir, 'missing-folder', 'x.json'),
    ])
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toEqual([
      `micropurse: cannot open ${join(dir, 'missing-folder', 'x.json')}: no such file or folder.`,
    ])
  })

  test.each([
    [
      ['--items', 'lipstick', '--time-limit', '-5'],
      /--time-limit must be milliseconds above 0 and at most 600000, got -5\./,
    ],
    [['--items', 'lipstick:-2'], /Bad count in "lipstick:-2": expected a whole number from 1 to 500/],
    [['--items', 'lipstick:1.5'], /Bad count in "lipstick:1\.5": expected a whole number from 1 to 500/],
    [['--items', ''], /--items was given an empty value/],
    [['--items=', '--kit', 'essentials'], /--items was given an empty value/],
  ])('fit --bag coach-tabby-20 %j is refused naming what is wrong (exit 2)', async (args, words) => {
    const run = await runCli(['fit', '--bag', 'coach-tabby-20', ...args, '--db', db])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(words)
  })
})
