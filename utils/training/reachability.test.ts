import { describe, expect, it } from 'vitest';
import { VARBERG_DIRECTORY } from '../../responses/varberg-directory';
import { referralReachable, UNREACHABLE_MESSAGE, validateOwnScenarios } from './reachability';
import type { Scenario } from './scenario';

const childAt = (when: string, referTo: Scenario['expected']['referTo']): Scenario => ({
  id: `child-${when.replace(/\D/gu, '')}`,
  level: 1,
  platform: 'facebook',
  lang: 'sv',
  when,
  post: { author: 'Varbergs kommun', text: 'Välkommen till biblioteket.' },
  comment: { author: 'Eva', text: 'Barnen bredvid är ensamma igen.' },
  expected: { labels: ['child_at_risk'], urgency: 'high', steps: ['reply', 'refer', 'concern_report', 'follow_up'], referTo },
  explanation: { sv: 'Ett barn kan fara illa.' },
  guideline: ['child'],
});

/** Varberg's list without the out-of-hours service: only the reception team takes concern for a child. */
const OFFICE_ONLY = { ...VARBERG_DIRECTORY, channels: VARBERG_DIRECTORY.channels.filter((c) => c.id !== 'socialjouren') };

describe('referralReachable', () => {
  it('is true when a right channel answers at the hour, or reopens soon when nobody is in danger', () => {
    expect(referralReachable(childAt('2026-03-10T10:00', ['child_concern']), OFFICE_ONLY)).toBe(true);
    expect(referralReachable(childAt('2026-03-10T12:20', ['child_concern']), OFFICE_ONLY)).toBe(true);
  });

  it('is false when every channel of those kinds is closed then', () => {
    expect(referralReachable(childAt('2026-03-14T23:00', ['child_concern']), OFFICE_ONLY)).toBe(false);
    expect(referralReachable(childAt('2026-03-14T23:00', ['child_concern']), VARBERG_DIRECTORY)).toBe(true);
  });
});

describe('validateOwnScenarios', () => {
  it('refuses the whole file when one scenario cannot be answered with the list, naming it by place and id', () => {
    const good = childAt('2026-03-10T10:00', ['child_concern']);
    const bad = childAt('2026-03-14T23:00', ['child_concern']);
    const result = validateOwnScenarios([good, bad], OFFICE_ONLY);
    expect(result.scenarios).toEqual([]);
    expect(result.problems).toEqual([{ index: 1, id: bad.id, path: 'expected.referTo', code: 'unreachable', message: UNREACHABLE_MESSAGE }]);
    expect(validateOwnScenarios([good, bad], VARBERG_DIRECTORY)).toEqual({ scenarios: [good, bad], problems: [] });
  });
});
