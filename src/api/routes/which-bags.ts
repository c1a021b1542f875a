import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Static } from 'typebox'
import type { Bag, Catalog, Item } from '../../catalog/index.js'
import { fail, show } from '../../errors.js'
import type { FitItem, Vec3 as Vec3Mm } from '../../pack/types.js'
import { bagRoom, itemFitSize } from '../../services/catalog-bag.js'
import { styleBagFromCatalog } from '../../services/style-bag.js'
import { OCCASIONS, rankBags } from '../../style/index.js'
import { API_LIMITS } from '../limits.js'
import { CatalogId, StringEnum, TimeLimitMs, Vec3, errorReplies } from '../schemas/common.js'
import { Outfit as OutfitSchema } from '../schemas/style.js'

/** Time limit per bag by default, ms: micro-bag fits decide in well under a millisecond; a hard one says unknown. */
const DEFAULT_BAG_TIME_LIMIT_MS = 200
/** Most bags solved at once: keeps the solver's queue short for other requests. */
const CONCURRENCY = 4

const ThingRef = Type.Union([
  CatalogId,
  Type.Object(
    {
      id: CatalogId,
      count: Type.Optional(Type.Integer({ minimum: 1, maximum: API_LIMITS.maxCount })),
      case: Type.Optional(
        Type.Union([Type.Literal(true), CatalogId], {
          description: "In its case: true for the catalog's standard case for the thing's category, or a case's id.",
        }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      id: Type.String({ minLength: 1, maxLength: 200 }),
      size: Vec3,
      count: Type.Optional(Type.Integer({ minimum: 1, maximum: API_LIMITS.maxCount })),
    },
    { additionalProperties: false },
  ),
])

const WhichBagsBody = Type.Object(
  {
    items: Type.Array(ThingRef, {
      minItems: 1,
      maxItems: API_LIMITS.maxItemKinds,
      description:
        'Catalog item ids, `{ id, count, case? }` (in its case: `true` or a case id, CONTRACTS.md), or things of your own `{ id, size: [w, d, h], count }` (mm).',
    }),
    options: Type.Optional(
      Type.Object(
        {
          timeLimitMs: Type.Optional(
            TimeLimitMs(API_LIMITS.maxWhatFitsTimeLimitMs, `Time limit per bag, ms (default ${DEFAULT_BAG_TIME_LIMIT_MS}).`),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    style: Type.Optional(
      Type.Object(
        {
          colour: Type.String({ minLength: 1, maxLength: 100, description: 'The bag colour every bag is judged in.' }),
          outfit: OutfitSchema,
          occasion: Type.Optional(StringEnum(OCCASIONS)),
        },
        { additionalProperties: false, description: 'Also score each bag with the styling advisor (rankBags).' },
      ),
    ),
  },
  { additionalProperties: false, title: 'Which bags fit these things' },
)

type WhichBagsBodyType = Static<typeof WhichBagsBody>

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

const BagSummary = Type.Object({
  id: Type.String(),
  label: Type.String(),
  brand: Type.String(),
  model: Type.String(),
  sizeName: Nullable(Type.String()),
  shape: Nullable(Type.String()),
  exteriorMm: Type.Object({ w: Nullable(Type.Number()), h: Nullable(Type.Number()), d: Nullable(Type.Number()) }),
  dimsStatus: Type.String(),
  isReferenceOnly: Type.Boolean(),
  price: Nullable(Type.Object({ amount: Type.Number(), currency: Type.String(), year: Nullable(Type.Number()) })),
  priceConverted: Type.Optional(Nullable(Type.Object({}, { additionalProperties: true }))),
  volumeMl: Nullable(Type.Number()),
})

const BagVerdict = Type.Object({
  bag: BagSummary,
  status: StringEnum(['fits', 'does-not-fit', 'unknown', 'unknown-size'] as const),
  reason: Type.String(),
  closeness: Type.Optional(Type.Object({}, { additionalProperties: true })),
  style: Type.Optional(Type.Object({ overall: Type.Number(), verdict: Type.String(), headline: Type.String() })),
})

const WhichBagsReply = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), size: Type.Array(Type.Number()), count: Type.Integer() })),
  counts: Type.Object({
    fits: Type.Integer(),
    doesNotFit: Type.Integer(),
    unknown: Type.Integer(),
    unknownSize: Type.Integer(),
    total: Type.Integer(),
  }),
  results: Type.Array(BagVerdict),
})

