import { useId, useState, type FormEvent } from 'react'
import { useApp } from '../state/context.js'
import type { StyleRule } from '../data/types.js'
import { GARMENT_FITS, type Garment, type GarmentFit } from '../state/share-url.js'

/** Occasions the advisor knows (docs/styling.md). */
const OCCASIONS = ['everyday', 'work', 'travel', 'wedding', 'evening', 'cocktail', 'black-tie'] as const
const RULE_NAMES: Record<string, string> = {
  colour: 'Colour',
  proportion: 'Proportion',
  placement: 'Placement',
  practicality: 'Practicality',
  evening: 'Evening',
}
const WEAR_LABELS = ['Top', 'Bottoms', 'Coat or jacket (optional)']

/** The styling advisor: the bag's colour, what you wear and the occasion; five scores with reasons and suggestions. */
export function StylePanel() {
  const style = useApp((s) => s.style)
  const setStyle = useApp((s) => s.setStyle)
  const runStyle = useApp((s) => s.runStyle)
  const advice = useApp((s) => s.advice)
  const bagInfo = useApp((s) => s.bagInfo)
  const [colour, setColour] = useState(style.colour)
  const [wear, setWear] = useState<Garment[]>([...style.wear, { colour: '', fit: 'regular' as const }, { colour: '', fit: 'oversized' as const }].slice(0, 3))
  const [occasion, setOccasion] = useState(style.occasion)
  const id = useId()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    setStyle({ colour: colour.trim(), wear: wear.map((w) => ({ ...w, colour: w.colour.trim() })).filter((w) => w.colour !== ''), occasion })
    void runStyle()
  }
  if (bagInfo.status !== 'ready') return <p className="muted">Pick a bag first.</p>
  return (
    <div className="style">
      <form onSubmit={submit} className="style-form">
        <ColourField id={`${id}-bag`} label="Bag colour" value={colour} onChange={setColour} />
        {WEAR_LABELS.map((label, i) => (
          <div key={label} className="garment">
            <ColourField
              id={`${id}-w${i}`}
              label={label}
              value={wear[i]?.colour ?? ''}
              onChange={(v) => setWear(wear.map((w, k) => (k === i ? { ...w, colour: v } : w)))}
            />
            <label htmlFor={`${id}-f${i}`} className="visually-hidden">
              {label}: fit
            </label>
            <select id={`${id}-f${i}`} value={wear[i]?.fit ?? 'regular'} onChange={(e) => setWear(wear.map((w, k) => (k === i ? { ...w, fit: e.target.value as GarmentFit } : w)))}>
              {GARMENT_FITS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor={`${id}-occ`}>Occasion</label>
          <select id={`${id}-occ`} value={occasion} onChange={(e) => setOccasion(e.target.value)}>
            {OCCASIONS.map((o) => (
              <option key={o} value={o}>
                {o.replace('-', ' ')}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          Advise me
        </button>
      </form>
      <div aria-live="polite">
        {advice.status === 'loading' && <p className="muted">Thinking…</p>}
        {advice.status === 'error' && (
          <p className="message error" role="alert">
            {advice.message}
          </p>
        )}
        {advice.status === 'done' && (
          <div className="advice">
            <p className="advice-verdict">
              <strong>{advice.value.verdict}</strong> ({Math.round(advice.value.overall * 100)} / 100): {advice.value.summary}
            </p>
            <ul className="rules">
              {Object.values(advice.value.rules).map((r) => (
                <Rule key={r.rule} rule={r} />
              ))}
            </ul>
            {advice.value.suggestions.length > 0 && (
              <>
                <h3>Try</h3>
                <ul>
                  {advice.value.suggestions.slice(0, 5).map((s, i) => (
                    <li key={i}>
                      {s.text} <span className="muted">({RULE_NAMES[s.rule] ?? s.rule})</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  )
}

function Rule({ rule }: { rule: StyleRule }) {
  const name = RULE_NAMES[rule.rule] ?? rule.rule
  return (
    <li>
      <div className="rule-head">
        <span>{name}</span>
        <meter min={0} max={1} low={0.45} high={0.75} optimum={1} value={rule.score} aria-label={`${name} score`}>
          {Math.round(rule.score * 100)}
        </meter>
        <span className="muted">{rule.weight === 0 ? 'not weighed' : rule.verdict}</span>
      </div>
      <details>
        <summary>Why</summary>
        <ul>
          {rule.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      </details>
    </li>
  )
}

/** A colour as text (a name such as `camel` or `#c19a6b`) with a picker next to it. */
function ColourField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  const hex = cssColourHex(value) ?? '#888888'
  return (
    <div className="colour-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} placeholder="a colour name or #hex" spellCheck={false} />
      <input type="color" value={hex} onChange={(e) => onChange(e.target.value)} aria-label={`${label}: pick a colour`} />
    </div>
  )
}

/** A CSS colour (`hotpink`, `#f0c`, `rgb(...)`) as `#rrggbb` through the browser's own parser; null if it is not CSS. */
function cssColourHex(text: string): string | null {
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toLowerCase()
  if (typeof CSS === 'undefined' || !CSS.supports('color', text)) return null
  const ctx = document.createElement('canvas').getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#000000'
  ctx.fillStyle = text
  return /^#[0-9a-f]{6}$/i.test(ctx.fillStyle) ? ctx.fillStyle : null
}
