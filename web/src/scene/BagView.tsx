import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react'
import type { BufferGeometry, Camera, InstancedMesh, MeshStandardMaterial } from 'three'
import {
  BackSide,
  BoxGeometry,
  CanvasTexture,
  CylinderGeometry,
  DoubleSide,
  EdgesGeometry,
  ExtrudeGeometry,
  Matrix4,
  RepeatWrapping,
  Shape,
  SRGBColorSpace,
  Vector3,
} from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import type { Vec3 } from '../../../src/pack/types.js'
import { itemColour, itemPattern, textColourOn } from './colours.js'
import { easeInOut, explodedCentres, stepTowards } from './explode.js'
import { clipPlanes, frameBoxDistance, VIEW_DIRECTION } from './framing.js'
import { sceneHandle } from './handle.js'
import { leaderEnd, placeLabels, type LabelRect, type ScreenPoint } from './labels.js'
import { sceneBounds, type SceneBox, type SceneLayout, type SceneShell } from './layout.js'
import { solidOf, type Solid } from './solids.js'

/** The scene's background; the share image and the page use the same. */
const BACKGROUND = '#fbf6f2'
const FOV = 35
/** Outline drawn round each thing, mm (a slightly larger dark copy seen from inside). */
const OUTLINE_MM = 0.6
/** How faint the things that are not highlighted become when one kind is. */
const DIMMED_OPACITY = 0.16

/** What the view knows about each kind of thing, by kind index. */
export interface KindInfo {
  label: string
  category: string
  shape: string
  /** Own size [w, d, h] mm as the engine was given it. */
  sizeMm: Vec3
}

export interface BagViewProps {
  layout: SceneLayout
  kinds: readonly KindInfo[]
  exploded: boolean
  /** The kind shown strongly (the others faint), or null for all alike. */
  highlight?: number | null
  /** Frame this box instead of the scene's own (two views at one scale). Scene mm. */
  frame?: { min: Vec3; max: Vec3 } | null
  /** Whether the page's buttons and keys drive this view (one view at a time). */
  controlled?: boolean
  /** Words for the canvas, for people who cannot see it. */
  label?: string
}

/** Where every label is, for the overlay: shared between the canvas (which projects) and the HTML (which shows). */
interface LabelDom {
  labels: (HTMLElement | null)[]
  lines: (SVGLineElement | null)[]
  dots: (SVGCircleElement | null)[]
}

/**
 * The packed bag in 3D: the bag as its outline, each thing as the solid it is (turned where the engine turned it),
 * labels on the screen with leader lines; drawn only when something changes.
 */
export default function BagView({ layout, kinds, exploded, highlight = null, frame = null, controlled = true, label }: BagViewProps) {
  const dom = useRef<LabelDom>({ labels: [], lines: [], dots: [] })
  const centres = useRef<Float32Array>(new Float32Array(0))
  const labelled = useMemo(() => labelledKinds(layout), [layout])
  return (
    <div className="bag-view" aria-label={label}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: FOV, near: 1, far: 10_000 }}
        gl={{ antialias: true }}
        onCreated={({ gl }) => gl.setClearColor(BACKGROUND)}
      >
        <ambientLight intensity={1.1} />
        <directionalLight position={[300, 600, 400]} intensity={2.2} />
        <directionalLight position={[-400, 150, -300]} intensity={0.7} />
        <Rig layout={layout} exploded={exploded} frame={frame} controlled={controlled} />
        <Shell layout={layout} />
        <Things layout={layout} kinds={kinds} exploded={exploded} highlight={highlight} centres={centres} />
        <LabelTracker layout={layout} labelled={labelled} centres={centres} dom={dom} />
      </Canvas>
      <svg className="leaders" aria-hidden="true">
        {labelled.map(({ kind }, k) => (
          <g key={kind}>
            <line
              ref={(el) => {
                dom.current.lines[k] = el
              }}
              stroke="#2b1d17"
              strokeWidth={1.5}
            />
            <circle
              ref={(el) => {
                dom.current.dots[k] = el
              }}
              r={3.5}
              fill="#2b1d17"
              stroke="#fff"
              strokeWidth={1.5}
            />
          </g>
        ))}
      </svg>
      {labelled.map(({ kind, outside, squeezed }, k) => {
        const colour = itemColour(kind)
        return (
          <span
            key={kind}
            className={`scene-label${highlight !== null && highlight !== kind ? ' dim' : ''}`}
            data-kind={kind}
            ref={(el) => {
              dom.current.labels[k] = el
            }}
            style={{ background: colour, color: textColourOn(colour) }}
          >
            <b>{kind + 1}</b> {kinds[kind]?.label ?? ''}
            {outside ? ' (does not fit)' : squeezed ? ' (squeezed)' : ''}
          </span>
        )
      })}
    </div>
  )
}

