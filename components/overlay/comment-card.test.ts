import { describe, expect, it } from 'vitest';
import { distinctPassages } from './comment-card';

describe('distinctPassages', () => {
  it('shows each passage once when several rules matched overlapping words', () => {
    const e = (start: number, end: number, ruleId: string) => ({ label: 'child_at_risk' as const, ruleId, start, end, excerpt: 'x' });
    expect(distinctPassages([e(0, 20, 'a'), e(5, 30, 'b'), e(40, 50, 'c'), e(30, 40, 'd')]).map((x) => x.ruleId)).toEqual(['a', 'c', 'd']);
  });
});
