/**
 * Two model replies for a scenario, made by the same composer moderators use on the real pages,
 * at the scenario's own hour, so the trainee sees the number that fits that time.
 */
import { actionsFor, classify } from '../../classifiers/classify';
import type { Assessment } from '../../classifiers/types';
import { suggestReplies, type ReplySuggestion } from '../../responses/compose';
import type { Directory } from '../../responses/directory-types';
import type { Scenario } from './scenario';
import { whenToInstant } from './time';

/** The scenario's answer as an assessment; the classifier supplies evidence (which rule saw what) for the referral. */
export function expectedAssessment(scenario: Scenario): Assessment {
  const seen = classify({ text: scenario.comment.text, lang: scenario.lang, platform: scenario.platform, post: scenario.post.text });
  const { labels, urgency } = scenario.expected;
  return {
    ...seen,
    lang: scenario.lang,
    labels: [...labels],
    urgency,
    evidence: seen.evidence.filter((e) => labels.includes(e.label)),
    actions: actionsFor(labels, urgency, scenario.lang, scenario.comment.text),
  };
}

export function modelReplies(scenario: Scenario, directory: Directory, history: readonly string[] = [], seed?: number): ReplySuggestion[] {
  if (scenario.expected.labels.length === 0) return [];
  return suggestReplies(expectedAssessment(scenario), scenario.comment.text, {
    now: whenToInstant(scenario.when),
    directory,
    history,
    lang: scenario.lang,
    count: 2,
    seed,
  });
}
