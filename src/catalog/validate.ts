import { unsafeTextProblem } from './safe-text.js'
import type { Bag, CatalogEntities, CatalogKind, Dims, Item, Kit, Price, PriceConverted } from './types.js'
import { BAG_CLOSURES, BAG_SHAPES, DIMS_STATUSES, ITEM_CATEGORIES, ITEM_SHAPES } from './types.js'

/**
 * Checks file records (see `record.ts`) and turns them into domain objects. Every problem is collected, not just the
 * first, so an import can report them all at once. Rules beyond types:
 * - ids are lower-case kebab-case (`jacquemus-le-petit-chiquito`);
 * - lengths are positive millimetres or `null` (unknown);
 * - `dims_status` is one of `DIMS_STATUSES`; a `typical` or `estimated` record has all three sizes and a note giving
 *   its reasoning;
 * - a converted price (`price_converted`) goes with a price, in USD, its amount the price times the rate;
 * - `min_dims_mm` (things that squash) gives all three sides, none larger than the size; `case_adds_mm` goes with
 *   category `case` and only with it;
 * - every record but `typical` and `measured` ones names at least one source, and sources are http(s) URLs;
 * - unknown fields are refused (extra figures go under `details`).
 */

/** One problem with one field of one record. `field` is a dotted path in the record (`exterior_mm.w`). */
interface FieldIssue {
  field: string
  message: string
}

/** A record turned into a domain object, or everything wrong with it. */
export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

/** Lower-case words joined by single hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const URL_PATTERN = /^https?:\/\/\S+$/
/** A year and month, or a whole date. */
const DATE_PATTERN = /^\d{4}-\d{2}(?:-\d{2})?$/
/** A year, a month or a day: the date of a daily rate, or the period of an average. */
const PERIOD_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
const PRICE_FIELDS = ['amount', 'amount_max', 'currency', 'year', 'date', 'source']
const CONVERTED_FIELDS = ['amount', 'currency', 'rate', 'rate_date', 'rate_source']
const round2 = (n: number) => Math.round(n * 100) / 100

const BAG_FIELDS = [
  'id',
  'brand',
  'model',
  'size_name',
  'exterior_mm',
  'interior_mm',
  'dims_status',
  'shape',
  'closure',
  'material',
  'strap',
  'price',
  'price_converted',
  'year_introduced',
  'reference_only',
  'handle_drop_mm',
  'strap_length_mm',
  'strap_drop_mm',
  'sources',
  'notes',
  'details',
]
const ITEM_FIELDS = [
  'id',
  'name',
  'category',
  'dims_mm',
  'dims_status',
  'shape',
  'weight_g',
  'rigid',
  'min_dims_mm',
  'case_adds_mm',
  'sources',
  'notes',
  'details',
]
const KIT_FIELDS = ['id', 'name', 'description', 'items', 'notes']

/** Validates a record of the given kind. */
export function validateRecord<K extends CatalogKind>(
  kind: K,
  value: unknown,
): Validated<CatalogEntities[K]> {
  const validate = { bags: validateBag, items: validateItem, kits: validateKit }[kind]
  return validate(value) as Validated<CatalogEntities[K]>
}

/** Validates a bag record. */
export function validateBag(value: unknown): Validated<Bag> {
  const r = new FieldReader(value, BAG_FIELDS)
  const dimsStatus = r.oneOf('dims_status', DIMS_STATUSES, { required: true })
  const bag: Bag = {
    id: r.id(),
    brand: r.text('brand'),
    model: r.text('model'),
    sizeName: r.optionalText('size_name'),
    exteriorMm: r.dims('exterior_mm', { required: true }) ?? { w: null, h: null, d: null },
    interiorMm: r.dims('interior_mm', { required: false }),
    dimsStatus: dimsStatus ?? 'sourced',
    shape: r.oneOf('shape', BAG_SHAPES, { required: false }),
    closure: r.oneOf('closure', BAG_CLOSURES, { required: false }),
    material: r.optionalText('material'),
    strap: r.optionalText('strap'),
    price: r.price('price'),
    priceConverted: null,
    yearIntroduced: r.year('year_introduced'),
    isReferenceOnly: r.flag('reference_only', false),
    handleDropMm: r.length('handle_drop_mm'),
    strapLengthMm: r.length('strap_length_mm'),
    strapDropMm: r.length('strap_drop_mm'),
    sources: r.sources('sources'),
    notes: r.optionalText('notes') ?? '',
    details: r.details('details'),
  }
  r.statusRules(dimsStatus, bag.exteriorMm, 'exterior_mm', bag.sources, bag.notes)
  return r.result({ ...bag, priceConverted: r.priceConverted('price_converted', bag.price) })
}

