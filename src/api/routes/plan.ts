import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { applyWear, bagContainer, isWornByDefault, mergeItemEntries, parseContainerSpec } from '../../carry/index.js'
import type { CarryContainer, CarryItem, CarryProblem, ItemEntry } from '../../carry/index.js'
import type { Catalog } from '../../catalog/index.js'
import { fail, show } from '../../errors.js'
import { formatSize } from '../../geometry/units.js'
import { resolveCatalogBag } from '../../services/catalog-bag.js'
import { catalogThing } from '../../services/catalog-items.js'
import { solveContext } from '../solver-budget.js'
import { errorReplies } from '../schemas/common.js'
import { PlanBody, PlanReply } from '../schemas/plan.js'
import type { PlanBodyType } from '../schemas/plan.js'

/** `POST /api/plan`: how to carry things across a micro bag, pockets, a phone case, pouches and totes. */
export async function planRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    '/api/plan',
    {
      schema: {
        tags: ['plan'],
        summary: 'A carry plan: what goes where, fewest pieces, what stays behind and why',
        description:
          'Items with `size` are your own things, one per `id`; without it, `id` is a catalog item (listed again, its copies add up, as a kit\'s lines and items do). `kit` adds a catalog kit. Containers are objects as `planCarry` takes them, or text: `pocket:womens-jeans-front`, `pocket:coat`, `phone-case:3-cards`, `pouch`, `tote:38x42x10cm`, `bag:12x9x5cm`, or a catalog bag id (`@HOST` nests, `*N` repeats). `wear` names the containers you wear (default: a container\'s own `worn`, else every top-level bag); `only` says what a container may hold. Best plan: must-haves, then priority, then fewest pieces to carry, then the bags you wear filled, then your pockets. Solved in a worker thread.',
        body: PlanBody,
        response: { 200: PlanReply, ...errorReplies(400, 404, 413, 415, 429, 503) },
      },
    },
    async (request, reply) =>
      app.solver.plan(
        await carryProblem(app.catalog, request.body),
        solveContext(request, reply, app.solverBudget),
      ),
  )
}

/**
 * The carry problem of a request: catalog items, kits and bags looked up, text containers read, one item per name
 * (see `mergeItemEntries`), and what you wear and what each container may hold applied (see `applyWear`).
 */
async function carryProblem(catalog: Catalog, body: PlanBodyType): Promise<CarryProblem> {
  const entries: ItemEntry[] = []
  if (body.kit !== undefined) {
    const kit = await catalog.get('kits', body.kit)
    for (const { item, count } of await catalog.kitItems(kit))
      entries.push({ item: { ...(await fromCatalog(catalog, item.id)), count }, isCatalog: true, text: `kit ${body.kit}` })
  }
  for (const [i, { case: inCase, ...entry }] of (body.items ?? []).entries()) {
    const isCatalog = entry.size === undefined
    if (inCase !== undefined && !isCatalog) fail('INVALID_CARRY', `items[${i}] gives its own size and a case: give the size with its case on, or a catalog id with "case".`)
    const base = isCatalog ? await fromCatalog(catalog, entry.id, inCase) : { id: entry.id }
    const text = `items[${i}] (${show(entry.id)}${isCatalog ? ', from the catalog' : `, ${formatSize(entry.size!)}`})`
    entries.push({ item: { ...base, ...entry, id: base.id } as CarryItem, isCatalog, text })
  }
  if (entries.length === 0)
    fail('INVALID_CARRY', 'Nothing to carry: give "items" (catalog ids, or { id, size } in mm) and/or "kit".')
  const items = mergeItemEntries(entries, 'INVALID_CARRY')

  const containers: CarryContainer[] = []
  for (const entry of body.containers) {
    if (typeof entry !== 'string') {
      containers.push(entry)
      continue
    }
    for (const spec of parseContainerSpec(entry)) {
      if (spec.kind === 'built') {
        containers.push(...spec.containers)
        continue
      }
      // A catalog bag; `#2` marks a second one of the same model.
      const catalogId = spec.id.replace(/#\d+$/, '')
      const bag = await resolveCatalogBag(catalog, catalogId)
      const { w, h, d } = bag.spec.exteriorMm
      containers.push(
        bagContainer(spec.id, bag.interior.container, {
          // The size name without its commentary: "Petit (called 'Mini Le Chiquito' ...)" reads as "Petit".
          name: `${bag.label.split(' (')[0]}${spec.id === catalogId ? '' : ` ${spec.id.slice(catalogId.length)}`}`,
          source: `catalog ${bag.id}: outside ${formatSize([w, h, d])} (w × h × d); interior ${formatSize(bag.interior.container.size)} by the bag layer (${bag.interior.source})`,
          ...(spec.inside !== undefined && { inside: spec.inside, exterior: [w, d, h] }),
        }),
      )
    }
  }
  // Without "wear", a container's own `worn` where it says, else a top-level bag is worn (as on the command line).
  const worn = applyWear(
    containers,
    { ...(body.wear && { wear: body.wear }), ...(body.only && { only: body.only }) },
    isWornByDefault,
    'INVALID_CARRY',
    { wear: '"wear"', only: '"only"' },
  )
  return { items, containers: worn, ...(body.options && { options: body.options }) }
}

// A catalog thing as the planner takes it: turning by any angle, squeezable when soft, in its case when asked.
async function fromCatalog(catalog: Catalog, id: string, inCase?: true | string): Promise<CarryItem> {
  const { item, fit } = await catalogThing(catalog, { id, count: 1, ...(inCase !== undefined && { case: inCase }) }, 'INVALID_CARRY')
  return { id: fit.id, name: inCase === undefined ? item.name : `${item.name} in its case`, size: fit.size, rotate: 'free', ...(fit.minSize && { minSize: fit.minSize }), category: item.category === 'case' ? 'other' : item.category }
}
