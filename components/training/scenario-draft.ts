/**
 * A scenario as the editor's form holds it while the supervisor types: flat strings and picked
 * sets, possibly invalid. It becomes a scenario only through the same validation as the built-in
 * ones, and the steps are never part of the draft: they follow from the labels and the urgency
 * (stepsFor), so a saved scenario always agrees with the guideline.
 */
import { LABELS, type Label, type Urgency } from '../../classifiers/types';
import { PURPOSES, type Purpose } from '../../responses/directory-types';
import { GUIDELINE_KEYS, type GuidelineKey } from '../../utils/training/guideline';
import type { Directory } from '../../responses/directory-types';
import { inOrder } from './picked';
import { validateOwnScenarios } from '../../utils/training/reachability';
import { stepsFor, type Level, type Scenario, type TrainingStep } from '../../utils/training/scenario';
import { SCENARIO_FIELDS, type ScenarioEditorText, type ScenarioField } from './scenario-editor-text';

export interface ScenarioDraft {
  level: Level;
  platform: Scenario['platform'];
  lang: Scenario['lang'];
  date: string;
  time: string;
  postAuthor: string;
  postText: string;
  commentAuthor: string;
  commentText: string;
  labels: Label[];
  urgency: Urgency;
  referTo: Purpose[];
  lookalikeOf: Label[];
  explanationSv: string;
  explanationEn: string;
  guideline: GuidelineKey[];
}

export const EMPTY_DRAFT: ScenarioDraft = {
  level: 1,
  platform: 'facebook',
  lang: 'sv',
  date: '',
  time: '',
  postAuthor: '',
  postText: '',
  commentAuthor: '',
  commentText: '',
  labels: [],
  urgency: 'none',
  referTo: [],
  lookalikeOf: [],
  explanationSv: '',
  explanationEn: '',
  guideline: [],
};

/** Where a problem the form has no field for is filed; the error summary links it to the form's heading. */
export const OTHER_FIELD = 'other';

/** The id the live check uses; the real one is made when saving. Both pass the id rule. */
export const CHECK_ID = 'egen-kontroll';

/**
 * A new scenario's id: readable, and unique by the time it was saved.
 * @example scenarioId('Grannens barn är ensamma…', 1767225600000) // 'egen-grannens-barn-ar-ensamma-mjuohs00'
 */
export function scenarioId(commentText: string, now: number): string {
  const slug = commentText
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 24)
    .replace(/-+$/, '');
  return ['egen', slug, Math.max(0, Math.floor(now)).toString(36)].filter(Boolean).join('-');
}


/**
 * The steps the guideline asks for, as the form shows them while the supervisor picks.
 * @example draftSteps({ ...EMPTY_DRAFT, labels: ['individual_case'], urgency: 'normal' }) // ['reply', 'refer', 'follow_up']
 */
export function draftSteps(draft: ScenarioDraft): TrainingStep[] {
  return stepsFor(inOrder(LABELS, draft.labels), draft.urgency);
}

/** What the form says as a scenario; referral channels count only when referral is a step. */
function scenarioOf(draft: ScenarioDraft, id: string): unknown {
  const labels = inOrder(LABELS, draft.labels);
  const steps = stepsFor(labels, draft.urgency);
  return {
    id,
    level: draft.level,
    platform: draft.platform,
    lang: draft.lang,
    when: `${draft.date}T${draft.time.slice(0, 5)}`,
    post: { author: draft.postAuthor, text: draft.postText },
    comment: { author: draft.commentAuthor, text: draft.commentText },
    expected: { labels, urgency: draft.urgency, steps, referTo: steps.includes('refer') ? inOrder(PURPOSES, draft.referTo) : [] },
    ...(draft.lookalikeOf.length > 0 ? { lookalikeOf: inOrder(LABELS, draft.lookalikeOf) } : {}),
    explanation: { sv: draft.explanationSv, ...(draft.explanationEn.trim() ? { en: draft.explanationEn } : {}) },
    guideline: inOrder(GUIDELINE_KEYS, draft.guideline),
  };
}

/** The form's field for a problem's path: "expected.labels.0" → "expected.labels". */
function fieldOf(path: string): ScenarioField | null {
  let found: ScenarioField | null = null;
  for (const field of SCENARIO_FIELDS) {
    if ((path === field || path.startsWith(`${field}.`)) && (!found || field.length > found.length)) found = field;
  }
  return found;
}

export interface DraftCheck {
  /** The validated scenario, or null while anything is wrong. */
  scenario: Scenario | null;
  /** One message per field (the first problem), in the form's order; OTHER_FIELD last. */
  errors: Map<string, string>;
}

/**
 * Validates the draft as a scenario under `id` and says each problem in the form's words, by field.
 * @example checkDraft(EMPTY_DRAFT, CHECK_ID, t).errors.get('comment.text') // t.form.errors['comment.text']
 */
export function checkDraft(draft: ScenarioDraft, id: string, t: ScenarioEditorText, directory: Directory): DraftCheck {
  const { scenarios, problems } = validateOwnScenarios([scenarioOf(draft, id)], directory);
  const found = new Map<string, string>();
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    const key = field ?? OTHER_FIELD;
    if (found.has(key)) continue;
    // The schema's length limit is the one message that carries a number the form must keep.
    const tooLong = /^Högst (\d+) tecken/u.exec(problem.message);
    found.set(key, tooLong ? t.form.tooLong(Number(tooLong[1])) : problem.code === 'unreachable' ? t.form.unreachable : field ? t.form.errors[field] : problem.message);
  }
  const errors = new Map<string, string>();
  for (const key of [...SCENARIO_FIELDS, OTHER_FIELD]) {
    const message = found.get(key);
    if (message) errors.set(key, message);
  }
  return { scenario: problems.length === 0 ? (scenarios[0] ?? null) : null, errors };
}
