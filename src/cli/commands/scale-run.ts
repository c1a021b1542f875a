import { writeFileSync } from 'node:fs'
import { normaliseName } from '../../bag/index.js'
import type { MaterialName, MaterialStack } from '../../bag/index.js'
import { closestIds } from '../../catalog/index.js'
import type { Catalog, Item } from '../../catalog/index.js'
import { HARDWARE_KINDS, capacityCurve, curveSvg, designScale } from '../../design/index.js'
import type { CurveKit, HardwareKind, Silhouette } from '../../design/index.js'
import { fail, show } from '../../errors.js'
import { parseLength } from '../../geometry/units.js'
import type { FitItem } from '../../pack/types.js'
import type { ParsedOptions } from '../command.js'
import { err, out, outJson } from '../output.js'
import { catalogSilhouette } from '../../services/silhouette.js'
import { readTimeLimit } from './limits.js'
import { formatCurve, formatScale } from './scale-format.js'
import { openCatalogFor } from './catalog-open.js'

/** The command line of `scale`, checked. */
interface ScaleFlags {
  silhouette: string
  mustFit: string | null
  material: MaterialName | MaterialStack | undefined
  hardware: HardwareKind[] | undefined
  range: [number, number] | undefined
  curve: [number, number] | undefined
  stepMm: number | undefined
  out: string | undefined
  windowMm: number | undefined
  exhaustive: boolean
  widthTimeLimitMs: number | undefined
  json: boolean
}

/**
 * `micropurse scale`: checks every flag, opens the catalog (seeding it on first use), turns the silhouette's bag and
 * the must-fit ids into the designer's input, runs the scale search (or, with `--curve`, the capacity curve over
 * every catalog kit) and prints the answer; with `--out`, writes the chart. Bad input throws (exit 2).
 */
export async function runScale(options: ParsedOptions): Promise<number> {
  const flags = readFlags(options)
  const catalog = await openCatalogFor(options)
  try {
    const silhouette = await readSilhouette(catalog, flags)
    for (const note of silhouette.notes) err(`note: ${note}`)
    const mustFit = flags.mustFit === null ? null : await readMustFit(catalog, flags.mustFit)
    if (flags.curve) return await runCurve(catalog, silhouette, mustFit, flags)
    const result = designScale({
      silhouette,
      items: mustFit!,
      options: {
        ...(flags.range && { minWidthMm: flags.range[0], maxWidthMm: flags.range[1] }),
        ...(flags.windowMm !== undefined && { windowMm: flags.windowMm }),
        ...(flags.widthTimeLimitMs !== undefined && { widthTimeLimitMs: flags.widthTimeLimitMs }),
        exhaustive: flags.exhaustive,
      },
    })
    if (flags.json) outJson({ ...result, notes: silhouette.notes })
    else out(formatScale(result))
    return 0
  } finally {
    await catalog.close()
  }
}

async function runCurve(
  catalog: Catalog,
  silhouette: Silhouette,
  mustFit: FitItem[] | null,
  flags: ScaleFlags,
): Promise<number> {
  const kits: CurveKit[] = mustFit ? [{ id: 'must-fit', label: 'Your kit (--must-fit)', items: mustFit }] : []
  for (const kit of await catalog.list('kits')) {
    const lines = await catalog.kitItems(kit)
    const items: FitItem[] = []
    for (const { item, count } of lines) {
      const size = itemSize(item)
      if (typeof size === 'string') {
        err(`note: kit ${kit.id} is left off the curve: item ${item.id} has ${size}`)
        items.length = 0
        break
      }
      items.push({ id: item.id, size, count })
    }
    if (items.length > 0) kits.push({ id: kit.id, label: kit.name, items })
  }
  const curve = capacityCurve({
    silhouette,
    kits,
    options: {
      fromMm: flags.curve![0],
      toMm: flags.curve![1],
      ...(flags.stepMm !== undefined && { stepMm: flags.stepMm }),
      ...(flags.windowMm !== undefined && { windowMm: flags.windowMm }),
      ...(flags.widthTimeLimitMs !== undefined && { widthTimeLimitMs: flags.widthTimeLimitMs }),
    },
  })
  if (flags.out !== undefined) {
    try {
      writeFileSync(flags.out, curveSvg(curve))
    } catch (error) {
      fail(
        'INVALID_OPTION',
        `Cannot write the chart to ${show(flags.out)}: ${(error as Error).message}. Check that the folder exists.`,
      )
    }
    err(`Wrote the chart to ${flags.out}.`)
  } else if (!flags.json) {
    err('Add --out curve.svg to write the chart.')
  }
  if (flags.json) outJson(curve)
  else out(formatCurve(curve))
  return 0
}

