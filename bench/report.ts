/**
 * Turns outcomes into tables: one row per set and solver (correct answers, unknowns, wrong answers, invalid
 * layouts, median and 95th-percentile time, time ratio against micropurse), the issue's targets, the growth series
 * and the batch comparison. The same rows print to stdout and go into bench/results/latest.md.
 */
import type { BatchResult } from './batch.js'
import { truthOf, verdictOf, type Outcome, type Verdict } from './harness.js'
import type { BenchInstance, SuiteName } from './instances/index.js'
import type { MachineInfo } from './lib/machine.js'
import { formatMs, median, quantile } from './lib/stats.js'
import type { MissingPeer, Peer } from './peers/types.js'

export interface SuiteResult {
  name: SuiteName
  description: string
  instances: BenchInstance[]
  /** Why the set did not run, when it did not. */
  skipped?: string
  outcomes: Outcome[]
}

export interface RunReport {
  machine: MachineInfo
  settings: {
    size: string
    seed: number
    timeLimitMs: number
    gecodeLimitMs: number
    gecodeJobs: number
    wallMm: number
  }
  peers: Pick<Peer, 'name' | 'label' | 'exact'>[]
  missing: MissingPeer[]
  suites: SuiteResult[]
  batch?: BatchResult
  elapsedS: number
}

/** A table: header and rows of cells, printable as aligned text or markdown. */
export interface Table {
  title: string
  header: string[]
  rows: string[][]
  notes?: string[]
}

const OURS = 'micropurse'

/** Every table of the report, in order. */
export function buildTables(report: RunReport): Table[] {
  const tables = [resultsTable(report), targetsTable(report)]
  const growth = report.suites.find((s) => s.name === 'growth')
  if (growth && growth.instances.length) tables.push(growthTable(report, growth))
  if (report.batch) tables.push(batchTable(report.batch))
  tables.push(notableTable(report))
  return tables
}

/** Aligned plain text for the terminal. */
export function formatText(table: Table): string {
  const widths = table.header.map((h, c) => Math.max(h.length, ...table.rows.map((r) => (r[c] ?? '').length)))
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  return [
    `== ${table.title}`,
    line(table.header),
    ...table.rows.map(line),
    ...(table.notes ?? []).map((n) => `   ${n}`),
  ].join('\n')
}

/** A markdown section. */
function formatMarkdown(table: Table): string {
  const row = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`
  const align = table.header.map((_, c) => (c === 0 ? '---' : '---:'))
  const notes = table.notes?.length ? '\n\n' + table.notes.map((n) => `- ${n}`).join('\n') : ''
  return `### ${table.title}\n\n${row(table.header)}\n${row(align)}\n${table.rows.map(row).join('\n')}${notes}\n`
}

/** The whole markdown file: machine, settings, peers, then every table. */
export function markdownReport(report: RunReport): string {
  const m = report.machine
  const s = report.settings
  const peers = report.peers.map((p) => `- **${p.name}**: ${p.label}`)
  const missing = report.missing.map((p) => `- **${p.name}**: not run (${p.reason})`)
  const sets = report.suites.map(
    (x) =>
      `- **${x.name}** (${x.instances.length}): ${x.description}${x.skipped ? ` — skipped: ${x.skipped}` : ''}`,
  )
  return [
    '# micropurse benchmark results',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores (load average ${m.load}) · Node ${m.node} · MiniZinc ${m.minizinc} · commit ${m.commit} · ${m.date}`,
    '',
    `Run: \`${s.size}\`, seed ${s.seed}, micropurse time limit ${s.timeLimitMs} ms, Gecode time limit ${s.gecodeLimitMs} ms ` +
      `(${s.gecodeJobs} at a time), wall allowance ${s.wallMm} mm; took ${report.elapsedS.toFixed(0)} s. ` +
      'Times are wall clock; in-process solvers keep the best of repeated runs when a run takes under 20 ms; ' +
      'Gecode times include starting MiniZinc and flattening the model (one process per instance).',
    '',
    'Solvers:',
    ...peers,
    ...missing,
    '',
    'Sets:',
    ...sets,
    '',
    ...buildTables(report).map(formatMarkdown),
  ].join('\n')
}

