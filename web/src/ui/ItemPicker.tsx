import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react'
import { swatchBackground } from '../scene/colours.js'
import { useApp } from '../state/context.js'
import { readCount } from '../state/share-url.js'
import { caseFor, caseWords, type PickedItem } from '../state/store.js'
import { usePicked } from '../state/use-picked.js'
import { formatSizeIn } from '../state/units.js'
import { fold, matchesAll } from './search.js'
import { displayName, plural } from './words.js'

/** Categories people look for, in the catalog's words (docs/catalog.md). */
const CATEGORIES: { value: string; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'phone', label: 'Phones' },
  { value: 'card', label: 'Cards' },
  { value: 'cash', label: 'Cash' },
  { value: 'cosmetics', label: 'Make-up' },
  { value: 'keys', label: 'Keys' },
  { value: 'audio', label: 'Earbuds' },
  { value: 'eyewear', label: 'Glasses' },
  { value: 'food', label: 'Sweets' },
  { value: 'other', label: 'Other' },
]

/** Step 2: catalog things by category, kits, counts, and things typed by hand. */
export function ItemPicker() {
  return (
    <section className="card" aria-labelledby="items-heading">
      <h2 id="items-heading">
        <span className="step" aria-hidden="true">2</span> Your things
      </h2>
      <Kits />
      <CatalogItems />
      <OwnItemForm />
      <PickedList />
    </section>
  )
}

function Kits() {
  const kits = useApp((s) => s.catalog.kits)
  const addKit = useApp((s) => s.addKit)
  if (kits.length === 0) return null
  return (
    <div className="kits" role="group" aria-label="Add a kit">
      <span className="label">Kits</span>
      {kits.map((k) => (
        <button key={k.id} type="button" className="chip" title={k.description} onClick={() => addKit(k.id)} aria-label={`Add kit ${k.name}: ${k.description}`}>
          + {k.name}
        </button>
      ))}
    </div>
  )
}

function CatalogItems() {
  const catalog = useApp((s) => s.catalog)
  const unit = useApp((s) => s.unit)
  const addItem = useApp((s) => s.addItem)
  const [category, setCategory] = useState('')
  const [query, setQuery] = useState('')
  const id = useId()
  const items = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean)
    // Cases go with a phone ("in its case"), not on their own.
    return catalog.items.filter((i) => i.category !== 'case' && (category === '' || i.category === category) && matchesAll(`${i.id} ${i.name}`, words))
  }, [catalog.items, category, query])
  return (
    <div className="picker">
      <div className="chips" role="group" aria-label="Category">
        {CATEGORIES.map((c) => (
          <button key={c.value} type="button" className="chip" aria-pressed={category === c.value} onClick={() => setCategory(c.value)}>
            {c.label}
          </button>
        ))}
      </div>
      <label htmlFor={`${id}-q`}>Search things</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. iphone 15, lipstick, airpods" autoComplete="off" />
      <ul className="choice-list items" aria-label="Things to add">
        {items.map((i) => {
          const { w, h, d } = i.dimsMm
          const known = w !== null && h !== null && d !== null
          const shown = displayName(i.name)
          return (
            <li key={i.id}>
              <span className="choice-name">{shown.name}</span>
              <span className="choice-meta">
                {known ? formatSizeIn([w, h, d], unit) : 'size not fully known'}
                {shown.note ? ` · ${shown.note}` : ''}
              </span>
              <button type="button" className="add" disabled={!known} onClick={() => addItem(i.id)} aria-label={`Add ${shown.name}`}>
                Add
              </button>
            </li>
          )
        })}
      </ul>
      {items.length === 0 && catalog.status === 'ready' && <p className="muted">Nothing matches. Type its size below instead.</p>}
    </div>
  )
}

function OwnItemForm() {
  const addOwn = useApp((s) => s.addOwn)
  const ownError = useApp((s) => s.ownError)
  const unit = useApp((s) => s.unit)
  const [name, setName] = useState('')
  const [size, setSize] = useState('')
  const [count, setCount] = useState('1')
  const [countError, setCountError] = useState<string | null>(null)
  const id = useId()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const read = readCount(count)
    if (!read.ok) {
      setCountError(read.message)
      return
    }
    setCountError(null)
    if (addOwn({ name, size, count: read.count })) {
      setName('')
      setSize('')
      setCount('1')
    }
  }
  const message = countError ?? ownError
  return (
    <details className="own">
      <summary>Something else? Type its size</summary>
      <form onSubmit={submit} noValidate className="own-form">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Ring box" maxLength={60} />
        <label htmlFor={`${id}-size`}>Size (three sides)</label>
        <input
          id={`${id}-size`}
          value={size}
          onChange={(e) => setSize(e.target.value)}
          placeholder={unit === 'in' ? 'e.g. 2x2x1.5in' : 'e.g. 5x5x4cm'}
          aria-invalid={ownError !== null && countError === null}
          aria-describedby={`${id}-msg`}
          spellCheck={false}
        />
        <p className="hint">Use a point for decimals (12.5x9x5cm); numbers without a unit are read in {unit}.</p>
        <label htmlFor={`${id}-count`}>How many</label>
        <input
          id={`${id}-count`}
          inputMode="numeric"
          value={count}
          onChange={(e) => setCount(e.target.value)}
          aria-invalid={countError !== null}
          aria-describedby={`${id}-msg`}
          className="count-input"
          autoComplete="off"
        />
        <button type="submit">Add it</button>
        <p id={`${id}-msg`} className={message ? 'message error' : 'message'} role={message ? 'alert' : undefined}>
          {message ?? ''}
        </p>
      </form>
    </details>
  )
}

