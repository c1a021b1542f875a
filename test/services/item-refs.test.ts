import { describe, expect, test } from 'vitest'
import { parseItemRef } from '../../src/services/catalog-items.js'

describe('things named as the CLI names them', () => {
  test('an id, a count, a case, and a count and case in either order', () => {
    expect(parseItemRef('lipstick')).toEqual({ id: 'lipstick', count: 1 })
    expect(parseItemRef(' lipstick:2 ')).toEqual({ id: 'lipstick', count: 2 })
    expect(parseItemRef('apple-iphone-15+case')).toEqual({ id: 'apple-iphone-15', count: 1, case: true })
    expect(parseItemRef('apple-iphone-15+case:2')).toEqual({ id: 'apple-iphone-15', count: 2, case: true })
    expect(parseItemRef('apple-iphone-15:2+case')).toEqual({ id: 'apple-iphone-15', count: 2, case: true })
    expect(parseItemRef('apple-iphone-15:3+phone-case-slim')).toEqual({ id: 'apple-iphone-15', count: 3, case: 'phone-case-slim' })
  })

  test('a bad count or a missing id is refused, naming the text', () => {
    expect(() => parseItemRef('lipstick:x')).toThrow(/Bad count in "lipstick:x": expected a whole number from 1 to 500/)
    expect(() => parseItemRef('lipstick:0')).toThrow(/Bad count in "lipstick:0"/)
    expect(() => parseItemRef('lipstick:501')).toThrow(/Bad count in "lipstick:501"/)
    expect(() => parseItemRef('+case')).toThrow(/No item id in "\+case"/)
  })
})
