/**
 * What the page may ask of the 3D view from outside the canvas (buttons, the share image), set by the view while
 * it is mounted. A plain mutable object, not React state: nothing re-renders when it changes (racing-game's
 * `mutation` object in its store is the model).
 */
export interface SceneHandle {
  /** Turns the camera about the bag: `left` radians about the vertical, `up` radians about the horizontal. */
  rotate(left: number, up: number): void
  /** Moves the camera closer (factor > 1) or further (factor < 1). */
  zoom(factor: number): void
  /** Puts the camera back where it started. */
  reset(): void
  /** Renders one frame now and returns it as a PNG data URL (for the share image). */
  snapshot(): string
}

export const sceneHandle: { current: SceneHandle | null } = { current: null }
