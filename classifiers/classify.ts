/**
 * classify(): runs every rule over one comment and turns their matches into an Assessment:
 * labels over threshold, per-label scores, urgency, the evidence spans and the guideline's steps.
 *
 * @example classify('jag orkar inte leva längre').labels // ['crisis']
 */
import { Analysis } from './analysis';
import { detectLanguageOfWords } from './language';
import { toSourceRange } from './normalize';
import { RULES } from './rules';
import type { Rule, RuleMatch } from './rule';
import {
  ACTIONS,
  LABELS,
  type ActionId,
  type Assessment,
  type ClassifyOptions,
  type CommentInput,
  type Evidence,
  type Label,
  type Urgency,
} from './types';

export const DEFAULT_THRESHOLDS: Readonly<Record<Label, number>> = {
  individual_case: 0.5,
  child_at_risk: 0.5,
  crime: 0.5,
  crisis: 0.5,
  criticism: 0.5,
  sensitive_data: 0.5,
};

/** SCHEMA.md: a child at risk, a crisis or a crime is handled at once; the rest the same day. */
const LABEL_URGENCY: Record<Label, Exclude<Urgency, 'none'>> = {
  child_at_risk: 'high',
  crisis: 'high',
  crime: 'high',
  individual_case: 'normal',
  criticism: 'normal',
  sensitive_data: 'normal',
};

const URGENCY_RANK: Record<Urgency, number> = { none: 0, normal: 1, high: 2, acute: 3 };
const SUPPORTED_LANGUAGES = new Set(['sv', 'en', 'und']);
const EXCERPT_CONTEXT = 30;

export function classify(comment: CommentInput | string, options: ClassifyOptions = {}, rules: readonly Rule[] = RULES): Assessment {
  const input = typeof comment === 'string' ? { text: comment } : comment;
  const text = typeof input?.text === 'string' ? input.text : '';
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const analysis = new Analysis(text);
  const lang =
    typeof input?.lang === 'string' && input.lang.trim() !== '' ? input.lang.trim().toLowerCase() : detectLanguageOfWords(analysis.words, text);

  const matches: Array<{ rule: Rule; match: RuleMatch }> = [];
  for (const rule of rules) {
    const match = rule.match(analysis);
    if (match && match.score > 0) matches.push({ rule, match });
  }

  const scores = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const label of LABELS) {
    // Noisy-or: independent pieces of evidence for one label strengthen each other.
    const miss = matches.filter((m) => m.rule.meta.label === label).reduce((p, m) => p * (1 - Math.min(1, m.match.score)), 1);
    scores[label] = round(1 - miss);
  }
  const labels = LABELS.filter((label) => scores[label] >= thresholds[label]);

  let urgency: Urgency = 'none';
  for (const label of labels) urgency = higher(urgency, LABEL_URGENCY[label]);
  for (const { rule, match } of matches) {
    if (match.urgency && labels.includes(rule.meta.label)) urgency = higher(urgency, match.urgency);
  }
  if (labels.includes('individual_case') && analysis.affirmed('despair').length > 0) urgency = higher(urgency, 'high');

  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const { rule, match } of matches) {
    if (!labels.includes(rule.meta.label)) continue;
    for (const hit of match.hits) {
      const [start, end] = toSourceRange(analysis.norm, hit.start, hit.end);
      const key = `${rule.meta.label}:${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push({ label: rule.meta.label, ruleId: rule.meta.id, start, end, excerpt: excerpt(text, start, end) });
    }
  }

  return { lang, labels, urgency, scores, evidence, actions: actionsFor(labels, urgency, lang, text) };
}

/** The guideline's steps for these labels, in the order a moderator takes them. */
export function actionsFor(labels: readonly Label[], urgency: Urgency, lang: string, text = ''): ActionId[] {
  const wanted = new Set<ActionId>();
  const has = (label: Label) => labels.includes(label);
  if (labels.length > 0) {
    wanted.add('acknowledge');
    wanted.add('follow_up');
  }
  if (has('individual_case') || has('child_at_risk') || has('crisis')) wanted.add('explain_secrecy');
  if (labels.some((label) => label !== 'sensitive_data')) wanted.add('refer_to_channel');
  if (urgency === 'acute') wanted.add('call_112');
  if (has('crime')) wanted.add('police_report');
  if (has('child_at_risk')) wanted.add('report_concern_child');
  if (has('criticism')) wanted.add('inform_manager');
  if (has('sensitive_data')) wanted.add('hide_personal_data');
  if (!SUPPORTED_LANGUAGES.has(lang) && /\p{L}{2,}/u.test(text)) wanted.add('manual_review_language');
  return ACTIONS.filter((action) => wanted.has(action));
}

function higher(a: Urgency, b: Urgency): Urgency {
  return URGENCY_RANK[b] > URGENCY_RANK[a] ? b : a;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, end + EXCERPT_CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/gu, ' ');
}
