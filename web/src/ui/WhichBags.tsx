import { useEffect, useId, useMemo, useState } from 'react'
import type { WhichBagsVerdict } from '../data/types.js'
import { useApp } from '../state/context.js'
import { bagLabel } from '../state/store.js'
import { usePicked } from '../state/use-picked.js'
import { formatSizeIn, type Unit } from '../state/units.js'
import { closenessWords, plainReason, plural } from './words.js'

/** Orders the list can take. */
const BAG_ORDERS = {
  room: 'Most room to spare',
  price: 'Price, lowest first',
  size: 'Size, smallest first',
  style: 'Style, best for your outfit first',
} as const
export type BagOrder = keyof typeof BAG_ORDERS

/** A bag's price for comparing: in US dollars when the catalog converted it, else in its own currency. */
function comparablePrice(v: WhichBagsVerdict): { amount: number; currency: string; converted: boolean } | null {
  if (v.bag.priceConverted) return { amount: v.bag.priceConverted.amount, currency: 'USD', converted: v.bag.price?.currency !== 'USD' }
  if (v.bag.price) return { amount: v.bag.price.amount, currency: v.bag.price.currency, converted: false }
  return null
}

/**
 * Sorts verdicts by `order`, ties by name; a bag without the number sorts last. Room to spare is the verdicts'
 * margin when every one gives it (`closeness`), else the free volume left once the things are in, ml.
 */
export function orderBags(rows: readonly WhichBagsVerdict[], order: BagOrder, neededMl = 0): WhichBagsVerdict[] {
  const byMargin = rows.every((v) => typeof v.closeness?.marginMm === 'number')
  const freeMl = (v: WhichBagsVerdict) => (v.bag.volumeMl === null ? null : -(v.bag.volumeMl - neededMl))
  const key = (v: WhichBagsVerdict): number | null => {
    if (order === 'room') return byMargin ? -v.closeness!.marginMm! : freeMl(v)
    if (order === 'price') return comparablePrice(v)?.amount ?? null
    if (order === 'size') return v.bag.volumeMl
    return v.style ? -v.style.overall : null
  }
  return [...rows].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    if (ka === null || kb === null) return ka === kb ? a.bag.label.localeCompare(b.bag.label) : ka === null ? 1 : -1
    // Margins are looked for up to a limit ("at least 2 cm to spare"): past it, the bag with more room left first.
    const tie = order === 'room' && byMargin ? (freeMl(a) ?? 0) - (freeMl(b) ?? 0) : 0
    return ka - kb || tie || a.bag.label.localeCompare(b.bag.label)
  })
}

/** The filters a shopper sets. `maxPrice` is in US dollars (prices the catalog did not convert pass only without it). */
export interface BagFilters {
  brand: string
  shape: string
  maxPrice: number | null
}

export function filterBags(rows: readonly WhichBagsVerdict[], f: BagFilters): WhichBagsVerdict[] {
  return rows.filter((v) => {
    if (f.brand && v.bag.brand !== f.brand) return false
    if (f.shape && v.bag.shape !== f.shape) return false
    if (f.maxPrice !== null) {
      const p = comparablePrice(v)
      if (!p || p.currency !== 'USD' || p.amount > f.maxPrice) return false
    }
    return true
  })
}

