/**
 * The shape of a classifier rule: one file per rule in rules/, listed in rules/index.ts.
 * A rule states its meta, exports the comments that must and must not trigger it, and has a match function
 * that asks questions of the Analysis. See rules/README.md for how to add one.
 */
import type { Analysis, Hit } from './analysis';
import type { Label, Urgency } from './types';

export interface RuleMeta {
  /** Equal to the file name. */
  id: string;
  label: Label;
  description: { sv: string; en: string };
  /** The passage of the guideline (or SCHEMA.md) the rule serves. */
  guideline: string;
}

export interface RuleMatch {
  /** 0..1: how sure the rule is. Scores of several rules for one label combine (noisy-or). */
  score: number;
  /** The concept hits that made the rule fire; they become the evidence. */
  hits: Hit[];
  /** Set when the match itself says how urgent it is (danger now: 'acute'). */
  urgency?: Exclude<Urgency, 'none'>;
}

export interface Rule {
  meta: RuleMeta;
  match(analysis: Analysis): RuleMatch | null;
}

/**
 * A rule's own test comments, exported beside the rule as `examples`: a named export the rules
 * index never imports, so they stay out of the content script's bundle.
 */
export interface RuleExamples {
  match: readonly string[];
  noMatch: readonly string[];
}

/** How much to trust a match given jokes, news, fiction and general questions around it. */
export function contextFactor(
  analysis: Analysis,
  options: { news?: boolean; joke?: boolean; fiction?: boolean; question?: boolean; sport?: boolean } = {},
): number {
  let factor = 1;
  if ((options.joke ?? true) && analysis.has('joke')) factor *= 0.35;
  if ((options.news ?? true) && analysis.has('news')) factor *= 0.4;
  if ((options.fiction ?? true) && analysis.has('fiction')) factor *= 0.5;
  if (options.question && analysis.has('generalQuestion')) factor *= 0.3;
  // An event or helpline mentioned in passing by someone writing about themself weighs less.
  if (analysis.has('informational')) factor *= analysis.has('self') && !analysis.has('prevention') ? 0.7 : 0.3;
  if (options.sport && analysis.has('sport')) factor *= 0.5;
  if (analysis.has('longAgo')) factor *= 0.5;
  if (analysis.has('hypothetical')) factor *= 0.5;
  return factor;
}