/** One label per kind: its first copy inside the bag, or beside it when it does not fit; squeezed when any copy is. */
function labelledKinds(layout: SceneLayout): { kind: number; index: number; outside: boolean; squeezed: boolean }[] {
  const seen = new Set<number>()
  const out: { kind: number; index: number; outside: boolean; squeezed: boolean }[] = []
  layout.boxes.forEach((b, index) => {
    if (seen.has(b.kind)) return
    seen.add(b.kind)
    out.push({ kind: b.kind, index, outside: false, squeezed: layout.boxes.some((o) => o.kind === b.kind && o.squeezed === true) })
  })
  layout.outside.forEach((b, index) => {
    if (seen.has(b.kind)) return
    seen.add(b.kind)
    out.push({ kind: b.kind, index, outside: true, squeezed: false })
  })
  return out
}

// Scratch objects for the camera and projection: reused, never allocated per frame.
const offset = new Vector3()
const projected = new Vector3()

/** Camera and orbit controls: frames the bag when it changes, answers the page's buttons through `sceneHandle`. */
function Rig({ layout, exploded, frame, controlled }: { layout: SceneLayout; exploded: boolean; frame: BagViewProps['frame']; controlled: boolean }) {
  const { camera, gl, scene, size, invalidate } = useThree()
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl])
  const aspect = size.width / Math.max(1, size.height)

  /** Points the camera at the scene from `distance`, keeping its direction (or the usual one when `fresh`). */
  const aim = (amount: number, fresh: boolean) => {
    const { min, max, centre } = frame && amount === 0 ? { ...frame, centre: mid(frame.min, frame.max) } : sceneBounds(layout, amount)
    const distance = frameBoxDistance(min, max, centre, VIEW_DIRECTION, FOV, aspect)
    const reach = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2
    if (fresh) offset.set(VIEW_DIRECTION[0], VIEW_DIRECTION[1], VIEW_DIRECTION[2])
    else offset.copy(camera.position).sub(controls.target).normalize()
    offset.multiplyScalar(distance)
    controls.target.set(centre[0], centre[1], centre[2])
    camera.position.copy(controls.target).add(offset)
    const { near, far } = clipPlanes(reach, distance)
    Object.assign(camera, { near, far })
    camera.updateProjectionMatrix()
    controls.minDistance = reach * 0.5
    controls.maxDistance = distance * 4
    controls.update()
    invalidate()
  }
  const aimRef = useRef(aim)
  aimRef.current = aim
  const explodedNow = useRef(exploded)
  explodedNow.current = exploded

  useEffect(() => {
    controls.enableDamping = false
    controls.enablePan = false
    const onChange = () => invalidate()
    controls.addEventListener('change', onChange)
    if (controlled) {
      sceneHandle.current = {
        rotate(left, up) {
          controls.rotateLeft(left)
          controls.rotateUp(up)
          controls.update()
        },
        zoom(factor) {
          controls.dollyIn(1 / factor)
          controls.update()
        },
        reset: () => aimRef.current(explodedNow.current ? 1 : 0, true),
        snapshot() {
          gl.render(scene, camera)
          return gl.domElement.toDataURL('image/png')
        },
      }
    }
    return () => {
      controls.removeEventListener('change', onChange)
      controls.dispose()
      if (controlled) sceneHandle.current = null
    }
  }, [controls, gl, scene, camera, invalidate, controlled])

  // A new bag or a new canvas size: frame again from the usual direction.
  useLayoutEffect(() => aimRef.current(explodedNow.current ? 1 : 0, true), [layout, aspect, frame])

  // Exploded view toggled: back off (or come closer) from where the camera is, so a chosen angle is kept.
  const last = useRef(exploded)
  useEffect(() => {
    if (last.current === exploded) return
    last.current = exploded
    aimRef.current(exploded ? 1 : 0, false)
  }, [exploded])
  return null
}

function mid(a: Vec3, b: Vec3): Vec3 {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2]
}