/** Validates an item record. */
export function validateItem(value: unknown): Validated<Item> {
  const r = new FieldReader(value, ITEM_FIELDS)
  const dimsStatus = r.oneOf('dims_status', DIMS_STATUSES, { required: true })
  const item: Item = {
    id: r.id(),
    name: r.text('name'),
    category: r.oneOf('category', ITEM_CATEGORIES, { required: true }) ?? 'other',
    dimsMm: r.dims('dims_mm', { required: true }) ?? { w: null, h: null, d: null },
    dimsStatus: dimsStatus ?? 'sourced',
    shape: r.oneOf('shape', ITEM_SHAPES, { required: true }) ?? 'box',
    weightG: r.positive('weight_g', 'grams'),
    isRigid: r.flag('rigid', true),
    minDimsMm: null,
    caseAddsMm: null,
    sources: r.sources('sources'),
    notes: r.optionalText('notes') ?? '',
    details: r.details('details'),
  }
  r.statusRules(dimsStatus, item.dimsMm, 'dims_mm', item.sources, item.notes)
  return r.result({
    ...item,
    minDimsMm: r.minDims('min_dims_mm', item.dimsMm, item.isRigid),
    caseAddsMm: r.caseAdds('case_adds_mm', item.category),
  })
}

/** Validates a kit record. Whether its item ids exist is checked by the import, which knows the catalog. */
export function validateKit(value: unknown): Validated<Kit> {
  const r = new FieldReader(value, KIT_FIELDS)
  const kit: Kit = {
    id: r.id(),
    name: r.text('name'),
    description: r.optionalText('description') ?? '',
    items: r.kitEntries('items'),
    notes: r.optionalText('notes') ?? '',
  }
  return r.result(kit)
}

/** Reads typed fields out of an unknown value, collecting issues instead of throwing. */
class FieldReader {
  readonly issues: FieldIssue[] = []
  private readonly record: Record<string, unknown>

  constructor(value: unknown, fields: readonly string[]) {
    // A record must be a plain object with known keys only.
    if (!isPlainObject(value)) {
      this.record = {}
      this.issue('(record)', `expected an object with fields ${fields.join(', ')}, got ${describe(value)}`)
      return
    }
    this.record = value
    for (const key of Object.keys(value)) {
      if (!fields.includes(key))
        this.issue(
          key,
          `unknown field; expected one of ${fields.join(', ')} (put extra figures under details)`,
        )
    }
  }

  result<T>(value: T): Validated<T> {
    return this.issues.length === 0 ? { ok: true, value } : { ok: false, issues: this.issues }
  }

  issue(field: string, message: string): void {
    this.issues.push({ field, message })
  }

