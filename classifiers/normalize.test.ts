import { describe, expect, it } from 'vitest';
import { normalize, toSourceRange } from './normalize';

describe('normalize', () => {
  it.each([
    ['Självmord', 'sjalvmord'],
    ['HJÄÄÄLP', 'hjalp'],
    ['snälla', 'snalla'],
    ['Jag   orkar\tinte', 'jag orkar inte'],
    ['rad ett\nrad två', 'rad ett\nrad tva'],
    ['don’t', "don't"],
    ['', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps double letters, which are spelling, and folds three or more, which are stretching', () => {
    expect(normalize('alla').text).toBe('alla');
    expect(normalize('allllla').text).toBe('ala');
  });

  it('maps a range of the folded text back to what the person wrote', () => {
    const source = 'Hej! HJÄÄÄÄLP mig 😭 nu';
    const norm = normalize(source);
    const start = norm.text.indexOf('hjalp');
    const [from, to] = toSourceRange(norm, start, start + 'hjalp'.length);
    expect(source.slice(from, to)).toBe('HJÄÄÄÄLP');
  });

  it('survives lone surrogates and emoji without losing the offsets', () => {
    const source = 'a\uD800b 👍🏽 c';
    const norm = normalize(source);
    expect(norm.toSource.length).toBe(norm.text.length);
    const at = norm.text.indexOf('c');
    expect(source.slice(...toSourceRange(norm, at, at + 1))).toBe('c');
  });
});
