/**
 * A progress bar with a rate and an ETA, for stderr. On a terminal it redraws one line in place (at most ten times a
 * second); elsewhere (a log file, CI, a test) it writes a plain line every `intervalMs` and one at the end, so logs
 * stay short.
 *
 *   what-fits [#########-----------]  45%  11,700/26,000 pairs  1,950/s  ETA 7s
 */
export interface Progress {
  /** Sets how much is done (never more than the total). */
  update(done: number): void
  /** Draws the final state and ends the line. */
  finish(): void
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  label: string
  total: number
  /** What is counted, plural: `pairs`, `bags`. */
  unit: string
  /** Where to draw (default `process.stderr`). */
  stream?: { write(text: string): unknown; isTTY?: boolean }
  /** Time between plain lines when the stream is not a terminal, in ms (default 10 s). */
  intervalMs?: number
  /** Clock in ms (tests pass their own). */
  now?: () => number
}

const BAR_WIDTH = 20
const REDRAW_MS = 100

/** Starts a progress bar at 0 of `total`. */
export function createProgress(options: ProgressOptions): Progress {
  const {
    label,
    total,
    unit,
    stream = process.stderr,
    intervalMs = 10_000,
    now = () => performance.now(),
  } = options
  const isTty = stream.isTTY === true
  const started = now()
  let done = 0
  // A terminal shows the bar at once; a log gets its first line after `intervalMs`.
  let drawnAt = isTty ? -Infinity : started
  let finished = false

  const draw = (final: boolean) => {
    const line = formatProgress(label, done, total, unit, now() - started, final)
    stream.write(isTty ? `\r${line}\u001b[K${final ? '\n' : ''}` : `${line}\n`)
    drawnAt = now()
  }

  return {
    update(value) {
      done = Math.min(total, Math.max(done, value))
      // The last step is drawn by `finish`.
      if (finished || (!isTty && done === total)) return
      if (now() - drawnAt >= (isTty ? REDRAW_MS : intervalMs)) draw(false)
    },
    finish() {
      if (finished) return
      finished = true
      draw(true)
    },
  }
}

/** One line of progress: bar, share, counts, rate and the time left (or taken, once final). */
export function formatProgress(
  label: string,
  done: number,
  total: number,
  unit: string,
  elapsedMs: number,
  final: boolean,
): string {
  const share = total > 0 ? done / total : 1
  const filled = Math.round(share * BAR_WIDTH)
  const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled)
  const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const rate = `${Math.round(perSecond).toLocaleString('en-US')}/s`
  const when = final
    ? `in ${formatDuration(elapsedMs)}`
    : done === 0
      ? 'ETA --'
      : `ETA ${formatDuration(((total - done) / perSecond) * 1000)}`
  const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit}`
  return `${label} [${bar}] ${String(Math.floor(share * 100)).padStart(3)}%  ${counts}  ${rate}  ${when}`
}

/** `850ms`, `42s`, `3m 05s`, `2h 07m`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '--'
  if (ms < 1000) return `${Math.round(ms)}ms`
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}
