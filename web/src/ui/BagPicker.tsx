import { useId, useMemo, useState, type FormEvent } from 'react'
import type { Bag } from '../data/types.js'
import { useApp } from '../state/context.js'
import { bagLabel } from '../state/store.js'
import type { formatIn} from '../state/units.js';
import { formatSizeIn } from '../state/units.js'
import { fold, matchesAll } from './search.js'
import { plainExplanation } from './words.js'

/** Shapes a typed bag may take, with words for people (docs/bags.md). */
const SHAPE_CHOICES: { value: string; label: string }[] = [
  { value: 'box', label: 'Box (straight sides)' },
  { value: 'trapezoid', label: 'Trapezoid (Birkin, Kelly, Chiquito)' },
  { value: 'half-moon', label: 'Half-moon (saddle)' },
  { value: 'round', label: 'Round' },
  { value: 'bucket', label: 'Bucket' },
  { value: 'barrel', label: 'Barrel (Speedy)' },
  { value: 'pouch', label: 'Soft pouch' },
  { value: 'tote', label: 'Tote' },
  { value: 'minaudiere', label: 'Minaudière (hard case)' },
]

/** Most bags listed at once; the search narrows them. */
const SHOWN = 40

/** Step 1: a bag from the catalog, or sizes typed by hand with a shape. */
export function BagPicker() {
  const bag = useApp((s) => s.bag)
  const [mode, setMode] = useState<'catalog' | 'custom'>(bag?.kind === 'custom' ? 'custom' : 'catalog')
  return (
    <section className="card" aria-labelledby="bag-heading">
      <h2 id="bag-heading">
        <span className="step" aria-hidden="true">1</span> Your bag
      </h2>
      <div className="segmented" role="group" aria-label="How to give the bag">
        <button type="button" aria-pressed={mode === 'catalog'} onClick={() => setMode('catalog')}>
          From the catalog
        </button>
        <button type="button" aria-pressed={mode === 'custom'} onClick={() => setMode('custom')}>
          Your own size
        </button>
      </div>
      {mode === 'catalog' ? <CatalogBags /> : <TypedBag />}
      <BagSummary />
    </section>
  )
}

