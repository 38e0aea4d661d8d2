import { describe, expect, it } from 'vitest';
import { toggled } from './picked';

describe('toggled', () => {
  it('keeps the picked set in the order of the full list', () => {
    expect(toggled(['a', 'b', 'c'], ['c'], 'a', true)).toEqual(['a', 'c']);
    expect(toggled(['a', 'b', 'c'], ['a', 'c'], 'a', false)).toEqual(['c']);
  });
});
