/**
 * What the supervisors' charts show, computed from the follow-up records: flags per label per
 * week, time to the first public reply per week, and open and overdue follow-ups per day. Pure:
 * records and the clock (`now`) in, plain rows out; no DOM, no React.
 *
 * Weeks are ISO weeks (Monday to Sunday) and days are calendar days, both in Stockholm local time,
 * as the municipality's calendar is (responses/calendar.ts). Weeks, median and percentile come from
 * stats.ts, which the weekly summary uses too, so both views give the same figures for a week. The
 * bucket edges are computed once as instants, so each record costs one binary search over a
 * handful of edges, never a time-zone conversion: 10,000 tasks take a few milliseconds.
 */
import { LABELS, type Label } from '../../classifiers/types';
import { addDays, stockholmInstant, stockholmTime } from '../../responses/calendar';
import type { FlaggedComment, FollowUpTask } from '../../storage/records';
import { lastWeeks, type StockholmWeek } from '../../responses/calendar';
import { median, percentile } from './stats';

export interface LabelWeek extends StockholmWeek {
  /** Comments flagged with each label; a comment with two labels counts for both. */
  labels: Record<Label, number>;
  /** Comments flagged this week, each counted once. Dismissed ones are not among them. */
  flagged: number;
  /** Comments first seen this week that a moderator marked "Inte relevant" (false positives). */
  dismissed: number;
}

export interface ReplyWeek extends StockholmWeek {
  /** Minutes from the flag to the first public reply, for the week's replied follow-ups; null with none. */
  median: number | null;
  /** The 90th percentile of the same minutes, by nearest rank: at least 9 of 10 replies came within it. */
  p90: number | null;
  /** Follow-ups of the week whose public reply is recorded. */
  replied: number;
  /** Follow-ups of the week with no public reply recorded, open or closed. */
  unanswered: number;
}

export interface OpenDay {
  /** 'YYYY-MM-DD' in Stockholm. */
  dateKey: string;
  /** The instant counted: the day's last millisecond, or `now` for today. */
  at: number;
  /** Follow-ups open at `at`. */
  open: number;
  /** Of those, the ones past their due time at `at`. */
  overdue: number;
}

const MINUTE = 60_000;

/**
 * Flags per label for each of the last `weeks` ISO weeks, by the week the comment was first seen.
 * Dismissed comments (false positives) count only in `dismissed`.
 *
 * @example flagsPerLabelPerWeek(comments, Date.now()).at(-1)?.labels.crime // flagged as crime this week
 */
export function flagsPerLabelPerWeek(comments: readonly FlaggedComment[], now: number, weeks = 8): LabelWeek[] {
  const spans = lastWeeks(now, wholeCount(weeks));
  const rows: LabelWeek[] = spans.map((span) => ({ ...span, labels: zeroPerLabel(), flagged: 0, dismissed: 0 }));
  const edges = edgesOf(spans);
  for (const comment of comments) {
    const row = rows[bucketOf(edges, comment.firstSeen)];
    if (!row) continue;
    if (comment.dismissedAt !== undefined) {
      row.dismissed++;
      continue;
    }
    row.flagged++;
    const labels = comment.assessment.labels;
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i] as Label;
      // A label listed twice is still one flag; an unknown one (a record from a newer version) is skipped.
      if (labels.indexOf(label) === i && label in row.labels) row.labels[label]++;
    }
  }
  return rows;
}

/**
 * Minutes from the flag to the first public reply ("Bekräftat offentligt"), per ISO week of the
 * flag: median and 90th percentile over the follow-ups whose reply is recorded, and how many have
 * none. The flag is the comment's `firstSeen`, or the task's `createdAt` when the comment is gone.
 *
 * @example timeToFirstReply(tasks, comments, Date.now()).at(-1)?.median // e.g. 42 (minutes)
 */
