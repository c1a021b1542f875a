import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type {
  InstancedMesh,
  Sprite} from 'three';
import {
  BackSide,
  BoxGeometry,
  CanvasTexture,
  Color,
  EdgesGeometry,
  Matrix4,
  Quaternion,
  SRGBColorSpace,
  Vector3,
} from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { itemColour, textColourOn } from './colours.js'
import { easeInOut, explodedCentres, stepTowards } from './explode.js'
import { clipPlanes, frameBoxDistance, VIEW_DIRECTION } from './framing.js'
import { sceneHandle } from './handle.js'
import { labelLifts } from './labels.js'
import { boundingRadius, sceneBounds, type SceneLayout } from './layout.js'
import type { Vec3 } from '../../../src/pack/types.js'

/** The scene's background; the share image and the page use the same. */
export const BACKGROUND = '#fbf6f2'
const FOV = 35
/** Outline drawn round each item, mm (a slightly larger black box seen from inside). */
const OUTLINE_MM = 0.6

export interface BagViewProps {
  layout: SceneLayout
  /** Label of each kind of item, by kind index. */
  labels: string[]
  exploded: boolean
}

/** The packed bag in 3D: a translucent interior, the items in their places, labels; drawn only when something changes. */
export default function BagView({ layout, labels, exploded }: BagViewProps) {
  return (
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
      <Rig layout={layout} exploded={exploded} />
      <Shell layout={layout} />
      <Items layout={layout} labels={labels} exploded={exploded} />
    </Canvas>
  )
}

/** Where the camera looks and from how far, for the scene at explode `amount`. */
function framing(layout: SceneLayout, amount: number, aspect: number): { centre: Vec3; distance: number; reach: number } {
  const { min, max, centre } = sceneBounds(layout, amount)
  const distance = frameBoxDistance(min, max, centre, VIEW_DIRECTION, FOV, aspect)
  const reach = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2
  return { centre, distance, reach }
}

// Scratch objects for the camera: reused, never allocated per frame.
const offset = new Vector3()

/** Camera and orbit controls: frames the bag when it changes, answers the page's buttons through `sceneHandle`. */
function Rig({ layout, exploded }: { layout: SceneLayout; exploded: boolean }) {
  const { camera, gl, scene, size, invalidate } = useThree()
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl])
  const aspect = size.width / Math.max(1, size.height)

  /** Points the camera at the scene from `distance`, keeping its direction (or the usual one when `fresh`). */
  const aim = (amount: number, fresh: boolean) => {
    const { centre, distance, reach } = framing(layout, amount, aspect)
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
  // The exploded state the reset button frames.
  const explodedNow = useRef(exploded)
  explodedNow.current = exploded

  useEffect(() => {
    controls.enableDamping = false
    controls.enablePan = false
    const onChange = () => invalidate()
    controls.addEventListener('change', onChange)
    sceneHandle.current = {
      rotate(left, up) {
        controls.rotateLeft(left)
        controls.rotateUp(up)
      },
      zoom(factor) {
        controls.dollyIn(1 / factor)
      },
      reset: () => aimRef.current(explodedNow.current ? 1 : 0, true),
      snapshot() {
        gl.render(scene, camera)
        return gl.domElement.toDataURL('image/png')
      },
    }
    return () => {
      controls.removeEventListener('change', onChange)
      controls.dispose()
      sceneHandle.current = null
    }
  }, [controls, gl, scene, camera, invalidate])

  // A new bag or a new canvas size: frame again from the usual direction.
  useLayoutEffect(() => aimRef.current(explodedNow.current ? 1 : 0, true), [layout, aspect])

  // Exploded view toggled: back off (or come closer) from where the camera is, so a chosen angle is kept.
  const last = useRef(exploded)
  useEffect(() => {
    if (last.current === exploded) return
    last.current = exploded
    aimRef.current(exploded ? 1 : 0, false)
  }, [exploded])
  return null
}