/** The bag as its outline: a translucent solid of the shape the bag layer derives, its edges, and the opening. */
function Shell({ layout }: { layout: SceneLayout }) {
  const [w, h, d] = layout.interior
  const geometry = useMemo(() => (layout.shell ? shellGeometry(layout.shell, layout.interior) : new BoxGeometry(w, h, d)), [layout, w, h, d])
  const edges = useMemo(() => new EdgesGeometry(geometry, 28), [geometry])
  useEffect(
    () => () => {
      geometry.dispose()
      edges.dispose()
    },
    [geometry, edges],
  )
  return (
    <group>
      <mesh geometry={geometry} renderOrder={2}>
        <meshStandardMaterial color="#c98a6b" transparent opacity={0.13} depthWrite={false} side={DoubleSide} />
      </mesh>
      <lineSegments geometry={edges} renderOrder={3}>
        <lineBasicMaterial color="#7a4a35" />
      </lineSegments>
      {layout.opening && (
        <mesh position={[0, h / 2 + 0.05, 0]} rotation={[-Math.PI / 2, 0, 0]} renderOrder={4}>
          <planeGeometry args={[layout.opening[0], layout.opening[1]]} />
          <meshBasicMaterial color="#7a4a35" transparent opacity={0.22} depthWrite={false} side={DoubleSide} />
        </mesh>
      )}
    </group>
  )
}

/**
 * The outline polygon extruded, placed in the scene: its local x, y, z are the engine axes u, v, w of the shell,
 * then engine (x, y, z) from the interior's corner becomes scene (x - W/2, z - H/2, -(y - D/2)).
 */
function shellGeometry(shell: SceneShell, interior: Vec3): BufferGeometry {
  const shape = new Shape()
  shell.polygon.forEach(([a, b], i) => (i === 0 ? shape.moveTo(a, b) : shape.lineTo(a, b)))
  shape.closePath()
  const geometry = new ExtrudeGeometry(shape, { depth: shell.to - shell.from, bevelEnabled: false, curveSegments: 1 })
  const toEngine = new Matrix4().makeBasis(unit(shell.u), unit(shell.v), unit(shell.w))
  toEngine.setPosition(unit(shell.w).multiplyScalar(shell.from))
  const [W, H, D] = interior
  // Engine -> scene: x -> x, y -> -z, z -> y, centred on the interior.
  const toScene = new Matrix4().set(1, 0, 0, -W / 2, 0, 0, 1, -H / 2, 0, -1, 0, D / 2, 0, 0, 0, 1)
  geometry.applyMatrix4(toScene.multiply(toEngine))
  geometry.computeVertexNormals()
  return geometry
}

function unit(axis: number): Vector3 {
  return new Vector3(axis === 0 ? 1 : 0, axis === 1 ? 1 : 0, axis === 2 ? 1 : 0)
}

// Scratch objects for the frame loop.
const matrix = new Matrix4()
/** Per kind, its number when one of its copies is drawn turned at an angle, else 0 (reused; 100 kinds at most). */
const turnedKinds: number[] = Array.from({ length: 100 }, () => 0)

/** Whether an instance matrix turns its solid at an angle: a side that is not along one of the scene's axes. */
function isTilted(m: Matrix4): boolean {
  const e = m.elements
  for (let c = 0; c < 3; c++) {
    let along = 0
    for (let r = 0; r < 3; r++) if (Math.abs(e[c * 4 + r]!) > 1e-6) along++
    if (along > 1) return true
  }
  return false
}
const c0 = new Vector3()
const c1 = new Vector3()
const c2 = new Vector3()
const cross = new Vector3()

/** One kind's meshes: its solid's geometry, material, and which boxes (inside, or beside the bag) are its copies. */
interface KindMesh {
  kind: number
  geometry: BufferGeometry
  own: Vec3
  inside: number[]
  outside: number[]
}

/**
 * The things: one instanced mesh per kind (its own solid: a rounded phone, a cylinder lipstick, a card), and one for
 * its outline. The explode animation runs in `useFrame`, keeping its progress in a ref and asking for frames only
 * while it moves; it writes the centres it uses into `centres` for the labels.
 */
