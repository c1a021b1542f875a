import { useMemo } from 'react'
import { useApp } from '../state/context.js'
import { COMPANIONS, type Companion } from '../state/share-url.js'
import { COMPANION_CONTAINERS } from '../state/store.js'
import { usePicked } from '../state/use-picked.js'
import type { PlanReply } from '../data/types.js'
import { countOf, listWords, plainReason, plural } from './words.js'

/** The plan's headline from its numbers: how many things have a place, in how many pieces, and the must-haves. */
export function planHeadline(plan: PlanReply): string {
  const carried = plan.containers.reduce((n, c) => n + c.contents.reduce((m, x) => m + x.count, 0), 0)
  const left = plan.leftBehind.reduce((n, l) => n + l.count, 0)
  const pieces = plan.containers.filter((c) => c.contents.length > 0).length
  const mustLeft = plan.leftBehind.filter((l) => l.mustHave)
  if (carried === 0) return 'Nothing you picked has a place in these pieces.'
  const where = `in ${plural(pieces, 'piece')}`
  if (left === 0) return `Everything has a place, ${where}.`
  if (mustLeft.length > 0) return `Something you must carry has no place: ${plural(mustLeft.reduce((n, l) => n + l.count, 0), 'must-have')} stay${mustLeft.length === 1 && mustLeft[0]!.count === 1 ? 's' : ''} home.`
  const must = plan.mustHaves.total > 0 ? ' Every must-have has a place.' : ''
  return `${carried} of ${carried + left} things have a place ${where}; ${left} stay${left === 1 ? 's' : ''} home.${must}`
}

/** The carry plan: the bag plus companion pieces, which holds what, and what stays home. */
export function CarryPanel() {
  const companions = useApp((s) => s.companions)
  const setCompanions = useApp((s) => s.setCompanions)
  const carry = useApp((s) => s.carry)
  const bagInfo = useApp((s) => s.bagInfo)
  const unit = useApp((s) => s.unit)
  const must = useApp((s) => s.must)
  const setMust = useApp((s) => s.setMust)
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
      {picked.length > 0 && (
        <fieldset>
          <legend>Must come (kept first; the plan says if one cannot)</legend>
          {picked.map((p) => (
            <label key={p.id} className="check">
              <input type="checkbox" checked={must.includes(p.id)} onChange={(e) => setMust(p.id, e.target.checked)} /> {p.label}
            </label>
          ))}
        </fieldset>
      )}
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
          <p className={`plan-status plan-${carry.value.status}`}>
            <strong>{planHeadline(carry.value)}</strong>
          </p>
          <ol className="plan">
            {carry.value.containers
              .filter((c) => c.contents.length > 0)
              .map((c) => (
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
                    {countOf(l.count, names.get(l.id) ?? l.name)}
                    {l.mustHave ? <strong> (must come)</strong> : null}: {plainReason(l.reason, names, unit)}
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
