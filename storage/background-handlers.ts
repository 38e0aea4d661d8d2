/**
 * The background's side of the storage messages: content scripts never open the database, they
 * send what they found and the background writes it. One bad comment in a batch does not lose the
 * others.
 */
import { parseDirectory, VARBERG_DIRECTORY, type Directory } from '../responses/directory';
import type { Handlers, TaskStatus } from '../utils/messages';
import type { SekretessvaktDB } from './db';
import { addDiagnostics } from './diagnostics';
import { viewOf } from './due';
import type { FollowUpTask, SeenComment } from './records';
import { addReply, commentKeyOf, dismissComment, getSettings, saveSettings, recentReplies, recordComment, taskIdOf, trackComment } from './repository';

type StorageHandlers = Pick<
  Handlers,
  'comments/flagged' | 'tasks/track' | 'comments/dismissed' | 'tasks/status' | 'settings/content' | 'settings/notify-acute' | 'diagnostics/report' | 'replies/recent' | 'replies/posted'
>;

const MAX_BATCH = 500;
const MAX_REPLY_LENGTH = 5000;
const MAX_STATUS_KEYS = 2000;
/** Who did it when the moderator has not given a name yet; the audit log still shows it happened. */
const UNKNOWN_ACTOR = 'okänd';

export function storageHandlers(database: () => Promise<SekretessvaktDB>, clock: () => number = Date.now): StorageHandlers {
  const actorOf = async (db: SekretessvaktDB) => (await getSettings(db)).moderator || UNKNOWN_ACTOR;
  return {
    'comments/flagged': async ({ comments }) => {
      const db = await database();
      const actor = await actorOf(db);
      let stored = 0;
      let failed = 0;
      for (const comment of Array.isArray(comments) ? comments.slice(0, MAX_BATCH) : []) {
        try {
          await recordComment(db, flagged(comment), actor, clock());
          stored++;
        } catch {
          failed++;
        }
      }
      return { stored, failed: failed + Math.max(0, (Array.isArray(comments) ? comments.length : 0) - MAX_BATCH) };
    },
    'tasks/track': async ({ comment }) => {
      const db = await database();
      const actor = await actorOf(db);
      const now = clock();
      const stored = await recordComment(db, flagged(comment), actor, now);
      const task = await trackComment(db, stored.key, actor, now);
      return { taskId: task.id, status: statusOf(task, now) };
    },
    'comments/dismissed': async ({ comment }) => {
      const db = await database();
      await dismissComment(db, flagged(comment), await actorOf(db), clock());
      return { stored: true };
    },
    'tasks/status': async ({ keys }) => {
      const db = await database();
      const wanted = (Array.isArray(keys) ? keys : []).filter((key): key is string => typeof key === 'string').slice(0, MAX_STATUS_KEYS);
      const tasks = await db.tasks.bulkGet(wanted.map(taskIdOf));
      const now = clock();
      const statuses: Record<string, TaskStatus> = {};
      tasks.forEach((task, i) => {
        if (task) statuses[wanted[i]!] = statusOf(task, now);
      });
      return { statuses };
    },
    'settings/content': async () => {
      const settings = await getSettings(await database());
      return { moderator: settings.moderator, thresholds: settings.thresholds, directory: directoryOf(settings.directoryOverride) };
    },
    'settings/notify-acute': async ({ on }) => {
      const db = await database();
      if (typeof on !== 'boolean') return { on: (await getSettings(db)).notifyAcute };
      return { on: (await saveSettings(db, { notifyAcute: on }, await actorOf(db), clock())).notifyAcute };
    },
    'diagnostics/report': async ({ entries }) => ({
      kept: await addDiagnostics(await database(), Array.isArray(entries) ? entries : [], clock()),
    }),
    'replies/recent': async ({ limit }) => {
      const db = await database();
      const wanted = Number.isInteger(limit) && limit! > 0 ? Math.min(limit!, 200) : 50;
      return { texts: await recentReplies(db, wanted) };
    },
    'replies/posted': async ({ text }) => {
      if (typeof text !== 'string' || text.trim() === '') throw new TypeError('replies/posted needs the reply text');
      await addReply(await database(), text.slice(0, MAX_REPLY_LENGTH), clock());
      return { stored: true };
    },
  };
}

/** Refuses what is not a flagged comment before it reaches the database. */
function flagged(comment: SeenComment | undefined): SeenComment {
  if (!comment || typeof comment.text !== 'string' || !comment.assessment || !Array.isArray(comment.assessment.labels) || comment.assessment.labels.length === 0) {
    throw new TypeError('not a flagged comment');
  }
  commentKeyOf(comment);
  return comment;
}

export function statusOf(task: FollowUpTask, now: number): TaskStatus {
  const view = viewOf(task, now);
  return { progress: view.progress, overdue: view.overdue, done: view.done, total: view.total };
}

/** The municipality's own directory when it is valid; an invalid one must not stop the replies. */
function directoryOf(override: unknown): Directory {
  if (override === undefined || override === null) return VARBERG_DIRECTORY;
  try {
    return parseDirectory(override);
  } catch {
    return VARBERG_DIRECTORY;
  }
}
