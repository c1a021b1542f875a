/**
 * The JSONL batch comparison: a whole batch of problems, one JSON object per line as `micropurse fit --input
 * FILE.jsonl` reads it, answered in one process by `fit`, against binpackingjs on the same batch. Each pass reads
 * and parses the file and answers every line; passes alternate between the two after a warm-up pass each.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { FitProblem } from '../src/pack/types.js'
import { sink } from './harness.js'
import type { BenchInstance } from './instances/index.js'
import { mean, std } from './lib/stats.js'
import type { InProcessPeer } from './peers/types.js'

interface BatchTiming {
  peer: string
  /** Wall time of each timed pass over the whole batch, in milliseconds. */
  passesMs: number[]
  minMs: number
  meanMs: number
  stdMs: number
  /** Answers by status in the last pass, with the time spent on them in milliseconds. */
  statuses: Record<string, { count: number; ms: number }>
}

export interface BatchResult {
  file: string
  problems: number
  timings: BatchTiming[]
}

/** Writes the batch file: every instance's problem with the time limit, one per line. */
export function writeBatch(file: string, instances: readonly BenchInstance[], timeLimitMs: number): void {
  const lines = instances.map((i) => JSON.stringify({ ...i.problem, options: { timeLimitMs } }))
  writeFileSync(file, lines.join('\n') + '\n')
}

/** Times each peer over the batch file: one warm-up pass each, then `passes` alternating timed passes. */
export function runBatch(
  file: string,
  peers: readonly InProcessPeer[],
  passes: number,
  timeLimitMs: number,
): BatchResult {
  const pass = (peer: InProcessPeer) => {
    const statuses: BatchTiming['statuses'] = {}
    const start = performance.now()
    const lines = readFileSync(file, 'utf8').split('\n')
    for (const line of lines) {
      if (!line) continue
      const t = performance.now()
      const answer = peer.solve(JSON.parse(line) as FitProblem, timeLimitMs)
      const s = (statuses[answer.status] ??= { count: 0, ms: 0 })
      s.count++
      s.ms += performance.now() - t
      sink.placements += answer.placements.length
    }
    return { ms: performance.now() - start, statuses }
  }
  for (const peer of peers) pass(peer)
  const runs = peers.map(() => [] as number[])
  const last: BatchTiming['statuses'][] = peers.map(() => ({}))
  for (let p = 0; p < passes; p++) {
    peers.forEach((peer, i) => {
      const { ms, statuses } = pass(peer)
      runs[i]!.push(ms)
      last[i] = statuses
    })
  }
  const problems = readFileSync(file, 'utf8').split('\n').filter(Boolean).length
  return {
    file,
    problems,
    timings: peers.map((peer, i) => ({
      peer: peer.name,
      passesMs: runs[i]!,
      minMs: Math.min(...runs[i]!),
      meanMs: mean(runs[i]!),
      stdMs: std(runs[i]!),
      statuses: last[i]!,
    })),
  }
}
