import { Type } from 'typebox'
import type { Static } from 'typebox'
import { ROTATE_MODES } from '../../geometry/orientation.js'
import { LIMITS } from '../../pack/limits.js'
import { API_LIMITS } from '../limits.js'
import { CatalogId, LengthMm, Position, StringEnum, TimeLimitMs, Vec3 } from './common.js'

/** `options` of a fit problem. */
const FitOptions = Type.Object(
  {
    timeLimitMs: Type.Optional(
      TimeLimitMs(
        API_LIMITS.maxTimeLimitMs,
        'Time limit for the solve in ms (default 1000); past it the answer is `unknown`.',
      ),
    ),
    nodeLimit: Type.Optional(
      Type.Integer({
        minimum: LIMITS.minNodeLimit,
        maximum: LIMITS.maxNodeLimit,
        description: 'Work the solve may do, in work units; with it the answer is the same on any machine.',
      }),
    ),
  },
  { additionalProperties: false },
)

/** The container of a fit problem (docs/fit.md): usable interior, blocked parts, top opening. */
export const FitContainer = Type.Object(
  {
    size: Vec3,
    blocked: Type.Optional(
      Type.Array(Type.Object({ at: Position, size: Vec3 }, { additionalProperties: false }), {
        maxItems: API_LIMITS.maxBlocked,
        description: 'Parts of the interior that hold nothing (tapers, rounded corners, a frame).',
      }),
    ),
    opening: Type.Optional(
      Type.Tuple([LengthMm, LengthMm], { description: 'Width (x) and depth (y) of the top opening, mm.' }),
    ),
    soft: Type.Optional(
      Type.Boolean({
        description:
          'True when the walls give: things go in end first and turn inside (only their smallest cross-section must pass the opening). Default false (rigid).',
      }),
    ),
  },
  { additionalProperties: false },
)

/** One kind of item of a fit problem. */
const FitItem = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200 }),
    size: Vec3,
    count: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: API_LIMITS.maxCount,
        description: 'Identical copies (default 1).',
      }),
    ),
    rotate: Type.Optional(
      StringEnum(ROTATE_MODES, {
        description:
          'any (default: quarter turns), upright (about the vertical axis only), none, free (any angle in 3D).',
      }),
    ),
    minSize: Type.Optional(Vec3),
  },
  { additionalProperties: false },
)

/** A whole fit problem, as `fit()` takes it. */
export const FitProblemBody = Type.Object(
  {
    container: FitContainer,
    items: Type.Array(FitItem, { maxItems: API_LIMITS.maxItemKinds }),
    options: Type.Optional(FitOptions),
  },
  {
    additionalProperties: false,
    title: 'Fit problem',
    description: 'A container and items, all in millimetres.',
  },
)

/** An item named by catalog id, with an optional count, and optionally in its case. */
const ItemRef = Type.Object(
  {
    id: CatalogId,
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: API_LIMITS.maxCount })),
    case: Type.Optional(
      Type.Union([Type.Boolean(), CatalogId], {
        description: 'true: in the catalog\'s standard case for the thing; or a case id (phone-case-rugged).',
      }),
    ),
  },
  { additionalProperties: false },
)

/** Catalog things by id, each alone or as `{ id, count }`. */
export function ItemRefs(description: string) {
  return Type.Array(Type.Union([CatalogId, ItemRef]), { maxItems: API_LIMITS.maxItemKinds, description })
}

/** A fit by catalog ids: a bag, and items and/or a kit. */
export const FitByIdBody = Type.Object(
  {
    bag: CatalogId,
    items: Type.Optional(ItemRefs('Item ids, or { id, count }.')),
    kit: Type.Optional(CatalogId),
    options: Type.Optional(FitOptions),
  },
  {
    additionalProperties: false,
    title: 'Fit by catalog ids',
    description: 'A catalog bag, and catalog items and/or a kit.',
  },
)

/** The body of POST /api/fit: a fit problem, or catalog ids. */
export const FitBody = Type.Union([FitProblemBody, FitByIdBody])

/** The body of POST /api/fit by catalog ids, as the handler sees it. */
export type FitByIdBodyType = Static<typeof FitByIdBody>

/** Where one copy goes: min corner and extents as placed, mm. */
export const Placement = Type.Object({
  id: Type.String(),
  at: Type.Array(Type.Number()),
  size: Type.Array(Type.Number()),
  axes: Type.Optional(
    Type.Array(Type.Array(Type.Number()), {
      description: 'A turned item: the container direction of each of its own sides, in the order of size.',
    }),
  ),
})

/** How close a bag verdict is: room to spare (> 0) or how much too big (< 0), against the size tolerance. */
export const Closeness = Type.Object({
  marginMm: Type.Union([Type.Number(), Type.Null()], { description: 'How much every thing could grow (> 0) or must shrink (< 0), mm; null when undecided.' }),
  uncertaintyMm: Type.Number({ description: 'The bag\'s size tolerance plus the largest of the things\', mm.' }),
  closeCall: Type.Boolean({ description: 'The margin lies within the uncertainty.' }),
  atLeast: Type.Boolean({ description: 'The margin is only a bound: at least that much room, or at least that much too big.' }),
  words: Type.String(),
})

/** What the bag layer derived for a catalog bag. */
export const DerivedBag = Type.Object({
  id: Type.String(),
  label: Type.String(),
  shape: Type.String(),
  volumeMl: Type.Number({ description: 'Free interior volume, ml.' }),
  notes: Type.Array(Type.String()),
  explanation: Type.Array(Type.String({ description: 'How each number of the container was derived.' })),
})

/** The answer of POST /api/fit (docs/fit.md), with the container and bag when the bag came from the catalog. */
export const FitReply = Type.Object({
  status: StringEnum(['fits', 'does-not-fit', 'unknown'] as const),
  placements: Type.Array(Placement),
  reason: Type.String(),
  stats: Type.Object({ nodes: Type.Number(), elapsedMs: Type.Number() }),
  closeness: Type.Optional(Closeness),
  proof: Type.Object(
    { kind: Type.String() },
    { additionalProperties: true, description: 'How the answer was decided.' },
  ),
  container: Type.Optional(
    Type.Object({}, { additionalProperties: true, description: 'The container used (fits by id).' }),
  ),
  bag: Type.Optional(DerivedBag),
})
