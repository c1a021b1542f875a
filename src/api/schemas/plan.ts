import { Type } from 'typebox'
import type { Static } from 'typebox'
import { CARRY_CATEGORIES } from '../../carry/index.js'
import { ROTATE_MODES } from '../../geometry/orientation.js'
import { API_LIMITS } from '../limits.js'
import { CatalogId, StringEnum, TimeLimitMs, Vec3 } from './common.js'
import { FitContainer } from './fit.js'

/** A thing to carry: with `size` as given, without it the catalog item with this `id`. */
const PlanItem = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'A catalog item id when `size` is left out.',
    }),
    size: Type.Optional(Vec3),
    minSize: Type.Optional({ ...Vec3, description: 'With `size`: the least a soft thing squeezes to, per side (each at most `size`).' }),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: API_LIMITS.maxCount })),
    rotate: Type.Optional(StringEnum(ROTATE_MODES)),
    category: Type.Optional(StringEnum(CARRY_CATEGORIES)),
    priority: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1e6 })),
    mustHave: Type.Optional(Type.Boolean()),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    case: Type.Optional(
      Type.Union([Type.Literal(true), CatalogId], {
        description: "A catalog thing in its case: true for the standard case of its category, or a case's id.",
      }),
    ),
  },
  { additionalProperties: false },
)

/** A container given whole (as `planCarry` takes it). */
const PlanContainer = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200 }),
    kind: StringEnum(['bag', 'pocket', 'phone-case', 'card-slot', 'pouch', 'tote'] as const),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    container: FitContainer,
    accepts: Type.Optional(Type.Array(StringEnum(CARRY_CATEGORIES), { maxItems: CARRY_CATEGORIES.length })),
    piece: Type.Optional(Type.String({ maxLength: 200 })),
    worn: Type.Optional(Type.Boolean()),
    exterior: Type.Optional(Vec3),
    inside: Type.Optional(Type.String({ maxLength: 200 })),
    source: Type.Optional(Type.String({ maxLength: 2000 })),
    overhangShare: Type.Optional(
      Type.Number({ minimum: 0, exclusiveMaximum: 1, description: "An open top: share of a thing's height that may stand out of it." }),
    ),
  },
  { additionalProperties: false },
)

/** The body of POST /api/plan. */
export const PlanBody = Type.Object(
  {
    items: Type.Optional(Type.Array(PlanItem, { maxItems: API_LIMITS.maxItemKinds })),
    kit: Type.Optional(CatalogId),
    containers: Type.Array(
      Type.Union([
        Type.String({
          minLength: 1,
          maxLength: 200,
          description:
            'pocket:womens-jeans-front, phone-case:3-cards, pouch, tote:38x42x10cm, bag:12x9x5cm, a catalog bag id; @HOST nests, *N repeats.',
        }),
        PlanContainer,
      ]),
      { minItems: 1, maxItems: 40 },
    ),
    wear: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
        maxItems: 40,
        description:
          'Ids of the containers you wear (`dior-lady-dior-micro`, `bag:12x9x5cm`, `jacquemus-le-chiquito#2`). They add no piece to carry and the bags among them are filled first. Default: a container\'s own `worn` where it gives one, else every top-level bag (given as text by catalog id or size, or whole); pockets are always worn.',
      }),
    ),
    only: Type.Optional(
      Type.Record(Type.String({ minLength: 1, maxLength: 200 }), Type.Array(StringEnum(CARRY_CATEGORIES), { minItems: 1, maxItems: CARRY_CATEGORIES.length }), {
        maxProperties: 40,
        description: 'Container id → the only categories it may hold, e.g. { "tote": ["phone", "keys", "card"], "pouch": ["cosmetics"] }.',
      }),
    ),
    options: Type.Optional(
      Type.Object(
        {
          timeLimitMs: Type.Optional(
            TimeLimitMs(
              API_LIMITS.maxTimeLimitMs,
              'Budget for the whole plan (default 2000); past it the best plan so far.',
            ),
          ),
          fitTimeLimitMs: Type.Optional(
            TimeLimitMs(API_LIMITS.maxTimeLimitMs, 'Budget for one fit check (default 250).'),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

/** The body of POST /api/plan, as the handler sees it. */
export type PlanBodyType = Static<typeof PlanBody>

const Loose = Type.Object({}, { additionalProperties: true })

/** The carry plan (docs/carry.md); containers carry their checked layouts. */
export const PlanReply = Type.Object(
  {
    status: StringEnum(['all-carried', 'some-left', 'must-have-left'] as const),
    exact: Type.Boolean(),
    containers: Type.Array(Loose),
    leftBehind: Type.Array(Loose),
    pieces: Type.Array(Type.String()),
    unused: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), reason: Type.String() })),
    wornPriority: Type.Number(),
    mustHaves: Type.Object({ carried: Type.Integer(), total: Type.Integer() }),
    mustHaveProof: Type.Optional(Type.String()),
    carriedPriority: Type.Number(),
    totalPriority: Type.Number(),
    priorityBound: Type.Number(),
    stats: Loose,
  },
  { additionalProperties: true },
)
