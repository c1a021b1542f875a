/** Lower case without accents, so `hermes` finds Hermès. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** True when every word appears in `text` (case and accents ignored). */
export function matchesAll(text: string, words: readonly string[]): boolean {
  const folded = fold(text)
  return words.every((w) => folded.includes(w))
}
