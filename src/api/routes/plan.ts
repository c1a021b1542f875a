import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { bagContainer, parseContainerSpec } from '../../carry/index.js'
import type { CarryContainer, CarryItem, CarryProblem } from '../../carry/index.js'
import type { Catalog } from '../../catalog/index.js'
import { fail, show } from '../../errors.js'
import { formatSize } from '../../geometry/units.js'
import { itemFitSize, resolveCatalogBag } from '../../services/catalog-bag.js'
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
          'Items with `size` are taken as given; without it, `id` is a catalog item. `kit` adds a catalog kit. Containers are objects as `planCarry` takes them, or text: `pocket:womens-jeans-front`, `phone-case:3-cards`, `pouch`, `tote:38x42x10cm`, `bag:12x9x5cm`, or a catalog bag id (`@HOST` nests, `*N` repeats). Solved in a worker thread.',
        body: PlanBody,
        response: { 200: PlanReply, ...errorReplies(400, 404, 413, 415, 429, 503) },
      },
    },
    async (request) => app.solver.plan(await carryProblem(app.catalog, request.body)),
  )
}

/** The carry problem of a request: catalog items, kits and bags looked up, text containers read. */
export async function carryProblem(catalog: Catalog, body: PlanBodyType): Promise<CarryProblem> {
  const items: CarryItem[] = []
  const add = (item: CarryItem) => {
    const same = items.find((it) => it.id === item.id)
    if (same) same.count = (same.count ?? 1) + (item.count ?? 1)
    else items.push(item)
  }
  if (body.kit !== undefined) {
    const kit = await catalog.get('kits', body.kit)
    for (const { item, count } of await catalog.kitItems(kit))
      add({ ...(await fromCatalog(catalog, item.id)), count })
  }
  for (const entry of body.items ?? []) {
    const base = entry.size === undefined ? await fromCatalog(catalog, entry.id) : { id: entry.id }
    add({ ...base, ...entry } as CarryItem)
  }
  if (items.length === 0)
    fail('INVALID_CARRY', 'Nothing to carry: give "items" (catalog ids, or { id, size } in mm) and/or "kit".')

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
          name: bag.label,
          source: `catalog ${bag.id}: outside ${formatSize([w, h, d])} (w × h × d); interior ${formatSize(bag.interior.container.size)} by the bag layer (${bag.interior.source})`,
          ...(spec.inside !== undefined && { inside: spec.inside, exterior: [w, d, h] }),
        }),
      )
    }
  }
  return { items, containers, ...(body.options && { options: body.options }) }
}

async function fromCatalog(catalog: Catalog, id: string): Promise<CarryItem> {
  const item = await catalog.get('items', id)
  const size = itemFitSize(item)
  if (typeof size === 'string')
    fail(
      'INVALID_CARRY',
      `Item ${show(id)} has ${size}: give its size, e.g. { "id": "${id}", "size": [20, 20, 70] }.`,
    )
  return { id: item.id, name: item.name, size, category: item.category === 'case' ? 'other' : item.category }
}
