/**
 * Live views of the follow-up store for React pages: they re-render when any tab changes the data.
 * Pages use these, not Dexie queries of their own.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SekretessvaktDB } from './db';
import { getSettings, allComments, allTasks, auditOf, commentsByKey, countTasks, listDismissed, listTasks, type TaskCounts, type TaskQuery, type TaskRow } from './repository';
import type { AuditEntry, FlaggedComment, FollowUpTask, Settings } from './records';
import { listAttempts, listCustomScenarios, listTraineeSummaries } from './training';
import type { CustomScenario, StoredTraineeSummary, TrainingAttempt } from './training-records';

export function useTasks(db: SekretessvaktDB, query: TaskQuery, now: number): { rows: TaskRow[]; total: number } | undefined {
  return useLiveQuery(() => listTasks(db, query, now), [db, JSON.stringify(query), now]);
}

export function useTaskCounts(db: SekretessvaktDB, now: number): TaskCounts | undefined {
  return useLiveQuery(() => countTasks(db, now), [db, now]);
}

export function useAudit(db: SekretessvaktDB, taskId: string): AuditEntry[] | undefined {
  return useLiveQuery(() => auditOf(db, taskId), [db, taskId]);
}

/** Every task, live; `enabled` false holds the read back (the dashboard shows its first rows first). */
export function useAllTasks(db: SekretessvaktDB, enabled = true): FollowUpTask[] | undefined {
  return useLiveQuery(async () => (enabled ? await allTasks(db) : undefined), [db, enabled]);
}

export function useAllComments(db: SekretessvaktDB): FlaggedComment[] | undefined {
  return useLiveQuery(() => allComments(db), [db]);
}

export function useComments(db: SekretessvaktDB, keys: readonly string[]): Map<string, FlaggedComment> | undefined {
  return useLiveQuery(() => commentsByKey(db, keys), [db, keys.join('\n')]);
}

export function useDismissed(db: SekretessvaktDB, limit: number): FlaggedComment[] | undefined {
  return useLiveQuery(() => listDismissed(db, limit), [db, limit]);
}

/** The saved settings, live: a page open while the options change follows them. */
export function useSettings(db: SekretessvaktDB, initial: Settings): Settings {
  return useLiveQuery(() => getSettings(db), [db]) ?? initial;
}

export function useAttempts(db: SekretessvaktDB): TrainingAttempt[] | undefined {
  return useLiveQuery(() => listAttempts(db), [db]);
}

export function useCustomScenarios(db: SekretessvaktDB): CustomScenario[] | undefined {
  return useLiveQuery(() => listCustomScenarios(db), [db]);
}

export function useTraineeSummaries(db: SekretessvaktDB): StoredTraineeSummary[] | undefined {
  return useLiveQuery(() => listTraineeSummaries(db), [db]);
}
