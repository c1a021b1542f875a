import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { formatCsv, parseCsv } from '../../src/catalog/csv.js'
import { recordLines, jsonErrorOffset } from '../../src/catalog/json-lines.js'

describe('parseCsv', () => {
  test('reads quoted fields with commas, doubled quotes and line breaks, keeping each record start line', () => {
    const table = parseCsv('id,notes\r\na,"one, two"\nb,"say ""hi""\nover two lines"\n\nc,\n')
    expect(table).toEqual({
      header: ['id', 'notes'],
      records: [
        { line: 2, cells: ['a', 'one, two'] },
        { line: 3, cells: ['b', 'say "hi"\nover two lines'] },
        { line: 6, cells: ['c', ''] },
      ],
    })
  })

  test('says where a quote is never closed or stands inside a field', () => {
    expect(parseCsv('id,notes\na,"open\nb,c\n')).toEqual({
      line: 2,
      message: 'a quoted field is never closed',
    })
    expect(parseCsv('id\na"b\n')).toMatchObject({ line: 2 })
    expect(parseCsv('')).toMatchObject({ line: 1, message: expect.stringMatching(/empty/) })
  })

  fcTest.prop([
    fc.array(
      fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é') }), {
        minLength: 2,
        maxLength: 2,
      }),
      {
        maxLength: 6,
      },
    ),
  ])('reads back what formatCsv wrote', (rows) => {
    // A record of empty cells is written as "," and so survives; formatCsv's header is line 1.
    const text = formatCsv(['a', 'b'], rows)
    const table = parseCsv(text)
    expect(table).toMatchObject({ header: ['a', 'b'] })
    if ('records' in table) expect(table.records.map((r) => r.cells)).toEqual(rows)
  })
})

describe('recordLines', () => {
  test('finds the line of each record of an array and of each kind of a document', () => {
    expect(recordLines('[\n {"id": "a"},\n\n {"id": "b", "x": [1, {"y": 2}]}\n]').top).toEqual([2, 4])
    const doc = recordLines('{\n "bags": [\n  {"id": "a"}\n ],\n "items": [{"id": "[b]"},\n {"id": "c"}]\n}')
    expect(doc.byKey).toEqual({ bags: [3], items: [5, 6] })
  })
})

describe('jsonErrorOffset', () => {
  test('is -1 for valid JSON and the offset of the first bad character otherwise', () => {
    expect(jsonErrorOffset('{"a": [1, 2.5e3, true, null, "x\\"y"]}')).toBe(-1)
    expect(jsonErrorOffset('{"a": }')).toBe(6)
    expect(jsonErrorOffset('[1, 2')).toBe(5)
    expect(jsonErrorOffset('[1] x')).toBe(4)
  })

  fcTest.prop([fc.json()])('accepts everything JSON.stringify writes', (text) => {
    expect(jsonErrorOffset(text)).toBe(-1)
  })
})
