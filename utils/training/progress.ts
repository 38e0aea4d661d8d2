/**
 * A trainee's progress from their attempts: score per label (overall and per week), how often
 * the urgency was right, critical misses and the weak areas to practise next.
 */
import { LABELS, type Label, type Urgency } from '../../classifiers/types';
import { lastWeeks } from '../../responses/calendar';
import type { LabelOutcome } from './scoring';

export interface AttemptFacts {
  at: number;
  score: number;
  passed: boolean;
  sessionId: string;
  expectedUrgency: Urgency;
  givenUrgency: Urgency;
  critical: readonly string[];
  labelOutcomes: Partial<Record<Label, LabelOutcome>>;
}

export interface LabelProgress {
  /** Attempts where the label was in play: expected, or marked by mistake. */
  attempts: number;
  /** Share of those the trainee got right, 0..1; null when the label never came up. */
  score: number | null;
}

/** Below this share right, with at least MIN_FOR_WEAK attempts, a label is a weak area. */
export const WEAK_BELOW = 0.75;
export const MIN_FOR_WEAK = 3;

export function labelProgress(attempts: readonly AttemptFacts[]): Record<Label, LabelProgress> {
  const result = {} as Record<Label, LabelProgress>;
  for (const label of LABELS) {
    let right = 0;
    let inPlay = 0;
    for (const attempt of attempts) {
      const outcome = attempt.labelOutcomes[label];
      if (!outcome || outcome === 'reject') continue;
      inPlay += 1;
      if (outcome === 'hit') right += 1;
    }
    result[label] = { attempts: inPlay, score: inPlay === 0 ? null : right / inPlay };
  }
  return result;
}

export function weakAreas(attempts: readonly AttemptFacts[]): Label[] {
  const progress = labelProgress(attempts);
  return LABELS.filter((label) => progress[label].attempts >= MIN_FOR_WEAK && (progress[label].score ?? 1) < WEAK_BELOW).sort(
    (a, b) => (progress[a].score ?? 1) - (progress[b].score ?? 1),
  );
}

export interface WeekProgress {
  year: number;
  week: number;
  monday: string;
  attempts: number;
  averageScore: number | null;
  labels: Record<Label, LabelProgress>;
}

/** The last `count` weeks (Stockholm time), oldest first, empty weeks included so a gap shows. */
export function weeklyProgress(attempts: readonly AttemptFacts[], now: number, count = 8): WeekProgress[] {
  return lastWeeks(now, count).map((week) => {
    const inWeek = attempts.filter((a) => a.at >= week.start && a.at < week.end);
    return {
      year: week.year,
      week: week.week,
      monday: week.monday,
      attempts: inWeek.length,
      averageScore: inWeek.length === 0 ? null : Math.round(inWeek.reduce((sum, a) => sum + a.score, 0) / inWeek.length),
      labels: labelProgress(inWeek),
    };
  });
}

export interface Overview {
  attempts: number;
  sessions: number;
  averageScore: number | null;
  passedShare: number | null;
  urgencyRight: number | null;
  criticalMisses: number;
}

export function overview(attempts: readonly AttemptFacts[]): Overview {
  const n = attempts.length;
  const share = (count: number) => (n === 0 ? null : count / n);
  return {
    attempts: n,
    sessions: new Set(attempts.map((a) => a.sessionId)).size,
    averageScore: n === 0 ? null : Math.round(attempts.reduce((sum, a) => sum + a.score, 0) / n),
    passedShare: share(attempts.filter((a) => a.passed).length),
    urgencyRight: share(attempts.filter((a) => a.expectedUrgency === a.givenUrgency).length),
    criticalMisses: attempts.reduce((sum, a) => sum + a.critical.length, 0),
  };
}
