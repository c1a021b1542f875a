/**
 * Item colours: one per kind of item, in the order the items were picked, so the same list always looks the same.
 * The first seven are Okabe and Ito's colour-blind-safe set (2008); the other five were added one at a time, each the
 * candidate farthest (CIEDE2000) from those already chosen and from the bag's shell and the background. No two of
 * the twelve are closer than ΔE00 21 (test/web/scene.test.ts checks it), so no two kinds share a colour.
 * Past twelve kinds the colours repeat with a pattern (stripes, then dots), and every kind carries its number in the
 * labels and the legend.
 */
export const PALETTE = [
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#009e73', // bluish green
  '#f0e442', // yellow
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#cc79a7', // reddish purple
  '#333333', // charcoal
  '#6a3d9a', // violet
  '#7f180d', // oxblood
  '#817066', // taupe
  '#ccebc5', // pale mint
] as const

/** Patterns that tell kinds apart once the colours repeat: plain for the first twelve, then stripes, then dots. */
const PATTERNS = ['plain', 'stripes', 'dots'] as const
export type Pattern = (typeof PATTERNS)[number]

/** The colour of the item kind at `index` (0-based); the palette repeats past its end. */
export function itemColour(index: number): string {
  const n = PALETTE.length
  return PALETTE[((index % n) + n) % n]!
}

/** The pattern of the item kind at `index`: plain, then stripes, then dots as the palette comes round again. */
export function itemPattern(index: number): Pattern {
  return PATTERNS[Math.min(PATTERNS.length - 1, Math.floor(Math.max(0, index) / PALETTE.length))]!
}

/** A CSS background for a swatch of kind `index`: its colour, with its pattern drawn over it. */
export function swatchBackground(index: number): string {
  const colour = itemColour(index)
  const ink = textColourOn(colour) === '#000000' ? 'rgb(0 0 0 / 55%)' : 'rgb(255 255 255 / 70%)'
  switch (itemPattern(index)) {
    case 'stripes':
      return `repeating-linear-gradient(45deg, ${colour} 0 3px, ${ink} 3px 5px)`
    case 'dots':
      return `radial-gradient(${ink} 1.5px, ${colour} 1.6px) 0 0 / 5px 5px`
    default:
      return colour
  }
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x). */
function luminance(hex: string): number {
  const v = Number.parseInt(hex.slice(1), 16)
  const channel = (c: number): number => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel((v >> 16) & 255) + 0.7152 * channel((v >> 8) & 255) + 0.0722 * channel(v & 255)
}

/** WCAG contrast ratio between two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Black or white, whichever reads better on `background` (for labels drawn on an item's colour). */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff'
}