/** Scores of every outcome of a set, keyed by peer then instance id. */
function scored(
  report: RunReport,
  suite: SuiteResult,
): Map<string, Map<string, { outcome: Outcome; verdict: Verdict }>> {
  const exact = new Set(report.peers.filter((p) => p.exact).map((p) => p.name))
  const byInstance = new Map<string, Outcome[]>()
  for (const o of suite.outcomes) byInstance.set(o.instanceId, [...(byInstance.get(o.instanceId) ?? []), o])
  const out = new Map<string, Map<string, { outcome: Outcome; verdict: Verdict }>>()
  for (const instance of suite.instances) {
    const outcomes = byInstance.get(instance.id) ?? []
    const truth = truthOf(instance, outcomes, exact)
    for (const o of outcomes) {
      if (!out.has(o.peer)) out.set(o.peer, new Map())
      out.get(o.peer)!.set(instance.id, { outcome: o, verdict: verdictOf(o, truth) })
    }
  }
  return out
}

function resultsTable(report: RunReport): Table {
  const rows: string[][] = []
  for (const suite of report.suites) {
    if (suite.skipped || suite.instances.length === 0) continue
    const scores = scored(report, suite)
    for (const peer of report.peers) {
      const mine = scores.get(peer.name)
      if (!mine) continue
      rows.push([suite.name, peer.name, ...summaryCells([...mine.values()], scores.get(OURS), peer.name)])
    }
  }
  return {
    title: 'Results per set',
    header: [
      'set',
      'solver',
      'instances',
      'correct',
      'unknown',
      'wrong',
      'invalid layouts',
      'not run',
      'median',
      'p95',
      `÷ ${OURS} (n)`,
    ],
    rows,
    notes: [
      '"wrong": a "does not fit" where a layout exists; "invalid layouts": a "fits" whose layout the checker rejects; ' +
        '"unknown": time limit reached; "not run": the solver cannot pose the problem (blocked regions, rotation rules).',
      `"÷ ${OURS}": the solver's median time over ${OURS}'s median time on the instances both answered correctly (n of them).`,
      'A heuristic\'s "does not fit" on an instance whose answer nobody knows is not scored (counted in neither column).',
    ],
  }
}

/** instances, correct, unknown, wrong, invalid, not run, median, p95, ratio. */
function summaryCells(
  scores: { outcome: Outcome; verdict: Verdict }[],
  ours: Map<string, { outcome: Outcome; verdict: Verdict }> | undefined,
  peer: string,
): string[] {
  const count = (v: Verdict) => scores.filter((s) => s.verdict === v).length
  const timed = scores
    .filter((s) => s.verdict !== 'skipped' && s.verdict !== 'error')
    .map((s) => s.outcome.ms)
  let ratio = '—'
  if (peer !== OURS && ours) {
    const both = scores.filter(
      (s) => s.verdict === 'correct' && ours.get(s.outcome.instanceId)?.verdict === 'correct',
    )
    if (both.length) {
      const r =
        median(both.map((s) => s.outcome.ms)) /
        median(both.map((s) => ours.get(s.outcome.instanceId)!.outcome.ms))
      ratio = `${formatRatio(r)} (${both.length})`
    }
  }
  const errors = count('error')
  return [
    String(scores.length),
    String(count('correct')),
    String(count('unknown')),
    String(count('wrong')),
    String(count('invalid')),
    String(count('skipped')) + (errors ? ` +${errors} errors` : ''),
    formatMs(median(timed)),
    formatMs(quantile(timed, 0.95)),
    ratio,
  ]
}

