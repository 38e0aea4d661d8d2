/**
 * A practice scenario: a municipal post, a comment on it, when it came in, and what a moderator
 * who follows the guideline does about it. Built-in scenarios are JSON in ./scenarios and are
 * validated by the build (wxt.config.ts) and the tests; supervisors' own scenarios go through the
 * same validation before they are stored.
 */
import { z } from 'zod';
import { actionsFor } from '../../classifiers/classify';
import { LABELS, URGENCIES, type ActionId, type Label, type Urgency } from '../../classifiers/types';
import { PURPOSES, type Purpose } from '../../responses/directory-types';
import { GUIDELINE_KEYS, type GuidelineKey } from './guideline';

/** What a trainee can tick: the guideline's steps, as a moderator thinks of them. */
export const TRAINING_STEPS = ['reply', 'refer', 'call_112', 'police_report', 'concern_report', 'inform_manager', 'hide_personal_data', 'follow_up'] as const;
export type TrainingStep = (typeof TRAINING_STEPS)[number];

export const LEVELS = [1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

export interface Scenario {
  id: string;
  /** 1: one clear label · 2: combined labels or a subtle sign · 3: hard calls and look-alikes. */
  level: Level;
  platform: 'facebook' | 'instagram';
  lang: 'sv' | 'en';
  /** When the comment came in, Stockholm local time "YYYY-MM-DDTHH:MM": the right channel depends on it. */
  when: string;
  post: { author: string; text: string };
  comment: { author: string; text: string };
  expected: {
    labels: Label[];
    urgency: Urgency;
    steps: TrainingStep[];
    /** Purposes of the channels that are a right referral at `when` (any one of them will do). */
    referTo: Purpose[];
  };
  /** The labels a look-alike resembles without carrying them, so a focus on a label includes it. */
  lookalikeOf?: Label[];
  /** Why, in a few sentences, in the guideline's terms. */
  explanation: { sv: string; en?: string };
  guideline: GuidelineKey[];
  /** Built in, or written by a supervisor in this browser. */
  source?: 'builtin' | 'custom';
}

const ACTION_STEP: Partial<Record<ActionId, TrainingStep>> = {
  acknowledge: 'reply',
  explain_secrecy: 'reply',
  refer_to_channel: 'refer',
  call_112: 'call_112',
  police_report: 'police_report',
  report_concern_child: 'concern_report',
  inform_manager: 'inform_manager',
  hide_personal_data: 'hide_personal_data',
  follow_up: 'follow_up',
};

/** The steps the guideline asks for, from the labels and urgency (the same policy as the extension's checklist). */
export function stepsFor(labels: readonly Label[], urgency: Urgency): TrainingStep[] {
  const wanted = new Set<TrainingStep>();
  for (const action of actionsFor(labels, urgency, 'sv')) {
    const step = ACTION_STEP[action];
    if (step) wanted.add(step);
  }
  return TRAINING_STEPS.filter((step) => wanted.has(step));
}

const text = (max: number) => z.string().trim().min(1, 'Fältet får inte vara tomt.').max(max, `Högst ${max} tecken.`);
const WHEN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u;

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,60}$/u, 'Id: små bokstäver a–z, siffror och bindestreck, 3–61 tecken.'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Nivån ska vara 1, 2 eller 3.' }),
    platform: z.enum(['facebook', 'instagram'], { error: 'Välj Facebook eller Instagram.' }),
    lang: z.enum(['sv', 'en'], { error: 'Språket ska vara sv eller en.' }),
    when: z.string().refine(isValidWhen, 'Tiden ska skrivas ÅÅÅÅ-MM-DDTtt:mm, till exempel 2026-03-10T10:15.'),
    post: z.object({ author: text(80), text: text(1000) }),
    comment: z.object({ author: text(80), text: text(2000) }),
    expected: z.object({
      labels: z.array(z.enum(LABELS)).refine(unique, 'Samma etikett finns två gånger.'),
      urgency: z.enum(URGENCIES),
      steps: z.array(z.enum(TRAINING_STEPS)).refine(unique, 'Samma steg finns två gånger.'),
      referTo: z.array(z.enum(PURPOSES)).refine(unique, 'Samma kanaltyp finns två gånger.'),
    }),
    lookalikeOf: z.array(z.enum(LABELS)).optional(),
    explanation: z.object({ sv: text(1200), en: text(1200).optional() }),
    guideline: z.array(z.enum(GUIDELINE_KEYS)).min(1, 'Hänvisa till minst ett avsnitt i riktlinjen.'),
    source: z.enum(['builtin', 'custom']).optional(),
  })
  .superRefine((scenario, context) => {
    const { labels, urgency, steps, referTo } = scenario.expected;
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    if ((labels.length === 0) !== (urgency === 'none')) {
      issue(['expected', 'urgency'], 'Utan etiketter är brådskan "ingen", och med etiketter är den aldrig "ingen".');
    }
    const wanted = stepsFor(labels, urgency);
    const missing = wanted.filter((step) => !steps.includes(step));
    const extra = steps.filter((step) => !wanted.includes(step));
    if (missing.length > 0 || extra.length > 0) {
      issue(['expected', 'steps'], `Stegen ska följa riktlinjen för de här etiketterna: ${wanted.join(', ') || 'inga'}.`);
    }
    if (steps.includes('refer') !== referTo.length > 0) {
      issue(['expected', 'referTo'], 'Ange vart personen ska hänvisas när hänvisning är ett steg, annars inget.');
    }
    if (scenario.lookalikeOf?.some((label) => labels.includes(label))) {
      issue(['lookalikeOf'], 'En liknande etikett kan inte också vara rätt etikett.');
    }
  });

function unique(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

function isValidWhen(value: string): boolean {
  const match = WHEN.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day! && hour! < 24 && minute! < 60 && year! >= 2000 && year! <= 2100;
}

export interface ScenarioProblem {
  /** Where in the file: the scenario's index and id when known. */
  index: number;
  id?: string;
  path: string;
  message: string;
  /** Set when the form shows its own wording for the problem. */
  code?: 'unreachable';
}

/** Validates a list of scenarios: each on its own, then that ids are unique. */
export function validateScenarios(input: unknown): { scenarios: Scenario[]; problems: ScenarioProblem[] } {
  const list = Array.isArray(input) ? input : isRecord(input) && Array.isArray(input.scenarios) ? input.scenarios : null;
  if (!list) return { scenarios: [], problems: [{ index: -1, path: '', message: 'Filen ska innehålla en lista med övningar.' }] };
  const scenarios: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  const seen = new Set<string>();
  list.forEach((raw: unknown, index) => {
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const parsed = scenarioSchema.safeParse(raw);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) problems.push({ index, id, path: problem.path.join('.'), message: problem.message });
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({ index, id, path: 'id', message: `Id ${parsed.data.id} finns redan.` });
      return;
    }
    seen.add(parsed.data.id);
    scenarios.push(parsed.data as Scenario);
  });
  return { scenarios, problems };
}

export function describeProblem(problem: ScenarioProblem): string {
  const where = problem.index < 0 ? '' : `Övning ${problem.index + 1}${problem.id ? ` (${problem.id})` : ''}${problem.path ? `, ${problem.path}` : ''}: `;
  return `${where}${problem.message}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
