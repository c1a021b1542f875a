/**
 * The miniature designer's benchmark: scale searches (`designScale`) on seeded kits of real everyday items from the
 * seed catalog, over silhouettes of several shapes, with default options. Reports searches per second, fits per
 * search, layouts carried over, and how the searches ended (found, unknown). See docs/designer.md.
 *
 *   npx tsx bench/design/run.ts              6 silhouettes × 8 kits per size (about a minute on 2 free cores)
 *   npx tsx bench/design/run.ts --kits 3     fewer kits per silhouette and size
 */
import { cac } from 'cac'
import { loadSeed } from '../../src/catalog/index.js'
import { defineSilhouette, designScale } from '../../src/design/index.js'
import type { ScaleResult, Silhouette } from '../../src/design/index.js'
import type { FitItem } from '../../src/pack/types.js'
import { loadNow, machineInfo } from '../lib/machine.js'
import { mulberry32, seedFor, shuffled } from '../lib/prng.js'
import { formatMs, mean, median, quantile, std } from '../lib/stats.js'

const SEED = 20240605

/** Silhouettes from the seed catalog: one per outline family, with the hardware the CLI would give them. */
const SILHOUETTES = [
  'hermes-birkin-25', // trapezoid, flap: turn-lock and handle anchors
  'chanel-classic-flap-mini-rectangular', // box, flap: turn-lock (monotone proven)
  'dior-lady-dior-micro', // box with handles: turn-lock and handle anchors
  'louis-vuitton-speedy-25', // barrel, zip: handle anchors
  'dior-baby-ball', // round, zip
  'balenciaga-city-mini', // pouch, zip: handle anchors
]

const KIT_SIZES = [2, 4, 6]

interface Row {
  silhouette: string
  kitSize: number
  ms: number[]
  fits: number[]
  reused: number[]
  statuses: Record<string, number>
}

const cli = cac('bench/design/run.ts')
cli.option('--kits <n>', 'Kits per silhouette and kit size', { default: 8 })
const { options } = cli.parse()
const kitsPer = Number(options.kits)

const loadAtStart = loadNow()
const seed = loadSeed()
const items = seed.items
  .map((r) => r.value)
  .filter((i) => i.dimsMm.w !== null && i.dimsMm.h !== null && i.dimsMm.d !== null)
const bags = new Map(seed.bags.map((r) => [r.value.id, r.value]))

// Warm up the engine and the bag layer once, outside the timings.
designScale({
  silhouette: silhouetteOf('chanel-classic-flap-mini-rectangular'),
  items: kitOf(mulberry32(1), 2),
})

const rows: Row[] = []
let sink = 0
for (const id of SILHOUETTES) {
  const silhouette = silhouetteOf(id)
  for (const size of KIT_SIZES) {
    const random = mulberry32(seedFor(SEED, `${id}:${size}`))
    const row: Row = { silhouette: id, kitSize: size, ms: [], fits: [], reused: [], statuses: {} }
    for (let k = 0; k < kitsPer; k++) {
      const kit = kitOf(random, size)
      const started = performance.now()
      let result: ScaleResult | null = null
      try {
        result = designScale({ silhouette, items: kit })
      } catch {
        // A kit too large for every width up to twice the reference is an answer too (NO_SIZE_IN_RANGE).
      }
      row.ms.push(performance.now() - started)
      const status = result?.status ?? 'no-size-in-range'
      row.statuses[status] = (row.statuses[status] ?? 0) + 1
      row.fits.push(result?.stats.fits ?? 0)
      row.reused.push(result?.stats.reusedLayouts ?? 0)
      sink += result?.smallest?.widthMm ?? 0
    }
    rows.push(row)
    process.stderr.write('.')
  }
}
process.stderr.write('\n')

// The report: one line per silhouette and kit size, then every search together.
const info = machineInfo(loadAtStart)
const lines = [
  `micropurse designer benchmark: ${SILHOUETTES.length} silhouettes × kits of ${KIT_SIZES.join(', ')} items × ${kitsPer} seeded kits (seed ${SEED})`,
  `${info.cpu}, ${info.cores} cores, load ${info.load}, Node ${info.node}, ${info.date}, commit ${info.commit}`,
  '',
  '| silhouette | items | searches/s | ms per search: median | mean ± std | max | fits per search | carried layouts | found / fits at start / unknown / none in range |',
  '|---|---|---|---|---|---|---|---|---|',
]
for (const r of rows) {
  lines.push(
    `| ${r.silhouette} | ${r.kitSize} | ${(1000 / mean(r.ms)).toFixed(1)} | ${formatMs(median(r.ms))} | ${formatMs(mean(r.ms))} ± ${formatMs(std(r.ms))} | ${formatMs(Math.max(...r.ms))} | ${mean(r.fits).toFixed(1)} | ${mean(r.reused).toFixed(1)} | ${counts(r.statuses)} |`,
  )
}
const all = rows.flatMap((r) => r.ms)
const six = rows.filter((r) => r.kitSize === 6).flatMap((r) => r.ms)
lines.push('')
lines.push(
  `all searches: ${all.length}, ${(1000 / mean(all)).toFixed(1)} searches/s, median ${formatMs(median(all))}, 90th percentile ${formatMs(quantile(all, 0.9))}, ${mean(rows.flatMap((r) => r.fits)).toFixed(1)} fits per search`,
)
lines.push(
  `six-item kits: median ${formatMs(median(six))}, ${six.filter((ms) => ms < 1000).length} of ${six.length} under a second, slowest ${formatMs(Math.max(...six))}`,
)
lines.push(`(sink ${sink})`)
process.stdout.write(lines.join('\n') + '\n')

function silhouetteOf(id: string): Silhouette {
  const bag = bags.get(id)!
  const { w, h, d } = bag.exteriorMm
  return defineSilhouette({
    id,
    reference: {
      exteriorMm: { w: w!, h: h!, d: d! },
      shape: bag.shape!,
      ...(bag.closure && { closure: bag.closure }),
    },
    // As the CLI decides: handle anchors when the strap mentions a handle, or when no strap is recorded.
    hasHandles: bag.strap === null || /handle/i.test(bag.strap),
  })
}

/** `n` distinct seed items, each once: a kit as someone might carry it. */
function kitOf(random: () => number, n: number): FitItem[] {
  return shuffled(random, items)
    .slice(0, n)
    .map((i) => ({ id: i.id, size: [i.dimsMm.w!, i.dimsMm.d!, i.dimsMm.h!] }))
}

function counts(statuses: Record<string, number>): string {
  return ['found', 'fits-at-range-start', 'unknown', 'no-size-in-range']
    .map((s) => statuses[s] ?? 0)
    .join(' / ')
}
