import { useMemo } from 'react'
import { useApp } from '../state/context.js'
import { COMPANIONS, type Companion } from '../state/share-url.js'
import { COMPANION_CONTAINERS } from '../state/store.js'
import { usePicked } from '../state/use-picked.js'
import { countOf, listWords, plainReason } from './words.js'

const STATUS_WORDS = {
  'all-carried': 'Everything has a place.',
  'some-left': 'Everything that must come has a place; some things stay home.',
  'must-have-left': 'Something you must carry has no place.',
} as const

/** The carry plan: the bag plus companion pieces, which holds what, and what stays home. */
export function CarryPanel() {
  const companions = useApp((s) => s.companions)
  const setCompanions = useApp((s) => s.setCompanions)
  const carry = useApp((s) => s.carry)
  const bagInfo = useApp((s) => s.bagInfo)
  const unit = useApp((s) => s.unit)
  const picked = usePicked()
  const names = useMemo(() => new Map(picked.map((p) => [p.id, p.label])), [picked])
  const toggle = (c: Companion, on: boolean) => setCompanions(on ? COMPANIONS.filter((x) => x === c || companions.includes(x)) : companions.filter((x) => x !== c))
  return (
    <div className="carry">
      <fieldset>
        <legend>Carry the rest in</legend>
        {COMPANIONS.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={companions.includes(c)} onChange={(e) => toggle(c, e.target.checked)} /> {COMPANION_CONTAINERS[c].label}
          </label>
        ))}
      </fieldset>
      {bagInfo.status !== 'ready' || picked.length === 0 ? (
        <p className="muted">Pick a bag and some things first.</p>
      ) : carry.status === 'loading' ? (
        <p className="muted">Planning…</p>
      ) : carry.status === 'error' ? (
        <p className="message error" role="alert">
          {carry.message}
        </p>
      ) : carry.status === 'done' ? (
        <div aria-live="polite">
          <p className="plan-status">
            <strong>{STATUS_WORDS[carry.value.status]}</strong>{' '}
            {carry.value.pieces.length > 0 && `Pieces to carry: ${carry.value.pieces.length}.`}
          </p>
          <ol className="plan">
            {carry.value.containers.map((c) => (
              <li key={c.id}>
                <strong>{c.id === 'bag' ? bagInfo.label : c.name}</strong>
                {c.worn ? ' (worn anyway)' : ''}: {listWords(c.contents.map((x) => countOf(x.count, names.get(x.id) ?? x.id)))}
                <span className="muted"> · {Math.round(c.fill * 100)}% full</span>
              </li>
            ))}
          </ol>
          {carry.value.leftBehind.length > 0 && (
            <>
              <h3>Stays home</h3>
              <ul>
                {carry.value.leftBehind.map((l) => (
                  <li key={l.id}>
                    {countOf(l.count, names.get(l.id) ?? l.name)}: {plainReason(l.reason, names, unit)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {carry.value.mustHaveProof && <p>{plainReason(carry.value.mustHaveProof, names, unit)}</p>}
        </div>
      ) : null}
    </div>
  )
}
