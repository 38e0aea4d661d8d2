import { describe, expect, it } from 'vitest';
import type { FollowUpTask } from '../../storage/records';
import { DEFAULT_TASK_FILTER, filterTasks, moderatorsOf, pageOf, type TaskFilter } from './task-filter';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const HOUR = 3_600_000;

function task(id: string, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return {
    id: `task:facebook:${id}`,
    commentKey: `facebook:${id}`,
    platform: 'facebook',
    urgency: 'normal',
    labels: ['individual_case'],
    checklist: ['acknowledged', 'referred', 'got_help'],
    steps: {},
    status: 'open',
    createdAt: NOW - 48 * HOUR,
    createdBy: 'AB',
    dueAt: NOW + HOUR,
    updatedAt: NOW - 48 * HOUR,
    ...extra,
  };
}

const tasks = [
  task('late', { urgency: 'high', labels: ['crime'], dueAt: NOW - HOUR }),
  task('acute', { urgency: 'acute', labels: ['crisis'], dueAt: NOW - 2 * HOUR, createdBy: 'CD' }),
  task('closed', { status: 'closed', closedAt: NOW - HOUR, closedBy: 'EF', labels: ['child_at_risk', 'crime'] }),
  task('signed', { status: 'closed', closedAt: NOW - HOUR, closedBy: 'EF', signedOffAt: NOW, signedOffBy: 'Chef' }),
  task('helped', { steps: { acknowledged: { done: true, by: 'GH', at: NOW - HOUR } }, createdAt: Date.parse('2026-11-01T10:00:00Z') }),
];

const ids = (filter: Partial<TaskFilter>) => filterTasks(tasks, { ...DEFAULT_TASK_FILTER, ...filter }, NOW).map((t) => t.id.replace('task:facebook:', ''));

describe('filterTasks', () => {
  it('lists open tasks by due time by default, the most overdue first', () => {
    expect(ids({})).toEqual(['acute', 'late', 'helped']);
  });

  it('filters overdue, awaiting sign-off, closed and all', () => {
    expect(ids({ status: 'overdue' })).toEqual(['acute', 'late']);
    expect(ids({ status: 'to_sign_off' })).toEqual(['closed']);
    expect(ids({ status: 'closed' }).sort()).toEqual(['closed', 'signed']);
    expect(ids({ status: 'all' })).toHaveLength(5);
  });

  it('keeps a task with any chosen label and any chosen urgency', () => {
    expect(ids({ status: 'all', labels: ['crime'] }).sort()).toEqual(['closed', 'late']);
    expect(ids({ status: 'all', urgencies: ['acute', 'high'] }).sort()).toEqual(['acute', 'late']);
    expect(ids({ status: 'all', labels: ['crime'], urgencies: ['normal'] })).toEqual(['closed']);
  });

  it('finds a moderator who created, ticked, closed or signed off, whatever the case', () => {
    expect(ids({ status: 'all', moderator: 'cd' })).toEqual(['acute']);
    expect(ids({ status: 'all', moderator: 'GH' })).toEqual(['helped']);
    expect(ids({ status: 'all', moderator: 'EF' }).sort()).toEqual(['closed', 'signed']);
    expect(ids({ status: 'all', moderator: 'Chef' })).toEqual(['signed']);
  });

  it('bounds by creation day in Stockholm time, both ends included, and ignores a half-typed date', () => {
    expect(ids({ status: 'all', from: '2026-11-01', to: '2026-11-01' })).toEqual(['helped']);
    expect(ids({ status: 'all', from: '2026-11-02' })).not.toContain('helped');
    expect(ids({ status: 'all', from: '2026-11' })).toHaveLength(5);
  });

  it('sorts by urgency, newest and last change', () => {
    expect(ids({ status: 'all', sort: 'urgency' }).slice(0, 2)).toEqual(['acute', 'late']);
    expect(ids({ status: 'all', sort: 'newest' }).at(-1)).toBe('helped');
    expect(filterTasks([task('a', { updatedAt: 1 }), task('b', { updatedAt: 2 })], { ...DEFAULT_TASK_FILTER, sort: 'updated' }, NOW).map((t) => t.id)).toEqual(['task:facebook:b', 'task:facebook:a']);
  });

  it('never reorders the array it was given', () => {
    const before = tasks.map((t) => t.id);
    filterTasks(tasks, { ...DEFAULT_TASK_FILTER, status: 'all', sort: 'newest' }, NOW);
    expect(tasks.map((t) => t.id)).toEqual(before);
  });
});

describe('moderatorsOf and pageOf', () => {
  it('names everyone who acted, once, in Swedish order', () => {
    expect(moderatorsOf(tasks)).toEqual(['AB', 'CD', 'Chef', 'EF', 'GH']);
  });

  it('clamps the page to the list', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 0, 50)).toMatchObject({ page: 0, pages: 3 });
    expect(pageOf(items, 9, 50).items).toEqual(items.slice(100));
    expect(pageOf([], 3, 50)).toEqual({ items: [], page: 0, pages: 1 });
  });
});
