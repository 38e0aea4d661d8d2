import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('percentile and median', () => {
  it('give nothing for no values, and the nearest rank otherwise', () => {
    expect(median([])).toBeUndefined();
    expect(percentile([], 90)).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
  });
});