  id(): string {
    const id = this.record.id
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      this.issue(
        'id',
        `expected lower-case words joined by hyphens (like "coach-tabby-20"), got ${describe(id)}`,
      )
      return typeof id === 'string' ? id : ''
    }
    return id
  }

  text(field: string): string {
    const v = this.record[field]
    if (typeof v !== 'string' || v.trim() === '') {
      this.issue(field, `expected a non-empty text, got ${describe(v)}`)
      return ''
    }
    this.safe(field, v, false)
    return v
  }

  /** Refuses control characters and bidirectional overrides (safe-text.ts); names are single lines. */
  safe(field: string, v: string, multiline: boolean): void {
    const problem = unsafeTextProblem(v, { multiline })
    if (problem) this.issue(field, problem)
  }

  optionalText(field: string): string | null {
    const v = this.record[field]
    if (v === undefined || v === null) return null
    if (typeof v !== 'string') {
      this.issue(field, `expected a text or null, got ${describe(v)}`)
      return null
    }
    this.safe(field, v, field === 'notes' || field === 'description')
    return v
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], opts: { required: boolean }): T | null {
    const v = this.record[field]
    if ((v === undefined || v === null) && !opts.required) return null
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T
    this.issue(
      field,
      `expected one of ${allowed.join(', ')}${opts.required ? '' : ' or null'}, got ${describe(v)}`,
    )
    return null
  }

  flag(field: string, fallback: boolean): boolean {
    const v = this.record[field]
    if (v === undefined || v === null) return fallback
    if (typeof v === 'boolean') return v
    this.issue(field, `expected true or false, got ${describe(v)}`)
    return fallback
  }

  positive(path: string, unit: string, v: unknown = this.record[path]): number | null {
    if (v === undefined || v === null) return null
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v
    this.issue(path, `expected a positive number of ${unit} or null, got ${describe(v)}`)
    return null
  }

  length(field: string): number | null {
    return this.positive(field, 'millimetres')
  }

  year(field: string, v: unknown = this.record[field], path = field): number | null {
    if (v === undefined || v === null) return null
    if (Number.isInteger(v) && (v as number) >= 1800 && (v as number) <= 2200) return v as number
    this.issue(path, `expected a year such as 2019, or null, got ${describe(v)}`)
    return null
  }

  dims(field: string, opts: { required: boolean }): Dims | null {
    const v = this.record[field]
    if ((v === undefined || v === null) && !opts.required) return null
    if (!isPlainObject(v)) {
      this.issue(
        field,
        `expected {"w": mm, "h": mm, "d": mm} with null for an unknown side, got ${describe(v)}`,
      )
      return null
    }
    for (const key of Object.keys(v))
      if (!['w', 'h', 'd'].includes(key)) this.issue(`${field}.${key}`, 'unknown side; expected w, h or d')
    const side = (key: 'w' | 'h' | 'd') => {
      if (!(key in v)) {
        this.issue(
          `${field}.${key}`,
          'missing; give a length in millimetres, or null when no source gives it',
        )
        return null
      }
      return this.positive(`${field}.${key}`, 'millimetres', v[key])
    }
    return { w: side('w'), h: side('h'), d: side('d') }
  }

  price(field: string): Price | null {
    const v = this.record[field]
    if (v === undefined || v === null) return null
    if (!isPlainObject(v)) {
      this.issue(
        field,
        `expected {"amount": 255, "currency": "USD", "year": 2019} or null, got ${describe(v)}`,
      )
      return null
    }
    for (const key of Object.keys(v)) {
      if (!PRICE_FIELDS.includes(key))
        this.issue(`${field}.${key}`, `unknown field; expected ${PRICE_FIELDS.join(', ')}`)
    }
    const amount = this.positive(`${field}.amount`, 'currency units', v.amount)
    if (amount === null && (v.amount === undefined || v.amount === null))
      this.issue(`${field}.amount`, 'missing; expected a positive number')
    const amountMax = this.positive(`${field}.amount_max`, 'currency units', v.amount_max)
    if (amount !== null && amountMax !== null && amountMax < amount) {
      this.issue(`${field}.amount_max`, `expected at least the amount (${amount}), got ${amountMax}`)
    }
    const currency = v.currency
    if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
      this.issue(
        `${field}.currency`,
        `expected a three-letter currency code such as "USD", got ${describe(currency)}`,
      )
    }
    const year = this.year('', v.year, `${field}.year`)
    const date = this.isoDate(`${field}.date`, v.date, DATE_PATTERN, '"2024-03" or "2024-03-15"')
    if (date !== null && year !== null && !date.startsWith(String(year)))
      this.issue(`${field}.date`, `expected a date in the price's year ${year}, got ${describe(date)}`)
    const source = this.url(`${field}.source`, v.source)
    return {
      amount: amount ?? 0,
      amountMax,
      currency: typeof currency === 'string' ? currency : '',
      year,
      date,
      source,
    }
  }

  /** The price in USD: only with a price, its amount the price's amount times the rate (to the cent, or 0.5 %). */
  priceConverted(field: string, price: Price | null): PriceConverted | null {
    const v = this.record[field]
    if (v === undefined || v === null) return null
    const example = '{"amount": 486.94, "currency": "USD", "rate": 1.1194, "rate_date": "2019", "rate_source": "https://..."}'
    if (!isPlainObject(v)) {
      this.issue(field, `expected ${example} or null, got ${describe(v)}`)
      return null
    }
    for (const key of Object.keys(v))
      if (!CONVERTED_FIELDS.includes(key))
        this.issue(`${field}.${key}`, `unknown field; expected ${CONVERTED_FIELDS.join(', ')}`)
    if (price === null) this.issue(field, 'a converted price needs the price it converts (price)')
    if (v.currency !== 'USD') this.issue(`${field}.currency`, `expected "USD", got ${describe(v.currency)}`)
    const amount = this.positive(`${field}.amount`, 'US dollars', v.amount)
    const rate = this.positive(`${field}.rate`, 'US dollars per unit of the price currency', v.rate)
    if (v.amount === undefined || v.amount === null) this.issue(`${field}.amount`, 'missing; expected a positive number')
    if (v.rate === undefined || v.rate === null) this.issue(`${field}.rate`, 'missing; expected a positive number')
    const rateDate = this.isoDate(`${field}.rate_date`, v.rate_date, PERIOD_PATTERN, '"2024-06-28", "2024-06" or "2023"')
    if (rateDate === null && (v.rate_date === undefined || v.rate_date === null))
      this.issue(`${field}.rate_date`, 'missing; expected the date of the rate (or the year or month it averages), like "2023"')
    const rateSource = this.url(`${field}.rate_source`, v.rate_source)
    if (rateSource === null && (v.rate_source === undefined || v.rate_source === null)) this.issue(`${field}.rate_source`, 'missing; expected the URL the rate comes from')
    if (price && rate !== null) {
      if (price.currency === 'USD' && rate !== 1)
        this.issue(`${field}.rate`, `the price is in USD, so the rate is 1, got ${rate}`)
      const expected = price.amount * rate
      if (amount !== null && Math.abs(amount - expected) > Math.max(0.01, expected * 0.005))
        this.issue(
          `${field}.amount`,
          `expected the price times the rate (${price.currency} ${price.amount} × ${rate} = ${round2(expected)}), got ${amount}`,
        )
    }
    return {
      amount: amount ?? 0,
      currency: 'USD',
      rate: rate ?? 0,
      rateDate: rateDate ?? '',
      rateSource: rateSource ?? '',
    }
  }

  /** The smallest size a squashable thing presses to: all three sides, none larger than its size. */
  minDims(field: string, dims: Dims, isRigid: boolean): Dims | null {
    if (this.record[field] === undefined || this.record[field] === null) return null
    const min = this.dims(field, { required: true })
    if (!min) return null
    if (isRigid) this.issue(field, 'a rigid thing does not squash; give rigid: false, or leave min_dims_mm out')
    for (const key of ['w', 'h', 'd'] as const) {
      const m = min[key]
      const full = dims[key]
      if (m === null) {
        if (!this.issues.some((i) => i.field === `${field}.${key}`))
          this.issue(`${field}.${key}`, 'give all three sides of the smallest size')
      } else if (full !== null && m > full) {
        this.issue(`${field}.${key}`, `expected at most the size's ${full} mm, got ${m}`)
      }
    }
    return min
  }

  /** What a case adds to the thing it holds: all three sides, zero or more; only for category `case`. */
  caseAdds(field: string, category: string): Dims | null {
    const v = this.record[field]
    if (v === undefined || v === null) {
      if (category === 'case')
        this.issue(field, 'a case must say what it adds to the w, h and d of what it holds, like {"w": 2, "h": 2, "d": 1.5}')
      return null
    }
    if (category !== 'case') this.issue(field, `only a case adds to a size; this item's category is ${describe(category)}`)
    if (!isPlainObject(v)) {
      this.issue(field, `expected {"w": mm, "h": mm, "d": mm}, got ${describe(v)}`)
      return null
    }
    const side = (key: 'w' | 'h' | 'd') => {
      const n = v[key]
      if (typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1000) return n
      this.issue(`${field}.${key}`, `expected millimetres from 0 to 1000, got ${describe(n)}`)
      return 0
    }
    for (const key of Object.keys(v))
      if (!['w', 'h', 'd'].includes(key)) this.issue(`${field}.${key}`, 'unknown side; expected w, h or d')
    return { w: side('w'), h: side('h'), d: side('d') }
  }

  /** An optional ISO date (or month) in text, `null` when left out. */
  isoDate(path: string, v: unknown, pattern: RegExp, example: string): string | null {
    if (v === undefined || v === null) return null
    if (typeof v === 'string' && pattern.test(v) && !Number.isNaN(Date.parse(v))) return v
    this.issue(path, `expected a date such as ${example}, got ${describe(v)}`)
    return null
  }

  /** An optional http(s) URL, `null` when left out. */
  url(path: string, v: unknown): string | null {
    if (v === undefined || v === null) return null
    if (typeof v === 'string' && URL_PATTERN.test(v)) return v
    this.issue(path, `expected an http(s) URL, got ${describe(v)}`)
    return null
  }

  sources(field: string): string[] {
    const v = this.record[field]
    if (v === undefined) return []
    if (!Array.isArray(v)) {
      this.issue(field, `expected a list of http(s) URLs, got ${describe(v)}`)
      return []
    }
    v.forEach((url, i) => {
      if (typeof url !== 'string' || !URL_PATTERN.test(url))
        this.issue(`${field}[${i}]`, `expected an http(s) URL, got ${describe(url)}`)
    })
    return v.filter((url): url is string => typeof url === 'string')
  }

  details(field: string): Record<string, unknown> {
    const v = this.record[field]
    if (v === undefined || v === null) return {}
    if (!isPlainObject(v)) {
      this.issue(field, `expected an object of further figures, got ${describe(v)}`)
      return {}
    }
    return v
  }

  kitEntries(field: string): { itemId: string; count: number }[] {
    const v = this.record[field]
    if (!Array.isArray(v) || v.length === 0) {
      this.issue(field, `expected a non-empty list of {"item_id": "...", "count": 1}, got ${describe(v)}`)
      return []
    }
    const seen = new Set<string>()
    return v.map((entry: unknown, i) => {
      const at = `${field}[${i}]`
      if (!isPlainObject(entry)) {
        this.issue(at, `expected {"item_id": "...", "count": 1}, got ${describe(entry)}`)
        return { itemId: '', count: 0 }
      }
      for (const key of Object.keys(entry))
        if (!['item_id', 'count'].includes(key))
          this.issue(`${at}.${key}`, 'unknown field; expected item_id or count')
      const itemId = entry.item_id
      if (typeof itemId !== 'string' || !ID_PATTERN.test(itemId))
        this.issue(`${at}.item_id`, `expected an item id, got ${describe(itemId)}`)
      else if (seen.has(itemId))
        this.issue(`${at}.item_id`, `item ${describe(itemId)} is listed twice; give it once with a count`)
      else seen.add(itemId)
      const count = entry.count ?? 1
      if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > 1000) {
        this.issue(`${at}.count`, `expected a whole number from 1 to 1000, got ${describe(count)}`)
      }
      return { itemId: typeof itemId === 'string' ? itemId : '', count: count as number }
    })
  }

  /** Rules tying the status to the rest: typical needs all sizes and a reason; only typical and measured may go unsourced. */
  statusRules(
    status: string | null,
    dims: Dims,
    dimsField: string,
    sources: readonly string[],
    notes: string,
  ): void {
    if (status === 'typical' || status === 'estimated') {
      for (const key of ['w', 'h', 'd'] as const) {
        if (dims[key] === null && !this.issues.some((i) => i.field === `${dimsField}.${key}`)) {
          this.issue(`${dimsField}.${key}`, `a ${status} size must give all three sides`)
        }
      }
      if (notes.trim() === '') this.issue('notes', `a ${status} size must say its reasoning in notes`)
    }
    if (
      status !== null &&
      status !== 'typical' &&
      status !== 'measured' &&
      sources.length === 0 &&
      !this.issues.some((i) => i.field.startsWith('sources'))
    ) {
      this.issue(
        'sources',
        `a ${status} record must name at least one source URL (use dims_status "typical" or "measured" otherwise)`,
      )
    }
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A value as it should appear in an issue: JSON, shortened. */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing'
  const text = JSON.stringify(v) ?? String(v)
  return text.length > 60 ? text.slice(0, 57) + '...' : text
}
