/** A copy of an item type placed by the engine, in model units. */
export interface Placed {
  type: number
  orient: number
  x: number
  y: number
  z: number
}
