import { useMemo } from 'react'
import { useApp } from '../state/context.js'
import type { FitState } from '../state/store.js'
import { usePicked } from '../state/use-picked.js'
import { ClosenessNote } from './PackView.js'
import { countOf, listWords, plainReason } from './words.js'

/** Headline words for each answer of the engine. */
export const HEADLINES = {
  fits: 'Yes, it all fits.',
  'does-not-fit': 'No, it does not all fit.',
  unknown: 'Could not decide in time.',
} as const

/** The answer in plain words: fits or not, why, and what to leave out. */
export function Verdict() {
  const fit = useApp((s) => s.fit)
  const bagInfo = useApp((s) => s.bagInfo)
  const unit = useApp((s) => s.unit)
  const picked = usePicked()
  const linkNotes = useApp((s) => s.linkNotes)
  const dismissLinkNotes = useApp((s) => s.dismissLinkNotes)
  const names = useMemo(() => new Map(picked.map((p) => [p.id, p.label])), [picked])
  let body
  if (bagInfo.status === 'none') body = <p className="verdict-lead">Pick a bag to start.</p>
  else if (bagInfo.status !== 'ready')
    body = <p className="verdict-lead">{bagInfo.status === 'loading' ? 'Working out the inside of the bag…' : 'Choose another bag, or type its size.'}</p>
  else if (picked.length === 0) body = <p className="verdict-lead">Now add the things you want to carry.</p>
  else if (fit.status === 'checking' || fit.status === 'idle') body = <p className="verdict-lead">Checking…</p>
  else if (fit.status === 'error')
    body = (
      <p className="verdict-lead" role="alert">
        {fit.message}
      </p>
    )
  else body = <Answer fit={fit} names={names} unit={unit} label={bagInfo.label} />
  
  const status = fit.status === 'done' && bagInfo.status === 'ready' ? fit.reply.status : 'none'
  return (
    <section className={`verdict verdict-${status}`} aria-labelledby="verdict-heading" data-status={status}>
      <h2 id="verdict-heading" className="visually-hidden">
        The answer
      </h2>
      {linkNotes.length > 0 && (
        <div className="link-notes" role="alert">
          <ul>
            {linkNotes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" className="link" onClick={dismissLinkNotes}>
            Dismiss
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true">
        {body}
      </div>
    </section>
  )
}

function Answer({ fit, names, unit, label }: { fit: Extract<FitState, { status: 'done' }>; names: Map<string, string>; unit: Parameters<typeof plainReason>[2]; label: string }) {
  const { reply, leaveOut } = fit
  const icon = reply.status === 'fits' ? '✓' : reply.status === 'does-not-fit' ? '✕' : '?'
  return (
    <>
      <p className="verdict-lead">
        <span className="verdict-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="verdict-words">{HEADLINES[reply.status]}</span>
        <span className="verdict-bag"> {label}</span>
      </p>
      <p className="verdict-reason">
        <span className="visually-hidden">Why: </span>
        {plainReason(reply.reason, names, unit, fit.container.size)}
      </p>
      <ClosenessNote closeness={reply.closeness} unit={unit} names={names} />
      {reply.status === 'unknown' && <p className="muted">The search ran out of time without a proof either way. Try fewer things, or fewer copies.</p>}
      {leaveOut.status === 'checking' && <p className="muted">Working out what to leave out…</p>}
      {leaveOut.status === 'done' && leaveOut.left.length > 0 && (
        <div className="leave-out">
          <p>
            {leaveOut.placements.length === 0 ? (
              <strong>None of these things fits in this bag.</strong>
            ) : (
              <>
                <strong>Leave out {listWords(leaveOut.left.map((l) => countOf(l.count, names.get(l.id) ?? l.name)))}</strong>, and the rest fits.
              </>
            )}
          </p>
          {leaveOut.left.some((l) => !l.reason.includes(reply.reason)) && (
            <details>
              <summary>Why each one</summary>
              <ul>
                {leaveOut.left.map((l) => (
                  <li key={l.id}>{plainReason(l.reason, names, unit, fit.container.size)}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {leaveOut.status === 'done' && leaveOut.left.length === 0 && reply.status === 'unknown' && <p>The carry planner found a way to pack everything.</p>}
    </>
  )
}