/** "Which bags fit my things?": every catalog bag that holds the picked things, ranked and filtered, and why not for the rest. */
export function WhichBags() {
  const which = useApp((s) => s.which)
  const unit = useApp((s) => s.unit)
  const runWhichBags = useApp((s) => s.runWhichBags)
  const chooseBag = useApp((s) => s.chooseBag)
  const setView = useApp((s) => s.setView)
  const setCompare = useApp((s) => s.setCompare)
  const bag = useApp((s) => s.bag)
  const picked = usePicked()
  const bagCount = useApp((s) => s.catalog.bags.length)
  const names = useMemo(() => new Map(picked.map((p) => [p.id, p.label])), [picked])
  const [order, setOrder] = useState<BagOrder>('room')
  const [filters, setFilters] = useState<BagFilters>({ brand: '', shape: '', maxPrice: null })
  const [priceText, setPriceText] = useState('')
  const [priceError, setPriceError] = useState<string | null>(null)
  const [larger, setLarger] = useState(false)
  const id = useId()

  if (picked.length === 0) return <p className="muted">Add the things you carry (step 2), and every catalog bag that holds them shows here.</p>
  if (which.status === 'idle' || which.status === 'loading') return <WhichProgress bags={bagCount} things={picked.reduce((n, p) => n + p.count, 0)} />
  if (which.status === 'error')
    return (
      <p className="message error" role="alert">
        {which.message}{' '}
        <button type="button" className="link" onClick={() => void runWhichBags()}>
          Try again
        </button>
      </p>
    )
  const all = which.value.results
  const neededMl = which.value.items.reduce((n, i) => n + (i.size[0]! * i.size[1]! * i.size[2]! * i.count) / 1000, 0)
  const brands = [...new Set(all.map((v) => v.bag.brand))].sort()
  const shapes = [...new Set(all.map((v) => v.bag.shape).filter((s): s is string => s !== null))].sort()
  // Bags the catalog keeps only to compare against (a Birkin 35) are not micro bags: shown when asked.
  const shown = filterBags(larger ? all : all.filter((v) => !v.bag.isReferenceOnly), filters)
  const largerCount = all.filter((v) => v.bag.isReferenceOnly).length
  const holding = orderBags(
    shown.filter((v) => v.status === 'fits'),
    order,
    neededMl,
  )
  const notHolding = shown.filter((v) => v.status === 'does-not-fit')
  const undecided = shown.filter((v) => v.status === 'unknown')
  const unsized = shown.filter((v) => v.status === 'unknown-size')
  const closeCalls = holding.filter((v) => v.closeness?.closeCall).length
  const things = plural(picked.reduce((n, p) => n + p.count, 0), 'thing')
  const readPrice = (text: string) => {
    setPriceText(text)
    const t = text.trim()
    if (t === '') {
      setPriceError(null)
      setFilters({ ...filters, maxPrice: null })
    } else if (!/^\d+(\.\d+)?$/.test(t) || Number(t) <= 0) {
      setPriceError(`Up to what price: a number of US dollars, such as 2000, not "${t.slice(0, 20)}".`)
    } else {
      setPriceError(null)
      setFilters({ ...filters, maxPrice: Number(t) })
    }
  }
  const unconverted = all.filter((v) => v.bag.price && !v.bag.priceConverted && v.bag.price.currency !== 'USD').length

  return (
    <div className="which-bags">
      <p className="which-summary" aria-live="polite">
        <strong>
          {holding.length === 0 ? 'No bag' : plural(holding.length, 'bag')} of the {plural(shown.length, 'bag')} shown {holding.length === 1 ? 'holds' : 'hold'} your {things}
        </strong>
        {closeCalls > 0 ? `, ${closeCalls === 1 ? 'one of them a close call' : `${closeCalls} of them close calls`}` : ''}.
      </p>
      <div className="filters" role="group" aria-label="Filter and order the bags">
        <div>
          <label htmlFor={`${id}-order`}>Order</label>
          <select id={`${id}-order`} value={order} onChange={(e) => setOrder(e.target.value as BagOrder)}>
            {Object.entries(BAG_ORDERS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-brand`}>Brand</label>
          <select id={`${id}-brand`} value={filters.brand} onChange={(e) => setFilters({ ...filters, brand: e.target.value })}>
            <option value="">Every brand</option>
            {brands.map((b) => (
              <option key={b}>{b}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-shape`}>Shape</label>
          <select id={`${id}-shape`} value={filters.shape} onChange={(e) => setFilters({ ...filters, shape: e.target.value })}>
            <option value="">Every shape</option>
            {shapes.map((s) => (
              <option key={s} value={s}>
                {s === 'minaudiere' ? 'minaudière' : s}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-price`}>Up to (USD)</label>
          <input
            id={`${id}-price`}
            inputMode="decimal"
            value={priceText}
            placeholder="any price"
            onChange={(e) => readPrice(e.target.value)}
            aria-invalid={priceError !== null}
            aria-describedby={`${id}-price-msg`}
            autoComplete="off"
          />
        </div>
      </div>
      {largerCount > 0 && (
        <label className="inline">
          <input type="checkbox" checked={larger} onChange={(e) => setLarger(e.target.checked)} /> Include {plural(largerCount, 'larger bag')} the catalog keeps for comparison
        </label>
      )}
      <p id={`${id}-price-msg`} className={priceError ? 'message error' : 'hint'} role={priceError ? 'alert' : undefined}>
        {priceError ??
          (filters.maxPrice !== null
            ? `Prices compared in US dollars${unconverted > 0 ? `; ${plural(unconverted, 'bag')} priced in another currency without a conversion ${unconverted === 1 ? 'is' : 'are'} left out` : ''}.`
            : '')}
      </p>
      {holding.length > 0 ? (
        <ol className="bag-results">
          {holding.map((v) => (
            <BagRow
              key={v.bag.id}
              verdict={v}
              unit={unit}
              current={bag?.kind === 'catalog' && bag.id === v.bag.id}
              onPack={() => {
                chooseBag({ kind: 'catalog', id: v.bag.id })
                setView('pack')
              }}
              onCompare={() => {
                setCompare(v.bag.id)
                setView('compare')
              }}
            />
          ))}
        </ol>
      ) : (
        <p className="muted">No bag matches these filters and holds everything. Try fewer things, or clear a filter.</p>
      )}
      {notHolding.length > 0 && (
        <details className="not-holding">
          <summary>
            {plural(notHolding.length, 'bag')} that {notHolding.length === 1 ? 'does' : 'do'} not hold them, and why
          </summary>
          <ul>
            {notHolding.map((v) => (
              <li key={v.bag.id}>
                <strong>{bagLabel(v.bag)}</strong>: {plainReason(v.reason, names, unit)}
                {/* The reason says how much too big; a close call is worth the flag. */}
                {v.closeness?.closeCall && <ClosenessInline verdict={v} unit={unit} names={names} />}
              </li>
            ))}
          </ul>
        </details>
      )}
      {undecided.length > 0 && (
        <details className="undecided">
          <summary>
            {plural(undecided.length, 'bag')} not decided in time
          </summary>
          <ul>
            {undecided.map((v) => (
              <li key={v.bag.id}>
                <strong>{bagLabel(v.bag)}</strong>: {plainReason(v.reason, names, unit)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void runWhichBags()}>
            Try every bag again
          </button>
        </details>
      )}
      {unsized.length > 0 && (
        <p className="muted unsized">
          {plural(unsized.length, 'bag')} of the catalog {unsized.length === 1 ? 'has' : 'have'} no full size, so {unsized.length === 1 ? 'it cannot' : 'they cannot'} be checked:{' '}
          {unsized.map((v) => bagLabel(v.bag)).join('; ')}.
        </p>
      )}
    </div>
  )
}

/**
 * While every bag is tried: what is being tried, a bar that moves, and the seconds gone (the server answers for the
 * whole list at once, so there is no count of bags done to show).
 */
function WhichProgress({ bags, things }: { bags: number; things: number }) {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    const started = Date.now()
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <div className="which-progress" role="status" aria-live="polite" data-testid="which-progress">
      <p>
        Trying {bags > 0 ? `all ${bags} bags of the catalog` : 'every bag of the catalog'} with your {plural(things, 'thing')}…
        {seconds >= 2 ? <span className="muted"> {seconds} s</span> : null}
      </p>
      <progress aria-label="Trying every bag" />
      <p className="hint">Each bag is packed for real, turned and squeezed where it helps; this takes a few seconds.</p>
    </div>
  )
}

function ClosenessInline({ verdict, unit, names }: { verdict: WhichBagsVerdict; unit: Unit; names?: ReadonlyMap<string, string> }) {
  const words = closenessWords(verdict.closeness, unit, names)
  if (!words) return null
  return <span className={words.closeCall ? 'closeness-chip close-call' : 'closeness-chip'}>{words.closeCall ? `Close call: ${words.short}` : words.short}</span>
}

function BagRow({ verdict: v, unit, current, onPack, onCompare }: { verdict: WhichBagsVerdict; unit: Unit; current: boolean; onPack: () => void; onCompare: () => void }) {
  const price = comparablePrice(v)
  const { w, h, d } = v.bag.exteriorMm
  return (
    <li className={current ? 'bag-result current' : 'bag-result'} data-bag={v.bag.id}>
      <div className="bag-result-head">
        <strong>{bagLabel(v.bag)}</strong>
        <ClosenessInline verdict={v} unit={unit} />
      </div>
      <div className="choice-meta">
        {w !== null && h !== null && d !== null ? formatSizeIn([w, h, d], unit) : ''}
        {v.bag.shape ? ` · ${v.bag.shape === 'minaudiere' ? 'minaudière' : v.bag.shape}` : ''}
        {v.bag.volumeMl !== null ? ` · holds ${Math.round(v.bag.volumeMl)} ml` : ''}
        {price ? ` · ${price.currency} ${Math.round(price.amount).toLocaleString('en')}${price.converted ? ` (converted from ${v.bag.price!.currency})` : ''}` : ' · price not known'}
        {v.style ? ` · style ${Math.round(v.style.overall * 100)}/100` : ''}
        {v.bag.isReferenceOnly ? ' · a larger bag, for comparison' : ''}
      </div>
      <div className="bag-result-actions">
        <button type="button" onClick={onPack} aria-label={`Pack ${bagLabel(v.bag)}`}>
          Pack it
        </button>
        <button type="button" onClick={onCompare} aria-label={`Compare ${bagLabel(v.bag)}`}>
          Compare
        </button>
      </div>
    </li>
  )
}
