/**
 * The week in numbers, for the supervisor's printed summary: what was flagged, what the moderators
 * did about it, how fast the first public reply came, and which acute and high follow-ups are
 * still open. Pure: the dashboard passes every task and comment it holds and the clock.
 *
 * Weeks are ISO weeks in Stockholm time (stats.ts). "At the end of the week" is Monday 00:00 after
 * it, or now for the week that is still running. No author name is ever copied into the summary:
 * it is printed and handed on.
 */
import { LABELS, type Label, type Urgency } from '../../classifiers/types';
import type { FlaggedComment, FollowUpTask } from '../../storage/records';
import { URGENCY_ORDER } from '../../utils/label-text';
import { stockholmWeekOf, type StockholmWeek } from '../../responses/calendar';
import { median, percentile } from './stats';

export interface LabelCounts {
  total: number;
  byLabel: Record<Label, number>;
}

export interface UrgentTaskLine {
  id: string;
  urgency: Extract<Urgency, 'acute' | 'high'>;
  labels: Label[];
  dueAt: number;
  /** Due before the end of the week (or now). */
  overdue: boolean;
  /** Checklist steps done by the end of the week, of all on the checklist. */
  done: number;
  total: number;
  /** The stored, masked excerpt with the author's name masked too; undefined when the comment is gone. */
  excerpt?: string;
}

export interface WeekSummary {
  week: StockholmWeek;
  /** The instant the open and overdue figures hold for: the week's end, or now for the current week. */
  asOf: number;
  /** True when the week is still running, so the figures are as of now. */
  current: boolean;
  /** Comments first flagged this week that nobody marked "Inte relevant". */
  flags: LabelCounts;
  /** Comments first flagged this week that a moderator marked "Inte relevant" (false positives). */
  falsePositives: LabelCounts;
  tasks: { created: number; closed: number; signedOff: number; open: number; overdue: number };
  /** Minutes from flag to first public reply, for follow-ups flagged this week. */
  reply: { answered: number; unanswered: number; medianMinutes?: number; p90Minutes?: number };
  /** Open acute and high follow-ups at the end of the week, acute first, then the earliest due. */
  urgentOpen: UrgentTaskLine[];
  /** The flag total of the week before and the change from it (positive: more this week). */
  change: { previousFlags: number; difference: number };
}

const MINUTE = 60_000;

function emptyCounts(): LabelCounts {
  return { total: 0, byLabel: Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number> };
}

function countFlags(comments: readonly FlaggedComment[], week: StockholmWeek): { flags: LabelCounts; falsePositives: LabelCounts } {
  const flags = emptyCounts();
  const falsePositives = emptyCounts();
  for (const comment of comments) {
    if (comment.firstSeen < week.start || comment.firstSeen >= week.end) continue;
    // A later "Inte relevant" still makes it a false positive: the summary reports what is known now.
    const counts = comment.dismissedAt ? falsePositives : flags;
    counts.total++;
    for (const label of new Set(comment.assessment.labels)) counts.byLabel[label]++;
  }
  return { flags, falsePositives };
}

const within = (at: number | undefined, week: StockholmWeek) => at !== undefined && at >= week.start && at < week.end;

/** Open at the instant: created before it and not yet closed then. Reopening clears closedAt, so a reopened task counts as open throughout. */
function openAt(task: FollowUpTask, at: number): boolean {
  return task.createdAt < at && (task.status === 'open' || task.closedAt === undefined || task.closedAt >= at);
}

/** Masks each part of the author's name in the excerpt; the stored redaction masks full names, not a lone first name. */
function withoutAuthor(excerpt: string, author: string | undefined): string {
  const parts = (author ?? '').split(/\s+/u).filter((part) => part.length >= 2);
  if (parts.length === 0) return excerpt;
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return excerpt.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), '[namn]');
}

/**
 * The summary of the Stockholm ISO week that `weekOf` falls in.
 *
 * @example weeklySummary(tasks, comments, Date.parse('2026-11-24T09:00:00Z'), Date.now()).week.week // 48
 */
export function weeklySummary(tasks: readonly FollowUpTask[], comments: readonly FlaggedComment[], weekOf: number, now: number): WeekSummary {
  const week = stockholmWeekOf(weekOf);
  const current = now >= week.start && now < week.end;
  const asOf = Math.min(week.end, now);
  const byKey = new Map(comments.map((comment) => [comment.key, comment]));
  const { flags, falsePositives } = countFlags(comments, week);
  const previous = countFlags(comments, stockholmWeekOf(week.start - 1)).flags.total;

  const replyMinutes: number[] = [];
  let unanswered = 0;
  for (const task of tasks) {
    const flaggedAt = byKey.get(task.commentKey)?.firstSeen ?? task.createdAt;
    if (!within(flaggedAt, week)) continue;
    const reply = task.steps.acknowledged;
    if (reply?.done) replyMinutes.push(Math.max(0, reply.at - flaggedAt) / MINUTE);
    else unanswered++;
  }

  const stillOpen = tasks.filter((task) => openAt(task, asOf));
  const urgentOpen: UrgentTaskLine[] = stillOpen
    .filter((task): task is FollowUpTask & { urgency: 'acute' | 'high' } => task.urgency === 'acute' || task.urgency === 'high')
    .sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || a.dueAt - b.dueAt)
    .map((task) => {
      const comment = byKey.get(task.commentKey);
      return {
        id: task.id,
        urgency: task.urgency,
        labels: [...task.labels],
        dueAt: task.dueAt,
        // Overdue means due strictly before the instant, as viewOf (storage/due.ts) has it.
        overdue: asOf > task.dueAt,
        done: task.checklist.filter((step) => task.steps[step]?.done && task.steps[step].at < asOf).length,
        total: task.checklist.length,
        ...(comment ? { excerpt: withoutAuthor(comment.excerpt, comment.author) } : {}),
      };
    });

  const medianMinutes = median(replyMinutes);
  const p90Minutes = percentile(replyMinutes, 90);
  return {
    week,
    asOf,
    current,
    flags,
    falsePositives,
    tasks: {
      created: tasks.filter((task) => within(task.createdAt, week)).length,
      closed: tasks.filter((task) => within(task.closedAt, week)).length,
      signedOff: tasks.filter((task) => within(task.signedOffAt, week)).length,
      open: stillOpen.length,
      overdue: stillOpen.filter((task) => asOf > task.dueAt).length,
    },
    reply: {
      answered: replyMinutes.length,
      unanswered,
      ...(medianMinutes === undefined ? {} : { medianMinutes }),
      ...(p90Minutes === undefined ? {} : { p90Minutes }),
    },
    urgentOpen,
    change: { previousFlags: previous, difference: flags.total - previous },
  };
}
