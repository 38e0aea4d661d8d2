/**
 * The summary a trainee exports for their supervisor, and the check the dashboard runs when the
 * supervisor imports it. Figures only: no scenario answers, no reply text.
 */
import { z } from 'zod';
import { LABELS, type Label } from '../../classifiers/types';
import { stockholmTime } from '../../responses/calendar';
import { labelProgress, overview, weakAreas, weeklyProgress, type AttemptFacts, type LabelProgress, type Overview } from './progress';

export const SUMMARY_FORMAT = 'sekretessvakt-ovningssammanfattning';
export const SUMMARY_VERSION = 1;

export interface TraineeSummary extends Overview {
  format: typeof SUMMARY_FORMAT;
  version: number;
  trainee: string;
  createdAt: number;
  /** First and last attempt. */
  from: number | null;
  to: number | null;
  labels: Record<Label, LabelProgress>;
  weakAreas: Label[];
  weeks: { monday: string; week: number; attempts: number; averageScore: number | null }[];
}

export function buildSummary(attempts: readonly AttemptFacts[], trainee: string, now: number): TraineeSummary {
  const times = attempts.map((a) => a.at);
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    trainee: trainee.trim(),
    createdAt: now,
    from: times.length ? Math.min(...times) : null,
    to: times.length ? Math.max(...times) : null,
    ...overview(attempts),
    labels: labelProgress(attempts),
    weakAreas: weakAreas(attempts),
    weeks: weeklyProgress(attempts, now, 8).map(({ monday, week, attempts: count, averageScore }) => ({ monday, week, attempts: count, averageScore })),
  };
}

const share = z.number().min(0).max(1).nullable();
const count = z.number().int().nonnegative();
const time = z.number().int().nonnegative();
const labelProgressSchema = z.object({ attempts: count, score: share });

const summarySchema = z.object({
  format: z.literal(SUMMARY_FORMAT),
  version: z.number().int().positive(),
  trainee: z.string().trim().min(1).max(120),
  createdAt: time,
  from: time.nullable(),
  to: time.nullable(),
  attempts: count,
  sessions: count,
  averageScore: z.number().min(0).max(100).nullable(),
  passedShare: share,
  urgencyRight: share,
  criticalMisses: count,
  labels: z.object(Object.fromEntries(LABELS.map((label) => [label, labelProgressSchema])) as Record<Label, typeof labelProgressSchema>),
  weakAreas: z.array(z.enum(LABELS)),
  weeks: z.array(z.object({ monday: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u), week: z.number().int().min(1).max(53), attempts: count, averageScore: z.number().min(0).max(100).nullable() })).max(60),
});

export class SummaryFileError extends Error {
  constructor(readonly userMessage: { sv: string; en: string }) {
    super(userMessage.en);
    this.name = 'SummaryFileError';
  }
}

/** Parses an exported summary file; a foreign, newer or broken file throws with a message for the supervisor. */
export function parseSummary(text: string): TraineeSummary {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SummaryFileError({ sv: 'Filen är inte en JSON-fil.', en: 'The file is not a JSON file.' });
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (record.format !== SUMMARY_FORMAT) {
    throw new SummaryFileError({ sv: 'Filen är ingen övningssammanfattning från Sekretessvakt.', en: 'The file is not a Sekretessvakt training summary.' });
  }
  if (typeof record.version === 'number' && record.version > SUMMARY_VERSION) {
    throw new SummaryFileError({ sv: 'Filen kommer från en nyare version av Sekretessvakt. Uppdatera tillägget först.', en: 'The file comes from a newer version of Sekretessvakt. Update the extension first.' });
  }
  const parsed = summarySchema.safeParse(raw);
  if (!parsed.success) {
    throw new SummaryFileError({ sv: 'Sammanfattningen är skadad eller ofullständig. Be om en ny export.', en: 'The summary is damaged or incomplete. Ask for a new export.' });
  }
  return parsed.data as TraineeSummary;
}

/** The file's date is the Stockholm date it was made, like every other date in training mode. */
export function summaryFileName(summary: Pick<TraineeSummary, 'trainee' | 'createdAt'>): string {
  const name = summary.trainee.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'utan-namn';
  return `ovning-${name}-${stockholmTime(new Date(summary.createdAt)).dateKey}.json`;
}
