import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CarryPlan } from '../../src/carry/index.js'
import { checkPacking } from '../../src/pack/index.js'
import { runCli } from '../support/cli.js'

// The CLI is tested as built (npm run build), run by node in a folder of its own, as a user would run it.
const run = (args: string[], cwd: string) => runCli(args, { cwd })

describe('micropurse plan (built CLI)', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-plan-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('plans things given by size across a bag and a pocket, without touching a catalog', async () => {
    const result = await run(
      ['plan', '--items', 'phone=71.6x7.8x147.6mm!,card=85.6x0.76x53.98mm*2,lipstick=22x22x75mm,umbrella=60x60x250mm', '--carry', 'bag:12x9x5cm,pocket:womens-jeans-front'],
      dir,
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Not every must-have can be carried: /)
    expect(result.stdout).toMatch(/Women's jeans front pocket \[pocket\]/)
    expect(result.stdout).toMatch(/1 × phone \(must-have\): Too large for every container that takes it\./)
    expect(result.stdout).toMatch(/1 × umbrella: Too large for every container/)
    expect(result.stdout).toMatch(/Sizes:[\s\S]*sourced: median .*The Pudding/)
    expect(existsSync(join(dir, 'micropurse.sqlite'))).toBe(false)
  })

  test('--json prints the plan with a layout per container that the checker accepts', async () => {
    const result = await run(['plan', '--items', 'lipstick=22x22x75mm*2,keys=24x2.5x58mm@keys', '--carry', 'bag:12x9x5cm*2', '--json'], dir)
    expect(result.code).toBe(0)
    const plan = JSON.parse(result.stdout) as CarryPlan
    expect(plan.status).toBe('all-carried')
    expect(plan.containers.length).toBeGreaterThan(0)
    for (const c of plan.containers) expect(checkPacking(c.problem, c.placements).problems).toEqual([])
  })

  test('resolves kits and bags from the catalog and says which containers were not needed', async () => {
    const result = await run(['plan', '--kit', 'essentials', '--must', 'apple-iphone-15', '--carry', 'jacquemus-le-petit-chiquito,pocket:womens-jeans-front,phone-case:3-cards,tote'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Everything is carried: 1 piece to carry besides what you wear \(proven best plan\)\./)
    expect(result.stdout).toMatch(/Not needed: Jacquemus Le Petit Chiquito/)
    expect(result.stdout).toMatch(/Must-haves carried: 1 of 1\./)
  })

  test('bad input exits 2 with a message that says what to type', async () => {
    const pocket = await run(['plan', '--items', 'lipstick=22x22x75mm', '--carry', 'pocket:cargo'], dir)
    expect(pocket.code).toBe(2)
    expect(pocket.stderr).toMatch(/Unknown pocket "cargo" in "pocket:cargo": expected one of pocket:womens-jeans-front/)
    const noCarry = await run(['plan', '--items', 'lipstick=22x22x75mm'], dir)
    expect(noCarry.code).toBe(2)
    expect(noCarry.stderr).toMatch(/No containers: give --carry/)
    const must = await run(['plan', '--items', 'lipstick=22x22x75mm', '--carry', 'tote', '--must', 'phone'], dir)
    expect(must.code).toBe(2)
    expect(must.stderr).toMatch(/"phone" in --must or --priority is not one of the things to carry: lipstick/)
    const item = await run(['plan', '--items', 'lipstik', '--carry', 'tote'], dir)
    expect(item.code).toBe(2)
    expect(item.stderr).toMatch(/lipstik/)
  })
})
