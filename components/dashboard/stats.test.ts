import { describe, expect, it } from 'vitest';
import { lastWeeks, median, percentile, stockholmWeekOf } from './stats';

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

describe('stockholmWeekOf', () => {
  it('counts ISO weeks in Stockholm time, Monday 00:00 local', () => {
    // Monday 23 November 2026 00:30 in Stockholm is still Sunday 23:30 UTC.
    const week = stockholmWeekOf(Date.parse('2026-11-22T23:30:00Z'));
    expect(week).toMatchObject({ year: 2026, week: 48, monday: '2026-11-23' });
    expect(new Date(week.start).toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(stockholmWeekOf(Date.parse('2026-11-22T22:30:00Z')).week).toBe(47);
  });

  it('gives the first days of January to the previous year’s last week when ISO says so', () => {
    expect(stockholmWeekOf(Date.parse('2027-01-01T12:00:00Z'))).toMatchObject({ year: 2026, week: 53 });
    expect(stockholmWeekOf(Date.parse('2025-12-30T12:00:00Z'))).toMatchObject({ year: 2026, week: 1 });
  });

  it('has a 167-hour week when summer time starts', () => {
    const week = stockholmWeekOf(Date.parse('2026-03-25T12:00:00Z'));
    expect((week.end - week.start) / 3_600_000).toBe(167);
  });
});

describe('lastWeeks', () => {
  it('lists the weeks up to now, oldest first, back to back', () => {
    const weeks = lastWeeks(Date.parse('2026-11-24T09:00:00Z'), 3);
    expect(weeks.map((w) => w.week)).toEqual([46, 47, 48]);
    expect(weeks[1]!.start).toBe(weeks[0]!.end);
  });
});