// --- flags -------------------------------------------------------------------------------------------------------

function readFlags(options: ParsedOptions): ScaleFlags {
  if (options.silhouette === undefined || options.silhouette === true) {
    fail(
      'INVALID_INPUT',
      'Say which silhouette: --silhouette ID, a bag from the catalog (micropurse catalog list --kind bags), e.g. --silhouette hermes-birkin-25.',
    )
  }
  const curve = options.curve === undefined ? undefined : readRange(options.curve, '--curve')
  const mustFit = options.mustFit === undefined ? null : listText(options.mustFit)
  if (!curve && (mustFit === null || mustFit.trim() === '')) {
    fail(
      'INVALID_INPUT',
      'Say what must fit: --must-fit ID[,ID...], items or kits from the catalog with an optional count (iso-7810-id1-card:2); or --curve FROM..TO for the capacity curve.',
    )
  }
  if (curve && options.range !== undefined)
    fail('INVALID_OPTION', "--range goes with the search; with --curve the range is the curve's own.")
  if (curve && options.exhaustive)
    fail(
      'INVALID_OPTION',
      '--exhaustive goes with the search, not with --curve (each table cell is decided by a fit already).',
    )
  if (!curve) {
    for (const flag of ['out', 'step'] as const) {
      if (options[flag] !== undefined) fail('INVALID_OPTION', `--${flag} goes with --curve FROM..TO.`)
    }
  }
  return {
    silhouette: String(options.silhouette),
    mustFit,
    material: options.material === undefined ? undefined : readMaterial(String(options.material)),
    hardware: options.hardware === undefined ? undefined : readHardware(listText(options.hardware)),
    range: options.range === undefined ? undefined : readRange(options.range, '--range'),
    curve,
    stepMm: options.step === undefined ? undefined : readWhole(options.step, '--step', 1, 10_000),
    out: options.out === undefined || options.out === true ? undefined : String(options.out),
    windowMm: options.window === undefined ? undefined : readWhole(options.window, '--window', 0, 1000),
    exhaustive: Boolean(options.exhaustive),
    widthTimeLimitMs: readTimeLimit(options.timeLimit),
    json: Boolean(options.json),
  }
}

/** `80..250mm`, `8cm..25cm`, `80..250` (mm): a unit on the second end alone applies to both. */
function readRange(value: unknown, flag: string): [number, number] {
  const text = String(value)
  const parts = text.split('..')
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) {
    fail(
      'INVALID_OPTION',
      `Cannot read ${flag} ${show(text)}: expected two widths joined by "..", e.g. 80..250mm or 8..25cm.`,
    )
  }
  const unit = /[a-z"]+\s*$/i.exec(parts[1]!)?.[0].trim()
  const first = /[a-z"]\s*$/i.test(parts[0]!) || unit === undefined ? parts[0]! : `${parts[0]}${unit}`
  const from = parseLength(first).lengthMm
  const to = parseLength(parts[1]!).lengthMm
  if (!(from > 0) || to < from)
    fail(
      'INVALID_OPTION',
      `${flag} ${show(text)} must run from a width above 0 to a larger one, e.g. 80..250mm.`,
    )
  return [from, to]
}

/**
 * A material name, or a stack `wall+stiffener+lining` in millimetres (`1.2+0.5+0.4`, `1.2+0.5+0.4mm`). The bag layer
 * checks the name and the thicknesses (none negative) when the silhouette is defined.
 */
function readMaterial(text: string): MaterialName | MaterialStack {
  if (!text.includes('+')) return normaliseName(text) as MaterialName
  const parts = text
    .replace(/mm\s*$/i, '')
    .split('+')
    .map((p) => p.trim())
  const values = parts.map(Number)
  if (parts.length !== 3 || parts.some((p) => p === '') || values.some((v) => !Number.isFinite(v))) {
    fail(
      'INVALID_MATERIAL',
      `Cannot read --material ${show(text)} as wall+stiffener+lining in millimetres, e.g. 1.2+0.5+0.4; or give a name: structured-leather, soft-leather, coated-canvas, fabric, metal-frame.`,
    )
  }
  return { wallMm: values[0]!, stiffenerMm: values[1]!, liningMm: values[2]! }
}

function readHardware(text: string): HardwareKind[] {
  const names = text
    .split(',')
    .map((s) => normaliseName(s))
    .filter((s) => s !== '')
  if (names.length === 1 && names[0] === 'none') return []
  for (const name of names) {
    if (!(HARDWARE_KINDS as string[]).includes(name)) {
      fail(
        'INVALID_OPTION',
        `Unknown hardware ${show(name)} in --hardware: expected ${HARDWARE_KINDS.join(', ')} (comma-separated), or none.`,
      )
    }
  }
  return names as HardwareKind[]
}

function readWhole(value: unknown, flag: string, least: number, most: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < least || n > most)
    fail(
      'INVALID_OPTION',
      `${flag} must be a whole number of millimetres from ${least} to ${most}, got ${show(value)}.`,
    )
  return n
}

