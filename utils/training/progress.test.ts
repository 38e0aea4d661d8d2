// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LABELS, type Label, type Urgency } from '../../classifiers/types';
import { labelProgress, MIN_FOR_WEAK, overview, WEAK_BELOW, weakAreas, weeklyProgress, type AttemptFacts } from './progress';
import type { LabelOutcome } from './scoring';

function fact(at: number, labelOutcomes: Partial<Record<Label, LabelOutcome>> = {}, extra: Partial<AttemptFacts> = {}): AttemptFacts {
  return { at, score: 80, passed: true, sessionId: 's1', expectedUrgency: 'normal', givenUrgency: 'normal', critical: [], labelOutcomes, ...extra };
}

/** `right` hits and `wrong` misses of one label. */
const record = (label: Label, right: number, wrong: number, at = 0): AttemptFacts[] => [
  ...Array.from({ length: right }, (_, i) => fact(at + i, { [label]: 'hit' })),
  ...Array.from({ length: wrong }, (_, i) => fact(at + right + i, { [label]: 'miss' })),
];

describe('labelProgress', () => {
  it('counts the attempts where a label was in play and the share right; rejects are not in play', () => {
    const attempts = [
      fact(1, { crime: 'hit', criticism: 'reject' }),
      fact(2, { crime: 'miss', criticism: 'reject' }),
      fact(3, { crime: 'false', child_at_risk: 'hit' }),
      fact(4, { crime: 'hit' }),
    ];
    const progress = labelProgress(attempts);
    expect(progress.crime).toEqual({ attempts: 4, score: 0.5 });
    expect(progress.child_at_risk).toEqual({ attempts: 1, score: 1 });
    expect(progress.criticism).toEqual({ attempts: 0, score: null });
    expect(Object.keys(progress).sort()).toEqual([...LABELS].sort());
  });

  it('gives every label no attempts and no score without attempts', () => {
    for (const label of LABELS) expect(labelProgress([])[label]).toEqual({ attempts: 0, score: null });
  });
});

describe('weakAreas', () => {
  it('uses the documented limits', () => {
    expect(MIN_FOR_WEAK).toBe(3);
    expect(WEAK_BELOW).toBe(0.75);
  });

  it('needs at least three attempts before calling a label weak', () => {
    expect(weakAreas(record('crime', 0, 2))).toEqual([]);
    expect(weakAreas(record('crime', 0, 3))).toEqual(['crime']);
  });

  it('calls a label weak below 0.75 right, not at it', () => {
    expect(weakAreas(record('crime', 2, 1))).toEqual(['crime']); // 0.67
    expect(weakAreas(record('crime', 3, 1))).toEqual([]); // 0.75
    expect(weakAreas(record('crime', 4, 0))).toEqual([]);
  });

  it('lists the weakest first, whatever the order of the labels', () => {
    const attempts = [...record('individual_case', 2, 1), ...record('sensitive_data', 0, 3, 100), ...record('child_at_risk', 1, 2, 200), ...record('crisis', 5, 0, 300)];
    expect(weakAreas(attempts)).toEqual(['sensitive_data', 'child_at_risk', 'individual_case']);
  });

  it('counts a label marked by mistake as a wrong attempt', () => {
    const falseAlarms = Array.from({ length: 3 }, (_, i) => fact(i, { criticism: 'false' }));
    expect(weakAreas(falseAlarms)).toEqual(['criticism']);
  });
});

