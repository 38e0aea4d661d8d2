/**
 * Runs one rule's own examples, in the spirit of ESLint's RuleTester: every `match` example must
 * fire the rule at or above the label's default threshold, no `noMatch` example may, and no
 * example may be listed twice. Returns the failures so a test can show them all at once.
 */
import { Analysis } from './analysis';
import { DEFAULT_THRESHOLDS } from './classify';
import type { Rule, RuleExamples } from './rule';

export interface RuleExampleFailure {
  ruleId: string;
  kind: 'missed' | 'false-positive' | 'duplicate';
  text: string;
  score: number;
}

export function testRuleExamples(rule: Rule, examples: RuleExamples): RuleExampleFailure[] {
  const failures: RuleExampleFailure[] = [];
  const threshold = DEFAULT_THRESHOLDS[rule.meta.label];
  const scoreOf = (text: string) => rule.match(new Analysis(text))?.score ?? 0;
  const seen = new Set<string>();
  for (const [kind, texts] of [['match', examples.match], ['noMatch', examples.noMatch]] as const) {
    for (const text of texts) {
      if (seen.has(text)) failures.push({ ruleId: rule.meta.id, kind: 'duplicate', text, score: 0 });
      seen.add(text);
      const score = scoreOf(text);
      if (kind === 'match' && score < threshold) failures.push({ ruleId: rule.meta.id, kind: 'missed', text, score });
      if (kind === 'noMatch' && score >= threshold) failures.push({ ruleId: rule.meta.id, kind: 'false-positive', text, score });
    }
  }
  return failures;
}
