/**
 * 3d-bin-packing (npm; Boxologic, the Air Force pallet-packing heuristic) adapted to the single-container
 * decision: one wrapper the size of the container (no wall thickness, price 1), every copy of every item, and
 * "fits" exactly when one wrapper holds them all. Its "does not fit" only means the heuristic found no layout.
 *
 * Axes: wrapper width, height, length = our x, y, z; a wrap's x, y, z and layout width, layout height, length
 * map straight across. It always rotates freely and cannot model blocked regions or an opening, so it only takes
 * problems whose items all rotate `any`.
 */
import Module, { createRequire } from 'node:module'
import { dirname } from 'node:path'
import type { FitProblem, Placement } from '../../src/pack/types.js'
import type { InProcessPeer, MissingPeer } from './types.js'

// The package's CommonJS API (it ships no ESM and only global-namespace typings).
interface Packer3d {
  WrapperArray: new () => { push(...w: unknown[]): void }
  InstanceArray: new () => { push(...p: unknown[]): void }
  Wrapper: new (
    name: string,
    price: number,
    width: number,
    height: number,
    length: number,
    thickness: number,
  ) => unknown
  Product: new (name: string, width: number, height: number, length: number) => unknown
  Packer: new (wrappers: unknown, instances: unknown) => { optimize(): WrapperList }
}
interface WrapperList {
  size(): number
  at(i: number): { size(): number; at(j: number): Wrap }
}
interface Wrap {
  getInstance(): { getName(): string }
  getX(): number
  getY(): number
  getZ(): number
  getLayoutWidth(): number
  getLayoutHeight(): number
  getLength(): number
}

/**
 * Loads the package, or says why it cannot.
 *
 * Workaround: 3d-bin-packing needs `samchon`, whose dependencies (samchon, ecol, sxml, url-variables) ask for
 * `tstl >= 2`, so npm installs tstl 3, whose `exports` map hides the `tstl/internal/...` files ecol requires
 * ("Package subpath './internal/iterator/disposable/ForOfAdaptor' is not defined by exports"). While loading, we
 * resolve their `tstl` to tstl 2.5 (devDependency `tstl-v2`, an npm alias of tstl@2.5.16), the last version with
 * those files; nothing outside this load is affected.
 */
export function loadThreeDBinPacking(): InProcessPeer | MissingPeer {
  const require = createRequire(import.meta.url)
  let packer: Packer3d
  const moduleWithResolver = Module as unknown as {
    _resolveFilename: (
      request: string,
      parent: { filename?: string } | undefined,
      ...rest: unknown[]
    ) => string
  }
  const original = moduleWithResolver._resolveFilename
  try {
    const tstl2 = dirname(require.resolve('tstl-v2/package.json'))
    moduleWithResolver._resolveFilename = function (request, parent, ...rest) {
      const fromSamchon =
        parent?.filename && /node_modules[\\/](samchon|ecol|sxml|url-variables)[\\/]/.test(parent.filename)
      const redirected =
        fromSamchon && (request === 'tstl' || request.startsWith('tstl/'))
          ? tstl2 + request.slice(4)
          : request
      return original.call(this, redirected, parent, ...rest)
    }
    packer = require('3d-bin-packing') as Packer3d
  } catch (error) {
    return { name: '3d-bin-packing', reason: `did not load: ${(error as Error).message.split('\n')[0]}` }
  } finally {
    moduleWithResolver._resolveFilename = original
  }

  return {
    kind: 'in-process',
    name: '3d-bin-packing',
    label: '3d-bin-packing 1.1 Packer (heuristic)',
    exact: false,
    unsupported(problem) {
      if (problem.container.blocked?.length || problem.container.opening)
        return 'no blocked regions or opening'
      if (problem.items.some((it) => (it.rotate ?? 'any') !== 'any')) return 'always rotates freely'
      return null
    },
    solve(problem) {
      return packWithThreeD(packer, problem)
    },
  }
}

function packWithThreeD(packer: Packer3d, problem: FitProblem): ReturnType<InProcessPeer['solve']> {
  const [w, d, h] = problem.container.size
  const wrappers = new packer.WrapperArray()
  wrappers.push(new packer.Wrapper('container', 1, w, d, h, 0))
  const instances = new packer.InstanceArray()
  let boxes = 0
  for (const it of problem.items) {
    for (let c = 0; c < (it.count ?? 1); c++, boxes++)
      instances.push(new packer.Product(it.id, it.size[0], it.size[1], it.size[2]))
  }
  let result: WrapperList
  try {
    result = new packer.Packer(wrappers, instances).optimize()
  } catch (error) {
    // Its way of saying that some item is larger than the container: a "does not fit" like any other.
    const message = (error as Error).message
    if (/greater than the wrapper/.test(message))
      return { status: 'does-not-fit', placements: [], detail: message }
    return { status: 'error', placements: [], detail: message }
  }
  // More than one wrapper, or fewer wraps than boxes, means the items did not all go into one container.
  const placed = result.size() === 1 ? result.at(0).size() : 0
  if (result.size() !== 1 || placed !== boxes) {
    return { status: 'does-not-fit', placements: [], detail: `needed ${result.size()} containers` }
  }
  const wrapper = result.at(0)
  const placements: Placement[] = []
  for (let j = 0; j < wrapper.size(); j++) {
    const wrap = wrapper.at(j)
    placements.push({
      id: wrap.getInstance().getName(),
      at: [wrap.getX(), wrap.getY(), wrap.getZ()],
      size: [wrap.getLayoutWidth(), wrap.getLayoutHeight(), wrap.getLength()],
    })
  }
  return { status: 'fits', placements }
}