function Things({
  layout,
  kinds,
  exploded,
  highlight,
  centres,
}: {
  layout: SceneLayout
  kinds: readonly KindInfo[]
  exploded: boolean
  highlight: number | null
  centres: RefObject<Float32Array>
}) {
  const meshes = useRef<(InstancedMesh | null)[]>([])
  const rims = useRef<(InstancedMesh | null)[]>([])
  const progress = useRef(exploded ? 1 : 0)
  const lastTime = useRef<number | null>(null)
  const invalidate = useThree((s) => s.invalidate)
  const canvas = useThree((s) => s.gl.domElement)

  const groups = useMemo(() => kindMeshes(layout, kinds), [layout, kinds])
  useEffect(() => () => groups.forEach((g) => g.geometry.dispose()), [groups])

  /** Writes every instance's matrix for the current explode progress. */
  const place = (amount: number) => {
    const n = layout.boxes.length
    if (centres.current.length !== n * 3) centres.current = new Float32Array(n * 3)
    explodedCentres(layout.boxes, easeInOut(amount), layout.interior[1], centres.current)
    groups.forEach((g, k) => {
      const mesh = meshes.current[k]
      const outline = rims.current[k]
      if (!mesh || !outline) return
      let slot = 0
      let tilted = false
      const put = (b: SceneBox, x: number, y: number, z: number) => {
        instanceMatrix(b, g.own, x, y, z, 0)
        mesh.setMatrixAt(slot, matrix)
        if (isTilted(matrix)) tilted = true
        instanceMatrix(b, g.own, x, y, z, OUTLINE_MM)
        outline.setMatrixAt(slot, matrix)
        slot++
      }
      for (const i of g.inside) put(layout.boxes[i]!, centres.current[i * 3]!, centres.current[i * 3 + 1]!, centres.current[i * 3 + 2]!)
      for (const i of g.outside) {
        const b = layout.outside[i]!
        put(b, b.centre[0], b.centre[1], b.centre[2])
      }
      mesh.instanceMatrix.needsUpdate = true
      outline.instanceMatrix.needsUpdate = true
      turnedKinds[k] = tilted ? g.kind + 1 : 0
    })
    // Which kinds are drawn turned at an angle, read off the matrices drawn (the page's tests check it).
    if (amount === 0) canvas.dataset.turned = turnedKinds.slice(0, groups.length).filter((n) => n > 0).join(' ')
  }
  const placeRef = useRef(place)
  placeRef.current = place

  useLayoutEffect(() => {
    placeRef.current(progress.current)
    invalidate()
  }, [groups, invalidate])

  useEffect(() => {
    lastTime.current = null
    invalidate()
  }, [exploded, invalidate])

  useEffect(() => invalidate(), [highlight, invalidate])

  useFrame((state) => {
    const target = exploded ? 1 : 0
    if (progress.current === target) return
    const now = state.clock.elapsedTime * 1000
    const elapsed = lastTime.current === null ? 16 : now - lastTime.current
    lastTime.current = now
    progress.current = stepTowards(progress.current, target, elapsed)
    placeRef.current(progress.current)
    if (progress.current !== target) invalidate()
  })

  return (
    <group>
      {groups.map((g, k) => {
        const dim = highlight !== null && highlight !== g.kind
        const count = g.inside.length + g.outside.length
        return (
          <group key={`${g.kind}-${count}`}>
            <instancedMesh
              ref={(m) => {
                meshes.current[k] = m
              }}
              args={[g.geometry, undefined, count]}
              renderOrder={dim ? 6 : 5}
            >
              <KindMaterial kind={g.kind} dim={dim} />
            </instancedMesh>
            <instancedMesh
              ref={(m) => {
                rims.current[k] = m
              }}
              args={[g.geometry, undefined, count]}
              renderOrder={5}
              visible={!dim}
            >
              <meshBasicMaterial color="#2b1d17" side={BackSide} />
            </instancedMesh>
          </group>
        )
      })}
    </group>
  )
}

/** A kind's colour, with its pattern once the colours repeat, faint when another kind is highlighted. */
function KindMaterial({ kind, dim }: { kind: number; dim: boolean }) {
  const material = useRef<MeshStandardMaterial>(null)
  const pattern = itemPattern(kind)
  const map = useMemo(() => (pattern === 'plain' ? null : patternTexture(pattern)), [pattern])
  useLayoutEffect(() => {
    if (material.current) material.current.needsUpdate = true
  }, [dim, map])
  return (
    <meshStandardMaterial
      ref={material}
      color={itemColour(kind)}
      map={map}
      roughness={0.55}
      metalness={0.05}
      transparent={dim}
      opacity={dim ? DIMMED_OPACITY : 1}
      depthWrite={!dim}
    />
  )
}

