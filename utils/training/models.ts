/**
 * Two model replies for a scenario, made by the same composer moderators use on the real pages,
 * at the scenario's own hour, so the trainee sees the number that fits that time.
 */
import { actionsFor, classify } from '../../classifiers/classify';
import type { Assessment } from '../../classifiers/types';
import { suggestReplies, type ReplySuggestion } from '../../responses/compose';
import { stockholmTime } from '../../responses/calendar';
import type { Directory } from '../../responses/directory-types';
import type { ChannelChoice, Referral } from '../../responses/referral';
import { judgeChannel } from './scoring';
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

/**
 * The channels a model reply names: for each purpose the scenario accepts, in its order, a channel
 * the scoring calls right at that hour (open first, then unknown hours, then one that reopens
 * soon). So a trainee who copies a model reply's referral is never marked wrong.
 */
export function scenarioReferral(scenario: Scenario, directory: Directory): Referral {
  const at = stockholmTime(whenToInstant(scenario.when));
  const channels: ChannelChoice[] = [];
  for (const purpose of scenario.expected.referTo) {
    const judged = directory.channels
      .filter((channel) => !channel.internal && channel.purposes.includes(purpose) && !channels.some((c) => c.channel.id === channel.id))
      .map((channel) => ({ channel, verdict: judgeChannel(channel, scenario, directory, at) }))
      .filter(({ verdict }) => verdict.verdict === 'right');
    const best = judged.find((j) => j.verdict.state === 'open') ?? judged.find((j) => j.verdict.state === 'unknown') ?? judged[0];
    if (best) channels.push({ channel: best.channel, phone: best.channel.phone, state: best.verdict.state, purpose, reopens: best.verdict.reopens });
  }
  return { acute: scenario.expected.urgency === 'acute', channels, internal: [] };
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
    referral: scenarioReferral(scenario, directory),
  });
}
