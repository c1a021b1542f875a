import { readFileSync } from 'node:fs'
import { fail, show } from '../../errors.js'
import { parseBagSpec } from '../../bag/index.js'
import type { BagSpec } from '../../bag/index.js'
import type { Catalog } from '../../catalog/index.js'
import type { CarryContainer } from '../../carry/types.js'
import { formatSize, parseLength, parseSize } from '../../geometry/index.js'
import { RULE_NAMES, adviseStyle, rankBags } from '../../style/index.js'
import type {
  CapacityInput,
  Occasion,
  Outfit,
  RankedBag,
  StyleAdvice,
  StyleBag,
  Wearer,
} from '../../style/index.js'
import type { ParsedOptions } from '../command.js'
import { err, out, outJson, table } from '../output.js'
import { bagSpecFromCatalog, essentialsCapacity, outfitPockets, styleBagFromCatalog } from '../../services/style-bag.js'
import { withCatalog } from './catalog-open.js'

/** What an outfit file holds: the outfit, and optionally the wearer and the occasion. */
interface OutfitFile {
  outfit: Outfit
  wearer: Wearer | undefined
  occasion: Occasion | undefined
}

const OUTFIT_FILE_KEYS = ['name', 'garments', 'wearer', 'occasion']
const DEFAULT_TOP = 10

/**
 * `micropurse style`: reads the outfit file and the bag (catalog id, JSON file or size and colour), works out the
 * bag's capacity for the essentials kit with the fit engine where its size and shape are known, and prints the
 * advice; or, with `--rank`, ranks the catalog's bags for the outfit. Bad input throws (exit 2).
 */
export async function runStyle(options: ParsedOptions): Promise<number> {
  // Check the command line and read the files before touching any database.
  const sources = ['bag', 'bagSize', 'bagFile'].filter((k) => options[k] !== undefined)
  if (options.rank) {
    if (sources.length > 0)
      fail('INVALID_OPTION', "--rank ranks the catalog's bags: leave out --bag, --bag-size and --bag-file.")
  } else if (sources.length !== 1) {
    fail(
      'INVALID_INPUT',
      sources.length === 0
        ? 'Say which bag: --bag ID (from the catalog), --bag-size 12x9x5cm with --bag-colour, or --bag-file bag.json; or --rank to rank the catalog.'
        : `Give one bag, not ${sources.map(flagName).join(' and ')}.`,
    )
  }
  if (options.top !== undefined && !options.rank) fail('INVALID_OPTION', '--top goes with --rank.')
  const file = readOutfitFile(options.outfit)
  const occasion = options.occasion === undefined ? file.occasion : (String(options.occasion) as Occasion)
  const wearer = withHeight(file.wearer, options.height)
  const colour = options.bagColour === undefined ? undefined : String(options.bagColour)

  if (options.rank) return rank(options, file.outfit, wearer, occasion, colour)

  // One bag: from a size, a file, or the catalog; the outfit's pockets share the essentials with it.
  const pockets = outfitPockets(file.outfit)
  const { bag, capacity, note } =
    options.bagSize !== undefined
      ? bagFromSize(String(options.bagSize), colour, options.bagShape, pockets)
      : options.bagFile !== undefined
        ? bagFromFile(String(options.bagFile), colour, options.bagShape, pockets)
        : await withCatalog(options, (catalog) => bagFromCatalog(catalog, String(options.bag), colour, pockets))
  const advice = adviseStyle({
    bag,
    outfit: file.outfit,
    ...(wearer && { wearer }),
    ...(occasion !== undefined && { occasion }),
    ...(capacity && { capacity }),
  })
  // The capacity note only once the input has passed the advisor's checks.
  if (note) err(note)
  if (options.json) outJson(advice)
  else out(formatAdvice(advice))
  return 0
}

// --- the bag ----------------------------------------------------------------------------------------------------

interface BagChoice {
  bag: StyleBag
  capacity: CapacityInput | undefined
  /** A line for stderr about how the capacity was found, or why it is unknown. */
  note?: string
}

function bagFromSize(text: string, colour: string | undefined, shape: unknown, pockets: readonly CarryContainer[]): BagChoice {
  const { sizeMm, unit } = parseSize(text, 3)
  if (colour === undefined)
    fail('INVALID_INPUT', 'A --bag-size bag needs its colour: add --bag-colour, e.g. --bag-colour "#ff1493".')
  const [w, h, d] = sizeMm as [number, number, number]
  const bag: StyleBag = {
    id: 'custom',
    name: `a ${formatSize(sizeMm, unit)} bag`,
    widthMm: w,
    heightMm: h,
    depthMm: d,
    colour,
  }
  return withCapacity(bag, specFor({ w, h, d }, shape), pockets, shape === undefined)
}

