/**
 * The one IndexedDB database, in the extension's own origin. Opened by the background service
 * worker and the extension pages, never by a content script (they run in facebook.com's origin and
 * send messages instead; eslint stops them importing this module).
 *
 * Every schema version stays listed, with its upgrade, so a database from any earlier release opens
 * with its data intact (storage/db.test.ts opens a version-1 database with the current schema).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { AuditEntry, DiagnosticEntry, FlaggedComment, FollowUpTask, ReplyRecord, Settings } from './records';
import type { CustomScenario, StoredTraineeSummary, TrainingAttempt } from './training-records';

export const DATABASE_NAME = 'sekretessvakt';

/** The stores of each version, exactly as that version declared them. */
export const SCHEMA_VERSIONS = {
  1: {
    comments: 'key, platform, lastSeen',
    tasks: 'id, commentKey, status, createdAt',
    replies: '++id, at',
    audit: 'id, at, taskId',
    settings: '',
  },
  // 2: the dashboard sorts open tasks by due time and filters by urgency, and import merges by
  // updatedAt; version-1 records get updatedAt (and tasks dueAt) from what they already hold.
  2: {
    comments: 'key, platform, lastSeen, updatedAt',
    tasks: 'id, commentKey, status, [status+dueAt], [status+urgency+dueAt], updatedAt, closedAt',
    replies: '++id, at',
    audit: 'id, at, taskId, action',
    settings: '',
  },
  // 3: supervisors list the false positives moderators dismissed; the diagnostics log is new.
  3: {
    comments: 'key, platform, lastSeen, updatedAt, dismissedAt',
    tasks: 'id, commentKey, status, [status+dueAt], [status+urgency+dueAt], updatedAt, closedAt',
    replies: '++id, at',
    audit: 'id, at, taskId, action',
    settings: '',
    diagnostics: '++id, at',
  },
  // 4: training mode keeps each practice answer, supervisors' own scenarios and imported trainee summaries.
  4: {
    comments: 'key, platform, lastSeen, updatedAt, dismissedAt',
    tasks: 'id, commentKey, status, [status+dueAt], [status+urgency+dueAt], updatedAt, closedAt',
    replies: '++id, at',
    audit: 'id, at, taskId, action',
    settings: '',
    diagnostics: '++id, at',
    trainingAttempts: '++id, at, sessionId, scenarioId',
    trainingScenarios: 'id, updatedAt',
    traineeSummaries: 'id, importedAt',
  },
} as const;

export const CURRENT_VERSION = 4;

export class SekretessvaktDB extends Dexie {
  comments!: EntityTable<FlaggedComment, 'key'>;
  tasks!: EntityTable<FollowUpTask, 'id'>;
  replies!: EntityTable<ReplyRecord, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  /** One row, key 'settings' (out-of-line key). */
  settings!: Table<Settings, string>;
  diagnostics!: EntityTable<DiagnosticEntry, 'id'>;
  trainingAttempts!: EntityTable<TrainingAttempt, 'id'>;
  trainingScenarios!: EntityTable<CustomScenario, 'id'>;
  traineeSummaries!: EntityTable<StoredTraineeSummary, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    this.version(2)
      .stores(SCHEMA_VERSIONS[2])
      .upgrade(async (tx) => {
        await tx
          .table('comments')
          .toCollection()
          .modify((comment: Partial<FlaggedComment>) => {
            comment.updatedAt ??= comment.lastSeen ?? comment.firstSeen ?? 0;
          });
        await tx
          .table('tasks')
          .toCollection()
          .modify((task: Partial<FollowUpTask>) => {
            task.updatedAt ??= task.closedAt ?? task.createdAt ?? 0;
            // Version 1 had no due time: the creation time keeps such tasks at the top, not lost.
            task.dueAt ??= task.createdAt ?? 0;
          });
      });
    this.version(3).stores(SCHEMA_VERSIONS[3]);
    this.version(4).stores(SCHEMA_VERSIONS[4]);
  }
}
