/**
 * Scores a trainee's answer to a scenario and says why: labels, urgency, steps (with where they
 * referred), and the draft check's findings on their reply. Pure: the scenario, the answer and the
 * directory in, the verdict out.
 *
 * Weights: labels 40, urgency 20, steps 25, reply 15. Missing "call 112" when there is danger now,
 * or a report of concern for a child at risk, is a critical miss: the item is not passed whatever
 * the score, because those are the mistakes that hurt someone.
 */
import { LABELS, URGENCIES, type Label, type Urgency } from '../../classifiers/types';
import type { Channel, Directory } from '../../responses/directory-types';
import { stockholmTime, type LocalTime } from '../../responses/calendar';
import { lintReply, type Finding } from '../../responses/lint';
import { openState, reopensSoon, type OpenState } from '../../responses/referral';
import type { Scenario, TrainingStep } from './scenario';
import { TRAINING_STEPS } from './scenario';
import { whenToInstant } from './time';

export interface TrainingAnswer {
  labels: Label[];
  urgency: Urgency;
  steps: TrainingStep[];
  /** Ids of the directory channels the trainee would refer to. */
  referChannels: string[];
  reply: string;
}

export const MAX_POINTS = { labels: 40, urgency: 20, steps: 25, reply: 15 } as const;
export const PASS_SCORE = 80;

export type LabelOutcome = 'hit' | 'miss' | 'false' | 'reject';
export type CriticalMiss = 'missed-acute' | 'missed-112' | 'missed-concern-report';

export interface ChannelVerdict {
  channelId: string;
  /** right: a right kind of channel, reachable at the hour; closed: right kind but closed then; wrong: another kind. */
  verdict: 'right' | 'closed' | 'wrong';
  state: OpenState;
  /** Closed for lunch or just before opening, and answers again at this local time ("13:00"). */
  reopens?: string;
}

export interface StepVerdict {
  step: TrainingStep;
  expected: boolean;
  ticked: boolean;
}

export interface Scoring {
  score: number;
  points: Record<keyof typeof MAX_POINTS, number>;
  labels: Record<Label, LabelOutcome>;
  urgency: { expected: Urgency; given: Urgency; distance: number };
  steps: StepVerdict[];
  referral: { needed: boolean; channels: ChannelVerdict[]; right: boolean };
  findings: Finding[];
  /** The reply was needed and left empty. */
  replyMissing: boolean;
  critical: CriticalMiss[];
  passed: boolean;
}

const URGENCY_STEP: Record<Urgency, number> = { none: 0, normal: 1, high: 2, acute: 3 };

export function scoreAnswer(scenario: Scenario, answer: TrainingAnswer, directory: Directory, history: readonly string[] = []): Scoring {
  const expected = scenario.expected;
  const labels = Object.fromEntries(LABELS.map((label) => [label, labelOutcome(expected.labels.includes(label), answer.labels.includes(label))])) as Record<Label, LabelOutcome>;
  const outcomes = Object.values(labels);
  const hits = outcomes.filter((o) => o === 'hit').length;
  const wrong = outcomes.filter((o) => o === 'miss' || o === 'false').length;
  const labelPoints = hits + wrong === 0 ? MAX_POINTS.labels : (MAX_POINTS.labels * hits) / (hits + wrong);

  const given = URGENCIES.includes(answer.urgency) ? answer.urgency : 'none';
  const distance = Math.abs(URGENCY_STEP[expected.urgency] - URGENCY_STEP[given]);
  const urgencyPoints = distance === 0 ? MAX_POINTS.urgency : distance === 1 ? MAX_POINTS.urgency / 2 : 0;

  const referral = judgeReferral(scenario, answer.referChannels, directory);
  const steps = TRAINING_STEPS.map((step) => ({ step, expected: expected.steps.includes(step), ticked: answer.steps.includes(step) }));
  let stepHits = 0;
  let stepWrong = 0;
  for (const verdict of steps) {
    if (verdict.expected && verdict.ticked) {
      // Referring is only fully right when it names a right channel that answers at that hour.
      if (verdict.step === 'refer' && !referral.right) {
        stepHits += 0.5;
        stepWrong += 0.5;
      } else stepHits += 1;
    } else if (verdict.expected !== verdict.ticked) stepWrong += 1;
  }
  const stepPoints = stepHits + stepWrong === 0 ? MAX_POINTS.steps : (MAX_POINTS.steps * stepHits) / (stepHits + stepWrong);

  const reply = answer.reply.trim();
  const replyNeeded = expected.labels.length > 0;
  const findings = reply
    ? lintReply(reply, { comment: scenario.comment.text, assessment: { labels: expected.labels, lang: scenario.lang }, lang: scenario.lang, history, directory })
    : [];
  const replyMissing = replyNeeded && !reply;
  const penalty = findings.reduce((sum, finding) => sum + (finding.severity === 'error' ? 5 : 2), 0);
  const replyPoints = replyMissing ? 0 : Math.max(0, MAX_POINTS.reply - penalty);

  const critical: CriticalMiss[] = [];
  if (expected.urgency === 'acute' && given !== 'acute') critical.push('missed-acute');
  if (expected.steps.includes('call_112') && !answer.steps.includes('call_112')) critical.push('missed-112');
  if (expected.steps.includes('concern_report') && !answer.steps.includes('concern_report')) critical.push('missed-concern-report');

  const points = { labels: labelPoints, urgency: urgencyPoints, steps: stepPoints, reply: replyPoints };
  const score = Math.round(points.labels + points.urgency + points.steps + points.reply);
  return {
    score,
    points,
    labels,
    urgency: { expected: expected.urgency, given, distance },
    steps,
    referral,
    findings,
    replyMissing,
    critical,
    passed: score >= PASS_SCORE && critical.length === 0,
  };
}

function labelOutcome(expected: boolean, marked: boolean): LabelOutcome {
  if (expected) return marked ? 'hit' : 'miss';
  return marked ? 'false' : 'reject';
}

function judgeReferral(scenario: Scenario, chosen: readonly string[], directory: Directory): Scoring['referral'] {
  const needed = scenario.expected.referTo.length > 0;
  const at = stockholmTime(whenToInstant(scenario.when));
  const channels = chosen.flatMap((id) => {
    const channel = directory.channels.find((c) => c.id === id);
    return channel ? [judgeChannel(channel, scenario, directory, at)] : [];
  });
  return { needed, channels, right: needed && channels.some((c) => c.verdict === 'right') };
}

/**
 * Whether referring to `channel` is right for the scenario at its hour. A channel closed for lunch
 * or just before opening is right when nobody is in danger: the reply composer refers there too,
 * with the time it answers again (responses/referral.ts, reopensSoon).
 */
export function judgeChannel(channel: Channel, scenario: Scenario, directory: Directory, at: LocalTime): ChannelVerdict {
  const state = openState(channel, directory, at);
  const base = { channelId: channel.id, state };
  if (!channel.purposes.some((purpose) => scenario.expected.referTo.includes(purpose))) return { ...base, verdict: 'wrong' };
  if (state !== 'closed') return { ...base, verdict: 'right' };
  const waitable = scenario.expected.urgency !== 'acute' && channel.phone !== null && !channel.via;
  const reopens = waitable ? reopensSoon(channel, directory, at) : null;
  return reopens ? { ...base, verdict: 'right', reopens } : { ...base, verdict: 'closed' };
}

/** The public channels a trainee can refer to: internal ones (managers) are informed, never referred to. */
export function referableChannels(directory: Directory) {
  return directory.channels.filter((channel) => !channel.internal);
}
