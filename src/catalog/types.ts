import type { BagClosure, BagShape, ItemCategory } from '../vocabulary.js'

/**
 * The catalog's domain types: bags, items and kits as the rest of micropurse sees them (camelCase, millimetres).
 * The database stores them as snake_case rows (`*.table.ts`), files carry them as snake_case records (`record.ts`).
 */

/** The three kinds of thing the catalog holds, also the `--kind` values of the CLI. */
export const CATALOG_KINDS = ['bags', 'items', 'kits'] as const
export type CatalogKind = (typeof CATALOG_KINDS)[number]

/**
 * How solid a size is (see data/seed/README.md for what each means, and `tolerance.ts` for the tolerance each
 * implies).
 */
export const DIMS_STATUSES = [
  'sourced',
  'sourced-cm',
  'sourced-2d-only',
  'sourced-width-only',
  'sourced-axis-order-unlabelled',
  'converted-from-inches',
  'converted-from-inches-approx',
  'converted-from-inches-2d-only',
  'approximate',
  'estimate-from-photo',
  'pre-release-report',
  'derived',
  'range-only',
  'partial',
  'estimated',
  'typical',
  'measured',
] as const
export type DimsStatus = (typeof DIMS_STATUSES)[number]

// Bag silhouettes and closures (`null` on a bag means no source said) and item categories, shared with the bag
// layer and carry plans.
export { BAG_CLOSURES, BAG_SHAPES, ITEM_CATEGORIES } from '../vocabulary.js'
export type { BagClosure, BagShape, ItemCategory } from '../vocabulary.js'

/** The solid an item's size describes; every item packs as its bounding box whatever its shape. */
export const ITEM_SHAPES = ['box', 'cylinder', 'irregular'] as const
export type ItemShape = (typeof ITEM_SHAPES)[number]

/**
 * Three lengths in millimetres, `null` where no source gave one. For a bag: w = width (left to right), h = height,
 * d = depth (front to back), outside measurements. For an item: the sides of its bounding box as the source named
 * them (a phone's h is its long side); items may turn, so the order carries no meaning for packing.
 */
export interface Dims {
  readonly w: number | null
  readonly h: number | null
  readonly d: number | null
}

/** A price as the cited page gave it. Historical, not current. */
export interface Price {
  readonly amount: number
  /** Upper end when the source gave a range ("GBP 980 to 2,190"). */
  readonly amountMax: number | null
  /** ISO 4217 code: `USD`, `EUR`, `GBP`... */
  readonly currency: string
  /** Year of the quote; `null` when the page is undated. */
  readonly year: number | null
  /** Date of the quote as the page gave it (`2024-03` or `2024-03-15`), when more exact than the year. */
  readonly date: string | null
  /** The page that gives the price, when it is not the first of the bag's sources. */
  readonly source: string | null
}

/**
 * A price converted to one currency for comparisons (price per ml, the page's chart): `amount` is the quoted amount
 * times `rate`, with the rate's date and the page it comes from. For a price quoted in USD the rate is 1.
 */
export interface PriceConverted {
  readonly amount: number
  readonly currency: 'USD'
  /** US dollars per unit of the quoted currency. */
  readonly rate: number
  /** ISO date of the rate (`2024-06-28`), or the year or month it averages (`2019`, `2024-06`). */
  readonly rateDate: string
  /** Where the rate comes from (a URL). */
  readonly rateSource: string
}

/** A bag as people and shops describe it. All lengths in millimetres. */
export interface Bag {
  readonly id: string
  readonly brand: string
  readonly model: string
  readonly sizeName: string | null
  /** Outside width × height × depth; any side may be `null` (see `dimsStatus`). */
  readonly exteriorMm: Dims
  /** A measured inside size where one is known; it overrides any derived interior. */
  readonly interiorMm: Dims | null
  readonly dimsStatus: DimsStatus
  readonly shape: BagShape | null
  readonly closure: BagClosure | null
  /** Main material in words ("structured leather"), `null` when no source said. */
  readonly material: string | null
  /** Straps and handles in words. */
  readonly strap: string | null
  readonly price: Price | null
  /** `price` in US dollars, `null` when there is no price. */
  readonly priceConverted: PriceConverted | null
  readonly yearIntroduced: number | null
  /** True for larger bags kept only to compare against (a Birkin 35). */
  readonly isReferenceOnly: boolean
  readonly handleDropMm: number | null
  readonly strapLengthMm: number | null
  readonly strapDropMm: number | null
  /** Every page the numbers come from. Empty only for `typical` and `measured` records. */
  readonly sources: readonly string[]
  /** Where the numbers come from, disagreements between sources, caveats. */
  readonly notes: string
  /** Further figures a source gave (a size range, a diameter), keyed as in the source data. */
  readonly details: Readonly<Record<string, unknown>>
}

/** An everyday thing to carry. All lengths in millimetres. */
export interface Item {
  readonly id: string
  readonly name: string
  readonly category: ItemCategory
  /** Bounding box; any side may be `null` (see `dimsStatus`). */
  readonly dimsMm: Dims
  readonly dimsStatus: DimsStatus
  readonly shape: ItemShape
  readonly weightG: number | null
  /** False for things that bend or squash (banknotes, tissues). */
  readonly isRigid: boolean
  /**
   * For a thing that squashes: the smallest bounding box it can be pressed to, side for side with `dimsMm` (each no
   * larger); the reasoning is in `notes` or `details.minDimsReason`. `null` for rigid things.
   */
  readonly minDimsMm: Dims | null
  /**
   * For a case (category `case`): what it adds to the w, h and d of the thing it holds (`details.caseFor` names the
   * category, `details.isStandardCase` marks the standard one). `null` for everything else.
   */
  readonly caseAddsMm: Dims | null
  readonly sources: readonly string[]
  readonly notes: string
  readonly details: Readonly<Record<string, unknown>>
}

/** One line of a kit: an item id and how many of it. */
export interface KitEntry {
  readonly itemId: string
  /** A whole number ≥ 1. */
  readonly count: number
}

/** A named set of items ("essentials", "evening", "three Skittles"). */
export interface Kit {
  readonly id: string
  readonly name: string
  readonly description: string
  /** In the order given, each item id at most once. */
  readonly items: readonly KitEntry[]
  readonly notes: string
}

/** A kit line with its item looked up. */
export interface KitItem {
  readonly item: Item
  readonly count: number
}

/** The domain type of each kind. */
export interface CatalogEntities {
  bags: Bag
  items: Item
  kits: Kit
}
