/** What the benchmark ran on, for the report: CPU, cores, load, Node, MiniZinc, commit, date. */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'

export interface MachineInfo {
  cpu: string
  cores: number
  /** One-minute load average (at the start and end of a run when known): well above 0 means other work shared the CPU. */
  load: string
  node: string
  minizinc: string
  commit: string
  date: string
}

/** The one-minute load average now, to two decimals. */
export function loadNow(): string {
  return loadavg()[0]!.toFixed(2)
}

/** Facts about this machine now; pass `loadNow()` taken when the run began to report the load at both ends. */
export function machineInfo(loadAtStart?: string): MachineInfo {
  let cpu = cpus()[0]?.model ?? 'unknown'
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu
  } catch {
    // Not Linux: os.cpus() is as good as it gets.
  }
  const mzn = spawnSync('minizinc', ['--version'], { encoding: 'utf8' })
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' })
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).stdout?.trim()
  return {
    cpu,
    cores: cpus().length,
    load: loadAtStart === undefined ? loadNow() : `${loadAtStart} at start, ${loadNow()} at end`,
    node: process.version,
    minizinc: mzn.status === 0 ? (/version (\S+)/.exec(mzn.stdout)?.[1] ?? '?') : 'not installed',
    commit: git.status === 0 ? git.stdout.trim() + (dirty ? ' (src/ modified)' : '') : 'unknown',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  }
}