function targetsTable(report: RunReport): Table {
  const rows: string[][] = []
  const all = report.suites.map((s) => scored(report, s))
  const ours = (i: number) => all[i]!.get(OURS)

  // 1. Real kits of up to 16 boxes: decided correctly within 1 s.
  const kits = report.suites.findIndex((s) => s.name === 'real-kits')
  if (kits >= 0 && ours(kits)) {
    const small = report.suites[kits]!.instances.filter((i) => i.boxes <= 16)
    const ok = small.filter((i) => {
      const s = ours(kits)!.get(i.id)
      return s?.verdict === 'correct' && s.outcome.ms <= 1000
    })
    rows.push([
      'real kits of ≤ 16 boxes decided correctly within 1 s',
      `${ok.length} / ${small.length}`,
      'all',
    ])
  }

  // 2. Median time against Gecode on the instances Gecode decides (and micropurse answers correctly).
  const pairs: { ours: number; gecode: number; gecodeSearch?: number }[] = []
  all.forEach((scores) => {
    const mine = scores.get(OURS)
    for (const s of scores.get('gecode')?.values() ?? []) {
      const m = mine?.get(s.outcome.instanceId)
      if (s.verdict === 'correct' && m?.verdict === 'correct')
        pairs.push({ ours: m.outcome.ms, gecode: s.outcome.ms, gecodeSearch: s.outcome.solverMs })
    }
  })
  if (pairs.length) {
    const r = median(pairs.map((p) => p.gecode)) / median(pairs.map((p) => p.ours))
    rows.push([
      `median time, Gecode ÷ ${OURS}, on the ${pairs.length} instances both decide`,
      formatRatio(r),
      '(context: with MiniZinc\'s start-up)',
    ])
    const searchOnly = pairs.filter((p) => p.gecodeSearch !== undefined && p.gecode <= 3000)
    if (searchOnly.length) {
      const rs = median(searchOnly.map((p) => p.gecodeSearch!)) / median(searchOnly.map((p) => p.ours))
      rows.push([`median time, Gecode's own search (init + solve) ÷ ${OURS}, on the ${searchOnly.length} Gecode decides within 3 s`, formatRatio(rs), '≥ 10×'])
    }
  }

  // 3. The JSONL batch against binpackingjs.
  const ourBatch = report.batch?.timings.find((t) => t.peer === OURS)
  const theirBatch = report.batch?.timings.find((t) => t.peer === 'binpackingjs')
  if (ourBatch && theirBatch) {
    rows.push([
      `JSONL batch (${report.batch!.problems} problems), ${OURS} ÷ binpackingjs, best pass`,
      formatRatio(ourBatch.minMs / theirBatch.minMs),
      '≤ 2×',
    ])
  }

  // 4. Perfect packings the heuristics call impossible.
  for (const peer of report.peers.filter((p) => !p.exact)) {
    let wrong = 0
    let total = 0
    report.suites.forEach((suite, i) => {
      for (const instance of suite.instances) {
        if (instance.expected !== 'fits') continue
        const s = all[i]!.get(peer.name)?.get(instance.id)
        if (!s || s.verdict === 'skipped') continue
        total++
        if (s.verdict === 'wrong') wrong++
      }
    })
    if (total)
      rows.push([`perfect packings ${peer.name} calls impossible`, `${wrong} / ${total}`, '(context)'])
  }
  // 5. Real micro-bag kits, warm.
  if (kits >= 0) {
    const times = [...(ours(kits)?.values() ?? [])].filter((s) => s.verdict === 'correct').map((s) => s.outcome.ms)
    if (times.length) rows.push([`real micro-bag kits, ${OURS} median warm`, formatMs(median(times)), '≤ 50 µs'])
  }
  return { title: 'Targets (issue 14)', header: ['target', 'measured', 'goal'], rows }
}

function growthTable(report: RunReport, suite: SuiteResult): Table {
  const scores = scored(report, suite)
  const peers = report.peers.map((p) => p.name).filter((name) => scores.has(name))
  const sizes = [...new Set(suite.instances.map((i) => i.boxes))].sort((a, b) => a - b)
  const cell = (peer: string, id: string) => {
    const s = scores.get(peer)?.get(id)
    if (!s) return '—'
    const label = {
      correct: 'ok',
      wrong: 'WRONG no',
      unknown: 'unknown',
      invalid: 'INVALID',
      unscored: 'no?',
      skipped: 'n/a',
      error: 'error',
    }[s.verdict]
    const status = s.verdict === 'correct' ? (s.outcome.status === 'fits' ? 'fits' : 'no') : label
    return s.verdict === 'skipped' ? status : `${status} ${formatMs(s.outcome.ms)}`
  }
  const rows = sizes.map((n) => {
    const perfect = suite.instances.find((i) => i.boxes === n && i.id.includes('perfect'))
    const random = suite.instances.find((i) => i.boxes === n && i.id.includes('random'))
    return [
      String(n),
      ...peers.map((p) => (perfect ? cell(p, perfect.id) : '—')),
      ...peers.map((p) => (random ? cell(p, random.id) : '—')),
    ]
  })
  return {
    title: 'Growth with n (perfect packing | random 85 % fill)',
    header: ['n', ...peers.map((p) => `${p} perfect`), ...peers.map((p) => `${p} 85 %`)],
    rows,
    notes: [
      '"fits"/"no": a correct decision; "no?": a heuristic\'s "does not fit" where nobody knows the answer; ' +
        '"WRONG no": "does not fit" where a layout exists; "unknown": time limit reached.',
    ],
  }
}

