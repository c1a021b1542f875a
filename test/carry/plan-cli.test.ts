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
    // The bag you wear is filled first; the pocket is not needed.
    expect(result.stdout).toMatch(/Bag 12x9x5cm \[bag, worn\]/)
    expect(result.stdout).toMatch(/Not needed: Women's jeans front pocket/)
    expect(result.stdout).toMatch(/1 × phone \(must-have\): Too large for every container that takes it\./)
    expect(result.stdout).toMatch(/1 × umbrella: Too large for every container/)
    expect(result.stdout).toMatch(/Sizes:[\s\S]*Bag 12x9x5cm: given outside size/)
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
    expect(result.stdout).toMatch(/Not needed: Jacquemus Le Petit Chiquito \(Petit\) \(none of the things fits in it\)/)
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

  test('the --help example fills the Micro Lady Dior you wear and says why the phone goes in the tote', async () => {
    const result = await run(['plan', '--items', 'apple-iphone-15!,iso-7810-id1-card*2,lipstick,house-key*2', '--carry', 'dior-lady-dior-micro,pouch@tote,tote'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Everything is carried: 1 piece to carry besides what you wear \(proven best plan\)\./)
    expect(result.stdout).toMatch(
      /Dior Lady Dior \(Micro\) \[bag, worn\].*\n {2}2 × Payment \/ ID card.*\n {2}1 × Lipstick.*\n {2}2 × House key.*\n {2}Why: You wear it: filled first with what it can take\./,
    )
    expect(result.stdout).toMatch(
      /Tote \[tote\].*\n {2}1 × Apple iPhone 15\n {2}Why: Carries the Apple iPhone 15 \(must-have\), which nothing you wear can take\. Dior Lady Dior \(Micro\): The apple-iphone-15 \(71\.6 × 7\.8 × 147\.6 mm\) does not fit the 114\.2 × 44\.2 × 94\.2 mm interior even turned at an angle: every way it can turn, it is at least 21\.48 mm too big\./,
    )
    expect(result.stdout).toMatch(/Not needed: Pouch \(everything it could take has a place in what you wear or carry already\)\./)
    expect(result.stdout).toMatch(/Priority carried: 51 of 51, 41 of it in the bags you wear\./)
  })

  test('--wear names the bags you wear; a bag you do not wear is a piece like any other', async () => {
    const items = ['--items', 'lipstick=22x22x75mm,keys=24x2.5x58mm@keys']
    const both = await run(['plan', ...items, '--carry', 'bag:12x9x5cm*2', '--json'], dir)
    expect((JSON.parse(both.stdout) as CarryPlan).pieces).toEqual([])
    const one = await run(['plan', ...items, '--carry', 'bag:12x9x5cm,tote', '--wear', 'tote', '--json'], dir)
    const plan = JSON.parse(one.stdout) as CarryPlan
    expect(plan.pieces).toEqual([])
    expect(plan.containers.map((c) => [c.id, c.worn])).toEqual([['tote', true]])
    expect(plan.unused).toEqual([{ id: 'bag:12x9x5cm', name: 'Bag 12x9x5cm', reason: 'everything it could take has a place in what you wear or carry already' }])
  })

  test('--only restricts what a container holds; the pouch in the tote takes the make-up', async () => {
    const result = await run(
      ['plan', '--kit', 'essentials', '--items', 'powder-compact', '--carry', 'jacquemus-le-petit-chiquito,pouch@tote,tote', '--only', 'tote=phone,keys,card', '--only', 'pouch=cosmetics'],
      dir,
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Pouch \[pouch, inside Tote\][\s\S]*Why: Inside Tote: holds the Lipstick.* and Pressed-powder compact.*, which Tote does not take \(it takes phone, keys, card only\)\./)
    expect(result.stdout).toMatch(/^Everything is carried: 1 piece to carry/)
    // Run together in one flag, the same.
    const joined = await run(['plan', '--kit', 'essentials', '--carry', 'pouch@tote,tote', '--only', 'tote=phone,keys,card,pouch=cosmetics', '--json'], dir)
    const plan = JSON.parse(joined.stdout) as CarryPlan
    expect(plan.containers.find((c) => c.id === 'pouch')!.contents).toEqual([{ id: 'lipstick', count: 1 }])
  })

  test('pockets as people use them: a lipstick in a jeans front pocket, a phone standing out of a back pocket', async () => {
    const front = await run(['plan', '--items', 'lipstick', '--carry', 'pocket:womens-jeans-front', '--json'], dir)
    expect((JSON.parse(front.stdout) as CarryPlan).status).toBe('all-carried')
    const back = await run(['plan', '--items', 'apple-iphone-15', '--carry', 'pocket:womens-jeans-back'], dir)
    expect(back.stdout).toMatch(/The Apple iPhone 15 stands 22.6 mm out of the top \(15 % of its height\)\./)
    const coat = await run(['plan', '--items', 'apple-iphone-15-pro-max,lipstick', '--carry', 'pocket:coat', '--json'], dir)
    expect((JSON.parse(coat.stdout) as CarryPlan).status).toBe('all-carried')
  })

  test('two different things with one name are refused, naming the name; a catalog id listed twice adds up', async () => {
    const dup = await run(['plan', '--items', 'a=1x1x1,a=200x200x200', '--carry', 'bag:12x9x5cm'], dir)
    expect(dup.code).toBe(2)
    expect(dup.stderr).toMatch(/Two different things are called "a": "a=1x1x1" and "a=200x200x200"\. Give each its own name/)
    const clash = await run(['plan', '--items', 'lipstick,lipstick=20x20x70mm', '--carry', 'tote'], dir)
    expect(clash.code).toBe(2)
    expect(clash.stderr).toMatch(/"lipstick=20x20x70mm" has the name of the catalog item "lipstick", also listed \("lipstick"\)/)
    const twice = await run(['plan', '--kit', 'essentials', '--items', 'lipstick,lipstick', '--carry', 'tote', '--json'], dir)
    expect((JSON.parse(twice.stdout) as CarryPlan).containers[0]!.contents).toContainEqual({ id: 'lipstick', count: 3 })
  })

  test('bad --wear and --only values exit 2 naming the value', async () => {
    const wear = await run(['plan', '--items', 'lipstick=22x22x75mm', '--carry', 'tote', '--wear', 'dior'], dir)
    expect(wear.code).toBe(2)
    expect(wear.stderr).toMatch(/"dior" in --wear is not one of the containers: tote\./)
    const only = await run(['plan', '--items', 'lipstick=22x22x75mm', '--carry', 'tote', '--only', 'tote=snacks'], dir)
    expect(only.code).toBe(2)
    expect(only.stderr).toMatch(/Unknown category "snacks" in --only for "tote": expected one of phone, card/)
    const bare = await run(['plan', '--items', 'lipstick=22x22x75mm', '--carry', 'tote', '--only', 'phone'], dir)
    expect(bare.code).toBe(2)
    expect(bare.stderr).toMatch(/--only "phone": expected ID=CATEGORY/)
  })
})
