/**
 * Finds the line each record starts on in a JSON catalog file, which `JSON.parse` does not tell. Handles the two
 * shapes `catalog import` reads: a top-level array of records, or an object whose values are arrays of records
 * (`{"bags": [...], "items": [...]}`). Call it only on text that parsed.
 *
 *   [                 <- depth 1 array: record starts counted here
 *     { "id": ... },  <- line of this "{"
 *   ]
 *   { "bags": [       <- array at depth 2 under key "bags"
 *       { ... }       <- counted under "bags"
 */
export interface RecordLines {
  /** Lines of the records of a top-level array. */
  top: number[]
  /** Lines of the records of each top-level key's array. */
  byKey: Record<string, number[]>
}

/** Lines (1-based) where each record of a valid JSON catalog file starts. */
export function recordLines(text: string): RecordLines {
  const result: RecordLines = { top: [], byKey: {} }
  // One frame per open container: arrays remember whether a value may start next and where to record it.
  const stack: { kind: '[' | '{'; expectValue: boolean; target: number[] | null; lastKey: string }[] = []
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') {
      line++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r') continue
    const frame = stack[stack.length - 1]
    // A value starting in an array is a record when the array is one we count.
    if (frame?.kind === '[' && frame.expectValue && c !== ']') {
      frame.expectValue = false
      frame.target?.push(line)
    }
    if (c === '"') {
      // Read the whole string; in an object it may be the key of the next value.
      let j = i + 1
      let value = ''
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\') j++
        value += text[j]
      }
      if (frame?.kind === '{') frame.lastKey = value
      i = j
    } else if (c === '[') {
      const parent = stack[stack.length - 1]
      let target: number[] | null = null
      if (!parent) target = result.top
      else if (stack.length === 1 && parent.kind === '{') target = result.byKey[parent.lastKey] = []
      stack.push({ kind: '[', expectValue: true, target, lastKey: '' })
    } else if (c === '{') {
      stack.push({ kind: '{', expectValue: false, target: null, lastKey: '' })
    } else if (c === ']' || c === '}') {
      stack.pop()
    } else if (c === ',' && frame?.kind === '[') {
      frame.expectValue = true
    }
  }
  return result
}

/** The 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/**
 * The character offset where JSON text stops being valid, or -1 when it is valid. Node 20's `JSON.parse` often
 * names no position ("Unexpected token '}', ... is not valid JSON"), so this small recursive-descent reader finds it.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++
  }
  // Each reader advances `i` past one value and returns false at the first character that cannot belong to it.
  const value = (): boolean => {
    space()
    const c = text[i]
    if (c === '{') return container('}', true)
    if (c === '[') return container(']', false)
    if (c === '"') return string()
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    )
    if (!literal) return false
    i += literal[0].length
    return true
  }
  const string = (): boolean => {
    for (i++; i < text.length; i++) {
      const c = text[i]!
      if (c === '"') {
        i++
        return true
      }
      if (c === '\\') i++
      else if (c < ' ') return false
    }
    return false
  }
  const container = (close: string, isObject: boolean): boolean => {
    i++
    space()
    if (text[i] === close) {
      i++
      return true
    }
    for (;;) {
      if (isObject) {
        space()
        if (text[i] !== '"' || !string()) return false
        space()
        if (text[i] !== ':') return false
        i++
      }
      if (!value()) return false
      space()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === close) {
        i++
        return true
      }
      return false
    }
  }
  const ok = value()
  space()
  return ok && i === text.length ? -1 : Math.min(i, text.length)
}
