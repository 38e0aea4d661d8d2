import { describe, expect, it } from 'vitest';
import type { Label, Urgency } from '../../classifiers/types';
import type { FlaggedComment, FollowUpTask, StepId } from '../../storage/records';
import { weeklySummary } from './weekly-summary';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 23 November 2026 00:00 in Stockholm (UTC+1): week 48 starts here. */
const WEEK_48 = Date.parse('2026-11-22T23:00:00Z');
/** Monday 30 November 2026 00:00 in Stockholm: week 49 starts here. */
const WEEK_49 = WEEK_48 + 7 * DAY;
/** Long after both weeks, so week 48 is summed up at its end. */
const LATER = Date.parse('2027-01-15T12:00:00Z');

let counter = 0;

function comment(firstSeen: number, labels: Label[], extra: Partial<FlaggedComment> = {}): FlaggedComment {
  counter++;
  return {
    key: `facebook:${counter}`,
    platform: 'facebook',
    commentId: String(counter),
    excerpt: 'Min handläggare svarar aldrig',
    assessment: { lang: 'sv', labels, urgency: 'normal', scores: {} as Record<Label, number>, evidence: [], actions: [] },
    firstSeen,
    lastSeen: firstSeen,
    updatedAt: firstSeen,
    ...extra,
  };
}

function task(of: FlaggedComment | string, createdAt: number, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  const commentKey = typeof of === 'string' ? of : of.key;
  return {
    id: `task:${commentKey}`,
    commentKey,
    platform: 'facebook',
    urgency: 'normal',
    labels: ['individual_case'],
    checklist: ['acknowledged', 'got_help'],
    steps: {},
    status: 'open',
    createdAt,
    createdBy: 'Moderator',
    dueAt: createdAt + DAY,
    updatedAt: createdAt,
    ...extra,
  };
}

const replied = (at: number): Partial<Record<StepId, { done: boolean; by: string; at: number }>> => ({ acknowledged: { done: true, by: 'M', at } });

