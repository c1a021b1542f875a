import { bagInterior } from '../../bag/index.js'
import { applyWear, bagContainer, CARRY_CATEGORIES, DEFAULT_PRIORITY, isWornByDefault, mergeItemEntries, parseContainerSpec, parseOnly, planCarry } from '../../carry/index.js'
import type { CarryCategory, CarryContainer, CarryItem, CarryPlan, ContainerSpec, ItemEntry } from '../../carry/index.js'
import { openCatalog } from '../../catalog/index.js'
import type { Catalog } from '../../catalog/index.js'
import { catalogThing } from '../../services/catalog-items.js'
import { fail, show } from '../../errors.js'
import { formatSize, parseSize } from '../../geometry/units.js'
import type { Vec3 } from '../../pack/types.js'
import type { ParsedOptions } from '../command.js'
import { err, out, outJson } from '../output.js'
import { catalogBagToSpec } from '../../services/catalog-bag.js'
import { readTimeLimit } from './limits.js'

/** One entry of `--items` as typed: `NAME[=SIZE][@CATEGORY][*N][!]`. */
interface TypedEntry {
  text: string
  name: string
  sizeText?: string
  category?: CarryCategory
  count: number
  mustHave: boolean
}

const ITEM_ENTRY = /^([^=@*!]+?)\s*(?:=\s*([^@*!]+?))?\s*(?:@\s*([a-z]+))?\s*(?:\*\s*(\d+))?\s*(!)?$/i

/** Words in an item's own name that say its category (for items typed with a size). */
const CATEGORY_WORDS: [CarryCategory, RegExp][] = [
  ['phone', /phone|iphone|pixel|galaxy|smartphone/],
  ['card', /card|wallet|id\b|licen[cs]e|passport/],
  ['cash', /cash|coin|note|bill|money/],
  ['keys', /key|fob|airtag/],
  ['audio', /airpod|earbud|headphone|buds/],
  ['eyewear', /glasses|eyewear|spectacle/],
  ['cosmetics', /lip|balm|compact|powder|mascara|perfume|sanitiser|sanitizer|cosmetic|gloss|mirror/],
  ['food', /mint|candy|gum|snack|sweet/],
]

/** Runs `micropurse plan`: reads the flags, resolves catalog ids, plans, prints the plan. */
export async function runPlan(options: ParsedOptions): Promise<number> {
  // 1. Read every flag before touching the catalog.
  const entries = listOf(options.items, '--items').map(readItemEntry)
  const kitId = options.kit === undefined ? undefined : String(options.kit)
  if (entries.length === 0 && kitId === undefined) {
    fail('INVALID_INPUT', 'Nothing to carry: give --items (e.g. --items apple-iphone-15,lipstick) or --kit (e.g. --kit essentials).')
  }
  const carryText = listOf(options.carry, '--carry')
  if (carryText.length === 0) {
    fail('INVALID_INPUT', 'No containers: give --carry, e.g. --carry jacquemus-le-petit-chiquito,pocket:womens-jeans-front,phone-case:3-cards,tote.')
  }
  const specs = carryText.flatMap(parseContainerSpec)
  const wear = options.wear === undefined ? undefined : listOf(options.wear, '--wear')
  const only = options.only === undefined ? undefined : parseOnly(listOf(options.only, '--only'), 'INVALID_INPUT')
  const must = listOf(options.must, '--must')
  const priorities = readPriorities(options.priority)
  const timeLimitMs = readTimeLimit(options.timeLimit)

  // 2. Resolve ids through the catalog, only when some need it.
  const needsCatalog = kitId !== undefined || entries.some((e) => e.sizeText === undefined) || specs.some((s) => s.kind === 'bag-id')
  const db = options.db === undefined ? undefined : String(options.db)
  let items: CarryItem[]
  let containers: CarryContainer[]
  const catalog = needsCatalog ? await openCatalog({ ...(db !== undefined && { db }) }) : null
  try {
    if (catalog?.opened.seeded) err(`Created the catalog ${catalog.location} from the seed data.`)
    items = await resolveItems(entries, kitId, catalog)
    containers = await resolveContainers(specs, catalog)
  } finally {
    await catalog?.close()
  }
  // What you wear (by default the bags named by id or size) and what some containers may hold.
  containers = applyWear(containers, { ...(wear && { wear }), ...(only && { only }) }, isWornByDefault, 'INVALID_INPUT', { wear: '--wear', only: '--only' })

  // 3. Must-haves and priorities by id.
  const ids = new Set(items.map((it) => it.id))
  for (const id of [...must, ...priorities.keys()]) {
    if (!ids.has(id)) fail('INVALID_INPUT', `${show(id)} in --must or --priority is not one of the things to carry: ${[...ids].join(', ')}.`)
  }
  items = items.map((it) => ({
    ...it,
    ...(must.includes(it.id) ? { mustHave: true } : {}),
    ...(priorities.has(it.id) ? { priority: priorities.get(it.id)! } : {}),
  }))

  // 4. Plan and print.
  const plan = planCarry({ items, containers, ...(timeLimitMs === undefined ? {} : { options: { timeLimitMs } }) })
  if (options.json === true) outJson(plan)
  else out(formatPlan(plan, items, containers))
  return 0
}

