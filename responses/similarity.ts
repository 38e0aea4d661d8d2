/**
 * How alike two replies are: Jaccard similarity of their word trigrams. The guideline forbids the
 * exact same reply twice and warns against standard replies; 0.6 or more reads as the same text.
 */
export const SIMILARITY_LIMIT = 0.6;

const WORD = /[\p{L}\p{N}]+/gu;

export function wordTrigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const grams = new Set<string>();
  if (words.length < 3) {
    if (words.length > 0) grams.add(words.join(' '));
    return grams;
  }
  for (let i = 0; i + 2 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

export function trigramJaccard(a: string, b: string): number {
  const x = wordTrigrams(a);
  const y = wordTrigrams(b);
  if (x.size === 0 && y.size === 0) return a.trim() === b.trim() ? 1 : 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}

/** The most similar earlier text and its similarity, or undefined when there is none. */
export function closest(text: string, others: readonly string[]): { text: string; similarity: number } | undefined {
  let best: { text: string; similarity: number } | undefined;
  for (const other of others) {
    const similarity = other === text ? 1 : trigramJaccard(text, other);
    if (!best || similarity > best.similarity) best = { text: other, similarity };
  }
  return best;
}

export function isNearDuplicate(text: string, others: readonly string[], limit = SIMILARITY_LIMIT): boolean {
  return others.some((other) => other === text || trigramJaccard(text, other) >= limit);
}