type Verdict = Static<typeof BagVerdict>

/**
 * `POST /api/which-bags`: the reverse of what-fits. Given the things someone carries, every catalog bag, each with
 * its verdict and the reason for each that does not hold them; optionally scored for an outfit by the styling
 * advisor. Read-only. Bags whose inside cannot be worked out answer `unknown-size`; past the whole request's budget
 * the rest answer `unknown`.
 */
export async function whichBagsRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    '/api/which-bags',
    {
      schema: {
        tags: ['fit'],
        summary: 'Which catalog bags hold these things? Every bag with its verdict, and why not for each that does not',
        description: `Things by catalog id or by size. Each bag is solved with \`options.timeLimitMs\` (default ${DEFAULT_BAG_TIME_LIMIT_MS} ms); past ${API_LIMITS.whatFitsBudgetMs} ms for the whole request the rest answer \`unknown\`. With \`style\`, each bag that has a width is also scored by the styling advisor for that outfit, in that colour.`,
        body: WhichBagsBody,
        response: { 200: WhichBagsReply, ...errorReplies(400, 404, 413, 415, 429, 503) },
      },
    },
    async (request) => {
      const body = request.body
      const items = await fitItems(app.catalog, body.items)
      const timeLimitMs = body.options?.timeLimitMs ?? DEFAULT_BAG_TIME_LIMIT_MS
      const bags = await app.catalog.list('bags')
      const deadline = performance.now() + API_LIMITS.whatFitsBudgetMs
      const results = await mapLimited(bags, CONCURRENCY, async (bag): Promise<Verdict> => {
        const room = bagRoom(bag)
        if (room.kind === 'unknown') return { bag: summary(bag, null), status: 'unknown-size', reason: `size unknown: ${room.reason}` }
        const base = summary(bag, room.interior.volumeMl)
        if (performance.now() > deadline) {
          return { bag: base, status: 'unknown', reason: `not tried: the ${API_LIMITS.whatFitsBudgetMs} ms budget for the whole list ran out` }
        }
        try {
          const answer = await app.solver.fit({ container: room.interior.container, items, options: { timeLimitMs } })
          const verdict: Verdict = { bag: base, status: answer.status, reason: answer.reason }
          const closeness = (answer as { closeness?: Record<string, unknown> }).closeness
          if (closeness) verdict.closeness = closeness
          return verdict
        } catch (error) {
          // A bag the bag layer cannot use (walls leave no room) says so rather than failing the whole list.
          return { bag: base, status: 'unknown-size', reason: `size unknown: ${(error as Error).message}` }
        }
      })
      if (body.style) addStyle(results, bags, body.style)
      const count = (status: Verdict['status']) => results.filter((r) => r.status === status).length
      return {
        items: items.map((i) => ({ id: i.id, size: [...i.size], count: i.count ?? 1 })),
        counts: {
          fits: count('fits'),
          doesNotFit: count('does-not-fit'),
          unknown: count('unknown'),
          unknownSize: count('unknown-size'),
          total: results.length,
        },
        results,
      }
    },
  )
}

