import { describe, expect, test } from 'vitest'
import { runCli } from '../support/cli.js'
import { lineWith, numbersIn } from '../support/numbers.js'

const fixture = (name: string) => `test/fixtures/fit/${name}`

describe('micropurse fit --input (built CLI)', () => {
  test('prints a readable verdict with a table of placements', async () => {
    const run = await runCli(['fit', '--input', 'examples/micro-evening.json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^FITS: Everything fits/)
    expect(run.stdout).toMatch(/item\s+x mm\s+y mm\s+z mm\s+size \(w × d × h\) mm/)
    expect(run.stdout.match(/iso-7810-id1-card/g)).toHaveLength(3)
  })

  test('explains a does-not-fit with the numbers', async () => {
    const run = await runCli(['fit', '--input', 'examples/chiquito-card.json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^DOES NOT FIT: /)
    // The reason names the card, its 85.6 mm side and the 53 × 15 × 43 mm interior it exceeds.
    const reason = lineWith(run.stdout, 'DOES NOT FIT')
    expect(reason).toContain('iso-7810-id1-card')
    expect(numbersIn(reason.replace('iso-7810-id1-card', ''))).toEqual([85.6, 53, 15, 43])
  })

  test('--json prints the answer object of docs/fit.md', async () => {
    const run = await runCli(['fit', '--input', 'examples/micro-evening.json', '--json'])
    expect(run.code).toBe(0)
    const answer = JSON.parse(run.stdout)
    expect(Object.keys(answer).sort()).toEqual(['placements', 'reason', 'stats', 'status'])
    expect(answer.status).toBe('fits')
    expect(answer.placements).toHaveLength(7)
  })

  test('answers a JSONL batch one line per problem, in order, skipping blank lines', async () => {
    const run = await runCli(['fit', '--input', fixture('batch.jsonl')])
    expect(run.code).toBe(0)
    const answers = run.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(answers.map((a) => a.status)).toEqual(['does-not-fit', 'fits', 'does-not-fit'])
    expect(answers[1].placements).toHaveLength(4)
  })

  test.each([
    [['fit', '--input', 'no/such/file.json'], /No such file: no\/such\/file.json/],
    [['fit', '--input', fixture('bad-json.jsonl')], /bad-json.jsonl line 2 is not valid JSON/],
    [['fit', '--input', fixture('negative.json')], /items\[0\].size\[0\] is -70.6 mm; every side must be at least 0.001 mm/],
    [['fit', '--input', fixture('rotate.json')], /items\[0\].rotate must be one of any, upright, none, free, got "sideways"/],
    [['fit', '--input', fixture('too-many.json')], /1000 items .* at most 500/],
    [['fit', '--input', fixture('opening.json')], /opening 130 × 40 mm is larger than the container's top 120 × 44 mm/],
    [['fit', '--input', 'examples/micro-evening.json', '--time-limit', 'soon'], /--time-limit must be milliseconds above 0 and at most 600000, got "soon"/],
    [['fit'], /Say what to fit/],
  ])('exits 2 with a clear message for bad input: %j', async (args, message) => {
    const run = await runCli(args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
  })

  test('an unknown command or option is a usage error', async () => {
    expect((await runCli(['pack'])).code).toBe(2)
    const help = await runCli(['fit', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--input <file>')
  })
})
