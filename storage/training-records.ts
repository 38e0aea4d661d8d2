/**
 * What training mode stores: each answered practice item, supervisors' own scenarios and the
 * trainee summaries a supervisor has imported. Scenarios are made up, so none of this is about a
 * real person; the trainee's reply text is still not kept, only what the draft check found in it.
 */
import type { Label, Urgency } from '../classifiers/types';
import type { LabelOutcome } from '../utils/training/scoring';
import type { Level, Scenario } from '../utils/training/scenario';
import type { TraineeSummary } from '../utils/training/summary';

export interface TrainingAttempt {
  id?: number;
  sessionId: string;
  scenarioId: string;
  at: number;
  level: Level;
  /** The session's focus ('all', a label, 'lookalike', 'acute'). */
  focus: string;
  expectedLabels: Label[];
  expectedUrgency: Urgency;
  givenUrgency: Urgency;
  labelOutcomes: Record<Label, LabelOutcome>;
  score: number;
  passed: boolean;
  critical: string[];
  /** Ids of what the draft check found in the reply (never the reply itself). */
  findings: string[];
}

export interface CustomScenario extends Scenario {
  source: 'custom';
  updatedAt: number;
}

export interface StoredTraineeSummary extends TraineeSummary {
  /** trainee + createdAt: importing the same file twice keeps one copy. */
  id: string;
  importedAt: number;
}

/** Old attempts beyond this many are dropped, oldest first: progress needs recent history, not all of it. */
export const TRAINING_ATTEMPTS_KEPT = 5000;