/** The things as fit items: catalog ids looked up (counts of one id added up), sizes given as they are. */
async function fitItems(catalog: Catalog, refs: WhichBagsBodyType['items']): Promise<FitItem[]> {
  const out: FitItem[] = []
  const seen = new Map<string, FitItem>()
  for (const ref of refs) {
    const entry: { id: string; count?: number; size?: Vec3Mm; case?: true | string } =
      typeof ref === 'string' ? { id: ref } : (ref)
    const count = entry.count ?? 1
    if (entry.size !== undefined) {
      if (seen.has(entry.id)) fail('INVALID_INPUT', `Two things are called ${show(entry.id)}: give each thing its own name.`)
      const item: FitItem = { id: entry.id, size: entry.size, count }
      seen.set(entry.id, item)
      out.push(item)
      continue
    }
    const fitId = entry.case === undefined ? entry.id : `${entry.id}+${entry.case === true ? 'case' : entry.case}`
    const known = seen.get(fitId)
    if (known) {
      known.count = (known.count ?? 1) + count
      continue
    }
    const record = await catalog.get('items', entry.id)
    let size = itemFitSize(record)
    if (typeof size === 'string') {
      fail('INVALID_INPUT', `Item ${show(entry.id)} has ${size}, so it cannot be packed; give its size instead: { "id": ..., "size": [w, d, h] }.`)
    }
    if (entry.case !== undefined) size = inCase(size, record.category, await caseOf(catalog, record.category, entry.case), entry.id)
    const item: FitItem = { id: fitId, size, count }
    seen.set(fitId, item)
    out.push(item)
  }
  return out
}

/** The case a thing goes in: the standard one for its category, or the one named; refused when there is none. */
async function caseOf(catalog: Catalog, category: string, which: true | string): Promise<Item> {
  if (which !== true) {
    const named = await catalog.get('items', which)
    if (named.category !== 'case' || !named.caseAddsMm) fail('INVALID_INPUT', `Item ${show(which)} is not a case: name a catalog case, e.g. "phone-case-slim".`)
    return named
  }
  const standard = (await catalog.list('items')).find(
    (i) => i.category === 'case' && i.caseAddsMm && i.details.caseFor === category && i.details.isStandardCase === true,
  )
  if (!standard) fail('INVALID_INPUT', `The catalog has no standard case for a ${category}: name a case by its id instead.`)
  return standard
}

/** A thing's [w, d, h] grown by what its case adds to each side (CONTRACTS.md). */
function inCase(size: Vec3Mm, category: string, c: Item, id: string): Vec3Mm {
  const forCategory = c.details.caseFor
  if (typeof forCategory === 'string' && forCategory !== category) {
    fail('INVALID_INPUT', `${show(c.id)} is a case for a ${forCategory}, not for ${show(id)} (a ${category}).`)
  }
  const adds = c.caseAddsMm!
  return [size[0] + (adds.w ?? 0), size[1] + (adds.d ?? 0), size[2] + (adds.h ?? 0)]
}

function summary(bag: Bag, volumeMl: number | null): Verdict['bag'] {
  const converted = (bag as Bag & { priceConverted?: Record<string, unknown> | null }).priceConverted
  return {
    id: bag.id,
    label: [bag.brand, bag.model, bag.sizeName].filter(Boolean).join(' '),
    brand: bag.brand,
    model: bag.model,
    sizeName: bag.sizeName,
    shape: bag.shape,
    exteriorMm: { ...bag.exteriorMm },
    dimsStatus: bag.dimsStatus,
    isReferenceOnly: bag.isReferenceOnly,
    price: bag.price ? { amount: bag.price.amount, currency: bag.price.currency, year: bag.price.year } : null,
    ...(converted !== undefined && { priceConverted: converted }),
    volumeMl,
  }
}

/** Scores every bag with a width for the outfit (the styling advisor's ranking), in place. */
function addStyle(results: Verdict[], bags: readonly Bag[], style: NonNullable<WhichBagsBodyType['style']>): void {
  const usable = bags.filter((b) => b.exteriorMm.w !== null)
  const ranked = rankBags(
    usable.map((b) => styleBagFromCatalog(b, style.colour)),
    { outfit: style.outfit, ...(style.occasion !== undefined && { occasion: style.occasion }) },
  )
  const byId = new Map(ranked.map((r) => [r.bagId, r]))
  for (const result of results) {
    const row = byId.get(result.bag.id)
    if (row) result.style = { overall: row.overall, verdict: row.verdict, headline: row.headline }
  }
}

/** `f` over `values`, at most `limit` at a time, results in input order. */
async function mapLimited<T, R>(values: readonly T[], limit: number, f: (value: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(values.length)
  let next = 0
  const worker = async () => {
    while (next < values.length) {
      const i = next++
      out[i] = await f(values[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker))
  return out
}
