import { colornames } from 'color-name-list/bestof'
import { describe, expect, test } from 'vitest'
import { BEST_OF_COLOUR_NAMES } from '../../src/style/colour-name-list.js'

describe('BEST_OF_COLOUR_NAMES', () => {
  // The advisor carries the list as a string (scripts/colour-names.mjs writes it); it must still be the package's.
  test("holds color-name-list's best-of names and colours, in order", () => {
    const lines = BEST_OF_COLOUR_NAMES.split('\n')
    expect(lines.map((line) => ({ name: line.slice(7), hex: `#${line.slice(0, 6)}` }))).toEqual(
      colornames.map(({ name, hex }) => ({ name, hex })),
    )
  })
})
