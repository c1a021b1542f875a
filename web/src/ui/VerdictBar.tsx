import { useEffect, useState } from 'react'
import { useApp } from '../state/context.js'
import { HEADLINES } from './Verdict.js'

/**
 * On a phone the answer sits below the pickers: while it is off screen, a bar at the bottom says it and jumps to
 * it. Hidden on wide screens (the answer is beside the pickers) and while the answer is in view.
 */
export function VerdictBar() {
  const fit = useApp((s) => s.fit)
  const [answerVisible, setAnswerVisible] = useState(true)
  useEffect(() => {
    const answer = document.getElementById('answer')
    if (!answer || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(([entry]) => setAnswerVisible(entry?.isIntersecting ?? true))
    observer.observe(answer)
    return () => observer.disconnect()
  }, [])
  if (answerVisible || (fit.status !== 'done' && fit.status !== 'checking')) return null
  const status = fit.status === 'done' ? fit.reply.status : 'checking'
  return (
    <a className={`verdict-bar verdict-bar-${status}`} href="#answer">
      <span>{fit.status === 'done' ? HEADLINES[fit.reply.status] : 'Checking…'}</span>
      <span aria-hidden="true">See the answer ↓</span>
    </a>
  )
}
