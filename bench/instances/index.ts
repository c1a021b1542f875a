/**
 * The benchmark's instance sets, built from seeded generators (the same seed gives the same instances) and, for
 * mpv-class9, from the shared public instances.
 */
import type { FitProblem } from '../../src/pack/types.js'
import { mulberry32, randInt, randRange, seedFor, shuffled } from '../lib/prng.js'
import { loadMpvClass9 } from './mpv-class9.js'
import { cutContainer, perfectProblem, piecesToProblem, toMm, type PerfectProblem } from './perfect.js'
import { randomMicroProblem } from './random-micro.js'
import { KIT_THEMES, loadRealDimensions, realKitProblem } from './real-kits.js'
import { countBoxes, fillRatio } from './shape.js'
import type { BenchInstance, RunSize, SuiteName } from './types.js'

export * from './types.js'

export interface SuiteOptions {
  size: RunSize
  seed: number
  /** Folder holding bench-data/ (the shared folder beside the repository). */
  sharedDir: string
  /** Wall allowance for real bags, in millimetres per wall. */
  wallMm: number
}

/** What each set is, for the report. */
export const SUITE_DESCRIPTIONS: Record<SuiteName, string> = {
  guillotine: 'perfect packings of 4–12 boxes cut by random guillotine cuts (all fit)',
  pinwheel: 'perfect packings of 5–12 boxes with non-guillotine pinwheel cuts (all fit)',
  blocked: 'perfect packings where 1–2 pieces become blocked regions (all fit)',
  'random-micro': 'random micro-bag problems, 4–14 items filling 55–95 % (answers unknown a priori)',
  'real-kits': 'real items in real micro bags, up to 16 boxes (answers unknown a priori)',
  'mpv-class9': 'MPV class-9 single-container perfect packings, 9–21 boxes (all fit)',
  growth: 'n = 4…30: a guillotine perfect packing and a random 85 % problem per n',
}

/** The instances of one set. Returns an empty list (and the reason) when its data is missing. */
export function buildSuite(
  suite: SuiteName,
  options: SuiteOptions,
): { instances: BenchInstance[]; skipped?: string } {
  const full = options.size === 'full'
  const rng = (label: string) => mulberry32(seedFor(options.seed, `${suite}/${label}`))
  switch (suite) {
    case 'guillotine':
    case 'pinwheel': {
      const pinwheel = suite === 'pinwheel'
      const out: BenchInstance[] = []
      for (let n = pinwheel ? 5 : 4; n <= 12; n++) {
        for (let k = 0; k < (full ? 5 : 1); k++) {
          out.push(
            makePerfect(`${suite}-n${n}-${k + 1}`, suite, perfectProblem(rng(`${n}-${k}`), n, pinwheel)),
          )
        }
      }
      return { instances: out }
    }
    case 'blocked': {
      return {
        instances: Array.from({ length: full ? 20 : 6 }, (_, i) => {
          const random = rng(`${i}`)
          const n = randInt(random, 4, 10)
          const blocked = randInt(random, 1, 2)
          const containerT: [number, number, number] = [
            randInt(random, 400, 2000),
            randInt(random, 400, 2000),
            randInt(random, 400, 2000),
          ]
          const pieces = shuffled(
            random,
            cutContainer(random, { boxes: n + blocked, containerT, pinwheel: i % 2 === 1 }),
          )
          const perfect = piecesToProblem(random, toMm(containerT), pieces.slice(blocked))
          perfect.problem.container.blocked = pieces
            .slice(0, blocked)
            .map((p) => ({ at: toMm(p.at), size: toMm(p.size) }))
          return makePerfect(`blocked-${i + 1}`, suite, perfect)
        }),
      }
    }
    case 'random-micro': {
      return {
        instances: Array.from({ length: full ? 60 : 12 }, (_, i) => {
          const random = rng(`${i}`)
          const n = randInt(random, 4, 14)
          const fill = randRange(random, 0.55, 0.95, 2)
          return make(
            `random-${i + 1}`,
            suite,
            randomMicroProblem(random, n, fill),
            null,
            `target fill ${fill}`,
          )
        }),
      }
    }
    case 'real-kits': {
      const data = loadRealDimensions()
      const out: BenchInstance[] = []
      data.bags.forEach((bag, b) => {
        const themes = full ? KIT_THEMES : [KIT_THEMES[b % KIT_THEMES.length]!]
        for (const theme of themes) {
          const problem = realKitProblem(rng(`${bag.id}/${theme}`), data, bag, theme, options.wallMm)
          out.push(
            make(`${bag.id}/${theme}`, suite, problem, null, `${bag.dims_status}, wall ${options.wallMm} mm`),
          )
        }
      })
      return { instances: out }
    }
    case 'mpv-class9': {
      const all = loadMpvClass9(options.sharedDir)
      if (all.length === 0)
        return { instances: [], skipped: `no instances found under ${options.sharedDir}/bench-data` }
      // Quick runs take the first file of each box count.
      const chosen = full
        ? all
        : all.filter((m, i) => i === 0 || m.problem.items.length !== all[i - 1]!.problem.items.length)
      return {
        instances: chosen.map((m) =>
          make(m.name, suite, m.problem, 'fits', `MPV exact 5 s: ${m.mpvExact5s}`),
        ),
      }
    }
    case 'growth': {
      const sizes = full ? Array.from({ length: 27 }, (_, i) => i + 4) : [4, 6, 8, 10, 12, 16, 20, 25, 30]
      return {
        instances: sizes.flatMap((n) => [
          makePerfect(`growth-perfect-n${n}`, suite, perfectProblem(rng(`perfect-${n}`), n, false)),
          make(
            `growth-random-n${n}`,
            suite,
            randomMicroProblem(rng(`random-${n}`), n, 0.85),
            null,
            'target fill 0.85',
          ),
        ]),
      }
    }
  }
}

function makePerfect(id: string, suite: SuiteName, perfect: PerfectProblem): BenchInstance {
  return { ...make(id, suite, perfect.problem, 'fits'), witness: perfect.witness }
}

function make(
  id: string,
  suite: SuiteName,
  problem: FitProblem,
  expected: BenchInstance['expected'],
  note?: string,
): BenchInstance {
  const instance: BenchInstance = {
    id,
    suite,
    problem,
    expected,
    boxes: countBoxes(problem.items),
    fill: fillRatio(problem),
  }
  if (note) instance.note = note
  return instance
}
