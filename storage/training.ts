/**
 * Training mode's storage: answered practice items, supervisors' own scenarios and imported
 * trainee summaries, in the same database as the follow-ups.
 */
import type { SekretessvaktDB } from './db';
import { guarded } from './errors';
import { TRAINING_ATTEMPTS_KEPT, type CustomScenario, type StoredTraineeSummary, type TrainingAttempt } from './training-records';
import type { Scenario } from '../utils/training/scenario';
import type { TraineeSummary } from '../utils/training/summary';

export * from './training-records';

export function addAttempt(db: SekretessvaktDB, attempt: Omit<TrainingAttempt, 'id'>): Promise<TrainingAttempt> {
  return guarded(() =>
    db.transaction('rw', db.trainingAttempts, async () => {
      const id = await db.trainingAttempts.add(attempt as TrainingAttempt);
      const excess = (await db.trainingAttempts.count()) - TRAINING_ATTEMPTS_KEPT;
      if (excess > 0) await db.trainingAttempts.orderBy('at').limit(excess).delete();
      return { ...attempt, id };
    }),
  );
}

/** Every attempt, oldest first. */
export function listAttempts(db: SekretessvaktDB): Promise<TrainingAttempt[]> {
  return guarded(() => db.trainingAttempts.orderBy('at').toArray());
}

export function listCustomScenarios(db: SekretessvaktDB): Promise<CustomScenario[]> {
  return guarded(() => db.trainingScenarios.orderBy('updatedAt').reverse().toArray());
}

/** Stores already validated scenarios (scenario.ts), all or none; the same id replaces the earlier version. */
export function saveCustomScenarios(db: SekretessvaktDB, scenarios: readonly Scenario[], now: number): Promise<{ added: number; replaced: number }> {
  return guarded(() =>
    db.transaction('rw', db.trainingScenarios, async () => {
      const existing = new Set((await db.trainingScenarios.bulkGet(scenarios.map((s) => s.id))).flatMap((s) => (s ? [s.id] : [])));
      await db.trainingScenarios.bulkPut(scenarios.map((scenario) => ({ ...scenario, source: 'custom' as const, updatedAt: now })));
      return { added: scenarios.length - existing.size, replaced: existing.size };
    }),
  );
}

export function deleteCustomScenario(db: SekretessvaktDB, id: string): Promise<void> {
  return guarded(() => db.trainingScenarios.delete(id));
}

export function summaryIdOf(summary: Pick<TraineeSummary, 'trainee' | 'createdAt'>): string {
  return `${summary.trainee.trim().toLowerCase()}@${summary.createdAt}`;
}

/** Stores an already parsed summary (summary.ts parseSummary); the same file imported twice is kept once. */
export function importTraineeSummary(db: SekretessvaktDB, summary: TraineeSummary, now: number): Promise<{ stored: StoredTraineeSummary; replaced: boolean }> {
  return guarded(() =>
    db.transaction('rw', db.traineeSummaries, async () => {
      const id = summaryIdOf(summary);
      const replaced = (await db.traineeSummaries.get(id)) !== undefined;
      const stored: StoredTraineeSummary = { ...summary, id, importedAt: now };
      await db.traineeSummaries.put(stored);
      return { stored, replaced };
    }),
  );
}

/** Newest import first. */
export function listTraineeSummaries(db: SekretessvaktDB): Promise<StoredTraineeSummary[]> {
  return guarded(() => db.traineeSummaries.orderBy('importedAt').reverse().toArray());
}

export function deleteTraineeSummary(db: SekretessvaktDB, id: string): Promise<void> {
  return guarded(() => db.traineeSummaries.delete(id));
}
