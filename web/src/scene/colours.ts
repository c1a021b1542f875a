/**
 * Item colours: one per kind of item, in the order the items were picked, so the same list always looks the same.
 * The palette is Okabe and Ito's colour-blind-safe set (2008) with a few additions, bright enough to read through
 * the translucent bag on both light and dark backgrounds.
 */
export const PALETTE = [
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#009e73', // bluish green
  '#f0e442', // yellow
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#cc79a7', // reddish purple
  '#8c6d31', // bronze
  '#7f7fff', // periwinkle
  '#3fbf7f', // mint
  '#bf3f7f', // raspberry
  '#999999', // grey
] as const

/** The colour of the item kind at `index` (0-based); the palette repeats past its end. */
export function itemColour(index: number): string {
  const n = PALETTE.length
  return PALETTE[((index % n) + n) % n]!
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x). */
export function luminance(hex: string): number {
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
