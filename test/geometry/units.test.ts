import { describe, expect, test } from 'vitest'
import { parseLength, parseSize } from '../../src/geometry/units.js'

describe('parseLength', () => {
  test('reads a number with or without a unit into millimetres, with the unit it read', () => {
    expect(parseLength('12cm')).toEqual({ lengthMm: 120, unit: 'cm' })
    expect(parseLength('3.5 in')).toEqual({ lengthMm: 88.9, unit: 'in' })
    expect(parseLength('120')).toEqual({ lengthMm: 120, unit: 'mm' })
    expect(parseLength('0.001mm')).toEqual({ lengthMm: 0.001, unit: 'mm' })
  })

  test.each(['0cm', '0', '0.0004mm', '.0'])('refuses %j: a length must be more than 0', (text) => {
    expect(() => parseLength(text)).toThrowError(
      expect.objectContaining({ code: 'INVALID_LENGTH', message: expect.stringContaining(`${JSON.stringify(text)} as a length: it must be more than 0`) }),
    )
  })

  test('refuses text that is not a length, naming it', () => {
    expect(() => parseLength('-3cm')).toThrowError(expect.objectContaining({ code: 'INVALID_LENGTH', message: expect.stringContaining('"-3cm"') }))
    expect(() => parseLength('3 furlongs')).toThrowError(expect.objectContaining({ message: expect.stringContaining('Unknown unit "furlongs"') }))
  })
})

describe('parseSize', () => {
  test('refuses a size with a side of 0', () => {
    expect(() => parseSize('12x0x5cm')).toThrowError(expect.objectContaining({ code: 'INVALID_LENGTH', message: expect.stringContaining('"0"') }))
  })
})
