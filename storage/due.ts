/**
 * When a follow-up is due, from the comment's urgency and the municipality's working days: acute
 * now; high by the end of the same working day (the next one when flagged after hours or on a day
 * off); normal by the end of the next working day. Overdue is derived from this and the clock,
 * never stored, so it is never stale.
 */
import { addDays, isWorkingDay, stockholmInstant, stockholmTime } from '../responses/calendar';
import type { Urgency } from '../classifiers/types';
import type { FollowUpTask, StepId } from './records';

/** The end of a working day, local time. Varberg's offices close at 16:30 (see responses/directory.ts). */
export const WORKDAY_END_MINUTES = 16 * 60 + 30;
/** A calendar year of days off cannot happen; the bound only stops a broken calendar from looping. */
const MAX_DAYS_AHEAD = 30;

function nextWorkingDay(dateKey: string): string {
  let key = dateKey;
  for (let i = 0; i < MAX_DAYS_AHEAD; i++) {
    key = addDays(key, 1);
    if (isWorkingDay(key)) return key;
  }
  return key;
}

export function dueAt(urgency: Urgency, createdAt: number): number {
  if (urgency === 'acute') return createdAt;
  const local = stockholmTime(new Date(createdAt));
  const todayCounts = isWorkingDay(local.dateKey) && local.minutes < WORKDAY_END_MINUTES;
  const sameDay = todayCounts ? local.dateKey : nextWorkingDay(local.dateKey);
  const day = urgency === 'high' ? sameDay : nextWorkingDay(local.dateKey);
  return stockholmInstant(day, WORKDAY_END_MINUTES).getTime();
}

export type TaskProgress = 'new' | 'in_progress' | 'closed';

export interface TaskView {
  progress: TaskProgress;
  overdue: boolean;
  done: number;
  total: number;
  remaining: StepId[];
}

/** The derived state the dashboard shows: progress, overdue and the steps left. */
export function viewOf(task: FollowUpTask, now: number): TaskView {
  const remaining = task.checklist.filter((step) => !task.steps[step]?.done);
  const done = task.checklist.length - remaining.length;
  const progress: TaskProgress = task.status === 'closed' ? 'closed' : done > 0 ? 'in_progress' : 'new';
  return { progress, overdue: task.status === 'open' && now > task.dueAt, done, total: task.checklist.length, remaining };
}