/** The bag's interior: a translucent box with its edges, the blocked parts of a curved outline, and the opening. */
function Shell({ layout }: { layout: SceneLayout }) {
  const [w, h, d] = layout.interior
  const edges = useMemo(() => {
    const box = new BoxGeometry(w, h, d)
    const lines = new EdgesGeometry(box)
    box.dispose()
    return lines
  }, [w, h, d])
  const blocked = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const mesh = blocked.current
    if (!mesh) return
    const m = new Matrix4()
    layout.blocked.forEach((b, i) => {
      m.makeScale(b.size[0], b.size[1], b.size[2]).setPosition(b.centre[0], b.centre[1], b.centre[2])
      mesh.setMatrixAt(i, m)
    })
    mesh.instanceMatrix.needsUpdate = true
  }, [layout])
  useEffect(() => () => edges.dispose(), [edges])
  return (
    <group>
      <mesh renderOrder={2}>
        <boxGeometry args={[w, h, d]} />
        <meshStandardMaterial color="#c98a6b" transparent opacity={0.14} depthWrite={false} />
      </mesh>
      <lineSegments geometry={edges} renderOrder={3}>
        <lineBasicMaterial color="#7a4a35" />
      </lineSegments>
      {layout.blocked.length > 0 && (
        <instancedMesh key={layout.blocked.length} ref={blocked} args={[undefined, undefined, layout.blocked.length]} renderOrder={1}>
          <boxGeometry args={[1, 1, 1]} />
          <meshStandardMaterial color="#b9a39a" transparent opacity={0.35} depthWrite={false} />
        </instancedMesh>
      )}
      {layout.opening && (
        <mesh position={[0, h / 2 + 0.05, 0]} rotation={[-Math.PI / 2, 0, 0]} renderOrder={4}>
          <planeGeometry args={[layout.opening[0], layout.opening[1]]} />
          <meshBasicMaterial color="#7a4a35" transparent opacity={0.18} depthWrite={false} />
        </mesh>
      )}
    </group>
  )
}

// Scratch objects for the frame loop.
const matrix = new Matrix4()
const position = new Vector3()
const scale = new Vector3()
const noRotation = new Quaternion()
const colour = new Color()

/**
 * The packed items: one instanced mesh for all boxes, one for their outlines, and a label per kind of item. The
 * explode animation runs in `useFrame`, keeping its progress in a ref and asking for frames only while it moves.
 */
