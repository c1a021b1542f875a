import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { RULE_NAMES } from '../../src/style/index.js'
import type { RankedBag, StyleAdvice } from '../../src/style/index.js'

// The CLI is tested as built (npm test builds first): bin/micropurse.js runs dist/.
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(ROOT, 'bin/micropurse.js')
const env = { ...process.env, DATABASE_URL: undefined }
let scratch: string

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'style', ...args, '--db', 'sqlite::memory:'],
      { cwd: ROOT, env },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
  })
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/commands/style.js')))
    throw new Error('Build first: npm run build (the CLI is tested as built).')
  scratch = mkdtempSync(join(tmpdir(), 'micropurse-style-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('micropurse style (built)', () => {
  test('advises on a catalog bag with a colour and exits 0', async () => {
    const result = await run([
      '--bag',
      'jacquemus-le-petit-chiquito',
      '--bag-colour',
      'hotpink',
      '--outfit',
      'examples/outfit-black-evening.json',
    ])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(
      /^Jacquemus Le Petit Chiquito in hot pink .* for evening: (strong|good|mixed|weak) \(\d\.\d\d\)/,
    )
    expect(result.stdout).toMatch(/colour\s+1\.00\s+0\.25\s+reads like jewellery/)
    // The catalog's words ("structured leather: smooth calf leather") give the finish; leather suits an evening out.
    expect(result.stdout).toMatch(/occasion\s+1\.00\s+0\.30\s+right for an evening out/)
    expect(result.stderr).toMatch(/Capacity: the fit engine puts \d of the 5 essentials/)
  })

  test('--json prints advice that parses, with all five rules and a capacity from the fit engine', async () => {
    const result = await run([
      '--bag-size',
      '12x9x5cm',
      '--bag-colour',
      '#ff1493',
      '--outfit',
      'examples/outfit-camel-navy.json',
      '--json',
    ])
    expect(result.code, result.stderr).toBe(0)
    const advice = JSON.parse(result.stdout) as StyleAdvice
    expect(Object.keys(advice.rules).sort()).toEqual([...RULE_NAMES].sort())
    expect(advice.overall).toBeGreaterThanOrEqual(0)
    expect(advice.overall).toBeLessThanOrEqual(1)
    expect(advice.rules.practicality.details.mode).toBe('placed')
    expect(advice.occasion).toBe('everyday')
  })

  test("the outfit's pockets share the essentials with the bag, through the carry planner", async () => {
    // The camel coat has pockets, taken as a coat's (17 × 17 cm); the Petit Chiquito holds none of the essentials.
    const result = await run([
      '--bag',
      'jacquemus-le-petit-chiquito',
      '--bag-colour',
      'hotpink',
      '--outfit',
      'examples/outfit-camel-navy.json',
      '--json',
    ])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(
      /Capacity: the carry planner puts 0 of the 5 essentials .* in its trapezoid interior and 5 in the outfit's 2 pockets \(2 × coat pocket 170 × 40 × 170 mm\)\./,
    )
    const advice = JSON.parse(result.stdout) as StyleAdvice
    const rows = advice.rules.practicality.details.essentials
    for (const essential of ['phone', 'keys', 'card', 'lipstick'] as const) expect(rows.find((r) => r.essential === essential)?.where).toBe('pocket')
    expect(advice.rules.practicality.score).toBe(1)
  })

  test('--rank --json ranks catalog bags best first', async () => {
    const result = await run([
      '--rank',
      '--bag-colour',
      'cobalt',
      '--outfit',
      'examples/outfit-camel-navy.json',
      '--top',
      '3',
      '--json',
    ])
    expect(result.code, result.stderr).toBe(0)
    const ranked = JSON.parse(result.stdout) as RankedBag[]
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3])
    expect(ranked[0]!.overall).toBeGreaterThanOrEqual(ranked[2]!.overall)
  })

  test('exits 2 and asks for --bag-colour when the catalog bag has no colour', async () => {
    const result = await run([
      '--bag',
      'jacquemus-le-petit-chiquito',
      '--outfit',
      'examples/outfit-black-evening.json',
    ])
    expect(result.code, result.stderr).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/has no colour in the catalog: give one with --bag-colour/)
  })

  test('exits 2 naming an unknown garment fit and an unparseable colour', async () => {
    const badFit = join(scratch, 'bad-fit.json')
    writeFileSync(
      badFit,
      JSON.stringify({ garments: [{ name: 'jeans', colour: 'indigo', fit: 'baggy', share: 1 }] }),
    )
    const fit = await run(['--bag-size', '12x9x5cm', '--bag-colour', 'red', '--outfit', badFit])
    expect(fit.code, fit.stderr).toBe(2)
    expect(fit.stderr).toMatch(
      /Unknown fit "baggy" for garment 1 \(jeans\): expected one of fitted, regular, relaxed, oversized/,
    )
    const colour = await run([
      '--bag-size',
      '12x9x5cm',
      '--bag-colour',
      'blurple',
      '--outfit',
      'examples/outfit-black-evening.json',
    ])
    expect(colour.code, colour.stderr).toBe(2)
    expect(colour.stderr).toMatch(/Cannot read "blurple" as the colour of bag "custom"/)
    expect(colour.stderr).not.toMatch(/Capacity/)
  })
})