/** Stripes or dots drawn once into a small repeating texture (white and grey, tinted by the kind's colour). */
function patternTexture(pattern: 'stripes' | 'dots'): CanvasTexture {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 32
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, 32, 32)
  ctx.fillStyle = '#6b6b6b'
  if (pattern === 'stripes') {
    for (let i = -32; i < 64; i += 12) {
      ctx.beginPath()
      ctx.moveTo(i, 0)
      ctx.lineTo(i + 6, 0)
      ctx.lineTo(i + 38, 32)
      ctx.lineTo(i + 32, 32)
      ctx.fill()
    }
  } else {
    for (const [x, y] of [
      [8, 8],
      [24, 24],
    ]) {
      ctx.beginPath()
      ctx.arc(x!, y!, 4, 0, Math.PI * 2)
      ctx.fill()
    }
  }
  const texture = new CanvasTexture(canvas)
  texture.wrapS = texture.wrapT = RepeatWrapping
  texture.repeat.set(3, 3)
  texture.colorSpace = SRGBColorSpace
  return texture
}

/**
 * Writes into `matrix` the instance matrix of box `b` at centre (x, y, z): the solid's local side k (own length
 * own[k]) along the box's basis k, grown by `growMm` on every side for the outline. A mirror image (an odd
 * permutation of the sides) flips the first side, which the symmetric solids do not show.
 */
function instanceMatrix(b: SceneBox, own: Vec3, x: number, y: number, z: number, growMm: number): void {
  const basis = b.basis
  if (!basis) {
    // Without own sizes the solid is a unit box stretched to the box's extents.
    c0.set(b.size[0] + growMm, 0, 0)
    c1.set(0, b.size[1] + growMm, 0)
    c2.set(0, 0, b.size[2] + growMm)
  } else {
    scaled(c0, basis[0], own[0], growMm)
    scaled(c1, basis[1], own[1], growMm)
    scaled(c2, basis[2], own[2], growMm)
  }
  if (cross.crossVectors(c0, c1).dot(c2) < 0) c0.negate()
  matrix.makeBasis(c0, c1, c2).setPosition(x, y, z)
}

/** `out` = the basis vector v divided by the own length (so the solid's side becomes v), grown by `growMm`. */
function scaled(out: Vector3, v: Vec3, ownMm: number, growMm: number): void {
  const length = Math.hypot(v[0], v[1], v[2]) || ownMm
  const k = (length + growMm) / length / (ownMm || 1)
  out.set(v[0] * k, v[1] * k, v[2] * k)
}

/** Groups the boxes by kind and makes each kind's solid at its own size. */
function kindMeshes(layout: SceneLayout, kinds: readonly KindInfo[]): KindMesh[] {
  const byKind = new Map<number, KindMesh>()
  const get = (b: SceneBox): KindMesh => {
    let g = byKind.get(b.kind)
    if (!g) {
      const info = kinds[b.kind]
      const own: Vec3 = b.basis && info ? info.sizeMm : [1, 1, 1]
      g = { kind: b.kind, geometry: solidGeometry(b.basis && info ? solidOf(info.category, info.shape, own) : { kind: 'box' }, own), own, inside: [], outside: [] }
      byKind.set(b.kind, g)
    }
    return g
  }
  layout.boxes.forEach((b, i) => get(b).inside.push(i))
  layout.outside.forEach((b, i) => get(b).outside.push(i))
  return [...byKind.values()].sort((a, b) => a.kind - b.kind)
}

