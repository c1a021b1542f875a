export { sceneHandle, type SceneHandle } from './handle.js'
export { sceneLayout, boundingRadius, type SceneBox, type SceneLayout } from './layout.js'
export { itemColour, textColourOn, PALETTE } from './colours.js'
export { bagOutlinePath } from './outline.js'
