/**
 * The follow-up API the background and the extension pages use; nothing else writes Dexie queries.
 * Every write that reads first runs in one read-write transaction, so two tabs (or two moderators'
 * imports) writing at once cannot lose each other's changes, and every change is audited.
 */
import { Dexie } from 'dexie';
import type { Urgency } from '../classifiers/types';
import { URGENCIES } from '../classifiers/types';
import { checklistFor } from './checklist';
import type { SekretessvaktDB } from './db';
import { dueAt, viewOf, type TaskView } from './due';
import { guarded, StorageError } from './errors';
import {
  DEFAULT_SETTINGS,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  type AuditEntry,
  type FlaggedComment,
  type FollowUpTask,
  type SeenComment,
  type Settings,
  type StepId,
  type StoredPlatform,
  commentKeyOf,
  STORED_PLATFORMS,
  taskIdOf,
} from './records';
import { redactAssessment, redactExcerpt } from './redact';

export type { SeenComment } from './records';

const PLATFORMS = STORED_PLATFORMS;
export { commentKeyOf, taskIdOf };

export function newAuditEntry(entry: Omit<AuditEntry, 'id'>): AuditEntry {
  return { id: crypto.randomUUID(), ...entry };
}

/**
 * Stores a flagged comment, or updates the one already stored for the same key (a re-render,
 * another tab): the first sighting is kept, the latest assessment and excerpt win.
 */
export function recordComment(db: SekretessvaktDB, seen: SeenComment, actor: string, now: number): Promise<FlaggedComment> {
  const key = commentKeyOf(seen);
  return guarded(() =>
    db.transaction('rw', db.comments, db.audit, async () => {
      const existing = await db.comments.get(key);
      const record: FlaggedComment = {
        key,
        platform: PLATFORMS.includes(seen.platform) ? seen.platform : 'other',
        ...(seen.commentId ? { commentId: seen.commentId } : {}),
        ...(seen.permalink ? { permalink: seen.permalink } : existing?.permalink ? { permalink: existing.permalink } : {}),
        ...(seen.postUrl ? { postUrl: seen.postUrl } : existing?.postUrl ? { postUrl: existing.postUrl } : {}),
        ...(seen.author ? { author: seen.author } : existing?.author ? { author: existing.author } : {}),
        excerpt: redactExcerpt(seen.text),
        assessment: redactAssessment(seen.assessment),
        firstSeen: Math.min(existing?.firstSeen ?? now, now),
        lastSeen: Math.max(existing?.lastSeen ?? now, now),
        updatedAt: now,
        ...(existing?.dismissedAt ? { dismissedAt: existing.dismissedAt, dismissedBy: existing.dismissedBy ?? '' } : {}),
      };
      await db.comments.put(record);
      if (!existing) await db.audit.add(newAuditEntry({ at: now, actor, action: 'comment.recorded', commentKey: key, detail: record.assessment.labels.join(',') }));
      return record;
    }),
  );
}

/** Starts following up a stored comment; tracking it again returns the task it already has. */
export function trackComment(db: SekretessvaktDB, commentKey: string, actor: string, now: number): Promise<FollowUpTask> {
  return guarded(() =>
    db.transaction('rw', db.comments, db.tasks, db.audit, async () => {
      const id = taskIdOf(commentKey);
      const existing = await db.tasks.get(id);
      if (existing) return existing;
      const comment = await db.comments.get(commentKey);
      if (!comment) throw new StorageError('not-found', [commentKey]);
      const task: FollowUpTask = {
        id,
        commentKey,
        platform: comment.platform,
        urgency: comment.assessment.urgency,
        labels: [...comment.assessment.labels],
        checklist: checklistFor(comment.assessment.actions),
        steps: {},
        status: 'open',
        createdAt: now,
        createdBy: actor,
        dueAt: dueAt(comment.assessment.urgency, now),
        updatedAt: now,
      };
      await db.tasks.add(task);
      await db.audit.add(newAuditEntry({ at: now, actor, action: 'task.created', taskId: id, commentKey, detail: task.urgency }));
      return task;
    }),
  );
}