function bagFromFile(path: string, colour: string | undefined, shape: unknown, pockets: readonly CarryContainer[]): BagChoice {
  const value = readJson(path)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(
      'INVALID_BAG',
      `${path} holds ${show(value)}: expected a bag object such as {"id": "mine", "widthMm": 120, "colour": "#ff1493"}.`,
    )
  }
  const bag = { ...(value as StyleBag), ...(colour !== undefined && { colour }) }
  if (bag.colour === undefined)
    fail('INVALID_INPUT', `The bag in ${path} has no colour: add "colour" to the file or give --bag-colour.`)
  const { widthMm: w, heightMm: h, depthMm: d } = bag
  if (typeof w !== 'number' || typeof h !== 'number' || typeof d !== 'number') {
    return {
      bag,
      capacity: undefined,
      note: `Capacity unknown: the bag in ${path} needs widthMm, heightMm and depthMm for the fit engine.`,
    }
  }
  return withCapacity(bag, specFor({ w, h, d }, shape), pockets, shape === undefined)
}

async function bagFromCatalog(
  catalog: Catalog,
  id: string,
  colour: string | undefined,
  pockets: readonly CarryContainer[],
): Promise<BagChoice> {
  const found = await catalog.get('bags', id)
  if (colour === undefined) {
    fail(
      'INVALID_INPUT',
      `Bag ${show(id)} has no colour in the catalog: give one with --bag-colour, e.g. --bag-colour "#ff1493" or --bag-colour black.`,
    )
  }
  const bag = styleBagFromCatalog(found, colour)
  const spec = bagSpecFromCatalog(found)
  if (typeof spec === 'string') return { bag, capacity: undefined, note: `Capacity unknown: ${spec}.` }
  return withCapacity(bag, spec, pockets)
}

/** A size plus a shape (default box) as a checked bag spec; throws `UNKNOWN_SHAPE` for a shape the bag layer lacks. */
function specFor(exteriorMm: { w: number; h: number; d: number }, shape: unknown): BagSpec {
  return parseBagSpec({ exteriorMm, shape: shape === undefined ? 'box' : String(shape) })
}

function withCapacity(bag: StyleBag, spec: BagSpec, pockets: readonly CarryContainer[], isShapeAssumed = false): BagChoice {
  const capacity = essentialsCapacity(spec, pockets)
  const placed = capacity.kind === 'placed' ? capacity.items : []
  const inBag = placed.filter((i) => i.where === 'bag').length
  const inPockets = placed.filter((i) => i.where === 'pocket').length
  const shape = `its ${spec.shape} interior${isShapeAssumed ? ' (shape assumed; give --bag-shape)' : ''}`
  return {
    bag,
    capacity,
    note:
      pockets.length === 0
        ? `Capacity: the fit engine puts ${inBag} of the ${placed.length} essentials (${KIT_WORDS}) in ${shape}.`
        : `Capacity: the carry planner puts ${inBag} of the ${placed.length} essentials (${KIT_WORDS}) in ${shape} and ${inPockets} in the outfit's ${pockets.length} pockets (${pocketWords(pockets)}).`,
  }
}

const KIT_WORDS = 'a phone, a card, a lipstick, two house keys'

/** "2 coat pockets 170 × 40 × 170 mm, 2 women's jeans front pockets 67.7 × 26 × 135.4 mm". */
function pocketWords(pockets: readonly CarryContainer[]): string {
  const byKind = new Map<string, { label: string; count: number }>()
  for (const p of pockets) {
    const label = `${(p.name ?? p.id).replace(/^.* \((.*)\)$/, '$1').toLowerCase()} ${formatSize(p.container.size)}`
    const seen = byKind.get(label)
    if (seen) seen.count++
    else byKind.set(label, { label, count: 1 })
  }
  return [...byKind.values()].map((k) => `${k.count} × ${k.label}`).join(', ')
}

// --- ranking ----------------------------------------------------------------------------------------------------