/** The geometry of a solid whose own side k runs along local axis k, centred, `own` mm long. */
function solidGeometry(solid: Solid, own: Vec3): BufferGeometry {
  if (solid.kind === 'box') return new BoxGeometry(own[0], own[1], own[2])
  if (solid.kind === 'cylinder') {
    // Along local y, then turned so the cylinder's axis is own side `axis` (a cyclic turn keeps the faces outward).
    const a = solid.axis
    const p = (a + 2) % 3
    const q = (a + 1) % 3
    const g = new CylinderGeometry(0.5, 0.5, 1, 32)
    g.scale(own[p]!, own[a]!, own[q]!)
    g.applyMatrix4(new Matrix4().makeBasis(unit(p), unit(a), unit(q)))
    return g
  }
  // A slab with rounded corners: drawn in local x-y, extruded along z, then turned cyclically onto its own sides.
  const t = solid.thin
  const p = (t + 1) % 3
  const q = (t + 2) % 3
  const a = own[p]!
  const b = own[q]!
  const r = Math.min(solid.radiusMm, a / 2, b / 2)
  const shape = new Shape()
  shape.moveTo(-a / 2 + r, -b / 2)
  shape.lineTo(a / 2 - r, -b / 2)
  shape.absarc(a / 2 - r, -b / 2 + r, r, -Math.PI / 2, 0, false)
  shape.lineTo(a / 2, b / 2 - r)
  shape.absarc(a / 2 - r, b / 2 - r, r, 0, Math.PI / 2, false)
  shape.lineTo(-a / 2 + r, b / 2)
  shape.absarc(-a / 2 + r, b / 2 - r, r, Math.PI / 2, Math.PI, false)
  shape.lineTo(-a / 2, -b / 2 + r)
  shape.absarc(-a / 2 + r, -b / 2 + r, r, Math.PI, Math.PI * 1.5, false)
  const g = new ExtrudeGeometry(shape, { depth: own[t]!, bevelEnabled: false, curveSegments: 6 })
  g.translate(0, 0, -own[t]! / 2)
  g.applyMatrix4(new Matrix4().makeBasis(unit(p), unit(q), unit(t)))
  return g
}

// Scratch for the label layout.
const anchorOf = new Vector3()

/**
 * Projects each labelled kind's anchor (its first copy's middle) onto the canvas and lays the labels out there
 * (`placeLabels`), writing their places straight into the overlay's elements: no React render per frame.
 */
function LabelTracker({
  layout,
  labelled,
  centres,
  dom,
}: {
  layout: SceneLayout
  labelled: { kind: number; index: number; outside: boolean }[]
  centres: RefObject<Float32Array>
  dom: RefObject<LabelDom>
}) {
  useFrame(({ camera, size }) => layoutLabels(layout, labelled, centres.current, dom.current, camera, size.width, size.height))
  return null
}

/** The label layout of one frame (outside the frame loop's body, so its small arrays are not made in `useFrame`). */
function layoutLabels(
  layout: SceneLayout,
  labelled: { kind: number; index: number; outside: boolean }[],
  centres: Float32Array,
  dom: LabelDom,
  camera: Camera,
  width: number,
  height: number,
): void {
  const anchors: ScreenPoint[] = []
  const sizes: { w: number; h: number }[] = []
  // The frame loop runs before the renderer brings the camera's matrices up to date: do it now, so the labels follow
  // the camera of this frame, not the one before.
  camera.updateMatrixWorld()
  labelled.forEach(({ index, outside }, k) => {
    if (outside) {
      const b = layout.outside[index]!
      anchorOf.set(b.centre[0], b.centre[1], b.centre[2])
    } else {
      anchorOf.set(centres[index * 3] ?? 0, centres[index * 3 + 1] ?? 0, centres[index * 3 + 2] ?? 0)
    }
    projected.copy(anchorOf).project(camera)
    anchors.push({ x: ((projected.x + 1) / 2) * width, y: ((1 - projected.y) / 2) * height })
    const el = dom.labels[k]
    sizes.push({ w: el?.offsetWidth ?? 0, h: el?.offsetHeight ?? 0 })
  })
  const rects = placeLabels(anchors, sizes, width, height)
  rects.forEach((r, k) => showLabel(dom, k, anchors[k]!, r))
}

function showLabel(dom: LabelDom, k: number, anchor: ScreenPoint, r: LabelRect | null): void {
  const el = dom.labels[k]
  const line = dom.lines[k]
  const dot = dom.dots[k]
  if (!el || !line || !dot) return
  if (!r) {
    el.style.visibility = 'hidden'
    line.style.visibility = dot.style.visibility = 'hidden'
    return
  }
  el.style.visibility = line.style.visibility = dot.style.visibility = 'visible'
  el.style.transform = `translate(${Math.round(r.x)}px, ${Math.round(r.y)}px)`
  const end = leaderEnd(anchor, r)
  line.setAttribute('x1', String(anchor.x))
  line.setAttribute('y1', String(anchor.y))
  line.setAttribute('x2', String(end.x))
  line.setAttribute('y2', String(end.y))
  dot.setAttribute('cx', String(anchor.x))
  dot.setAttribute('cy', String(anchor.y))
  el.dataset.anchor = `${anchor.x.toFixed(1)},${anchor.y.toFixed(1)}`
}
