import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkPacking } from '../../src/pack/index.js'
import { runCli } from '../support/cli.js'

// The CLI is tested as built (npm run build), run by node in a folder of its own, as a user would run it.
const run = (args: string[], cwd: string) => runCli(args, { cwd })

describe('micropurse scale (built CLI)', () => {
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'micropurse-scale-cli-'))
    // Create and seed the catalog once, so the tests below do not race to create it.
    await run(['catalog', 'list', '--kind', 'kits', '--limit', '1'], dir)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('--json answers with the smallest width, a layout the checker accepts there, and the width below', async () => {
    const result = await run(
      [
        'scale',
        '--silhouette',
        'hermes-birkin-25',
        '--must-fit',
        'apple-iphone-15-pro,iso-7810-id1-card',
        '--json',
      ],
      dir,
    )
    expect(result.code).toBe(0)
    const answer = JSON.parse(result.stdout)
    expect(answer.status).toBe('found')
    expect(answer.silhouette).toEqual({
      id: 'hermes-birkin-25',
      label: 'Hermès Birkin 25',
      referenceWidthMm: 250,
    })
    const { smallest, largestNotFitting, items } = answer
    expect(
      checkPacking({ container: smallest.container, items }, smallest.answer.placements).problems,
    ).toEqual([])
    expect(largestNotFitting.widthMm).toBe(smallest.widthMm - 1)
    expect(answer.notes.join(' ')).toMatch(/handle anchors assumed/)
  })

  test('prints the answer for people: the two widths, the layout, what was proven, how the bag was derived', async () => {
    const result = await run(
      ['scale', '--silhouette', 'hermes-birkin-25', '--must-fit', 'apple-iphone-15-pro,iso-7810-id1-card'],
      dir,
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^Hermès Birkin 25 \(hermes-birkin-25\) scaled by its width, structured-leather walls 1.4 \+ 1 \+ 0.5 mm/,
    )
    const smallest = Number(/SMALLEST THAT FITS: (\d+) mm wide/.exec(result.stdout)?.[1])
    expect(result.stdout).toContain(`LARGEST THAT DOES NOT FIT: ${smallest - 1} mm wide`)
    expect(result.stdout).toContain('monotone in scale: not proven')
    expect(result.stdout).toContain(`How the ${smallest} mm bag was derived:`)
    expect(result.stdout).toContain('hardware turn-lock: 30 × 20 mm, 5 mm proud')
  })

  test('takes kits by id, another material and no hardware', async () => {
    const result = await run(
      [
        'scale',
        '--silhouette',
        'hermes-birkin-25',
        '--must-fit',
        'evening',
        '--material',
        'soft-leather',
        '--hardware',
        'none',
        '--json',
      ],
      dir,
    )
    expect(result.code).toBe(0)
    const answer = JSON.parse(result.stdout)
    expect(answer.material.name).toBe('soft-leather')
    expect(answer.hardware).toEqual([])
    expect(answer.items.map((i: { id: string }) => i.id).sort()).toEqual([
      'iso-7810-id1-card',
      'lipstick',
      'powder-compact',
    ])
  })

  test('an unknown silhouette exits 2 naming the closest bags', async () => {
    const result = await run(['scale', '--silhouette', 'hermes-birkn-25', '--must-fit', 'lipstick'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Unknown silhouette "hermes-birkn-25".*Closest: hermes-birkin-25/)
  })

  test('a bag without a full size cannot be a silhouette', async () => {
    const result = await run(
      ['scale', '--silhouette', 'louis-vuitton-neverfull-bb', '--must-fit', 'lipstick'],
      dir,
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/cannot be scaled: it has no depth/)
  })

  test('a negative wall thickness exits 2 with the field and the value', async () => {
    const result = await run(
      ['scale', '--silhouette', 'hermes-birkin-25', '--must-fit', 'lipstick', '--material=-1+0+0.5'],
      dir,
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/wallMm must be a thickness from 0 to 100 mm, got -1/)
  })

  test('a kit that fits at no width of the range exits 2 with the reason at its largest width', async () => {
    const result = await run(
      [
        'scale',
        '--silhouette',
        'hermes-birkin-25',
        '--must-fit',
        'apple-iphone-15-pro',
        '--range',
        '5..10cm',
      ],
      dir,
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /do not fit Hermès Birkin 25 at any width up to 100 mm\. At 100 mm: .*apple-iphone-15-pro/,
    )
  })

  test('an unknown item or kit exits 2 naming the closest ids', async () => {
    const result = await run(['scale', '--silhouette', 'hermes-birkin-25', '--must-fit', 'iphone15'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /Unknown item or kit id "iphone15" in --must-fit\. Closest: apple-iphone-15/,
    )
  })

  test('flags that go with the curve are refused without it', async () => {
    const result = await run(
      ['scale', '--silhouette', 'hermes-birkin-25', '--must-fit', 'lipstick', '--out', 'x.svg'],
      dir,
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--out goes with --curve')
  })

  test('--curve prints the capacity table for every catalog kit and writes the chart', async () => {
    const svg = join(dir, 'curve.svg')
    const result = await run(
      ['scale', '--silhouette', 'hermes-birkin-25', '--curve', '10..16cm', '--step', '20', '--out', svg],
      dir,
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(`Wrote the chart to ${svg}.`)
    expect(result.stdout).toMatch(/capacity from 100 to 160 mm wide/)
    expect(result.stdout.split('\n').filter((l) => /^\s+(100|120|140|160)\s/.test(l))).toHaveLength(4)
    expect(result.stdout).toMatch(/Essentials \(essentials\): /)
    const text = readFileSync(svg, 'utf8')
    expect(text.startsWith('<svg')).toBe(true)
    expect(text).toContain('Exterior width (mm)')
  })
})