describe('weeklySummary', () => {
  it('counts a comment in the Stockholm week it was first flagged, Monday 00:00 to Sunday 23:59 local time', () => {
    const comments = [
      comment(WEEK_48 - 1, ['crime']), // Sunday 22 November 23:59:59 in Stockholm: week 47
      comment(WEEK_48, ['crime']),
      comment(WEEK_49 - 1, ['crisis']),
      comment(WEEK_49, ['crisis']), // Monday 30 November: week 49
    ];
    const summary = weeklySummary([], comments, Date.parse('2026-11-25T12:00:00Z'), LATER);
    expect(summary.week).toMatchObject({ year: 2026, week: 48, monday: '2026-11-23', start: WEEK_48, end: WEEK_49 });
    expect(summary.flags.total).toBe(2);
    expect(summary.flags.byLabel).toMatchObject({ crime: 1, crisis: 1, individual_case: 0 });
    expect(summary.current).toBe(false);
    expect(summary.asOf).toBe(WEEK_49);
  });

  it('counts comments marked "Inte relevant" apart, as false positives per label, and not among the flags', () => {
    const comments = [
      comment(WEEK_48 + HOUR, ['crime', 'sensitive_data']),
      comment(WEEK_48 + 2 * HOUR, ['crime'], { dismissedAt: WEEK_48 + 3 * HOUR, dismissedBy: 'M' }),
      comment(WEEK_48 + 4 * HOUR, ['criticism'], { dismissedAt: WEEK_48 + 5 * HOUR, dismissedBy: 'M' }),
    ];
    const summary = weeklySummary([], comments, WEEK_48, LATER);
    expect(summary.flags.total).toBe(1);
    expect(summary.flags.byLabel).toMatchObject({ crime: 1, sensitive_data: 1, criticism: 0 });
    expect(summary.falsePositives.total).toBe(2);
    expect(summary.falsePositives.byLabel).toMatchObject({ crime: 1, criticism: 1, sensitive_data: 0 });
  });

  it('counts follow-ups started, closed and signed off during the week', () => {
    const tasks = [
      task('facebook:a', WEEK_48 - DAY, { status: 'closed', closedAt: WEEK_48 + HOUR, signedOffAt: WEEK_49 + HOUR }),
      task('facebook:b', WEEK_48 + HOUR, { status: 'closed', closedAt: WEEK_48 + 2 * HOUR, signedOffAt: WEEK_48 + 3 * HOUR }),
      task('facebook:c', WEEK_48 + HOUR),
      task('facebook:d', WEEK_49 + HOUR, { status: 'closed', closedAt: WEEK_49 + 2 * HOUR }),
    ];
    expect(weeklySummary(tasks, [], WEEK_48, LATER).tasks).toMatchObject({ created: 2, closed: 2, signedOff: 1 });
    expect(weeklySummary(tasks, [], WEEK_49, LATER).tasks).toMatchObject({ created: 1, closed: 1, signedOff: 1 });
  });

  it('counts open and overdue follow-ups as they stood at the end of the week', () => {
    const tasks = [
      // Due on Tuesday and still open: overdue at the week's end.
      task('facebook:late', WEEK_48 + HOUR, { dueAt: WEEK_48 + DAY }),
      // Closed on Friday: neither open nor overdue at the end.
      task('facebook:closed', WEEK_48 + HOUR, { dueAt: WEEK_48 + DAY, status: 'closed', closedAt: WEEK_48 + 4 * DAY }),
      // Closed only the week after: it was open, and overdue, when week 48 ended.
      task('facebook:closed-later', WEEK_48 + HOUR, { dueAt: WEEK_48 + DAY, status: 'closed', closedAt: WEEK_49 + DAY }),
      // Due after the week: open, not overdue.
      task('facebook:on-time', WEEK_49 - HOUR, { dueAt: WEEK_49 + DAY }),
      // Started the week after: not there yet.
      task('facebook:next', WEEK_49 + HOUR, { dueAt: WEEK_49 + 2 * HOUR }),
    ];
    expect(weeklySummary(tasks, [], WEEK_48, LATER).tasks).toMatchObject({ open: 3, overdue: 2 });
  });

  it('counts open and overdue as of now for the week that is still running', () => {
    const now = WEEK_48 + 2 * DAY;
    const tasks = [task('facebook:late', WEEK_48 + HOUR, { dueAt: WEEK_48 + DAY }), task('facebook:due-friday', WEEK_48 + HOUR, { dueAt: WEEK_48 + 4 * DAY })];
    const summary = weeklySummary(tasks, [], now, now);
    expect(summary.current).toBe(true);
    expect(summary.asOf).toBe(now);
    expect(summary.tasks).toMatchObject({ open: 2, overdue: 1 });
  });

  it('gives the median and the 90th percentile of minutes from flag to first public reply for the week’s flags', () => {
    const comments = Array.from({ length: 10 }, (_, i) => comment(WEEK_48 + i * HOUR, ['crisis']));
    const tasks = comments.map((c, i) => task(c, c.firstSeen + MINUTE, { steps: replied(c.firstSeen + (i + 1) * 10 * MINUTE) }));
    // Flagged in week 47: its reply time belongs to that week.
    const old = comment(WEEK_48 - DAY, ['crisis']);
    tasks.push(task(old, old.firstSeen, { steps: replied(old.firstSeen + 1000 * MINUTE) }));
    // Flagged this week but not answered; a step undone is not an answer.
    tasks.push(task('facebook:gone', WEEK_48 + HOUR), task('facebook:undone', WEEK_48 + HOUR, { steps: { acknowledged: { done: false, by: 'M', at: WEEK_48 + 2 * HOUR } } }));
    const { reply } = weeklySummary(tasks, [...comments, old], WEEK_48, LATER);
    expect(reply).toEqual({ answered: 10, unanswered: 2, medianMinutes: 55, p90Minutes: 90 });
  });

  it('measures from the task’s start when its comment is gone', () => {
    const tasks = [task('facebook:purged', WEEK_48 + HOUR, { steps: replied(WEEK_48 + HOUR + 30 * MINUTE) })];
    expect(weeklySummary(tasks, [], WEEK_48, LATER).reply).toMatchObject({ answered: 1, medianMinutes: 30, p90Minutes: 30 });
  });

  it('lists open acute and high follow-ups, acute first, with their progress at the week’s end and a masked excerpt', () => {
    const acute = comment(WEEK_48 + HOUR, ['crisis'], { excerpt: 'Jag orkar inte mer, ring mig [telefonnummer]' });
    const high = comment(WEEK_48 + HOUR, ['child_at_risk'], { excerpt: 'Barnen är ensamma hemma' });
    const tasks = [
      task(high, WEEK_48 + HOUR, { urgency: 'high', labels: ['child_at_risk'], dueAt: WEEK_48 + 10 * HOUR }),
      task(acute, WEEK_48 + 2 * HOUR, {
        urgency: 'acute' as Urgency,
        labels: ['crisis'],
        dueAt: WEEK_48 + 2 * HOUR,
        checklist: ['acknowledged', 'referred', 'got_help'],
        steps: { acknowledged: { done: true, by: 'M', at: WEEK_48 + 3 * HOUR }, referred: { done: true, by: 'M', at: WEEK_49 + HOUR } },
      }),
      task('facebook:normal', WEEK_48 + HOUR, { urgency: 'normal' }),
      task('facebook:closed-acute', WEEK_48 + HOUR, { urgency: 'acute', status: 'closed', closedAt: WEEK_48 + 2 * HOUR }),
    ];
    const { urgentOpen } = weeklySummary(tasks, [acute, high], WEEK_48, LATER);
    expect(urgentOpen).toEqual([
      { id: `task:${acute.key}`, urgency: 'acute', labels: ['crisis'], dueAt: WEEK_48 + 2 * HOUR, overdue: true, done: 1, total: 3, excerpt: 'Jag orkar inte mer, ring mig [telefonnummer]' },
      { id: `task:${high.key}`, urgency: 'high', labels: ['child_at_risk'], dueAt: WEEK_48 + 10 * HOUR, overdue: true, done: 0, total: 2, excerpt: 'Barnen är ensamma hemma' },
    ]);
  });

  it('never carries an author’s name, not even one the stored excerpt left unmasked', () => {
    const named = comment(WEEK_48 + HOUR, ['crisis'], { author: 'Anna Berg', excerpt: 'Anna här. Jag orkar inte mer.' });
    const tasks = [task(named, WEEK_48 + HOUR, { urgency: 'acute' })];
    const summary = weeklySummary(tasks, [named], WEEK_48, LATER);
    expect(summary.urgentOpen[0]!.excerpt).toBe('[namn] här. Jag orkar inte mer.');
    const printed = JSON.stringify(summary);
    expect(printed).not.toMatch(/Anna|Berg/);
  });

  it('compares the flag total with the week before', () => {
    const comments = [
      comment(WEEK_48 - DAY, ['crime']),
      comment(WEEK_48 - 2 * DAY, ['crime']),
      comment(WEEK_48 - 3 * DAY, ['crime']),
      comment(WEEK_48 - 4 * DAY, ['crime'], { dismissedAt: WEEK_48, dismissedBy: 'M' }),
      comment(WEEK_48 + DAY, ['crime']),
    ];
    expect(weeklySummary([], comments, WEEK_48, LATER).change).toEqual({ previousFlags: 3, difference: -2 });
    expect(weeklySummary([], comments, WEEK_48 - DAY, LATER).change).toEqual({ previousFlags: 0, difference: 3 });
  });
});
