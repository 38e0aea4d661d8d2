/**
 * Retention: sensitive data is kept no longer than needed (default 90 days, the municipality's
 * three months). Closed tasks and their comments go once they have been closed that long; flagged
 * comments nobody chose to follow up go that long after they were last seen; posted replies too.
 * Open tasks are never purged: a follow-up nobody finished must not disappear. The audit log keeps
 * what happened, and it never held comment text.
 */
import type { SekretessvaktDB } from './db';
import { guarded } from './errors';
import { DEFAULT_SETTINGS } from './records';
import { newAuditEntry } from './repository';

const DAY_MS = 86_400_000;

export interface PurgeResult {
  tasks: number;
  comments: number;
  replies: number;
}

export function purgeExpired(db: SekretessvaktDB, now: number, actor = 'gallring'): Promise<PurgeResult> {
  return guarded(() =>
    db.transaction('rw', [db.tasks, db.comments, db.replies, db.audit, db.settings, db.diagnostics], async () => {
      const settings = { ...DEFAULT_SETTINGS, ...((await db.settings.get('settings')) ?? {}) };
      const cutoff = now - settings.retentionDays * DAY_MS;
      const expiredTasks = await db.tasks.where('closedAt').below(cutoff).filter((t) => t.status === 'closed').toArray();
      const tracked = new Set((await db.tasks.toCollection().keys()).map(String));
      const expiredIds = new Set(expiredTasks.map((t) => t.id));
      const untracked = await db.comments
        .where('lastSeen')
        .below(cutoff)
        .filter((c) => !tracked.has(`task:${c.key}`) || expiredIds.has(`task:${c.key}`))
        .primaryKeys();
      const commentKeys = new Set<string>([...expiredTasks.map((t) => t.commentKey), ...untracked.map(String)]);
      const replyIds = await db.replies.where('at').below(cutoff).primaryKeys();

      await db.tasks.bulkDelete([...expiredIds]);
      await db.comments.bulkDelete([...commentKeys]);
      await db.replies.bulkDelete(replyIds);
      // The diagnostics log holds no comment text, but it says where the moderator was and when.
      await db.diagnostics.where('at').below(cutoff).delete();
      const result = { tasks: expiredIds.size, comments: commentKeys.size, replies: replyIds.length };
      if (result.tasks + result.comments + result.replies > 0) {
        await db.audit.add(
          newAuditEntry({ at: now, actor, action: 'data.purged', detail: `${result.tasks} uppföljningar, ${result.comments} kommentarer, ${result.replies} svar (äldre än ${settings.retentionDays} dagar)` }),
        );
      }
      return result;
    }),
  );
}

/** Erases every comment, task, reply, audit entry and training record: the moderator's "delete all my data". */
export function eraseAll(db: SekretessvaktDB, actor: string, now: number): Promise<void> {
  const tables = [db.tasks, db.comments, db.replies, db.audit, db.diagnostics, db.trainingAttempts, db.trainingScenarios, db.traineeSummaries];
  return guarded(() =>
    db.transaction('rw', tables, async () => {
      await Promise.all(tables.map((table) => table.clear()));
      await db.audit.add(newAuditEntry({ at: now, actor, action: 'data.erased' }));
    }),
  );
}