/** The plan for people: container by container with why each holds what it does, then what stays behind and why. */
export function formatPlan(plan: CarryPlan, items: CarryItem[], containers: CarryContainer[]): string {
  const lines: string[] = []
  const name = (id: string) => items.find((it) => it.id === id)?.name ?? containers.find((c) => c.id === id)?.name ?? id
  const headline = {
    'all-carried': 'Everything is carried',
    'some-left': 'Every must-have is carried; some things stay behind',
    'must-have-left': 'Not every must-have can be carried',
  }[plan.status]
  const pieces = plan.pieces.length
  const worn = plan.containers.some((c) => c.worn) ? ' besides what you wear' : ''
  lines.push(
    `${headline}: ${pieces} piece${pieces === 1 ? '' : 's'} to carry${worn} (${plan.exact ? 'proven best plan' : 'best plan found in the time allowed, not proven best'}).`,
  )

  // Containers in the order given (a phone case's slots follow it), each with why it holds what it does.
  for (const cp of plan.containers) {
    const tags = [cp.kind, ...(cp.worn ? ['worn'] : []), ...(cp.inside === undefined ? [] : [`inside ${name(cp.inside)}`])]
    lines.push('', `${cp.name} [${tags.join(', ')}], ${Math.round(cp.fill * 100)} % of its free volume used`)
    for (const { id, count } of cp.contents) lines.push(`  ${count} × ${name(id)}`)
    for (const out of cp.standingOut ?? []) lines.push(`  The ${name(out.id)} stands ${out.mm} mm out of the top (${Math.round(out.share * 100)} % of its height).`)
    lines.push(`  Why: ${cp.why}`)
  }
  if (plan.unused.length > 0) lines.push('', `Not needed: ${plan.unused.map((u) => `${u.name} (${u.reason})`).join('; ')}.`)
  if (plan.leftBehind.length > 0) {
    lines.push('', 'Left behind:')
    for (const left of plan.leftBehind) {
      lines.push(`  ${left.count} × ${left.name}${left.mustHave ? ' (must-have)' : ''}: ${left.reason}`)
    }
  }
  if (plan.mustHaveProof) lines.push('', `Why the must-haves cannot all go: ${plan.mustHaveProof}`)
  lines.push(
    '',
    `Must-haves carried: ${plan.mustHaves.carried} of ${plan.mustHaves.total}. Priority carried: ${round(plan.carriedPriority)} of ${round(plan.totalPriority)}` +
      (plan.exact ? '' : ` (no plan carries more than ${round(plan.priorityBound)})`) +
      (plan.containers.some((c) => c.worn && c.kind !== 'pocket') ? `, ${round(plan.wornPriority)} of it in the bags you wear.` : '.'),
  )
  // Where each size comes from.
  const used = new Set(plan.containers.map((c) => c.id))
  const sources = containers.filter((c) => used.has(c.id) && c.source).map((c) => `  ${c.name ?? c.id}: ${c.source}`)
  if (sources.length > 0) lines.push('', 'Sizes:', ...sources)
  lines.push('', `Searched ${plan.stats.nodes.toLocaleString('en-US')} steps with ${plan.stats.fitChecks} fit checks in ${Math.round(plan.stats.elapsedMs)} ms.`)
  return lines.join('\n')
}

async function resolveItems(entries: TypedEntry[], kitId: string | undefined, catalog: Catalog | null): Promise<CarryItem[]> {
  // Every entry first (a kit's lines, then --items), then one item per name: see mergeItemEntries.
  const list: ItemEntry[] = []
  if (kitId !== undefined) {
    const kit = await catalog!.get('kits', kitId)
    for (const line of await catalog!.kitItems(kit)) list.push({ item: { ...(await fromCatalog(catalog!, line.item.id)), count: line.count }, isCatalog: true, text: `kit ${kitId}` })
  }
  for (const entry of entries) {
    const isCatalog = entry.sizeText === undefined
    const base: CarryItem = isCatalog
      ? await fromCatalog(catalog!, entry.name)
      : { id: entry.name, size: readItemSize(entry), category: entry.category ?? guessCategory(entry.name) }
    const item = { ...base, ...(entry.category ? { category: entry.category } : {}), count: entry.count, ...(entry.mustHave ? { mustHave: true } : {}) }
    list.push({ item, isCatalog, text: show(entry.text) })
  }
  return mergeItemEntries(list, 'INVALID_INPUT')
}

