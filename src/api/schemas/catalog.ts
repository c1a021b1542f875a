import { Type } from 'typebox'
import { BAG_CLOSURES, BAG_SHAPES, DIMS_STATUSES, ITEM_CATEGORIES, ITEM_SHAPES } from '../../catalog/index.js'
import { API_LIMITS } from '../limits.js'
import { CatalogId, StringEnum } from './common.js'
import { NullablePricePerMlUsd } from './price.js'

/**
 * Catalog records over HTTP: the domain objects of docs/catalog.md (camelCase, millimetres, `null` where unknown).
 * Reads return them whole; writes take the same shape, with optional fields left out meaning "unknown" or "none".
 * The catalog's own rules (sources for sourced sizes, a note for typical ones...) are checked after the schema.
 */

const Mm = Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000 }), Type.Null()])
const Text = (max = 2000) => Type.String({ maxLength: max })
const NullableText = (max = 2000) => Type.Union([Text(max), Type.Null()])
const Dims = Type.Object(
  { w: Mm, h: Mm, d: Mm },
  { additionalProperties: false, description: 'Millimetres; null where unknown.' },
)
const Price = Type.Object(
  {
    amount: Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }),
    amountMax: Type.Optional(Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }), Type.Null()])),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. USD.' }),
    year: Type.Optional(Type.Union([Type.Integer({ minimum: 1800, maximum: 2200 }), Type.Null()])),
    date: Type.Optional(
      Type.Union([Type.String({ maxLength: 10, description: '2024-03 or 2024-03-15.' }), Type.Null()]),
    ),
    source: Type.Optional(NullableText(2000)),
  },
  { additionalProperties: false },
)
const PriceConverted = Type.Object(
  {
    amount: Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }),
    currency: Type.Literal('USD'),
    rate: Type.Number({ exclusiveMinimum: 0, maximum: 1e6, description: 'US dollars per unit of the price currency.' }),
    rateDate: Type.String({ maxLength: 10, description: 'ISO date of the rate, 2024-06-28.' }),
    rateSource: Type.String({ maxLength: 2000, description: 'URL the rate comes from.' }),
  },
  { additionalProperties: false, description: 'The price in US dollars, with the rate used.' },
)
const CaseAdds = Type.Object(
  {
    w: Type.Number({ minimum: 0, maximum: 1000 }),
    h: Type.Number({ minimum: 0, maximum: 1000 }),
    d: Type.Number({ minimum: 0, maximum: 1000 }),
  },
  { additionalProperties: false, description: 'Millimetres a case adds to the w, h and d of what it holds.' },
)
const Sources = Type.Array(Type.String({ maxLength: 2000 }), {
  maxItems: 50,
  description: 'http(s) URLs the numbers come from.',
})
const Details = Type.Record(Type.String(), Type.Unknown(), {
  description: 'Further figures, keyed as in the source.',
})

/** Where a bag's or an item's figures come from: sources, notes, further figures (all optional). */
const SourcedInput = {
  sources: Type.Optional(Sources),
  notes: Type.Optional(Text(10_000)),
  details: Type.Optional(Details),
}

/** A bag as written: the domain object with optional fields optional. */
export const BagInput = Type.Object(
  {
    id: CatalogId,
    brand: Text(200),
    model: Text(200),
    sizeName: Type.Optional(NullableText(200)),
    exteriorMm: Dims,
    interiorMm: Type.Optional(Type.Union([Dims, Type.Null()])),
    dimsStatus: StringEnum(DIMS_STATUSES),
    shape: Type.Optional(Type.Union([StringEnum(BAG_SHAPES), Type.Null()])),
    closure: Type.Optional(Type.Union([StringEnum(BAG_CLOSURES), Type.Null()])),
    material: Type.Optional(NullableText(200)),
    strap: Type.Optional(NullableText(500)),
    price: Type.Optional(Type.Union([Price, Type.Null()])),
    priceConverted: Type.Optional(Type.Union([PriceConverted, Type.Null()])),
    yearIntroduced: Type.Optional(Type.Union([Type.Integer({ minimum: 1800, maximum: 2200 }), Type.Null()])),
    isReferenceOnly: Type.Optional(Type.Boolean()),
    handleDropMm: Type.Optional(Mm),
    strapLengthMm: Type.Optional(Mm),
    strapDropMm: Type.Optional(Mm),
    ...SourcedInput,
  },
  { additionalProperties: false, title: 'Bag' },
)

