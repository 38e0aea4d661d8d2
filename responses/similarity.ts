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
  return jaccardOf(wordTrigrams(a), wordTrigrams(b), a, b);
}

function jaccardOf(x: ReadonlySet<string>, y: ReadonlySet<string>, a: string, b: string): number {
  if (x.size === 0 && y.size === 0) return a.trim() === b.trim() ? 1 : 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * jaccardOf(x, y) >= limit, stopping as soon as the answer is known. Most candidates share little
 * with a given earlier reply, so the walk ends after a few misses instead of visiting every trigram.
 */
function reachesJaccard(x: ReadonlySet<string>, y: ReadonlySet<string>, limit: number, a: string, b: string): boolean {
  if (x.size === 0 || y.size === 0) return jaccardOf(x, y, a, b) >= limit;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  // shared / (|x| + |y| - shared) >= limit  <=>  shared >= limit (|x| + |y|) / (1 + limit)
  const needed = (limit * (x.size + y.size)) / (1 + limit);
  if (small.size < needed) return false;
  let shared = 0;
  let left = small.size;
  for (const gram of small) {
    if (large.has(gram)) shared++;
    left--;
    if (shared >= needed) return true;
    if (shared + left < needed) return false;
  }
  return shared >= needed;
}

/**
 * A near-duplicate test against fixed texts that splits them into trigrams once: the composer asks
 * it about many candidates per suggestion, and re-splitting 50 recent replies each time dominated.
 */
export function nearDuplicateOf(others: readonly string[], limit = SIMILARITY_LIMIT): { test(text: string): boolean; add(text: string): void } {
  const known = others.map((text) => ({ text, grams: cachedTrigrams(text) }));
  return {
    test(text) {
      const grams = wordTrigrams(text);
      return known.some((other) => other.text === text || reachesJaccard(grams, other.grams, limit, text, other.text));
    },
    add(text) {
      known.push({ text, grams: cachedTrigrams(text) });
    },
  };
}

/**
 * The history is the same 50 replies call after call; splitting them again each time cost more
 * than composing the suggestions. Bounded, oldest out first, so a long session holds no more than
 * a few hundred replies' trigrams.
 */
const TRIGRAM_CACHE_SIZE = 256;
const trigramCache = new Map<string, ReadonlySet<string>>();

function cachedTrigrams(text: string): ReadonlySet<string> {
  const hit = trigramCache.get(text);
  if (hit) return hit;
  const grams = wordTrigrams(text);
  if (trigramCache.size >= TRIGRAM_CACHE_SIZE) trigramCache.delete(trigramCache.keys().next().value!);
  trigramCache.set(text, grams);
  return grams;
}

/** The most similar earlier text and its similarity, or undefined when there is none. */
export function closest(text: string, others: readonly string[]): { text: string; similarity: number } | undefined {
  let best: { text: string; similarity: number } | undefined;
  const grams = wordTrigrams(text);
  for (const other of others) {
    const similarity = other === text ? 1 : jaccardOf(grams, cachedTrigrams(other), text, other);
    if (!best || similarity > best.similarity) best = { text: other, similarity };
  }
  return best;
}

export function isNearDuplicate(text: string, others: readonly string[], limit = SIMILARITY_LIMIT): boolean {
  return others.some((other) => other === text || trigramJaccard(text, other) >= limit);
}
