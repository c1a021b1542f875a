import { PLAIN_COLOURS } from '../../../src/style/calibration.js'

/**
 * A colour as `#rrggbb`: the advisor's own colour words first (`camel`, `hot pink`, `denim`, with the swatches it
 * judges by), then CSS through the browser's parser (`hotpink`, `#f0c`, `rgb(...)`); null for neither.
 */
export function colourHex(text: string): string | null {
  const word = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ')
  if (Object.hasOwn(PLAIN_COLOURS, word)) return PLAIN_COLOURS[word]!
  return cssColourHex(text.trim())
}

/** A CSS colour (`hotpink`, `#f0c`, `rgb(...)`) as `#rrggbb` through the browser's own parser; null if it is not CSS. */
function cssColourHex(text: string): string | null {
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toLowerCase()
  if (typeof CSS === 'undefined' || !CSS.supports('color', text)) return null
  const ctx = document.createElement('canvas').getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#000000'
  ctx.fillStyle = text
  return /^#[0-9a-f]{6}$/i.test(ctx.fillStyle) ? ctx.fillStyle : null
}