// A catalog thing (`ID` or `ID+case`, `ID+CASE_ID`) as the planner takes it: turning by any angle, squeezable when
// soft, in its case if asked.
async function fromCatalog(catalog: Catalog, name: string): Promise<CarryItem> {
  const [id, caseName] = name.split('+') as [string, string | undefined]
  const { item, fit } = await catalogThing(catalog, { id: id.trim(), count: 1, ...(caseName !== undefined && { case: caseName.trim() === 'case' ? true : caseName.trim() }) })
  return { id: fit.id, name: caseName === undefined ? item.name : `${item.name} in its case`, size: fit.size, rotate: 'free', ...(fit.minSize && { minSize: fit.minSize }), category: item.category === 'case' ? 'other' : item.category }
}

async function resolveContainers(specs: ContainerSpec[], catalog: Catalog | null): Promise<CarryContainer[]> {
  const out: CarryContainer[] = []
  for (const spec of specs) {
    if (spec.kind === 'built') {
      out.push(...spec.containers)
      continue
    }
    // A bag id: the catalog's sizes through the bag layer. `#2` marks a second bag of the same model.
    const catalogId = spec.id.replace(/#\d+$/, '')
    const bag = await catalog!.get('bags', catalogId)
    const bagSpec = catalogBagToSpec(bag)
    if ('missing' in bagSpec) {
      fail('INVALID_CARRY', `Bag ${show(catalogId)} has ${bagSpec.missing}: give its outside size instead, e.g. bag:12x9x5cm (width × height × depth).`)
    }
    const interior = bagInterior(bagSpec)
    const { w, h, d } = bagSpec.exteriorMm
    out.push(
      bagContainer(spec.id, interior.container, {
        name: `${bag.brand} ${bag.model}${bag.sizeName ? ` (${bag.sizeName.split(' (')[0]})` : ''}${spec.id === catalogId ? '' : ` ${spec.id.slice(catalogId.length)}`}`,
        source: `catalog ${bag.id}: outside ${formatSize([w, h, d])} (w × h × d, ${bag.dimsStatus}); interior ${formatSize(interior.container.size)} by the bag layer (${interior.source})`,
        ...(spec.inside === undefined ? {} : { inside: spec.inside, exterior: [w, d, h] as Vec3 }),
      }),
    )
  }
  return out
}

function readItemEntry(text: string): TypedEntry {
  const match = ITEM_ENTRY.exec(text.trim())
  if (!match) {
    fail('INVALID_INPUT', `Cannot read ${show(text)} in --items: expected NAME[=SIZE][@CATEGORY][*N][!], e.g. apple-iphone-15!, card*2 or charger=60x30x25mm@other.`)
  }
  const [, name, sizeText, category, count, bang] = match
  if (category !== undefined && !CARRY_CATEGORIES.includes(category.toLowerCase() as CarryCategory)) {
    fail('INVALID_INPUT', `Unknown category ${show(category)} in ${show(text)}: expected one of ${CARRY_CATEGORIES.join(', ')}.`)
  }
  const n = count === undefined ? 1 : Number(count)
  if (n < 1 || n > 100) fail('INVALID_INPUT', `${show(text)}: the count after "*" must be from 1 to 100, got ${n}.`)
  return {
    text: text.trim(),
    name: name!.trim(),
    ...(sizeText === undefined ? {} : { sizeText }),
    ...(category === undefined ? {} : { category: category.toLowerCase() as CarryCategory }),
    count: n,
    mustHave: bang !== undefined,
  }
}

function readItemSize(entry: TypedEntry): Vec3 {
  const parsed = parseSize(entry.sizeText!)
  if (!/[a-z"]\s*$/i.test(entry.sizeText!)) err(`Read ${entry.name}=${entry.sizeText} in millimetres.`)
  return parsed.sizeMm as Vec3
}

function guessCategory(name: string): CarryCategory {
  const lower = name.toLowerCase()
  return CATEGORY_WORDS.find(([, re]) => re.test(lower))?.[0] ?? 'other'
}

function readPriorities(value: unknown): Map<string, number> {
  const out = new Map<string, number>()
  for (const entry of listOf(value, '--priority')) {
    const [id, v] = entry.split('=')
    const n = Number(v)
    if (!id || v === undefined || !Number.isFinite(n) || n <= 0) {
      fail('INVALID_INPUT', `Cannot read ${show(entry)} in --priority: expected ID=NUMBER above 0, e.g. lipstick=8 (defaults: ${Object.entries(DEFAULT_PRIORITY).map(([c, p]) => `${c} ${p}`).join(', ')}).`)
    }
    out.set(id.trim(), n)
  }
  return out
}

/** A comma-separated flag as a list (a flag given twice counts as both lists). */
function listOf(value: unknown, flag: string): string[] {
  if (value === undefined) return []
  if (value === true || value === '') fail('INVALID_INPUT', `${flag} needs a value.`)
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','))
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}

function round(v: number): number {
  return Math.round(v * 100) / 100
}