/**
 * Records that a moderator found a flag not relevant (a false positive). The comment is stored (or
 * updated) with who dismissed it and when, so supervisors can review the classifier's mistakes; an
 * open follow-up task for it is left alone, since someone chose to follow it up.
 */
export function dismissComment(db: SekretessvaktDB, seen: SeenComment, actor: string, now: number): Promise<FlaggedComment> {
  return guarded(() =>
    db.transaction('rw', db.comments, db.audit, async () => {
      const stored = await recordComment(db, seen, actor, now);
      const dismissed: FlaggedComment = { ...stored, dismissedAt: now, dismissedBy: actor, updatedAt: now };
      await db.comments.put(dismissed);
      await db.audit.add(newAuditEntry({ at: now, actor, action: 'comment.dismissed', commentKey: stored.key, detail: stored.assessment.labels.join(',') }));
      return dismissed;
    }),
  );
}

/** The false positives moderators recorded, newest first. */
export function listDismissed(db: SekretessvaktDB, limit = PAGE_SIZE): Promise<FlaggedComment[]> {
  return guarded(() => db.comments.where('dismissedAt').above(0).reverse().limit(limit).toArray());
}

export interface StepChange {
  done: boolean;
  note?: string;
  detail?: string;
}

/** Marks a step done, or undoes it; both are audited, and undo keeps who undid it and when. */
export function setStep(db: SekretessvaktDB, taskId: string, step: StepId, change: StepChange, actor: string, now: number): Promise<FollowUpTask> {
  return guarded(() =>
    db.transaction('rw', db.tasks, db.audit, async () => {
      const task = await db.tasks.get(taskId);
      if (!task) throw new StorageError('not-found', [taskId]);
      const note = change.note?.trim();
      const detail = change.detail?.trim();
      const updated: FollowUpTask = {
        ...task,
        steps: { ...task.steps, [step]: { done: change.done, by: actor, at: now, ...(note ? { note } : {}), ...(detail ? { detail } : {}) } },
        // A step outside the derived checklist (the moderator filed a police report anyway) joins it.
        checklist: task.checklist.includes(step) ? task.checklist : [...task.checklist, step],
        updatedAt: now,
      };
      await db.tasks.put(updated);
      await db.audit.add(newAuditEntry({ at: now, actor, action: change.done ? 'step.done' : 'step.undone', taskId, commentKey: task.commentKey, step }));
      return updated;
    }),
  );
}

export function closeTask(db: SekretessvaktDB, taskId: string, actor: string, now: number): Promise<FollowUpTask> {
  return setStatus(db, taskId, 'closed', actor, now);
}

export function reopenTask(db: SekretessvaktDB, taskId: string, actor: string, now: number): Promise<FollowUpTask> {
  return setStatus(db, taskId, 'open', actor, now);
}

function setStatus(db: SekretessvaktDB, taskId: string, status: FollowUpTask['status'], actor: string, now: number): Promise<FollowUpTask> {
  return guarded(() =>
    db.transaction('rw', db.tasks, db.audit, async () => {
      const task = await db.tasks.get(taskId);
      if (!task) throw new StorageError('not-found', [taskId]);
      if (task.status === status) return task;
      // A sign-off approved the task as it was closed: reopening it withdraws the approval.
      const { closedAt: _closedAt, closedBy: _closedBy, signedOffAt: _signedOffAt, signedOffBy: _signedOffBy, ...rest } = task;
      const updated: FollowUpTask = status === 'closed' ? { ...rest, status, closedAt: now, closedBy: actor, updatedAt: now } : { ...rest, status, updatedAt: now };
      await db.tasks.put(updated);
      await db.audit.add(newAuditEntry({ at: now, actor, action: status === 'closed' ? 'task.closed' : 'task.reopened', taskId, commentKey: task.commentKey }));
      return updated;
    }),
  );
}

/**
 * A supervisor's approval of a closed follow-up. Signing off twice keeps the first approval; an
 * open task cannot be signed off.
 */
