/**
 * Per-label sensitivity as three plain steps instead of a number. A step is an offset from the
 * classifier's default threshold for that label (classifiers/classify.ts), so a change of the
 * defaults carries over; "Standard" is saved as no threshold at all for the same reason.
 */
import { DEFAULT_THRESHOLDS } from '../../classifiers';
import { LABELS, type Label } from '../../classifiers/types';
import type { SensitivityStep } from './options-text';

export const SENSITIVITY_STEPS: readonly SensitivityStep[] = ['more', 'standard', 'fewer'];

/** Rule scores sit around 0.6–0.97 (0.3–0.5 when a comment is a question or news), so ±0.15 moves real comments. */
const OFFSET: Record<SensitivityStep, number> = { more: -0.15, standard: 0, fewer: 0.15 };

/** Labels where a missed comment can hurt someone: "Färre flaggor" gets a warning. */
export const HIGH_RISK_LABELS: ReadonlySet<Label> = new Set(['child_at_risk', 'crisis', 'crime']);

/**
 * The threshold a step means for a label, or undefined for Standard (the classifier's default).
 *
 * @example thresholdFor('crime', 'more') // 0.35
 */
export function thresholdFor(label: Label, step: SensitivityStep): number | undefined {
  if (step === 'standard') return undefined;
  return Math.round(Math.min(0.95, Math.max(0.05, DEFAULT_THRESHOLDS[label] + OFFSET[step])) * 100) / 100;
}

/** The step closest to a saved threshold; a threshold from elsewhere (a file, an older version) snaps to one. */
export function stepOf(label: Label, threshold: number | undefined): SensitivityStep {
  if (threshold === undefined) return 'standard';
  const distance = (step: SensitivityStep) => Math.abs((thresholdFor(label, step) ?? DEFAULT_THRESHOLDS[label]) - threshold);
  return SENSITIVITY_STEPS.reduce((best, step) => (distance(step) < distance(best) ? step : best), 'standard');
}

/** The thresholds to save for the chosen steps: Standard labels are left out. */
export function thresholdsFor(steps: Readonly<Record<Label, SensitivityStep>>): Partial<Record<Label, number>> {
  const thresholds: Partial<Record<Label, number>> = {};
  for (const label of LABELS) {
    const value = thresholdFor(label, steps[label]);
    if (value !== undefined) thresholds[label] = value;
  }
  return thresholds;
}