function batchTable(batch: BatchResult): Table {
  const base = batch.timings.find((t) => t.peer === 'binpackingjs')
  return {
    title: `JSONL batch: ${batch.problems} problems in one process`,
    header: [
      'solver',
      'best pass',
      'mean ± std',
      'per problem (best)',
      '÷ binpackingjs',
      'answers (time on them, last pass)',
    ],
    rows: batch.timings.map((t) => [
      t.peer,
      formatMs(t.minMs),
      `${formatMs(t.meanMs)} ± ${formatMs(t.stdMs)}`,
      formatMs(t.minMs / batch.problems),
      base ? formatRatio(t.minMs / base.minMs) : '—',
      Object.entries(t.statuses)
        .map(([k, v]) => `${k} ${v.count} (${formatMs(v.ms)})`)
        .join(', '),
    ]),
    notes: [
      `Each pass reads ${batch.file.split('/').pop()} and answers every line; ${batch.timings[0]?.passesMs.length ?? 0} timed passes after a warm-up pass.`,
    ],
  }
}

function notableTable(report: RunReport): Table {
  const ours: string[][] = []
  const theirs: string[][] = []
  const rank: Record<Verdict, number> = {
    wrong: 0,
    invalid: 0,
    error: 1,
    unknown: 2,
    unscored: 3,
    correct: 4,
    skipped: 4,
  }
  report.suites.forEach((suite) => {
    const scores = scored(report, suite)
    const mine = [...(scores.get(OURS)?.entries() ?? [])].filter(
      ([, s]) => s.verdict !== 'correct' && s.verdict !== 'skipped',
    )
    mine.sort((a, b) => rank[a[1].verdict] - rank[b[1].verdict])
    for (const [id, s] of mine) {
      // What the other exact solver made of it, to tell hard instances from engine bugs.
      const others = report.peers
        .filter((p) => p.name !== OURS && p.exact)
        .map((p) => scores.get(p.name)?.get(id))
        .filter((o) => o && o.verdict !== 'skipped')
        .map((o) => `${o!.outcome.peer}: ${o!.outcome.status} ${formatMs(o!.outcome.ms)}`)
      ours.push([
        `${suite.name}/${id}`,
        OURS,
        s.verdict,
        formatMs(s.outcome.ms),
        others.join('; ') || '—',
        clip(s.outcome.detail ?? ''),
      ])
    }
    for (const [peer, byId] of scores) {
      if (peer === OURS) continue
      for (const [id, s] of byId) {
        if (s.verdict !== 'invalid' && s.verdict !== 'error') continue
        theirs.push([
          `${suite.name}/${id}`,
          peer,
          s.verdict,
          formatMs(s.outcome.ms),
          '',
          clip(s.outcome.problems?.[0] ?? s.outcome.detail ?? ''),
        ])
      }
    }
  })
  const shown = [...ours, ...theirs.slice(0, 12)]
  return {
    title: `Answers to look at (every ${OURS} answer that is not correct; the first invalid layouts of the others)`,
    header: ['instance', 'solver', 'verdict', 'time', 'the other exact solver', 'detail'],
    rows: shown.length ? shown : [['none', '', '', '', '', '']],
    notes:
      theirs.length > 12
        ? [`${theirs.length - 12} more invalid layouts or crashes of other solvers not shown.`]
        : [],
  }
}

function clip(text: string): string {
  return text.length > 100 ? text.slice(0, 97) + '…' : text
}

function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '—'
  if (r >= 100) return `${Math.round(r)}×`
  if (r >= 10) return `${r.toFixed(1)}×`
  return r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toPrecision(2)}×`
}