function PickedList() {
  const picked = usePicked()
  const items = useApp((s) => s.items)
  const own = useApp((s) => s.own)
  const removeOwn = useApp((s) => s.removeOwn)
  const clearItems = useApp((s) => s.clearItems)
  const total = picked.reduce((n, p) => n + p.count, 0)
  const unreadable = items.length + own.length - picked.length
  return (
    <div className="picked" aria-labelledby="picked-heading">
      <h3 id="picked-heading">
        In the bag <span className="muted">({total === 0 ? 'nothing yet' : plural(total, 'thing')})</span>
      </h3>
      {picked.length === 0 && <p className="muted">Add a kit or a few things above.</p>}
      <ul className="picked-list">
        {picked.map((p, i) => (
          <PickedRow key={p.id} item={p} index={i} onRemoveOwn={() => removeOwn(Number(p.id.slice(4)) - 1)} />
        ))}
      </ul>
      {unreadable > 0 && (
        <p className="muted">
          {unreadable === 1 ? 'One picked thing has' : `${unreadable} picked things have`} no full size in the catalog and {unreadable === 1 ? 'is' : 'are'} left out of the check.
        </p>
      )}
      {picked.length > 0 && (
        <button type="button" className="link" onClick={clearItems}>
          Remove everything
        </button>
      )}
    </div>
  )
}

/** One picked thing: its colour, name and size, how many (typed or stepped), in its case, remove. */
function PickedRow({ item: p, index, onRemoveOwn }: { item: PickedItem; index: number; onRemoveOwn: () => void }) {
  const unit = useApp((s) => s.unit)
  const setCount = useApp((s) => s.setCount)
  const removeItem = useApp((s) => s.removeItem)
  const setInCase = useApp((s) => s.setInCase)
  const catalogItems = useApp((s) => s.catalog.items)
  const items = useApp((s) => s.items)
  const [typed, setTyped] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const name = displayName(p.name).name
  const standard = p.isOwn ? null : caseFor(catalogItems, p.category, true)
  // The catalog's cases for this kind of thing, the standard one first.
  const cases = standard ? [standard, ...catalogItems.filter((c) => c.category === 'case' && c.caseAddsMm && c.details?.caseFor === p.category && c.id !== standard.id)] : []
  const ref = items.find((r) => r.id === p.catalogId)
  const chosenCase = ref?.case === undefined || ref.case === true ? standard?.id : ref.case
  const commit = () => {
    if (typed === null) return
    const read = readCount(typed)
    if (!read.ok) {
      setError(read.message)
      return
    }
    setError(null)
    setTyped(null)
    setCount(p.catalogId!, read.count)
  }
  const step = (by: number) => {
    setError(null)
    setTyped(null)
    if (p.count + by < 1) return removeItem(p.catalogId!)
    if (!setCount(p.catalogId!, p.count + by)) setError(`At most 99 of one thing.`)
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      commit()
    }
  }
  return (
    <li>
      <span className="swatch" style={{ background: swatchBackground(index) }} aria-hidden="true">
        <span className="swatch-number">{index + 1}</span>
      </span>
      <span className="picked-name" title={p.name}>
        {p.label}
        <span className="choice-meta">{formatSizeIn([p.sizeMm[0], p.sizeMm[2], p.sizeMm[1]], unit)}</span>
      </span>
      {p.isOwn ? (
        <span className="count-fixed">× {p.count}</span>
      ) : (
        <span className="stepper" role="group" aria-label={`How many ${name}`}>
          <button type="button" onClick={() => step(-1)} aria-label={`One fewer ${name}`}>
            −
          </button>
          <input
            className="count-input"
            inputMode="numeric"
            aria-label={`How many ${name}`}
            value={typed ?? String(p.count)}
            onChange={(e) => setTyped(e.target.value)}
            onBlur={commit}
            onKeyDown={onKey}
            aria-invalid={error !== null}
            aria-describedby={`${id}-count`}
          />
          <button type="button" onClick={() => step(1)} aria-label={`One more ${name}`}>
            +
          </button>
        </span>
      )}
      <button type="button" className="remove" onClick={() => (p.isOwn ? onRemoveOwn() : removeItem(p.catalogId!))} aria-label={`Remove ${name}`}>
        ×
      </button>
      {standard && (
        <span className="in-case">
          <label className="inline">
            <input type="checkbox" checked={p.inCase !== null} onChange={(e) => setInCase(p.catalogId!, e.target.checked)} /> in its case
          </label>
          {p.inCase !== null && cases.length > 1 && (
            <select
              aria-label={`Which case for ${name}`}
              value={chosenCase}
              onChange={(e) => setInCase(p.catalogId!, e.target.value === standard.id ? true : e.target.value)}
            >
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id === standard.id ? 'standard' : caseWords(c)}
                </option>
              ))}
            </select>
          )}
        </span>
      )}
      <p id={`${id}-count`} className={error ? 'message error row-message' : 'visually-hidden'} role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </li>
  )
}
