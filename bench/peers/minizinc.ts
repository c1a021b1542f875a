/**
 * MiniZinc with Gecode (Debian package `minizinc`, which brings Gecode 6.2 as its default solver) on the model in
 * fit.mzn: a generic exact constraint solver on the same problem. One child process per instance, with its own
 * time limit; its `UNSATISFIABLE` is a proof, a time-out is `unknown`.
 *
 * Lengths go in as whole numbers: micrometres with the engine's rounding (items up, container down, blocked
 * regions outwards), divided by their greatest common divisor so domains stay small.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { orientations } from '../../src/geometry/orientation.js'
import { mmToUmDown, mmToUmUp } from '../../src/geometry/units.js'
import type { FitProblem, Placement, Vec3 } from '../../src/pack/types.js'
import type { MissingPeer, PeerAnswer, ProcessPeer } from './types.js'

const MODEL = fileURLToPath(new URL('./fit.mzn', import.meta.url))

/** Extra seconds past the time limit before the process is killed (MiniZinc stops itself at the limit). */
const KILL_GRACE_MS = 15_000

/** The data file for one problem, and how to read the answer back. */
interface MiniZincData {
  dzn: string
  /** One entry per box (every copy): its item id and its allowed orientations in millimetres, in model order. */
  boxes: { id: string; orientsMm: Vec3[] }[]
  /** Micrometres per model unit. */
  unitUm: number
}