describe('weeklyProgress', () => {
  /** Wednesday 11 March 2026, 12:00 in Stockholm (CET, UTC+1). */
  const NOW = Date.parse('2026-03-11T11:00:00Z');

  it('gives the last 8 weeks, oldest first, Monday to Monday, ending with the current one', () => {
    const weeks = weeklyProgress([], NOW);
    expect(weeks).toHaveLength(8);
    expect(weeks.map((w) => w.monday)).toEqual(['2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09']);
    expect(weeks.map((w) => w.week)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(weeks.every((w) => w.year === 2026)).toBe(true);
    expect(weeklyProgress([], NOW, 3)).toHaveLength(3);
  });

  it('keeps empty weeks, with no attempts and no average', () => {
    const weeks = weeklyProgress([fact(Date.parse('2026-03-10T09:00:00Z'), { crime: 'hit' }), fact(Date.parse('2026-01-20T09:00:00Z'))], NOW);
    expect(weeks.map((w) => w.attempts)).toEqual([1, 0, 0, 0, 0, 0, 0, 1]);
    expect(weeks[3]).toMatchObject({ attempts: 0, averageScore: null });
    expect(weeks[3]!.labels.crime).toEqual({ attempts: 0, score: null });
    expect(weeks[7]!.labels.crime).toEqual({ attempts: 1, score: 1 });
  });

  it('puts Sunday 23:30 Stockholm time in that week and Monday 00:30 in the next (both are Sunday in UTC)', () => {
    const sunday = fact(Date.parse('2026-03-08T22:30:00Z'), {}, { score: 40 }); // Sun 8 March 23:30 CET
    const monday = fact(Date.parse('2026-03-08T23:30:00Z'), {}, { score: 90 }); // Mon 9 March 00:30 CET
    const weeks = weeklyProgress([sunday, monday], NOW);
    expect(weeks.find((w) => w.monday === '2026-03-02')).toMatchObject({ attempts: 1, averageScore: 40 });
    expect(weeks.find((w) => w.monday === '2026-03-09')).toMatchObject({ attempts: 1, averageScore: 90 });
  });

  it('keeps the boundary at local midnight in summer time and across the change to it', () => {
    const summerNow = Date.parse('2026-06-17T10:00:00Z');
    const summer = weeklyProgress([fact(Date.parse('2026-06-14T21:30:00Z')), fact(Date.parse('2026-06-14T22:30:00Z'))], summerNow); // Sun 23:30 and Mon 00:30 CEST
    expect(summer.find((w) => w.monday === '2026-06-08')?.attempts).toBe(1);
    expect(summer.find((w) => w.monday === '2026-06-15')?.attempts).toBe(1);
    // Clocks go forward on Sunday 29 March 2026: that week is an hour short, and still ends at local midnight.
    const dst = weeklyProgress([fact(Date.parse('2026-03-29T21:30:00Z')), fact(Date.parse('2026-03-29T22:30:00Z'))], Date.parse('2026-04-01T10:00:00Z'));
    expect(dst.find((w) => w.monday === '2026-03-23')?.attempts).toBe(1);
    expect(dst.find((w) => w.monday === '2026-03-30')?.attempts).toBe(1);
  });

  it('numbers the weeks around New Year by ISO week year', () => {
    // Friday 2 January 2026 is in week 1 of 2026, which starts on Monday 29 December 2025.
    const weeks = weeklyProgress([], Date.parse('2026-01-02T11:00:00Z'));
    expect(weeks.map((w) => `${w.year}-${w.week}`)).toEqual(['2025-46', '2025-47', '2025-48', '2025-49', '2025-50', '2025-51', '2025-52', '2026-1']);
    expect(weeks[7]!.monday).toBe('2025-12-29');
  });

  it('averages the scores of a week, rounded', () => {
    const weeks = weeklyProgress([fact(Date.parse('2026-03-09T09:00:00Z'), {}, { score: 70 }), fact(Date.parse('2026-03-10T09:00:00Z'), {}, { score: 85 })], NOW);
    expect(weeks[7]).toMatchObject({ attempts: 2, averageScore: 78 });
  });

  it('leaves out attempts older than the weeks shown and later than now’s week', () => {
    const weeks = weeklyProgress([fact(Date.parse('2026-01-18T12:00:00Z')), fact(Date.parse('2026-03-16T09:00:00Z'))], NOW);
    expect(weeks.reduce((total, w) => total + w.attempts, 0)).toBe(0);
  });
});

describe('overview', () => {
  it('sums up attempts, sessions, average score, shares and critical misses', () => {
    const u = (expectedUrgency: Urgency, givenUrgency: Urgency) => ({ expectedUrgency, givenUrgency });
    const attempts = [
      fact(1, {}, { sessionId: 'a', score: 100, passed: true, ...u('high', 'high') }),
      fact(2, {}, { sessionId: 'a', score: 91, passed: false, critical: ['missed-acute', 'missed-112'], ...u('acute', 'high') }),
      fact(3, {}, { sessionId: 'b', score: 40, passed: false, critical: ['missed-concern-report'], ...u('high', 'high') }),
      fact(4, {}, { sessionId: 'c', score: 80, passed: true, ...u('none', 'normal') }),
    ];
    expect(overview(attempts)).toEqual({ attempts: 4, sessions: 3, averageScore: 78, passedShare: 0.5, urgencyRight: 0.5, criticalMisses: 3 });
  });

  it('gives zeros and no shares without attempts', () => {
    expect(overview([])).toEqual({ attempts: 0, sessions: 0, averageScore: null, passedShare: null, urgencyRight: null, criticalMisses: 0 });
  });
});