function listText(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : value === true ? '' : String(value)
}

// --- catalog lookups ---------------------------------------------------------------------------------------------

/** The silhouette of a catalog bag, with the flags' material and hardware (see src/services/silhouette.ts). */
async function readSilhouette(catalog: Catalog, flags: ScaleFlags): Promise<Silhouette> {
  return catalogSilhouette(catalog, flags.silhouette, {
    ...(flags.material !== undefined && { material: flags.material }),
    ...(flags.hardware !== undefined && { hardware: flags.hardware }),
  })
}

/**
 * The items of `--must-fit`: item ids and kit ids, each with an optional count (a kit's count multiplies its lines).
 * Counts add up per item. Unknown ids throw `ITEM_NOT_FOUND` with the closest item and kit ids.
 */
async function readMustFit(catalog: Catalog, text: string): Promise<FitItem[]> {
  const counts = new Map<string, { item: Item; count: number }>()
  const add = (item: Item, count: number) =>
    counts.set(item.id, { item, count: (counts.get(item.id)?.count ?? 0) + count })
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const match = /^(.+?)(?::(\d+))?$/.exec(entry)!
    const id = match[1]!
    const count = match[2] === undefined ? 1 : Number(match[2])
    if (count < 1 || count > 500)
      fail(
        'INVALID_INPUT',
        `Bad count in ${show(entry)}: expected a whole number from 1 to 500 after the colon.`,
      )
    const item = await catalog.find('items', id)
    if (item) {
      add(item, count)
      continue
    }
    const kit = await catalog.find('kits', id)
    if (kit) {
      for (const line of await catalog.kitItems(kit)) add(line.item, line.count * count)
      continue
    }
    const closest = closestIds(id, [
      ...(await catalog.closest('items', id)),
      ...(await catalog.closest('kits', id)),
    ])
    fail(
      'ITEM_NOT_FOUND',
      `Unknown item or kit id ${show(id)} in --must-fit. ${closest.length > 0 ? `Closest: ${closest.join(', ')}.` : 'See micropurse catalog list.'}`,
      { id, suggestions: closest },
    )
  }
  return [...counts.values()].map(({ item, count }) => {
    const size = itemSize(item)
    if (typeof size === 'string')
      fail(
        'INVALID_INPUT',
        `Item ${show(item.id)} has ${size}, so it cannot be packed; see micropurse catalog show ${item.id}.`,
      )
    return { id: item.id, size, count }
  })
}

function itemSize(item: Item): [number, number, number] | string {
  const { w, h, d } = item.dimsMm
  if (w === null || h === null || d === null) {
    const gaps = [w === null && 'width', h === null && 'height', d === null && 'depth'].filter(Boolean)
    return `no ${gaps.join(', ')} in the catalog (${item.dimsStatus})`
  }
  return [w, d, h]
}