/** Finds `minizinc` with a Gecode solver, or says why not. */
export function loadMiniZinc(): ProcessPeer | MissingPeer {
  const solvers = spawnSync('minizinc', ['--solvers'], { encoding: 'utf8' })
  if (solvers.error || solvers.status !== 0) {
    return { name: 'gecode', reason: 'minizinc is not installed (apt-get install -y minizinc)' }
  }
  const gecode = /Gecode (\S+) \(org\.gecode\.gecode/.exec(solvers.stdout)
  if (!gecode) return { name: 'gecode', reason: 'minizinc has no Gecode solver (minizinc --solvers)' }
  const version =
    /version (\S+)/.exec(spawnSync('minizinc', ['--version'], { encoding: 'utf8' }).stdout)?.[1] ?? '?'
  return {
    kind: 'process',
    name: 'gecode',
    label: `MiniZinc ${version} + Gecode ${gecode[1]} (exact, generic)`,
    exact: true,
    unsupported: () => null,
    solve: solveWithMiniZinc,
  }
}

/** Runs one problem through MiniZinc + Gecode with a time limit in milliseconds. */
async function solveWithMiniZinc(problem: FitProblem, timeLimitMs: number): Promise<PeerAnswer> {
  const data = toMiniZincData(problem)
  const dir = mkdtempSync(join(tmpdir(), 'micropurse-mzn-'))
  try {
    const dataFile = join(dir, 'problem.dzn')
    writeFileSync(dataFile, data.dzn)
    const args = [
      '--solver',
      'gecode',
      '-p',
      '1',
      '--statistics',
      '--time-limit',
      String(Math.round(timeLimitMs)),
      MODEL,
      dataFile,
    ]
    const { stdout, stderr, code } = await run('minizinc', args, timeLimitMs + KILL_GRACE_MS)
    return readAnswer(stdout, stderr, code, data)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes the model's data for a problem (exported for tests of the harness). */
function toMiniZincData(problem: FitProblem): MiniZincData {
  const container = problem.container.size.map(mmToUmDown)
  const blocked = (problem.container.blocked ?? []).map((b) => [
    ...b.at.map(mmToUmDown),
    ...b.at.map((a, k) => mmToUmUp(a + b.size[k]!)),
  ])
  const boxes: MiniZincData['boxes'] = []
  const orientsUm: number[][][] = []
  const sameAsPrev: boolean[] = []
  for (const item of problem.items) {
    // Distinct orientations in micrometres, keeping the millimetre lengths to report placements exactly.
    const seen = new Set<string>()
    const mm: Vec3[] = []
    const um: number[][] = []
    for (const o of orientations(item.size, item.rotate ?? 'any')) {
      const key = o.map(mmToUmUp).join(',')
      if (seen.has(key)) continue
      seen.add(key)
      mm.push([...o] as Vec3)
      um.push(o.map(mmToUmUp))
    }
    for (let c = 0; c < (item.count ?? 1); c++) {
      sameAsPrev.push(c > 0)
      boxes.push({ id: item.id, orientsMm: mm })
      orientsUm.push(um)
    }
  }
  const passable = problem.container.opening
    ? problem.items.every((it) => passes(it.size, problem.container.opening!))
    : true

  // One model unit = the gcd of every length, so Gecode's domains are as small as the problem allows.
  const unitUm = [...container, ...blocked.flat(), ...orientsUm.flat(2)].reduce(gcd, 0) || 1
  const u = (v: number) => v / unitUm
  const n = boxes.length
  const O = orientsUm.flatMap((os) => Array.from({ length: 6 }, (_, j) => (os[j] ?? os[0]!).map(u)).flat())
  const dzn = [
    `n = ${n};`,
    `L = [${container.map(u).join(', ')}];`,
    `nO = [${orientsUm.map((os) => os.length).join(', ')}];`,
    `O = array3d(1..${n}, 1..6, 1..3, [${O.join(', ')}]);`,
    `sameAsPrev = [${sameAsPrev.join(', ')}];`,
    `nb = ${blocked.length};`,
    `B = array2d(1..${blocked.length}, 1..6, [${blocked.flat().map(u).join(', ')}]);`,
    `passable = ${passable};`,
  ].join('\n')
  return { dzn: dzn + '\n', boxes, unitUm }
}

/** Reads MiniZinc's output: a solution, UNSATISFIABLE, UNKNOWN (time-out) or an error. */
function readAnswer(
  stdout: string,
  stderr: string,
  code: number | null,
  data: MiniZincData,
): PeerAnswer {
  const stat = (name: string) => {
    const m = new RegExp(`%%%mzn-stat: ${name}=([0-9.e+-]+)`).exec(stdout)
    return m ? Number(m[1]) * 1000 : undefined
  }
  const solveMs = stat('solveTime')
  const withStats = (answer: PeerAnswer): PeerAnswer =>
    solveMs === undefined ? answer : { ...answer, solverMs: solveMs + (stat('initTime') ?? 0) }

  if (stdout.includes('=====UNSATISFIABLE====='))
    return withStats({ status: 'does-not-fit', placements: [], detail: 'UNSATISFIABLE' })
  const o = /o = \[([^\]]*)\]/.exec(stdout)
  const x = /x = \[([^\]]*)\]/.exec(stdout)
  if (stdout.includes('----------') && o && x) {
    const orient = o[1]!.split(',').map(Number)
    const pos = x[1]!.split(',').map(Number)
    const placements: Placement[] = data.boxes.map((box, i) => ({
      id: box.id,
      at: [0, 1, 2].map((k) => (pos[3 * i + k]! * data.unitUm) / 1000) as Vec3,
      size: box.orientsMm[orient[i]! - 1]!,
    }))
    return withStats({ status: 'fits', placements })
  }
  if (stdout.includes('=====UNKNOWN====='))
    return withStats({ status: 'unknown', placements: [], detail: 'time limit' })
  if (code === null) return { status: 'unknown', placements: [], detail: 'killed past the time limit' }
  const message = stderr
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('Warning: included file'))
    .slice(-3)
    .join(' ')
  return { status: 'error', placements: [], detail: `minizinc exited ${code}: ${message}` }
}

/** An item passes an opening when its two shorter sides fit through it (the checker's rule). */
function passes(size: Vec3, opening: [number, number]): boolean {
  const [a, b] = [...size].sort((p, q) => p - q)
  const [w, d] = [...opening].sort((p, q) => p - q)
  return mmToUmUp(a!) <= mmToUmDown(w!) && mmToUmUp(b!) <= mmToUmDown(d!)
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return Math.abs(a)
}

function run(
  command: string,
  args: string[],
  killAfterMs: number,
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ stdout, stderr, code })
    })
  })
}
