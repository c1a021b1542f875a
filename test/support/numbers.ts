/**
 * The numbers in a text, in order (`"85.6 mm exceeds 53 × 15"` gives `[85.6, 53, 15]`). Tests of messages assert
 * the numbers that matter rather than pin the sentence around them.
 */
export function numbersIn(text: string): number[] {
  return (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number)
}

/** The first line of `text` that contains `marker` (empty when none does). */
export function lineWith(text: string, marker: string): string {
  return text.split('\n').find((line) => line.includes(marker)) ?? ''
}