async function rank(
  options: ParsedOptions,
  outfit: Outfit,
  wearer: Wearer | undefined,
  occasion: Occasion | undefined,
  colour: string | undefined,
): Promise<number> {
  const top = readTop(options.top)
  if (colour === undefined) {
    fail(
      'INVALID_INPUT',
      '--rank needs --bag-colour: the catalog has no bag colours, so the ranking compares every bag in that colour.',
    )
  }
  const pockets = outfitPockets(outfit)
  const { bags, capacities, skipped } = await withCatalog(options, async (catalog) => {
    // Every micro bag with a width; reference-only bags (a Birkin 35) are there to compare against, not to wear.
    const all = await catalog.list('bags')
    const usable = all.filter((b) => !b.isReferenceOnly && b.exteriorMm.w !== null)
    const bags = usable.map((b) => styleBagFromCatalog(b, colour))
    const capacities: Record<string, CapacityInput> = {}
    for (const b of usable) {
      const spec = bagSpecFromCatalog(b)
      if (typeof spec !== 'string') capacities[b.id] = essentialsCapacity(spec, pockets)
    }
    return { bags, capacities, skipped: all.length - usable.length }
  })
  const ranked = rankBags(
    bags,
    { outfit, ...(wearer && { wearer }), ...(occasion !== undefined && { occasion }), capacities },
    top,
  )
  err(
    `Ranked ${bags.length} catalog bags in ${colour}${skipped > 0 ? ` (${skipped} left out: reference-only or no width)` : ''}; capacity from ${pockets.length > 0 ? `the carry planner (each bag with the outfit's ${pockets.length} pockets)` : 'the fit engine'} for the ${Object.keys(capacities).length} with a full size and shape.`,
  )
  if (options.json) outJson(ranked)
  else out(formatRanking(ranked))
  return 0
}

function readTop(value: unknown): number {
  if (value === undefined) return DEFAULT_TOP
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    fail('INVALID_OPTION', `--top must be a whole number of bags, 1 or more; got ${show(value)}.`)
  return n
}

// --- the outfit file --------------------------------------------------------------------------------------------

function readOutfitFile(path: unknown): OutfitFile {
  if (typeof path !== 'string' || path === '') {
    fail(
      'INVALID_INPUT',
      'Say which outfit: --outfit FILE (JSON with garments; see docs/styling.md and examples/outfit-*.json).',
    )
  }
  const value = readJson(path)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(
      'INVALID_OUTFIT',
      `${path} holds ${show(value)}: expected an object with "garments" (see docs/styling.md).`,
    )
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!OUTFIT_FILE_KEYS.includes(key)) {
      fail(
        'INVALID_OUTFIT',
        `Unknown field ${show(key)} in ${path}: expected ${OUTFIT_FILE_KEYS.join(', ')}.`,
      )
    }
  }
  const outfit = {
    ...(record.name !== undefined && { name: record.name }),
    garments: record.garments,
  } as Outfit
  return {
    outfit,
    wearer: record.wearer as Wearer | undefined,
    occasion: record.occasion as Occasion | undefined,
  }
}

/** The file's wearer with `--height` (cm unless a unit is given) in place of its height. */
function withHeight(wearer: Wearer | undefined, height: unknown): Wearer | undefined {
  if (height === undefined) return wearer
  const { lengthMm } = parseLength(String(height), 'cm')
  return { ...wearer, heightCm: lengthMm / 10 }
}

function readJson(path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    fail(
      'FILE_NOT_FOUND',
      code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path}: ${(error as Error).message}`,
    )
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    fail('INVALID_JSON', `${path} is not valid JSON: ${(error as Error).message}`)
  }
}

function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
}

// --- printing ---------------------------------------------------------------------------------------------------

/** The advice for people: verdict, a score table, each weighed rule's reasons, then suggestions. */
export function formatAdvice(advice: StyleAdvice): string {
  const colour = advice.rules.colour.details.bag
  const lines = [
    `${advice.bag.name} in ${colour.word} ("${colour.name}") for ${advice.occasion}: ${advice.verdict} (${advice.overall.toFixed(2)})`,
    '',
    table(
      ['rule', 'score', 'weight', 'verdict'],
      RULE_NAMES.map((n) => {
        const r = advice.rules[n]
        return [
          n,
          r.score === null ? '—' : r.score.toFixed(2),
          r.weight.toFixed(2),
          r.score === null ? `${r.verdict} (not judged)` : r.weight === 0 ? `${r.verdict} (not weighed)` : r.verdict,
        ]
      }),
    ),
  ]
  // The reasons of every rule that counts, and of those that cannot judge (they say what is missing).
  for (const n of RULE_NAMES) {
    const r = advice.rules[n]
    if (r.weight === 0 && r.score !== null) continue
    lines.push('', `${n}:`, ...r.reasons.map((reason) => `  ${reason}`))
  }
  if (advice.suggestions.length > 0) {
    lines.push('', 'Try:', ...advice.suggestions.map((s) => `  [${s.rule}] ${s.text}`))
  }
  return lines.join('\n')
}

function formatRanking(ranked: RankedBag[]): string {
  return table(
    ['rank', 'bag', 'overall', 'verdict', 'strongest'],
    ranked.map((r) => [r.rank, `${r.name} (${r.bagId})`, r.overall.toFixed(2), r.verdict, r.headline]),
  )
}