export function signOffTask(db: SekretessvaktDB, taskId: string, actor: string, now: number): Promise<FollowUpTask> {
  return guarded(() =>
    db.transaction('rw', db.tasks, db.audit, async () => {
      const task = await db.tasks.get(taskId);
      if (!task) throw new StorageError('not-found', [taskId]);
      if (task.status !== 'closed') throw new StorageError('not-closed', [taskId]);
      if (task.signedOffAt) return task;
      const updated: FollowUpTask = { ...task, signedOffAt: now, signedOffBy: actor, updatedAt: now };
      await db.tasks.put(updated);
      await db.audit.add(newAuditEntry({ at: now, actor, action: 'task.signed_off', taskId, commentKey: task.commentKey }));
      return updated;
    }),
  );
}

export interface TaskQuery {
  status?: 'open' | 'closed' | 'all';
  urgency?: readonly Urgency[];
  platform?: StoredPlatform;
  overdueOnly?: boolean;
  /** Open tasks sort by due time; closed ones by when they were closed, newest first. */
  offset?: number;
  limit?: number;
}

export interface TaskRow {
  task: FollowUpTask;
  comment: FlaggedComment | undefined;
  view: TaskView;
}

export const PAGE_SIZE = 50;

/**
 * One page of tasks for the dashboard, with their comments and derived state. Open tasks are read
 * per urgency from the [status+urgency+dueAt] index, already in due order, and merged; overdue is a
 * bound on that index (due before now), and the counts are index counts. Filtering with a cursor
 * instead took seconds over 10 000 tasks.
 */
export function listTasks(db: SekretessvaktDB, query: TaskQuery, now: number): Promise<{ rows: TaskRow[]; total: number }> {
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.max(1, Math.floor(query.limit ?? PAGE_SIZE));
  return guarded(() =>
    db.transaction('r', db.tasks, db.comments, async () => {
      const status = query.status ?? 'open';
      let tasks: FollowUpTask[];
      let total: number;
      if (status === 'open') {
        const urgencies = query.urgency && query.urgency.length > 0 ? [...new Set(query.urgency)] : [...URGENCIES];
        // Overdue means due before now: `now - 1` keeps a task due exactly now out, as viewOf does.
        const upper = query.overdueOnly ? now - 1 : Dexie.maxKey;
        const ranges = urgencies.map((u) => db.tasks.where('[status+urgency+dueAt]').between(['open', u, Dexie.minKey], ['open', u, upper], true, true));
        if (query.platform) {
          const all = (await Promise.all(ranges.map((r) => r.toArray()))).flat().filter((t) => t.platform === query.platform);
          total = all.length;
          tasks = all.sort(byDue).slice(offset, offset + limit);
        } else {
          total = (await Promise.all(ranges.map((r) => r.count()))).reduce((a, b) => a + b, 0);
          tasks = (await Promise.all(ranges.map((r) => r.limit(offset + limit).toArray()))).flat().sort(byDue).slice(offset, offset + limit);
        }
      } else {
        // Only closed tasks carry closedAt, so that index holds exactly them.
        const base = status === 'closed' ? db.tasks.orderBy('closedAt').reverse() : db.tasks.orderBy('updatedAt').reverse();
        const urgency = query.urgency && query.urgency.length > 0 ? new Set(query.urgency) : null;
        const wanted = (t: FollowUpTask) => (!urgency || urgency.has(t.urgency)) && (!query.platform || t.platform === query.platform) && (!query.overdueOnly || (t.status === 'open' && now > t.dueAt));
        const all = (await base.toArray()).filter(wanted);
        total = all.length;
        tasks = all.slice(offset, offset + limit);
      }
      const comments = await db.comments.bulkGet(tasks.map((t) => t.commentKey));
      return { rows: tasks.map((task, i) => ({ task, comment: comments[i], view: viewOf(task, now) })), total };
    }),
  );
}

const byDue = (a: FollowUpTask, b: FollowUpTask) => a.dueAt - b.dueAt || a.createdAt - b.createdAt;

export interface TaskCounts {
  open: number;
  closed: number;
  overdue: number;
  openByUrgency: Record<Urgency, number>;
}

