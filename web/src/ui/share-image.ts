/**
 * The image to share: the packed bag as the 3D view shows it, with the verdict, the bag and the list of things,
 * 1080 × 1350 px (a 4:5 portrait post, the tallest most social apps show in the feed uncropped).
 */
const SHARE_SIZE = { width: 1080, height: 1350 } as const

export interface ShareImageInput {
  /** The 3D view as a PNG data URL, or null when there is none. */
  snapshot: string | null
  status: 'fits' | 'does-not-fit' | 'unknown'
  headline: string
  bagLabel: string
  /** What the bag holds (or what fits), with the colours the view uses. */
  items: { label: string; colour: string }[]
  /** A line about what to leave out, when not everything fits. */
  note: string | null
  /** Where the view came from (the share link), printed small at the bottom. */
  link: string
}

const STATUS_COLOUR = { fits: '#1e7b4f', 'does-not-fit': '#b4412f', unknown: '#8a6100' } as const
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

/** Draws the share image and returns it as a PNG blob. */
export async function composeShareImage(input: ShareImageInput): Promise<Blob> {
  const { width, height } = SHARE_SIZE
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#fbf6f2'
  ctx.fillRect(0, 0, width, height)

  // Brand and verdict.
  ctx.fillStyle = '#6b4a3c'
  ctx.font = `600 34px ${FONT}`
  ctx.fillText('micropurse · will it fit?', 60, 84)
  ctx.fillStyle = STATUS_COLOUR[input.status]
  ctx.font = `800 76px ${FONT}`
  let y = 180
  for (const line of wrapLines((t) => ctx.measureText(t).width, input.headline, width - 120).slice(0, 2)) {
    ctx.fillText(line, 60, y)
    y += 84
  }
  ctx.fillStyle = '#2b1d17'
  ctx.font = `600 40px ${FONT}`
  for (const line of wrapLines((t) => ctx.measureText(t).width, input.bagLabel, width - 120).slice(0, 2)) {
    ctx.fillText(line, 60, y)
    y += 50
  }

  // The packed bag, fitted into the middle.
  const box = { x: 60, y: y + 10, w: width - 120, h: 700 }
  if (input.snapshot) {
    const image = await loadImage(input.snapshot)
    const scale = Math.min(box.w / image.width, box.h / image.height)
    const w = image.width * scale
    const h = image.height * scale
    ctx.drawImage(image, box.x + (box.w - w) / 2, box.y + (box.h - h) / 2, w, h)
  }
  y = box.y + box.h + 30

  // The things, two columns with their colours.
  ctx.font = `500 30px ${FONT}`
  const colW = (width - 120) / 2
  input.items.slice(0, 8).forEach((item, i) => {
    const x = 60 + (i % 2) * colW
    const rowY = y + Math.floor(i / 2) * 44
    ctx.fillStyle = item.colour
    ctx.fillRect(x, rowY - 24, 28, 28)
    ctx.strokeStyle = '#2b1d17'
    ctx.lineWidth = 2
    ctx.strokeRect(x, rowY - 24, 28, 28)
    ctx.fillStyle = '#2b1d17'
    ctx.fillText(ellipsis((t) => ctx.measureText(t).width, item.label, colW - 60), x + 42, rowY)
  })
  if (input.note) {
    ctx.fillStyle = STATUS_COLOUR[input.status]
    ctx.font = `600 30px ${FONT}`
    ctx.fillText(ellipsis((t) => ctx.measureText(t).width, input.note, width - 120), 60, height - 90)
  }
  ctx.fillStyle = '#6b4a3c'
  ctx.font = `400 24px ${FONT}`
  ctx.fillText(ellipsis((t) => ctx.measureText(t).width, input.link, width - 120), 60, height - 44)

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not make the image.'))), 'image/png'))
}

/** Splits `text` into lines no wider than `maxWidth` as `measure` reports widths; a single long word stays whole. */
export function wrapLines(measure: (text: string) => number, text: string, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && measure(next) > maxWidth) {
      lines.push(line)
      line = word
    } else {
      line = next
    }
  }
  if (line) lines.push(line)
  return lines
}

/** `text` cut to fit `maxWidth`, with an ellipsis when cut. */
export function ellipsis(measure: (text: string) => number, text: string, maxWidth: number): string {
  if (measure(text) <= maxWidth) return text
  let cut = text
  while (cut.length > 1 && measure(cut + '…') > maxWidth) cut = cut.slice(0, -1)
  return cut + '…'
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('The 3D view could not be read.'))
    image.src = src
  })
}
