/**
 * Which follow-ups the dashboard lists, and in what order. Pure and in memory: the dashboard reads
 * every task once (a live query) and filters here, so a filter change costs a pass over an array,
 * not a database round trip, and every filter combines with every other.
 */
import type { Label, Urgency } from '../../classifiers/types';
import { stockholmInstant, addDays } from '../../responses/calendar';
import type { FollowUpTask } from '../../storage/records';
import { URGENCY_ORDER } from '../../utils/label-text';

export const TASK_STATUS_FILTERS = ['open', 'overdue', 'to_sign_off', 'closed', 'all'] as const;
export type TaskStatusFilter = (typeof TASK_STATUS_FILTERS)[number];

export const TASK_SORTS = ['due', 'urgency', 'newest', 'updated'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export interface TaskFilter {
  status: TaskStatusFilter;
  /** Any of these labels; none chosen means every label. */
  labels: readonly Label[];
  urgencies: readonly Urgency[];
  /** Someone who created, ticked a step on or closed the task; '' for anyone. */
  moderator: string;
  /** Created on or after this day, Stockholm time ('YYYY-MM-DD'); '' for no bound. */
  from: string;
  /** Created on or before this day; '' for no bound. */
  to: string;
  sort: TaskSort;
}

export const DEFAULT_TASK_FILTER: TaskFilter = { status: 'open', labels: [], urgencies: [], moderator: '', from: '', to: '', sort: 'due' };

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** The tasks the filter lets through, sorted. Never mutates its input. */
export function filterTasks(tasks: readonly FollowUpTask[], filter: TaskFilter, now: number): FollowUpTask[] {
  const labels = filter.labels.length > 0 ? new Set(filter.labels) : null;
  const urgencies = filter.urgencies.length > 0 ? new Set(filter.urgencies) : null;
  const moderator = filter.moderator.trim().toLocaleLowerCase('sv');
  // An invalid or half-typed date bounds nothing rather than hiding every task.
  const from = DATE_KEY.test(filter.from) ? stockholmInstant(filter.from, 0).getTime() : -Infinity;
  const to = DATE_KEY.test(filter.to) ? stockholmInstant(addDays(filter.to, 1), 0).getTime() : Infinity;
  const kept = tasks.filter(
    (task) =>
      statusMatches(task, filter.status, now) &&
      (!urgencies || urgencies.has(task.urgency)) &&
      (!labels || task.labels.some((label) => labels.has(label))) &&
      task.createdAt >= from &&
      task.createdAt < to &&
      (!moderator || moderatorsOfTask(task).some((name) => name.toLocaleLowerCase('sv') === moderator)),
  );
  return kept.sort(COMPARE[filter.sort]);
}

function statusMatches(task: FollowUpTask, status: TaskStatusFilter, now: number): boolean {
  switch (status) {
    case 'open':
      return task.status === 'open';
    case 'overdue':
      return task.status === 'open' && now > task.dueAt;
    case 'to_sign_off':
      return task.status === 'closed' && !task.signedOffAt;
    case 'closed':
      return task.status === 'closed';
    case 'all':
      return true;
  }
}

const byDue = (a: FollowUpTask, b: FollowUpTask) => a.dueAt - b.dueAt || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

const COMPARE: Record<TaskSort, (a: FollowUpTask, b: FollowUpTask) => number> = {
  due: byDue,
  urgency: (a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || byDue(a, b),
  newest: (a, b) => b.createdAt - a.createdAt || byDue(a, b),
  updated: (a, b) => b.updatedAt - a.updatedAt || byDue(a, b),
};

/** Everyone who acted on a task: who created it, ticked a step, closed it or signed it off. */
export function moderatorsOfTask(task: FollowUpTask): string[] {
  const names = [task.createdBy, task.closedBy, task.signedOffBy, ...Object.values(task.steps).map((step) => step?.by)];
  return names.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
}

/** The names to offer in the moderator filter, sorted the Swedish way. */
export function moderatorsOf(tasks: readonly FollowUpTask[]): string[] {
  const names = new Set<string>();
  for (const task of tasks) for (const name of moderatorsOfTask(task)) names.add(name.trim());
  return [...names].sort((a, b) => a.localeCompare(b, 'sv'));
}

/** One page of a list, and the page numbers clamped so a shrinking list never shows an empty page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { items: items.slice(current * size, current * size + size), page: current, pages };
}