/** Index counts only, so the figures stay instant however many tasks there are. */
export function countTasks(db: SekretessvaktDB, now: number): Promise<TaskCounts> {
  return guarded(() =>
    db.transaction('r', db.tasks, async () => {
      const byUrgency = db.tasks.where('[status+urgency+dueAt]');
      const open = await Promise.all(URGENCIES.map((u) => byUrgency.between(['open', u, Dexie.minKey], ['open', u, Dexie.maxKey], true, true).count()));
      const overdue = await Promise.all(URGENCIES.map((u) => byUrgency.between(['open', u, Dexie.minKey], ['open', u, now - 1], true, true).count()));
      return {
        open: open.reduce((a, b) => a + b, 0),
        closed: await db.tasks.where('status').equals('closed').count(),
        overdue: overdue.reduce((a, b) => a + b, 0),
        openByUrgency: Object.fromEntries(URGENCIES.map((u, i) => [u, open[i]!])) as Record<Urgency, number>,
      };
    }),
  );
}

export function getTask(db: SekretessvaktDB, taskId: string, now: number): Promise<TaskRow | undefined> {
  return guarded(async () => {
    const task = await db.tasks.get(taskId);
    if (!task) return undefined;
    return { task, comment: await db.comments.get(task.commentKey), view: viewOf(task, now) };
  });
}

/**
 * Every task, for the dashboard's in-memory filters and charts. A task is a few hundred bytes and
 * holds no comment text, so even 10 000 of them read in one go stay fast.
 */
export function allTasks(db: SekretessvaktDB): Promise<FollowUpTask[]> {
  return guarded(() => db.tasks.toArray());
}

/** Every stored comment (redacted excerpts), for the charts and the weekly summary. */
export function allComments(db: SekretessvaktDB): Promise<FlaggedComment[]> {
  return guarded(() => db.comments.toArray());
}

/** The comments behind some tasks, by key; a purged comment is simply absent from the map. */
export function commentsByKey(db: SekretessvaktDB, keys: readonly string[]): Promise<Map<string, FlaggedComment>> {
  return guarded(async () => {
    const found = await db.comments.bulkGet([...keys]);
    return new Map(found.flatMap((comment) => (comment ? [[comment.key, comment] as const] : [])));
  });
}

export function auditOf(db: SekretessvaktDB, taskId: string): Promise<AuditEntry[]> {
  return guarded(() => db.audit.where('taskId').equals(taskId).sortBy('at'));
}

/** How many posted replies are kept for the composer's and the draft check's history. */
export const REPLY_HISTORY_KEPT = 200;

export function addReply(db: SekretessvaktDB, text: string, now: number): Promise<void> {
  return guarded(() =>
    db.transaction('rw', db.replies, async () => {
      await db.replies.add({ text, at: now });
      const count = await db.replies.count();
      if (count > REPLY_HISTORY_KEPT) {
        const oldest = await db.replies.orderBy('at').limit(count - REPLY_HISTORY_KEPT).primaryKeys();
        await db.replies.bulkDelete(oldest);
      }
    }),
  );
}

/** The most recent replies, oldest first (the order the composer's history expects). */
export function recentReplies(db: SekretessvaktDB, limit = 50): Promise<string[]> {
  return guarded(async () => (await db.replies.orderBy('at').reverse().limit(limit).toArray()).reverse().map((r) => r.text));
}

const SETTINGS_KEY = 'settings';

export function getSettings(db: SekretessvaktDB): Promise<Settings> {
  return guarded(async () => ({ ...DEFAULT_SETTINGS, ...((await db.settings.get(SETTINGS_KEY)) ?? {}) }));
}

export function saveSettings(db: SekretessvaktDB, patch: Partial<Settings>, actor: string, now: number): Promise<Settings> {
  if (patch.retentionDays !== undefined) {
    const days = patch.retentionDays;
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      return Promise.reject(new RangeError(`Gallringstiden ska vara ${MIN_RETENTION_DAYS}–${MAX_RETENTION_DAYS} dagar, inte ${String(days)}.`));
    }
  }
  return guarded(() =>
    db.transaction('rw', db.settings, db.audit, async () => {
      const next: Settings = { ...DEFAULT_SETTINGS, ...((await db.settings.get(SETTINGS_KEY)) ?? {}), ...patch };
      await db.settings.put(next, SETTINGS_KEY);
      await db.audit.add(newAuditEntry({ at: now, actor, action: 'settings.changed', detail: Object.keys(patch).sort().join(',') }));
      return next;
    }),
  );
}
