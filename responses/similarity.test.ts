import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, nearDuplicateOf, SIMILARITY_LIMIT, trigramJaccard, wordTrigrams } from './similarity';

/** Few words, so random texts share trigrams often and land on both sides of the limit. */
const text = fc.array(fc.constantFrom('tack', 'för', 'att', 'du', 'skriver', 'ring', 'oss', 'på', '112'), { minLength: 0, maxLength: 14 }).map((words) => words.join(' '));

describe('trigramJaccard', () => {
  it('is 1 for the same text, 0 for texts with no trigram in common', () => {
    expect(trigramJaccard('Tack för att du skriver.', 'tack, för att du SKRIVER')).toBe(1);
    expect(trigramJaccard('Tack för att du skriver.', 'Ring 112 direkt om någon är i fara.')).toBe(0);
  });

  it('treats texts under three words as one gram', () => {
    expect([...wordTrigrams('Hej du')]).toEqual(['hej du']);
    expect(wordTrigrams('').size).toBe(0);
  });
});

describe('nearDuplicateOf', () => {
  it('answers exactly as trigramJaccard >= limit would, for any texts', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 6 }), fc.constantFrom(0.3, SIMILARITY_LIMIT, 0.9), (candidate, others, limit) => {
        const expected = others.some((other) => other === candidate || trigramJaccard(candidate, other) >= limit);
        expect(nearDuplicateOf(others, limit).test(candidate)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts texts added later', () => {
    const check = nearDuplicateOf([]);
    expect(check.test('Ring socialjouren via 112 i kväll.')).toBe(false);
    check.add('Ring socialjouren via 112 i kväll.');
    expect(check.test('Ring socialjouren via 112 i kväll.')).toBe(true);
  });

  it('stays right when far more texts pass through than its cache holds', () => {
    const texts = Array.from({ length: 600 }, (_, i) => `Svar nummer ${i} till dig som skrev i dag.`);
    for (const t of texts) expect(nearDuplicateOf([t]).test(t)).toBe(true);
    expect(nearDuplicateOf(texts.slice(0, 300)).test(texts[0]!)).toBe(true);
    expect(closest(texts[5]!, texts.slice(0, 10))?.similarity).toBe(1);
  });
});
