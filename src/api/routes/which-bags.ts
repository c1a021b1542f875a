import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Bag, Catalog } from '../../catalog/index.js'
import { MicropurseError, fail, show } from '../../errors.js'
import type { FitItem } from '../../pack/types.js'
import { bagRoom } from '../../services/catalog-bag.js'
import { resolveItems, type ItemRef, type ResolvedItems } from '../../services/catalog-items.js'
import { essentialOf, styleBagFromCatalog } from '../../services/style-bag.js'
import { BAG_VERDICT_NODE_LIMIT } from '../../services/what-fits.js'
import { rankBags, type CapacityInput, type Essential } from '../../style/index.js'
import { API_LIMITS } from '../limits.js'
import { errorReplies } from '../schemas/common.js'
import { DEFAULT_BAG_TIME_LIMIT_MS, WhichBagsBody, WhichBagsReply, type Verdict, type WhichBagsBodyType } from '../schemas/which-bags.js'
import { solveContext } from '../solver-budget.js'

/** Most bags solved at once: keeps the solver's queue short for other requests. */
const CONCURRENCY = 4

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
        description: `Things by catalog id or by size. Each bag is solved with \`options.nodeLimit\` work units (default ${BAG_VERDICT_NODE_LIMIT}, so verdicts are the same on any machine) and \`options.timeLimitMs\` as a safety net (default ${DEFAULT_BAG_TIME_LIMIT_MS} ms); past ${API_LIMITS.whatFitsBudgetMs} ms for the whole request the rest answer \`unknown\`. With \`style\`, each bag that has a width is also scored by the styling advisor for that outfit, in that colour.`,
        body: WhichBagsBody,
        response: { 200: WhichBagsReply, ...errorReplies(400, 404, 413, 415, 429, 503) },
      },
    },
    async (request, reply) => {
      const body = request.body
      const context = solveContext(request, reply, app.solverBudget)
      const { items, statuses } = await fitItems(app.catalog, body.items)
      const timeLimitMs = body.options?.timeLimitMs ?? DEFAULT_BAG_TIME_LIMIT_MS
      const nodeLimit = body.options?.nodeLimit ?? BAG_VERDICT_NODE_LIMIT
      const bags = await app.catalog.list('bags')
      const deadline = performance.now() + app.listBudgetMs
      const results = await mapLimited(bags, CONCURRENCY, async (bag): Promise<Verdict> => {
        const room = bagRoom(bag)
        if (room.kind === 'unknown') return { bag: summary(bag, null), status: 'unknown-size', reason: `size unknown: ${room.reason}` }
        const base = summary(bag, room.interior.volumeMl)
        if (performance.now() > deadline) {
          return { bag: base, status: 'unknown', reason: `not tried: the ${app.listBudgetMs} ms budget for the whole list ran out` }
        }
        try {
          const problem = { container: room.interior.container, items, options: { timeLimitMs, nodeLimit } }
          // Each bag's time limit counts from when it is tried, not from when the request came; the verdict and how
          // close it is are one task.
          const { answer, closeness } = await app.solver.bagVerdict(problem, { bag: bag.dimsStatus, items: statuses }, { ...context, arrivedAt: performance.now() })
          return { bag: base, status: answer.status, reason: answer.reason, closeness }
        } catch (error) {
          // A busy solver leaves this bag undecided; anything else is the bag layer's (walls that leave no room).
          if (error instanceof MicropurseError && error.code === 'SERVER_BUSY') return { bag: base, status: 'unknown', reason: `not tried: ${error.message}` }
          return { bag: base, status: 'unknown-size', reason: `size unknown: ${(error as Error).message}` }
        }
      })
      if (body.style) addStyle(results, bags, body.style, await essentials(app.catalog, body.items))
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

/**
 * The things as fit items: catalog ids as the catalog gives them (turning by any angle, soft ones squeezable, in a
 * case when asked: `resolveItems`), things of your own by size turning by any angle too. Two things of your own with
 * one name, or one with a catalog thing's name, are refused.
 */
async function fitItems(catalog: Catalog, refs: WhichBagsBodyType['items']): Promise<ResolvedItems> {
  const byCatalog: ItemRef[] = []
  const own: FitItem[] = []
  for (const ref of refs) {
    if (typeof ref === 'string') byCatalog.push({ id: ref, count: 1 })
    else if ('size' in ref) own.push({ id: ref.id, size: ref.size, count: ref.count ?? 1, rotate: 'free' })
    else byCatalog.push({ id: ref.id, count: ref.count ?? 1, ...(ref.case !== undefined && { case: ref.case }) })
  }
  const resolved = byCatalog.length > 0 ? await resolveItems(catalog, byCatalog) : { items: [], statuses: new Map() }
  const names = new Set(resolved.items.map((i) => i.id))
  for (const item of own) {
    if (names.has(item.id)) fail('INVALID_INPUT', `Two things are called ${show(item.id)}: give each thing its own name.`)
    names.add(item.id)
  }
  return { items: [...resolved.items, ...own], statuses: resolved.statuses }
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

/** Which essential each of the things is, one entry per thing carried (a count of two is two entries). */
async function essentials(catalog: Catalog, refs: WhichBagsBodyType['items']): Promise<Essential[]> {
  const out: Essential[] = []
  for (const ref of refs) {
    const id = typeof ref === 'string' ? ref : ref.id
    const count = typeof ref === 'string' ? 1 : (ref.count ?? 1)
    const essential = typeof ref !== 'string' && 'size' in ref ? 'other' : essentialOf(await catalog.get('items', id))
    for (let i = 0; i < count; i++) out.push(essential)
  }
  return out
}

/**
 * Scores every bag with a width for the outfit (the styling advisor's ranking), in place. A bag that holds the things
 * has a known capacity for them (each in the bag); for the others the verdict says what is known, and the advisor
 * judges their capacity unknown.
 */
function addStyle(results: Verdict[], bags: readonly Bag[], style: NonNullable<WhichBagsBodyType['style']>, things: readonly Essential[]): void {
  const usable = bags.filter((b) => b.exteriorMm.w !== null)
  const capacities: Record<string, CapacityInput> = {}
  for (const result of results) {
    if (result.status === 'fits') capacities[result.bag.id] = { kind: 'placed', items: things.map((essential) => ({ essential, where: 'bag' })) }
  }
  const ranked = rankBags(
    usable.map((b) => styleBagFromCatalog(b, style.colour)),
    { outfit: style.outfit, ...(style.occasion !== undefined && { occasion: style.occasion }), capacities },
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
