import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { closestIds, editDistance, unknownIdError } from '../../src/catalog/index.js'

const BAGS = [
  'jacquemus-le-petit-chiquito',
  'jacquemus-le-chiquito-original',
  'hermes-birkin-25',
  'dior-baby-ball',
  'coach-tabby-20',
]
const ITEMS = [
  'apple-iphone-15',
  'apple-iphone-15-pro',
  'apple-iphone-16',
  'apple-iphone-13-mini',
  'iso-7810-id1-card',
  'lipstick',
]

describe('closestIds', () => {
  test('finds ids that contain what was typed', () => {
    expect(closestIds('chiquito', BAGS)).toEqual([
      'jacquemus-le-petit-chiquito',
      'jacquemus-le-chiquito-original',
    ])
  })

  test('forgives a missing hyphen and a typo, closest first', () => {
    expect(closestIds('iphone15', ITEMS)[0]).toBe('apple-iphone-15')
    expect(closestIds('lipstik', ITEMS)).toEqual(['lipstick'])
    expect(closestIds('coach-taby-20', BAGS)).toEqual(['coach-tabby-20'])
  })

  test('suggests nothing for text that is nowhere close', () => {
    expect(closestIds('zzzzzzzzzz', BAGS)).toEqual([])
  })

  test('returns at most the limit', () => {
    expect(closestIds('apple', ITEMS, { limit: 2 })).toHaveLength(2)
  })

  fcTest.prop([fc.constantFrom(...ITEMS)])('an id that exists comes first', (id) => {
    expect(closestIds(id, ITEMS)[0]).toBe(id)
  })
})

describe('editDistance', () => {
  test('counts inserts, deletes, substitutions and swaps of neighbours', () => {
    expect(editDistance('card', 'card')).toBe(0)
    expect(editDistance('card', 'cards')).toBe(1)
    expect(editDistance('card', 'cart')).toBe(1)
    expect(editDistance('card', 'crad')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })

  fcTest.prop([fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })])(
    'is symmetric and zero only for equal strings',
    (a, b) => {
      expect(editDistance(a, b)).toBe(editDistance(b, a))
      expect(editDistance(a, b) === 0).toBe(a === b)
      expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length))
    },
  )
})

describe('unknownIdError', () => {
  test('carries the code of the kind, the suggestions and a message naming them', () => {
    const error = unknownIdError('kits', 'essential', ['essentials', 'evening'])
    expect(error.code).toBe('KIT_NOT_FOUND')
    expect(error.status).toBe(404)
    expect(error.message).toBe('Unknown kit id "essential". Closest kits: essentials.')
    expect(error.details).toEqual({ kind: 'kits', id: 'essential', suggestions: ['essentials'] })
  })
})