/** An item as written. */
export const ItemInput = Type.Object(
  {
    id: CatalogId,
    name: Text(200),
    category: StringEnum(ITEM_CATEGORIES),
    dimsMm: Dims,
    dimsStatus: StringEnum(DIMS_STATUSES),
    shape: StringEnum(ITEM_SHAPES),
    weightG: Type.Optional(Mm),
    isRigid: Type.Optional(Type.Boolean()),
    minDimsMm: Type.Optional(Type.Union([Dims, Type.Null()])),
    caseAddsMm: Type.Optional(Type.Union([CaseAdds, Type.Null()])),
    ...SourcedInput,
  },
  { additionalProperties: false, title: 'Item' },
)

/** A kit as written: items by id, in order. */
export const KitInput = Type.Object(
  {
    id: CatalogId,
    name: Text(200),
    description: Type.Optional(Text(2000)),
    items: Type.Array(
      Type.Object(
        {
          itemId: CatalogId,
          count: Type.Optional(Type.Integer({ minimum: 1, maximum: API_LIMITS.maxCount })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: API_LIMITS.maxItemKinds },
    ),
    notes: Type.Optional(Text(10_000)),
  },
  { additionalProperties: false, title: 'Kit' },
)

const OutDims = Type.Object({
  w: Type.Union([Type.Number(), Type.Null()]),
  h: Type.Union([Type.Number(), Type.Null()]),
  d: Type.Union([Type.Number(), Type.Null()]),
})
const NullableNumber = Type.Union([Type.Number(), Type.Null()])
const NullableString = Type.Union([Type.String(), Type.Null()])

/** A bag as read. */
export const Bag = Type.Object({
  id: Type.String(),
  brand: Type.String(),
  model: Type.String(),
  sizeName: NullableString,
  exteriorMm: OutDims,
  interiorMm: Type.Union([OutDims, Type.Null()]),
  dimsStatus: Type.String(),
  shape: NullableString,
  closure: NullableString,
  material: NullableString,
  strap: NullableString,
  price: Type.Union([
    Type.Object({
      amount: Type.Number(),
      amountMax: NullableNumber,
      currency: Type.String(),
      year: NullableNumber,
      date: NullableString,
      source: NullableString,
    }),
    Type.Null(),
  ]),
  priceConverted: Type.Union([
    Type.Object({
      amount: Type.Number(),
      currency: Type.Literal('USD'),
      rate: Type.Number(),
      rateDate: Type.String(),
      rateSource: Type.String(),
    }),
    Type.Null(),
  ]),
  yearIntroduced: NullableNumber,
  isReferenceOnly: Type.Boolean(),
  handleDropMm: NullableNumber,
  strapLengthMm: NullableNumber,
  strapDropMm: NullableNumber,
  sources: Type.Array(Type.String()),
  notes: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
})

/** A bag in a listing: the bag, and its price per ml in US dollars where the catalog has a dollar price and a room. */
export const BagListed = Type.Object({ ...Bag.properties, pricePerMl: NullablePricePerMlUsd })

/** An item as read. */
export const Item = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: Type.String(),
  dimsMm: OutDims,
  dimsStatus: Type.String(),
  shape: Type.String(),
  weightG: NullableNumber,
  isRigid: Type.Boolean(),
  minDimsMm: Type.Union([OutDims, Type.Null()]),
  caseAddsMm: Type.Union([OutDims, Type.Null()]),
  sources: Type.Array(Type.String()),
  notes: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
})

/** A kit as read. */
export const Kit = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  items: Type.Array(Type.Object({ itemId: Type.String(), count: Type.Integer() })),
  notes: Type.String(),
})

/** A bag with what the bag layer derives from it: interior container, free volume, price per ml. */
export const BagWithRoom = Type.Object({
  bag: Bag,
  room: Type.Union([
    Type.Object({
      kind: Type.Literal('derived'),
      container: Type.Object({}, { additionalProperties: true }),
      volumeMl: Type.Number(),
      pricePerMl: NullablePricePerMlUsd,
      explanation: Type.Array(Type.String()),
    }),
    Type.Object({ kind: Type.Literal('unknown'), reason: Type.String() }),
  ]),
})

/** `?limit&offset&q` of a listing. */
export const ListQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: API_LIMITS.maxPageSize, default: API_LIMITS.defaultPageSize }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Words that must all appear (case and accents ignored).',
      }),
    ),
  },
  { additionalProperties: false },
)

/** A page of a listing. `total` counts every record of the kind (or every match of `q`). */
export function Page<T extends ReturnType<typeof Type.Object>>(record: T) {
  return Type.Object({
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
    results: Type.Array(record),
  })
}
