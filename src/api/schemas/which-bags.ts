import { Type } from 'typebox'
import type { Static } from 'typebox'
import { OCCASIONS } from '../../style/index.js'
import { API_LIMITS } from '../limits.js'
import { CatalogId, StringEnum, TimeLimitMs, Vec3 } from './common.js'
import { Closeness } from './fit.js'
import { BAG_VERDICT_NODE_LIMIT } from '../../services/what-fits.js'
import { Outfit as OutfitSchema } from './style.js'


/**
 * Time limit per bag by default, ms: a safety net that keeps the whole list within its budget on a busy machine;
 * the node limit is what decides (100,000 units take well under it on an idle core).
 */
export const DEFAULT_BAG_TIME_LIMIT_MS = 200

/** A thing to carry: a catalog id, `{ id, count, case? }`, or a thing of your own by size. */
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

export const WhichBagsBody = Type.Object(
  {
    items: Type.Array(ThingRef, {
      minItems: 1,
      maxItems: API_LIMITS.maxItemKinds,
      description:
        'Catalog item ids, `{ id, count, case? }` (in its case: `true` for the standard case of its kind, or a case id), or things of your own `{ id, size: [w, d, h], count }` (mm).',
    }),
    options: Type.Optional(
      Type.Object(
        {
          timeLimitMs: Type.Optional(
            TimeLimitMs(API_LIMITS.maxWhatFitsTimeLimitMs, `Time limit per bag, ms (default ${DEFAULT_BAG_TIME_LIMIT_MS}).`),
          ),
          nodeLimit: Type.Optional(
            Type.Integer({
              minimum: 1,
              maximum: BAG_VERDICT_NODE_LIMIT * 10,
              description: `Work per bag in work units (default ${BAG_VERDICT_NODE_LIMIT}): with it each verdict is the same on any machine.`,
            }),
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

export type WhichBagsBodyType = Static<typeof WhichBagsBody>

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

/** A catalog bag as which-bags lists it: what it is, its size and price, and its free volume. */
export const BagSummary = Type.Object({
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

/** One bag\'s verdict on the things. */
const BagVerdict = Type.Object({
  bag: BagSummary,
  status: StringEnum(['fits', 'does-not-fit', 'unknown', 'unknown-size'] as const),
  reason: Type.String(),
  closeness: Type.Optional(Closeness),
  style: Type.Optional(Type.Object({ overall: Type.Number(), verdict: Type.String(), headline: Type.String() })),
})

export const WhichBagsReply = Type.Object({
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

export type Verdict = Static<typeof BagVerdict>