function CatalogBags() {
  const catalog = useApp((s) => s.catalog)
  const bag = useApp((s) => s.bag)
  const unit = useApp((s) => s.unit)
  const chooseBag = useApp((s) => s.chooseBag)
  const [query, setQuery] = useState('')
  const id = useId()
  const bags = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean)
    return catalog.bags.filter((b) => matchesAll(`${b.id} ${b.brand} ${b.model} ${b.sizeName ?? ''}`, words))
  }, [catalog.bags, query])
  return (
    <div className="picker">
      <label htmlFor={`${id}-q`}>Search bags</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        placeholder="Brand, model or size, e.g. lady dior micro"
        onChange={(e) => setQuery(e.target.value)}
        aria-controls={`${id}-list`}
        autoComplete="off"
      />
      {catalog.status === 'loading' && <p className="muted">Loading the catalog…</p>}
      {catalog.status === 'error' && (
        <p className="message error" role="alert">
          {catalog.message}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {catalog.status === 'ready' ? `${bags.length} bags match.` : ''}
      </p>
      <ul id={`${id}-list`} className="choice-list" aria-label="Bags">
        {bags.slice(0, SHOWN).map((b) => (
          <li key={b.id}>
            <button
              type="button"
              className="choice"
              aria-pressed={bag?.kind === 'catalog' && bag.id === b.id}
              onClick={() => chooseBag({ kind: 'catalog', id: b.id })}
            >
              <span className="choice-name">{bagLabel(b)}</span>
              <span className="choice-meta">{bagMeta(b, unit)}</span>
            </button>
          </li>
        ))}
      </ul>
      {bags.length === 0 && catalog.status === 'ready' && <p className="muted">No bag matches “{query}”. Try fewer words, or type your own size.</p>}
    </div>
  )
}

function bagMeta(b: Bag, unit: Parameters<typeof formatIn>[1]): string {
  const { w, h, d } = b.exteriorMm
  const size = w !== null && h !== null && d !== null ? formatSizeIn([w, h, d], unit) : 'size not fully known'
  const price = b.price ? ` · ${b.price.currency} ${b.price.amount.toLocaleString('en')}` : ''
  return `${size}${b.shape ? ` · ${b.shape}` : ''}${price}`
}

function TypedBag() {
  const bag = useApp((s) => s.bag)
  const bagInfo = useApp((s) => s.bagInfo)
  const unit = useApp((s) => s.unit)
  const chooseBag = useApp((s) => s.chooseBag)
  const [size, setSize] = useState(bag?.kind === 'custom' ? bag.size : '')
  const [shape, setShape] = useState(bag?.kind === 'custom' ? bag.shape : 'box')
  const id = useId()
  const isTyped = bag?.kind === 'custom'
  const error = isTyped && bagInfo.status === 'error' ? bagInfo.message : null
  const readAs = isTyped && bagInfo.status === 'ready' ? bagInfo.readAs : null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    chooseBag({ kind: 'custom', size: size.trim(), shape })
  }
  return (
    <form className="picker typed" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-size`}>Outside size: width × height × depth</label>
      <input
        id={`${id}-size`}
        name="bag-size"
        value={size}
        onChange={(e) => setSize(e.target.value)}
        placeholder={unit === 'in' ? 'e.g. 4.7x3.5x2in' : unit === 'mm' ? 'e.g. 120x90x50mm' : 'e.g. 12x9x5cm'}
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error !== null}
        aria-describedby={`${id}-msg ${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        Any of mm, cm or in (“12x9x5cm”, “4.7 x 3.5 x 2 in”); numbers without a unit are read in {unit}.
      </p>
      <label htmlFor={`${id}-shape`}>Shape</label>
      <select id={`${id}-shape`} value={shape} onChange={(e) => setShape(e.target.value)}>
        {SHAPE_CHOICES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <button type="submit" className="primary">
        Use this bag
      </button>
      <p id={`${id}-msg`} className={error ? 'message error' : 'message'} role={error ? 'alert' : undefined} aria-live="polite">
        {error ?? readAs ?? ''}
      </p>
    </form>
  )
}

/** What the chosen bag holds, in the person's unit, with how the inside was worked out. */
function BagSummary() {
  const bagInfo = useApp((s) => s.bagInfo)
  const bag = useApp((s) => s.bag)
  const unit = useApp((s) => s.unit)
  if (bagInfo.status === 'loading') return <p className="muted">Working out the inside…</p>
  if (bagInfo.status === 'error' && bag?.kind === 'catalog')
    return (
      <p className="message error" role="alert">
        {bagInfo.message}
      </p>
    )
  if (bagInfo.status !== 'ready') return null
  const [w, d, h] = bagInfo.container.size
  return (
    <div className="bag-summary" aria-live="polite">
      <p>
        <strong>{bagInfo.label}</strong>: outside {formatSizeIn(bagInfo.exteriorMm, unit)}; inside {formatSizeIn([w, h, d], unit)}
        {bagInfo.container.blocked?.length ? ` (${bagInfo.shape} outline)` : ''}, holding <strong>{Math.round(bagInfo.volumeMl)} ml</strong>
        {bagInfo.pricePerMl ? ` · ${bagInfo.pricePerMl.currency} ${bagInfo.pricePerMl.amount.toFixed(2)} per ml` : ''}.
      </p>
      <details>
        <summary>How the inside was worked out</summary>
        <ul className="explain">
          {bagInfo.explanation.map((line, i) => (
            <li key={i}>{plainExplanation(line)}</li>
          ))}
        </ul>
      </details>
    </div>
  )
}