function Items({ layout, labels, exploded }: BagViewProps) {
  const boxes = useRef<InstancedMesh>(null)
  const outlines = useRef<InstancedMesh>(null)
  const labelSprites = useRef<(Sprite | null)[]>([])
  const progress = useRef(exploded ? 1 : 0)
  const lastTime = useRef<number | null>(null)
  const centres = useMemo(() => new Float32Array(layout.boxes.length * 3), [layout])
  const invalidate = useThree((s) => s.invalidate)
  const n = layout.boxes.length

  // The first copy of each kind carries the label.
  const labelled = useMemo(() => {
    const first = new Map<number, number>()
    layout.boxes.forEach((b, i) => {
      if (!first.has(b.kind)) first.set(b.kind, i)
    })
    return [...first.entries()].map(([kind, index]) => ({ kind, index }))
  }, [layout])
  const textures = useMemo(() => labelled.map(({ kind }) => labelTexture(labels[kind] ?? '', itemColour(kind))), [labelled, labels])
  useEffect(() => () => textures.forEach((t) => t.texture.dispose()), [textures])
  const labelHeight = boundingRadius(layout.interior) * 0.09
  // Packed, labels that would cover each other from the usual view are raised; exploded, they need not be.
  const lifts = useMemo(
    () =>
      labelLifts(
        labelled.map(({ index }) => {
          const b = layout.boxes[index]!
          return [b.centre[0], b.centre[1] + b.size[1] / 2 + labelHeight * 0.7, b.centre[2]]
        }),
        textures.map((t) => [labelHeight * t.aspect, labelHeight]),
        VIEW_DIRECTION,
      ),
    [labelled, textures, layout, labelHeight],
  )

  /** Writes every instance's matrix for the current explode progress. */
  const place = (amount: number) => {
    const eased = easeInOut(amount)
    explodedCentres(layout.boxes, eased, layout.interior[1], centres)
    const mesh = boxes.current
    const rims = outlines.current
    if (!mesh || !rims) return
    for (let i = 0; i < n; i++) {
      const b = layout.boxes[i]!
      position.set(centres[i * 3]!, centres[i * 3 + 1]!, centres[i * 3 + 2])
      mesh.setMatrixAt(i, matrix.compose(position, noRotation, scale.set(b.size[0], b.size[1], b.size[2])))
      rims.setMatrixAt(i, matrix.compose(position, noRotation, scale.set(b.size[0] + OUTLINE_MM, b.size[1] + OUTLINE_MM, b.size[2] + OUTLINE_MM)))
    }
    mesh.instanceMatrix.needsUpdate = true
    rims.instanceMatrix.needsUpdate = true
    for (let k = 0; k < labelled.length; k++) {
      const sprite = labelSprites.current[k]
      const { index } = labelled[k]!
      const b = layout.boxes[index]!
      const lift = lifts[k]! * (1 - eased)
      sprite?.position.set(centres[index * 3]!, centres[index * 3 + 1]! + b.size[1] / 2 + labelHeight * 0.7 + lift, centres[index * 3 + 2])
    }
  }

  // New layout: colours and places, drawn at once.
  useLayoutEffect(() => {
    const mesh = boxes.current
    if (!mesh) return
    for (let i = 0; i < n; i++) mesh.setColorAt(i, colour.set(itemColour(layout.boxes[i]!.kind)))
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
    place(progress.current)
    invalidate()
    // `place` reads the refs and the layout named here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, labelled, lifts, invalidate, n])

  // Explode toggled: start the animation.
  useEffect(() => {
    lastTime.current = null
    invalidate()
  }, [exploded, invalidate])

  useFrame((state) => {
    const target = exploded ? 1 : 0
    if (progress.current === target) return
    const now = state.clock.elapsedTime * 1000
    const elapsed = lastTime.current === null ? 16 : now - lastTime.current
    lastTime.current = now
    progress.current = stepTowards(progress.current, target, elapsed)
    place(progress.current)
    if (progress.current !== target) invalidate()
  })

  if (n === 0) return null
  return (
    <group>
      <instancedMesh key={`b${n}`} ref={boxes} args={[undefined, undefined, n]} renderOrder={5}>
        <boxGeometry args={[1, 1, 1]} />
        <meshStandardMaterial roughness={0.55} metalness={0.05} />
      </instancedMesh>
      <instancedMesh key={`o${n}`} ref={outlines} args={[undefined, undefined, n]} renderOrder={5}>
        <boxGeometry args={[1, 1, 1]} />
        <meshBasicMaterial color="#2b1d17" side={BackSide} />
      </instancedMesh>
      {labelled.map(({ kind }, k) => (
        <sprite
          key={`${kind}-${textures[k]!.text}`}
          ref={(s) => {
            labelSprites.current[k] = s
          }}
          scale={[labelHeight * textures[k]!.aspect, labelHeight, 1]}
          renderOrder={10}
        >
          <spriteMaterial map={textures[k]!.texture} depthTest={false} transparent />
        </sprite>
      ))}
    </group>
  )
}

/** A label drawn once into a texture: the item's name on its colour, with a dark rim. */
function labelTexture(text: string, background: string): { texture: CanvasTexture; aspect: number; text: string } {
  const px = 44
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')!
  const font = `600 ${px}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`
  ctx.font = font
  const width = Math.ceil(ctx.measureText(text).width) + px
  canvas.width = width
  canvas.height = Math.round(px * 1.6)
  ctx.font = font
  ctx.fillStyle = '#2b1d17'
  roundRect(ctx, 0, 0, canvas.width, canvas.height, px * 0.5)
  ctx.fill()
  ctx.fillStyle = background
  roundRect(ctx, 3, 3, canvas.width - 6, canvas.height - 6, px * 0.45)
  ctx.fill()
  ctx.fillStyle = textColourOn(background)
  ctx.textBaseline = 'middle'
  ctx.fillText(text, px / 2, canvas.height / 2 + 2)
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  return { texture, aspect: canvas.width / canvas.height, text }
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath()
  ctx.roundRect(x, y, w, h, r)
}
