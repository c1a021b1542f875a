import { describe, expect, test } from 'vitest'
import { IdIndex } from '../../src/catalog/id-index.js'
import { closestIds } from '../../src/catalog/suggest.js'
import { mulberry32 } from '../../src/random.js'

const WORDS = [
  'mini',
  'micro',
  'nano',
  'bag',
  'tabby',
  'chiquito',
  'lady',
  'dior',
  'kelly',
  'birkin',
  'puzzle',
  'city',
  'flap',
  'classic',
  'box',
  'le',
  'petit',
  'pochette',
  'jacquemus',
  'hermes',
  'chanel',
  'coach',
]

/** Seeded catalog-like ids: two to four words and sometimes a number. */
function ids(count: number, seed: number): string[] {
  const random = mulberry32(seed)
  const out = new Set<string>()
  while (out.size < count) {
    const n = 2 + Math.floor(random() * 3)
    const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!)
    if (random() < 0.5) words.push(String(Math.floor(random() * 40)))
    out.add(words.join('-'))
  }
  return [...out]
}

/** A typo of an id: one or two characters dropped, doubled or swapped, or a stretch of it. */
function typo(id: string, random: () => number): string {
  const i = Math.floor(random() * id.length)
  switch (Math.floor(random() * 4)) {
    case 0:
      return id.slice(0, i) + id.slice(i + 1)
    case 1:
      return id.slice(0, i) + id[i] + id.slice(i)
    case 2:
      return i + 1 < id.length ? id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2) : id
    default:
      return id.slice(Math.floor(id.length / 3))
  }
}

describe('IdIndex', () => {
  test('finds the id a typo came from, and ranks like closestIds over every id', () => {
    // A dense catalog: 1,500 ids from 22 words, so that many ids share each trigram.
    const all = ids(1500, 7)
    const index = IdIndex.build(all)
    const random = mulberry32(11)
    let same = 0
    for (let k = 0; k < 60; k++) {
      const meant = all[Math.floor(random() * all.length)]!
      const query = typo(meant, random)
      const fromIndex = index.closest(query)
      const fromAll = closestIds(query, all)
      // The best suggestion is the scan's best, and the id meant is found whenever the scan finds it.
      expect(fromIndex[0], query).toBe(fromAll[0])
      if (fromAll.includes(meant)) expect(fromIndex, query).toContain(meant)
      // Every suggestion is one the scan ranks the same way among the index's candidates.
      expect(fromIndex, query).toEqual(closestIds(query, fromIndex, { limit: 5 }))
      if (JSON.stringify(fromIndex) === JSON.stringify(fromAll)) same++
    }
    // Past the first, ties among equally close ids may differ; most lists are the same.
    expect(same).toBeGreaterThan(48)
  })

  test('short queries and queries that match nothing', () => {
    const all = ['ab', 'abc', 'box', 'coach-tabby-20', 'bolt']
    const index = IdIndex.build(all)
    for (const query of ['zzzzzzzz', 'tabby', 'coach-taby'])
      expect(index.closest(query), query).toEqual(closestIds(query, all))
    // Under three characters every id is within reach of the edit distance; the index offers those of about the
    // query's length and those holding it, ranked the same way.
    const short = index.closest('bo')
    expect(short[0]).toBe('box')
    expect(short).toEqual(closestIds('bo', short))
    expect(short).toContain('bolt')
  })

  test('ids added a page at a time answer as one build', () => {
    const all = ids(500, 3)
    const paged = IdIndex.build([])
    for (let i = 0; i < all.length; i += 64) paged.add(all.slice(i, i + 64))
    expect(paged.size).toBe(500)
    expect(paged.closest('lady-dior-micr')).toEqual(IdIndex.build(all).closest('lady-dior-micr'))
  })
})
