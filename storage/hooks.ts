/**
 * Live views of the follow-up store for React pages: they re-render when any tab changes the data.
 * Pages use these, not Dexie queries of their own.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SekretessvaktDB } from './db';
import { auditOf, countTasks, listTasks, type TaskCounts, type TaskQuery, type TaskRow } from './repository';
import type { AuditEntry } from './records';

export function useTasks(db: SekretessvaktDB, query: TaskQuery, now: number): { rows: TaskRow[]; total: number } | undefined {
  return useLiveQuery(() => listTasks(db, query, now), [db, JSON.stringify(query), now]);
}

export function useTaskCounts(db: SekretessvaktDB, now: number): TaskCounts | undefined {
  return useLiveQuery(() => countTasks(db, now), [db, now]);
}

export function useAudit(db: SekretessvaktDB, taskId: string): AuditEntry[] | undefined {
  return useLiveQuery(() => auditOf(db, taskId), [db, taskId]);
}
