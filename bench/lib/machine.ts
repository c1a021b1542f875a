/** What the benchmark ran on, for the report: CPU, cores, Node, MiniZinc, commit, date. */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'

export interface MachineInfo {
  cpu: string
  cores: number
  node: string
  minizinc: string
  commit: string
  date: string
}

export function machineInfo(): MachineInfo {
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
    node: process.version,
    minizinc: mzn.status === 0 ? (/version (\S+)/.exec(mzn.stdout)?.[1] ?? '?') : 'not installed',
    commit: git.status === 0 ? git.stdout.trim() + (dirty ? ' (src/ modified)' : '') : 'unknown',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  }
}
