// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dueAt, viewOf } from './due';
import type { FollowUpTask } from './records';

/** Stockholm local time → the instant, for readable cases (CET in November/December). */
const cet = (local: string) => Date.parse(`${local}:00+01:00`);
const iso = (ms: number) => new Date(ms).toISOString();

describe('dueAt', () => {
  it('is now for an acute comment', () => {
    expect(dueAt('acute', cet('2026-11-28T23:10'))).toBe(cet('2026-11-28T23:10'));
  });

  it.each([
    ['high, Tuesday 10:00 → the same day 16:30', 'high', '2026-11-24T10:00', '2026-11-24T16:30'],
    ['high, Tuesday 17:00 → Wednesday 16:30', 'high', '2026-11-24T17:00', '2026-11-25T16:30'],
    ['high, Saturday → Monday 16:30', 'high', '2026-11-28T11:00', '2026-11-30T16:30'],
    ['high, julafton → the first working day after Christmas', 'high', '2026-12-24T09:00', '2026-12-28T16:30'],
    ['normal, Tuesday 10:00 → Wednesday 16:30', 'normal', '2026-11-24T10:00', '2026-11-25T16:30'],
    ['normal, Friday 10:00 → Monday 16:30', 'normal', '2026-11-27T10:00', '2026-11-30T16:30'],
    ['normal, 23 December → 28 December (24–27 are days off)', 'normal', '2026-12-23T10:00', '2026-12-28T16:30'],
  ] as const)('%s', (_name, urgency, created, due) => {
    expect(iso(dueAt(urgency, cet(created)))).toBe(iso(cet(due)));
  });

  it('uses summer time in summer (16:30 CEST is 14:30 UTC)', () => {
    expect(iso(dueAt('high', Date.parse('2026-06-09T08:00:00Z')))).toBe('2026-06-09T14:30:00.000Z');
  });
});

describe('viewOf', () => {
  const task = (extra: Partial<FollowUpTask> = {}): FollowUpTask => ({
    id: 'task:facebook:1',
    commentKey: 'facebook:1',
    platform: 'facebook',
    urgency: 'high',
    labels: ['child_at_risk'],
    checklist: ['acknowledged', 'referred', 'got_help'],
    steps: {},
    status: 'open',
    createdAt: 0,
    createdBy: 'AB',
    dueAt: 1000,
    updatedAt: 0,
    ...extra,
  });

  it('derives overdue from the clock, never from a stored flag', () => {
    expect(viewOf(task(), 999).overdue).toBe(false);
    expect(viewOf(task(), 1001).overdue).toBe(true);
    expect(viewOf(task({ status: 'closed' }), 5000).overdue).toBe(false);
  });

  it('counts done steps, ignores undone ones, and lists what is left', () => {
    const view = viewOf(task({ steps: { acknowledged: { done: true, by: 'AB', at: 1 }, referred: { done: false, by: 'AB', at: 2 } } }), 0);
    expect(view).toEqual({ progress: 'in_progress', overdue: false, done: 1, total: 3, remaining: ['referred', 'got_help'] });
    expect(viewOf(task(), 0).progress).toBe('new');
  });
});
