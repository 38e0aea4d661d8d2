import { describe, expect, it } from 'vitest';
import { parseEnglish } from './english';

describe('parseEnglish', () => {
  it('finds the negation hidden in contractions, and plain negation words', () => {
    const text = "He doesn't hit me. Nobody hurt my kids. She never left";
    const negated = parseEnglish(text).negations.map(([s, e]) => text.slice(s, e));
    expect(negated).toEqual(expect.arrayContaining(["doesn't", 'Nobody', 'never']));
  });

  it('splits sentences with their offsets', () => {
    const text = 'I called them. Nobody answered! What now?';
    expect(parseEnglish(text).sentences.map(([s, e]) => text.slice(s, e).trim())).toEqual(['I called them.', 'Nobody answered!', 'What now?']);
  });
});
