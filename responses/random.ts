/**
 * Seeded randomness for reply phrasing: the same seed gives the same replies, so tests and the
 * scanner are repeatable, while different comments and moments give different draws.
 */
export type Random = () => number;

/** Mulberry32: small, fast and good enough to pick phrasings. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 units of a text: a seed from a comment and a moment. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function pickFrom<T>(items: readonly T[], random: Random): T {
  if (items.length === 0) throw new RangeError('pickFrom: nothing to pick from');
  return items[Math.floor(random() * items.length)]!;
}
