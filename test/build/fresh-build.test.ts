import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { fit } from '../../src/pack/fit.js'
import type { FitProblem } from '../../src/pack/types.js'
import { runCli, ROOT } from '../support/cli.js'
import { DIST, ensureFresh, LIBRARY, staleReason, WEB } from '../support/fresh-build.js'
import type { BuildTarget } from '../support/fresh-build.js'

describe('the builds the tests run', () => {
  // The global setup rebuilt them before this file ran; were it missing or wrong, an edit to src/ since the last
  // build would show here.
  test('dist/, the bundled root entry and web/dist/ are built from the sources as they are now', () => {
    expect(staleReason(ROOT, DIST)).toBeNull()
    expect(staleReason(ROOT, LIBRARY)).toBeNull()
    expect(staleReason(ROOT, WEB)).toBeNull()
  })

  test("the CLI gives the source's answer, reason and all", async () => {
    const problem = JSON.parse(readFileSync(join(ROOT, 'examples/chiquito-card.json'), 'utf8')) as FitProblem
    const run = await runCli(['fit', '--input', 'examples/chiquito-card.json', '--json'])
    expect(run.code).toBe(0)
    const fromCli = JSON.parse(run.stdout) as { status: string; reason: string }
    const fromSource = fit(problem)
    expect({ status: fromCli.status, reason: fromCli.reason }).toEqual({
      status: fromSource.status,
      reason: fromSource.reason,
    })
  })
})

describe('ensureFresh', () => {
  let root: string
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  /** A build that copies src/a.txt to out/a.txt, counting its runs. */
  function copyTarget(): BuildTarget & { runs: number } {
    const target = {
      name: 'out/',
      inputs: ['src'],
      marker: 'out/a.txt',
      outputs: () => ['out/a.txt'],
      runs: 0,
      build: (at: string) => {
        target.runs++
        mkdirSync(join(at, 'out'), { recursive: true })
        writeFileSync(join(at, 'out/a.txt'), readFileSync(join(at, 'src/a.txt')))
      },
    }
    return target
  }

  function newRoot(): string {
    root = mkdtempSync(join(tmpdir(), 'micropurse-fresh-'))
    mkdirSync(join(root, 'src'))
    writeFileSync(join(root, 'src/a.txt'), 'one')
    return root
  }

  test('builds when there is no build, then not again until a source changes', () => {
    const target = copyTarget()
    newRoot()
    expect(staleReason(root, target)).toBe('out/a.txt is missing')
    expect(ensureFresh(root, target)).toMatch(/^out\/ rebuilt \(out\/a.txt is missing\) in [\d.]+ s$/)
    expect(ensureFresh(root, target)).toBeNull()
    expect(target.runs).toBe(1)

    writeFileSync(join(root, 'src/a.txt'), 'two')
    expect(staleReason(root, target)).toBe('the sources changed since out/ was built')
    ensureFresh(root, target)
    expect(readFileSync(join(root, 'out/a.txt'), 'utf8')).toBe('two')
    expect(target.runs).toBe(2)
  })

  test('a new source file, or a build made some other way, makes it build again', () => {
    const target = copyTarget()
    newRoot()
    ensureFresh(root, target)
    writeFileSync(join(root, 'src/b.txt'), 'new')
    expect(staleReason(root, target)).toBe('the sources changed since out/ was built')
    ensureFresh(root, target)
    // Another build wrote the output (a branch switch and `npm run build`, say): the stamp no longer vouches for it.
    writeFileSync(join(root, 'out/a.txt'), 'older')
    expect(staleReason(root, target)).toBe('out/a.txt changed since the stamp was written')
    ensureFresh(root, target)
    expect(readFileSync(join(root, 'out/a.txt'), 'utf8')).toBe('one')
    expect(target.runs).toBe(3)
  })

  test('says so when a build does not write its outputs', () => {
    newRoot()
    const broken: BuildTarget = { ...copyTarget(), build: () => undefined }
    expect(() => ensureFresh(root, broken)).toThrow('Building out/ did not write out/a.txt.')
  })
})
