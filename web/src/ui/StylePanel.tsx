import { useId, useState, type FormEvent } from 'react'
import { useApp } from '../state/context.js'
import type { StyleRule } from '../data/types.js'
import { GARMENT_FITS, type Garment, type GarmentFit } from '../state/share-url.js'
import { PLAIN_COLOURS } from '../../../src/style/calibration.js'
import { colourHex } from './colour-words.js'

export { colourHex }

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
              <strong>{advice.value.verdict}</strong> ({Math.round(advice.value.overall * 100)} / 100): {plainStyleWords(advice.value.summary)}
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
                      {plainStyleWords(s.text)} <span className="muted">({RULE_NAMES[s.rule] ?? s.rule})</span>
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
            <li key={i}>{plainStyleWords(r)}</li>
          ))}
        </ul>
      </details>
    </li>
  )
}

/**
 * The advisor's words for people: colours it quotes in CSS notation (`oklch(0.62 0.2 25)`) are dropped, since the
 * colour's name is already in the sentence.
 */
export function plainStyleWords(text: string): string {
  return text
    .replace(/\s*\((?:oklch|oklab|lab|lch)\([^()]*\)\)/gi, '')
    .replace(/\s*(?:oklch|oklab|lab|lch)\([^()]*\)/gi, '')
    .replace(/\s{2,}/g, ' ')
}

/** A colour as text (a name such as `camel` or `#c19a6b`) with a picker next to it, and what the text reads as. */
function ColourField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  const hex = colourHex(value)
  const reads = value.trim() === '' ? '' : hex === null ? 'not a colour the advisor knows: try a word such as camel, or #c19a6b' : /^#/.test(value.trim()) ? `reads as ${nearestWord(hex)}` : ''
  return (
    <div className="colour-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="a colour, e.g. camel"
        spellCheck={false}
        aria-invalid={value.trim() !== '' && hex === null}
        aria-describedby={`${id}-reads`}
      />
      <input type="color" value={hex ?? '#ffffff'} onChange={(e) => onChange(e.target.value)} aria-label={`${label}: pick a colour`} data-colour={hex ?? ''} />
      <p id={`${id}-reads`} className={hex === null && value.trim() !== '' ? 'message error colour-reads' : 'hint colour-reads'}>
        {reads}
      </p>
    </div>
  )
}

/** The nearest of the advisor's colour words to `hex`, by distance in RGB (close enough to name a picked swatch). */
function nearestWord(hex: string): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16))
  const [r, g, b] = rgb(hex)
  let best = ''
  let bestD = Infinity
  for (const [name, swatch] of Object.entries(PLAIN_COLOURS)) {
    const [x, y, z] = rgb(swatch)
    const d = (r! - x!) ** 2 * 0.3 + (g! - y!) ** 2 * 0.59 + (b! - z!) ** 2 * 0.11
    if (d < bestD) {
      bestD = d
      best = name
    }
  }
  return best
}

