import { Type } from 'typebox'
import {
  BAG_MATERIALS,
  BELT_KINDS,
  CARRY_PLACES,
  EMBELLISHMENTS,
  ESSENTIALS,
  GARMENT_FITS,
  GARMENT_LAYERS,
  NECKLINES,
  OCCASIONS,
  STRAP_KINDS,
} from '../../style/index.js'
import { CatalogId, StringEnum } from './common.js'

const Mm = Type.Number({ exclusiveMinimum: 0, maximum: 100_000 })
const Colour = Type.String({
  minLength: 1,
  maxLength: 100,
  description: 'CSS colour text: #ff1493, hotpink, rgb(255 20 147), oklch(0.65 0.26 357).',
})

/** The advisor's bag (docs/styling.md). */
const StyleBag = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    widthMm: Mm,
    heightMm: Type.Optional(Mm),
    depthMm: Type.Optional(Mm),
    colour: Colour,
    material: Type.Optional(StringEnum(BAG_MATERIALS)),
    embellishments: Type.Optional(
      Type.Array(StringEnum(EMBELLISHMENTS), { maxItems: EMBELLISHMENTS.length }),
    ),
    isStructured: Type.Optional(Type.Boolean()),
    straps: Type.Optional(
      Type.Array(
        Type.Object(
          { kind: StringEnum(STRAP_KINDS), lengthMm: Type.Optional(Mm) },
          { additionalProperties: false },
        ),
        { maxItems: 10 },
      ),
    ),
    hasClip: Type.Optional(Type.Boolean()),
    weightG: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100_000 })),
  },
  { additionalProperties: false },
)

/** What someone wears. */
export const Outfit = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    garments: Type.Array(
      Type.Object(
        {
          name: Type.Optional(Type.String({ maxLength: 200 })),
          colour: Colour,
          fit: StringEnum(GARMENT_FITS),
          share: Type.Number({ exclusiveMinimum: 0, maximum: 1e6 }),
          layer: Type.Optional(StringEnum(GARMENT_LAYERS)),
          isHeavy: Type.Optional(Type.Boolean()),
          hasPockets: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 30 },
    ),
  },
  { additionalProperties: false },
)

/** The person wearing it. */
const Wearer = Type.Object(
  {
    heightCm: Type.Optional(Type.Number({ minimum: 100, maximum: 230 })),
    neckline: Type.Optional(StringEnum(NECKLINES)),
    belt: Type.Optional(StringEnum(BELT_KINDS)),
    hostBag: Type.Optional(
      Type.Object(
        { name: Type.Optional(Type.String({ maxLength: 200 })), widthMm: Mm, hasHandle: Type.Boolean() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

/** What the bag can hold, worked out by the caller. */
const Capacity = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('placed'),
      items: Type.Array(
        Type.Object(
          {
            id: Type.Optional(Type.String({ maxLength: 200 })),
            essential: StringEnum(ESSENTIALS),
            where: StringEnum(CARRY_PLACES),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
      pocketsChecked: Type.Optional(
        Type.Boolean({ description: "True when the outfit's pockets were tried too, so what has no place fits none." }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('volume'), interiorMl: Type.Number({ minimum: 0, maximum: 1e6 }) },
    { additionalProperties: false },
  ),
])

/** The body of POST /api/style: a bag given whole, or a catalog bag by id with its colour. */
export const StyleBody = Type.Object(
  {
    bag: Type.Optional(StyleBag),
    bagId: Type.Optional(CatalogId),
    colour: Type.Optional(Colour),
    outfit: Outfit,
    wearer: Type.Optional(Wearer),
    occasion: Type.Optional(StringEnum(OCCASIONS)),
    capacity: Type.Optional(Capacity),
  },
  { additionalProperties: false },
)

const Loose = Type.Object({}, { additionalProperties: true })
const Rule = Type.Object(
  {
    rule: Type.String(),
    score: Type.Union([Type.Number(), Type.Null()], { description: 'null: the rule cannot judge (what it needs is not known) and weighs nothing' }),
    weight: Type.Number(),
    verdict: Type.String(),
    reasons: Type.Array(Type.String()),
    suggestions: Type.Array(Type.Object({ rule: Type.String(), text: Type.String() })),
    details: Loose,
  },
  { additionalProperties: true },
)

/** The advice: five rule results, the overall score and verdict, suggestions. */
export const StyleReply = Type.Object({
  bag: Type.Object({ id: Type.String(), name: Type.String() }),
  occasion: Type.String(),
  overall: Type.Number(),
  unjudged: Type.Array(Type.String()),
  verdict: Type.String(),
  summary: Type.String(),
  rules: Type.Object({ colour: Rule, proportion: Rule, placement: Rule, practicality: Rule, occasion: Rule }),
  suggestions: Type.Array(Type.Object({ rule: Type.String(), text: Type.String() })),
})
