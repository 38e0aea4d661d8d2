/**
 * Which scenario comes next in a session: one the trainee has not had in this session, matching
 * the chosen focus, at the level they have reached (a harder one after a passed item, an easier
 * one after a miss), weighted towards their weak labels and away from what they did recently.
 */
import type { Label } from '../../classifiers/types';
import type { Random } from '../../responses/random';
import type { Level, Scenario } from './scenario';

export const FOCUSES = ['all', 'individual_case', 'child_at_risk', 'crime', 'crisis', 'criticism', 'sensitive_data', 'lookalike', 'acute'] as const;
export type Focus = (typeof FOCUSES)[number];

export const SESSION_LENGTHS = [5, 10, 20] as const;

/** What the order needs to know of earlier attempts. */
export interface PastAttempt {
  scenarioId: string;
  at: number;
  level: Level;
  passed: boolean;
  labelOutcomes: Partial<Record<Label, 'hit' | 'miss' | 'false' | 'reject'>>;
}

/** A focus on a label includes its look-alikes: telling them apart is the skill. */
export function matchesFocus(scenario: Scenario, focus: Focus): boolean {
  if (focus === 'all') return true;
  if (focus === 'lookalike') return scenario.expected.labels.length === 0;
  if (focus === 'acute') return scenario.expected.urgency === 'acute';
  return scenario.expected.labels.includes(focus) || (scenario.lookalikeOf?.includes(focus) ?? false);
}

export function nextLevel(level: Level, passed: boolean): Level {
  return (passed ? Math.min(3, level + 1) : Math.max(1, level - 1)) as Level;
}

/** Where a new session starts: where the last attempt left the trainee, or at level 1. */
export function startLevel(history: readonly PastAttempt[]): Level {
  const last = history.reduce<PastAttempt | undefined>((latest, a) => (!latest || a.at > latest.at ? a : latest), undefined);
  return last ? nextLevel(last.level, last.passed) : 1;
}

/** 0 (always right) to 1 (always wrong) per label, from the attempts where the label was in play. */
export function weakness(history: readonly PastAttempt[]): Partial<Record<Label, number>> {
  const tally: Partial<Record<Label, { right: number; wrong: number }>> = {};
  for (const attempt of history) {
    for (const [label, outcome] of Object.entries(attempt.labelOutcomes) as [Label, string][]) {
      if (outcome === 'reject') continue;
      const t = (tally[label] ??= { right: 0, wrong: 0 });
      if (outcome === 'hit') t.right += 1;
      else t.wrong += 1;
    }
  }
  return Object.fromEntries(Object.entries(tally).map(([label, t]) => [label, t.wrong / (t.right + t.wrong)]));
}

const RECENT = 20;

export interface PickInput {
  pool: readonly Scenario[];
  focus: Focus;
  level: Level;
  /** Ids already asked in this session. */
  asked: ReadonlySet<string>;
  history: readonly PastAttempt[];
  random: Random;
}

export function pickNext({ pool, focus, level, asked, history, random }: PickInput): Scenario | undefined {
  const candidates = pool.filter((s) => matchesFocus(s, focus) && !asked.has(s.id));
  if (candidates.length === 0) return undefined;
  const nearest = Math.min(...candidates.map((s) => Math.abs(s.level - level)));
  // Prefer the level reached; when it has run out, the nearest one, the harder side first.
  const atDistance = candidates.filter((s) => Math.abs(s.level - level) === nearest);
  const harder = atDistance.filter((s) => s.level >= level);
  const atLevel = harder.length > 0 ? harder : atDistance;

  const weak = weakness(history);
  const recent = new Set([...history].sort((a, b) => b.at - a.at).slice(0, RECENT).map((a) => a.scenarioId));
  const everSeen = new Set(history.map((a) => a.scenarioId));
  const weights = atLevel.map((scenario) => {
    let weight = everSeen.has(scenario.id) ? 1 : 3;
    for (const label of new Set([...scenario.expected.labels, ...(scenario.lookalikeOf ?? [])])) weight += 4 * (weak[label] ?? 0);
    return recent.has(scenario.id) ? weight * 0.2 : weight;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  let roll = random() * total;
  for (let i = 0; i < atLevel.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return atLevel[i];
  }
  return atLevel[atLevel.length - 1];
}