export function timeToFirstReply(
  tasks: readonly FollowUpTask[],
  comments: readonly FlaggedComment[],
  now: number,
  weeks = 8,
): ReplyWeek[] {
  const spans = lastWeeks(now, wholeCount(weeks));
  const edges = edgesOf(spans);
  const firstSeen = new Map<string, number>();
  for (const comment of comments) firstSeen.set(comment.key, comment.firstSeen);
  const minutes: number[][] = spans.map(() => []);
  const unanswered = spans.map(() => 0);
  for (const task of tasks) {
    const flaggedAt = firstSeen.get(task.commentKey) ?? task.createdAt;
    const week = bucketOf(edges, flaggedAt);
    if (week < 0) continue;
    const reply = task.steps.acknowledged;
    if (reply?.done === true && Number.isFinite(reply.at)) {
      // Moderators' clocks differ a little: a reply stamped before the flag counts as immediate.
      minutes[week]?.push(Math.max(0, (reply.at - flaggedAt) / MINUTE));
    } else {
      unanswered[week] = (unanswered[week] ?? 0) + 1;
    }
  }
  return spans.map((span, i) => {
    const values = minutes[i] ?? [];
    return {
      ...span,
      median: median(values) ?? null,
      p90: percentile(values, 90) ?? null,
      replied: values.length,
      unanswered: unanswered[i] ?? 0,
    };
  });
}

/**
 * Open and overdue follow-ups at the end of each of the last `days` days in Stockholm, oldest
 * first; today is counted at `now`. A task is open at an instant if it was created by then and not
 * closed by then, and overdue if it is open and its due time has passed.
 *
 * @example openAndOverdueOverTime(tasks, Date.now()).at(-1) // { dateKey: today, open: 14, overdue: 3, … }
 */
export function openAndOverdueOverTime(tasks: readonly FollowUpTask[], now: number, days = 28): OpenDay[] {
  const count = wholeCount(days);
  if (count === 0) return [];
  const today = stockholmTime(new Date(now)).dateKey;
  const keys = Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
  const ends = keys.map((key, i) => (i === count - 1 ? now : stockholmInstant(addDays(key, 1), 0).getTime() - 1));
  // Each task is open on a run of consecutive days: mark where the run starts and stops, then sum.
  const openDelta = new Array<number>(count + 1).fill(0);
  const overdueDelta = new Array<number>(count + 1).fill(0);
  for (const task of tasks) {
    if (!Number.isFinite(task.createdAt)) continue;
    const from = firstAtOrAfter(ends, task.createdAt);
    const until = task.closedAt === undefined ? count : firstAtOrAfter(ends, task.closedAt);
    if (from >= until) continue;
    bump(openDelta, from, until);
    const lateFrom = Number.isFinite(task.dueAt) ? Math.max(from, firstAfter(ends, task.dueAt)) : until;
    if (lateFrom < until) bump(overdueDelta, lateFrom, until);
  }
  let open = 0;
  let overdue = 0;
  return keys.map((dateKey, i) => {
    open += openDelta[i] ?? 0;
    overdue += overdueDelta[i] ?? 0;
    return { dateKey, at: ends[i] ?? now, open, overdue };
  });
}

/** Marks a run of days [from, until) in a difference array. */
function bump(delta: number[], from: number, until: number): void {
  delta[from] = (delta[from] ?? 0) + 1;
  delta[until] = (delta[until] ?? 0) - 1;
}

function zeroPerLabel(): Record<Label, number> {
  return Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
}

/** Negative, fractional or non-numbers ask for nothing. */
function wholeCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** The weeks' starts and the last week's end: week i holds the instants in [edges[i], edges[i + 1]). */
function edgesOf(spans: readonly StockholmWeek[]): number[] {
  const last = spans[spans.length - 1];
  return last ? [...spans.map((span) => span.start), last.end] : [];
}

/** The week index of `time`, or -1 outside the weeks (or for a missing time). */
function bucketOf(edges: readonly number[], time: number): number {
  if (!Number.isFinite(time) || edges.length < 2) return -1;
  if (time < (edges[0] ?? 0) || time >= (edges[edges.length - 1] ?? 0)) return -1;
  return firstAfter(edges, time) - 1;
}

/** The index of the first sorted value >= `time`, or the length when there is none. */
function firstAtOrAfter(sorted: readonly number[], time: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first sorted value > `time`, or the length when there is none. */
function firstAfter(sorted: readonly number[], time: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= time) low = mid + 1;
    else high = mid;
  }
  return low;
}
