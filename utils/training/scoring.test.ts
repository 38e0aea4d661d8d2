// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS, URGENCIES, type Label, type Urgency } from '../../classifiers/types';
import { stockholmTime } from '../../responses/calendar';
import { VARBERG_DIRECTORY } from '../../responses/directory';
import type { Purpose } from '../../responses/directory-types';
import type { Scenario, TrainingStep } from './scenario';
import { TRAINING_STEPS } from './scenario';
import { MAX_POINTS, PASS_SCORE, referableChannels, scoreAnswer, type TrainingAnswer } from './scoring';
import { whenToInstant } from './time';

const D = VARBERG_DIRECTORY;
/** A Tuesday morning and a Saturday night in March 2026, neither near a holiday. */
const TUE_1000 = '2026-03-10T10:00';
const SAT_2300 = '2026-03-14T23:00';

interface Expected {
  labels: Label[];
  urgency: Urgency;
  steps: TrainingStep[];
  referTo: Purpose[];
}

function scenario(expected: Expected, extra: Partial<Scenario> = {}): Scenario {
  return {
    id: 'hand-built',
    level: 1,
    platform: 'facebook',
    lang: 'sv',
    when: TUE_1000,
    post: { author: 'Varbergs kommun', text: 'Nu öppnar den nya lekplatsen i Breared.' },
    comment: { author: 'Jenny Åberg', text: 'Jag hör hur grannens barn skriker varje kväll och ingen vuxen verkar bry sig. Vad ska jag göra?' },
    expected,
    explanation: { sv: 'Handbyggd övning.' },
    guideline: ['child'],
    ...extra,
  };
}

const CHILD_STEPS: TrainingStep[] = ['reply', 'refer', 'concern_report', 'follow_up'];
const child = (when = TUE_1000) => scenario({ labels: ['child_at_risk'], urgency: 'high', steps: CHILD_STEPS, referTo: ['child_concern', 'social_emergency'] }, { when });

const CRISIS_STEPS: TrainingStep[] = ['reply', 'refer', 'call_112', 'follow_up'];
const crisis = scenario(
  { labels: ['crisis'], urgency: 'acute', steps: CRISIS_STEPS, referTo: ['emergency'] },
  { comment: { author: 'Kim', text: 'Jag orkar inte leva längre, ikväll tar jag alla tabletter.' }, guideline: ['priority'] },
);

const crimeAndData = scenario(
  { labels: ['crime', 'sensitive_data'], urgency: 'normal', steps: ['reply', 'refer', 'police_report', 'hide_personal_data', 'follow_up'], referTo: ['police'] },
  { comment: { author: 'Per', text: 'Någon bröt sig in i mitt förråd i natt. Mitt personnummer är 19811218-9876 om ni behöver det.' }, guideline: ['crime'] },
);

const lookalike = scenario(
  { labels: [], urgency: 'none', steps: [], referTo: [] },
  { comment: { author: 'Lisa', text: 'Vilken fin lekplats! Barnen älskar den nya rutschkanan.' }, lookalikeOf: ['child_at_risk'] },
);

/** A reply the draft check finds nothing wrong with. */
const CHILD_REPLY =
  'Tack för att du hör av dig, vi förstår att det här känns oroande. Av sekretesskäl kan vi inte ta upp enskilda ärenden här. Ring socialtjänstens mottagningsgrupp för barn och familj på 0340-88500, så får du hjälp.';
const CRISIS_REPLY = 'Tack för att du skriver, vi hör att du har det väldigt tungt just nu. Ring 112 direkt om du är i fara. Av sekretesskäl kan vi inte ta upp enskilda ärenden här.';

function answer(overrides: Partial<TrainingAnswer> = {}): TrainingAnswer {
  return { labels: ['child_at_risk'], urgency: 'high', steps: [...CHILD_STEPS], referChannels: ['mottagningsgruppen'], reply: CHILD_REPLY, ...overrides };
}
const crisisAnswer = (overrides: Partial<TrainingAnswer> = {}): TrainingAnswer => ({
  labels: ['crisis'],
  urgency: 'acute',
  steps: [...CRISIS_STEPS],
  referChannels: ['larm-112'],
  reply: CRISIS_REPLY,
  ...overrides,
});

describe('scoreAnswer: a perfect answer', () => {
  it('scores 100 with full points in each part and passes', () => {
    const result = scoreAnswer(child(), answer(), D);
    expect(result.findings).toEqual([]);
    expect(result.points).toEqual(MAX_POINTS);
    expect(result.score).toBe(100);
    expect(result.passed).toBe(true);
    expect(result.critical).toEqual([]);
    expect(result.replyMissing).toBe(false);
    expect(result.labels.child_at_risk).toBe('hit');
    expect(result.labels.crime).toBe('reject');
  });

  it('scores 100 on an acute crisis answered with 112', () => {
    const result = scoreAnswer(crisis, crisisAnswer(), D);
    expect(result.score).toBe(100);
    expect(result.passed).toBe(true);
  });
});

describe('scoreAnswer: labels', () => {
  it('gives half the label points for one of two labels missed', () => {
    const perfect = { labels: ['crime', 'sensitive_data'] as Label[], urgency: 'normal' as const, steps: crimeAndData.expected.steps, referChannels: ['polisen'], reply: '' };
    expect(scoreAnswer(crimeAndData, perfect, D).points.labels).toBe(MAX_POINTS.labels);
    const result = scoreAnswer(crimeAndData, { ...perfect, labels: ['crime'] }, D);
    expect(result.labels.crime).toBe('hit');
    expect(result.labels.sensitive_data).toBe('miss');
    expect(result.points.labels).toBe(MAX_POINTS.labels / 2);
  });

  it('gives half the label points for the right label plus a false one', () => {
    const result = scoreAnswer(child(), answer({ labels: ['child_at_risk', 'crime'] }), D);
    expect(result.labels.crime).toBe('false');
    expect(result.points.labels).toBe(MAX_POINTS.labels / 2);
  });

  it('gives no label points when the only marked label is wrong', () => {
    const result = scoreAnswer(child(), answer({ labels: ['criticism'] }), D);
    expect(result.labels.child_at_risk).toBe('miss');
    expect(result.labels.criticism).toBe('false');
    expect(result.points.labels).toBe(0);
  });
});

describe('scoreAnswer: urgency', () => {
  it('gives full points for the right urgency, half for one step off and none for two', () => {
    const points = (urgency: Urgency) => scoreAnswer(child(), answer({ urgency }), D).urgency;
    expect(points('high')).toEqual({ expected: 'high', given: 'high', distance: 0 });
    expect(scoreAnswer(child(), answer({ urgency: 'normal' }), D).points.urgency).toBe(MAX_POINTS.urgency / 2);
    expect(scoreAnswer(child(), answer({ urgency: 'acute' }), D).points.urgency).toBe(MAX_POINTS.urgency / 2);
    expect(scoreAnswer(child(), answer({ urgency: 'none' }), D).points.urgency).toBe(0);
    expect(points('none').distance).toBe(2);
    expect(scoreAnswer(crisis, crisisAnswer({ urgency: 'normal' }), D).points.urgency).toBe(0);
    expect(scoreAnswer(crisis, crisisAnswer({ urgency: 'none' }), D).points.urgency).toBe(0);
  });

  it('reads an unknown urgency as none', () => {
    const result = scoreAnswer(child(), answer({ urgency: 'urgent' as Urgency }), D);
    expect(result.urgency.given).toBe('none');
    expect(result.points.urgency).toBe(0);
  });
});

describe('scoreAnswer: critical misses', () => {
  it('does not pass an acute case answered as merely high, however high the score', () => {
    const result = scoreAnswer(crisis, crisisAnswer({ urgency: 'high' }), D);
    expect(result.score).toBeGreaterThanOrEqual(PASS_SCORE);
    expect(result.critical).toEqual(['missed-acute']);
    expect(result.passed).toBe(false);
  });

  it('does not pass an acute case without the 112 step', () => {
    const result = scoreAnswer(crisis, crisisAnswer({ steps: ['reply', 'refer', 'follow_up'] }), D);
    expect(result.score).toBeGreaterThanOrEqual(PASS_SCORE);
    expect(result.critical).toEqual(['missed-112']);
    expect(result.passed).toBe(false);
  });

  it('does not pass a child at risk without the report of concern', () => {
    const result = scoreAnswer(child(), answer({ steps: ['reply', 'refer', 'follow_up'] }), D);
    expect(result.score).toBeGreaterThanOrEqual(PASS_SCORE);
    expect(result.critical).toEqual(['missed-concern-report']);
    expect(result.passed).toBe(false);
  });

  it('lists every critical miss at once', () => {
    const acuteChild = scenario({ labels: ['child_at_risk'], urgency: 'acute', steps: ['reply', 'refer', 'call_112', 'concern_report', 'follow_up'], referTo: ['emergency'] });
    const result = scoreAnswer(acuteChild, { labels: ['child_at_risk'], urgency: 'high', steps: ['reply', 'refer', 'follow_up'], referChannels: ['larm-112'], reply: CHILD_REPLY }, D);
    expect(result.critical).toEqual(['missed-acute', 'missed-112', 'missed-concern-report']);
  });

  it('marks no critical miss on a case that needs no 112 or report of concern', () => {
    const result = scoreAnswer(crimeAndData, { labels: [], urgency: 'none', steps: [], referChannels: [], reply: '' }, D);
    expect(result.critical).toEqual([]);
    expect(result.passed).toBe(false);
  });
});

describe('scoreAnswer: referral', () => {
  it('judges a right channel open at the hour as right (mottagningsgruppen, Tuesday 10:00)', () => {
    expect(stockholmTime(whenToInstant(TUE_1000)).weekday).toBe(2);
    const result = scoreAnswer(child(TUE_1000), answer({ referChannels: ['mottagningsgruppen'] }), D);
    expect(result.referral).toEqual({ needed: true, right: true, channels: [{ channelId: 'mottagningsgruppen', verdict: 'right', state: 'open' }] });
    expect(result.points.steps).toBe(MAX_POINTS.steps);
  });

  it('judges the same channel on Saturday 23:00 as closed, and gives the refer step half credit', () => {
    expect(stockholmTime(whenToInstant(SAT_2300)).weekday).toBe(6);
    const saturday = child(SAT_2300);
    const closed = scoreAnswer(saturday, answer({ referChannels: ['mottagningsgruppen'] }), D);
    expect(closed.referral.channels).toEqual([{ channelId: 'mottagningsgruppen', verdict: 'closed', state: 'closed' }]);
    expect(closed.referral.right).toBe(false);

    const right = scoreAnswer(saturday, answer({ referChannels: ['socialjouren'] }), D);
    expect(right.referral.channels[0]).toMatchObject({ channelId: 'socialjouren', verdict: 'right' });
    expect(right.points.steps).toBe(MAX_POINTS.steps);
    const notReferred = scoreAnswer(saturday, answer({ steps: CHILD_STEPS.filter((s) => s !== 'refer'), referChannels: [] }), D);
    // Half credit: halfway between referring right and not ticking the step at all.
    expect(notReferred.points.steps).toBeLessThan(MAX_POINTS.steps);
    expect(closed.points.steps).toBeCloseTo((right.points.steps + notReferred.points.steps) / 2, 10);
  });

  it('accepts the reception team over lunch when it answers again soon, but not when someone is in danger now', () => {
    const lunch = '2026-03-10T12:20';
    const result = scoreAnswer(child(lunch), answer({ referChannels: ['mottagningsgruppen'] }), D);
    expect(result.referral.channels).toEqual([{ channelId: 'mottagningsgruppen', verdict: 'right', state: 'closed', reopens: '13:00' }]);
    const acute = scenario({ labels: ['child_at_risk'], urgency: 'acute', steps: ['reply', 'refer', 'call_112', 'concern_report', 'follow_up'], referTo: ['child_concern', 'emergency'] }, { when: lunch });
    expect(scoreAnswer(acute, answer({ referChannels: ['mottagningsgruppen'] }), D).referral.channels[0]).toMatchObject({ verdict: 'closed' });
  });

  it('judges a channel of another purpose as wrong, and the referral as not right', () => {
    const result = scoreAnswer(child(), answer({ referChannels: ['polisen'] }), D);
    expect(result.referral.channels).toEqual([{ channelId: 'polisen', verdict: 'wrong', state: 'open' }]);
    expect(result.referral.right).toBe(false);
    expect(result.points.steps).toBeLessThan(MAX_POINTS.steps);
  });

  it('counts the referral right when one of several chosen channels is right', () => {
    const result = scoreAnswer(child(), answer({ referChannels: ['polisen', 'mottagningsgruppen'] }), D);
    expect(result.referral.channels.map((c) => c.verdict)).toEqual(['wrong', 'right']);
    expect(result.referral.right).toBe(true);
  });

  it('ignores channel ids the directory does not have', () => {
    const result = scoreAnswer(child(), answer({ referChannels: ['finns-inte'] }), D);
    expect(result.referral.channels).toEqual([]);
    expect(result.referral.right).toBe(false);
  });

  it('never counts a referral right when the scenario needs none', () => {
    const result = scoreAnswer(lookalike, { labels: [], urgency: 'none', steps: [], referChannels: ['mottagningsgruppen'], reply: '' }, D);
    expect(result.referral.needed).toBe(false);
    expect(result.referral.right).toBe(false);
  });

  it('offers only public channels to refer to', () => {
    const ids = referableChannels(D).map((c) => c.id);
    expect(ids).toContain('mottagningsgruppen');
    expect(ids.some((id) => id.startsWith('chef-'))).toBe(false);
  });
});

describe('scoreAnswer: steps', () => {
  it('takes points for a missing step and for an extra one', () => {
    const missing = scoreAnswer(child(), answer({ steps: ['reply', 'refer', 'concern_report'] }), D);
    expect(missing.steps.find((s) => s.step === 'follow_up')).toEqual({ step: 'follow_up', expected: true, ticked: false });
    expect(missing.points.steps).toBeLessThan(MAX_POINTS.steps);
    const extra = scoreAnswer(child(), answer({ steps: [...CHILD_STEPS, 'police_report'] }), D);
    expect(extra.steps.find((s) => s.step === 'police_report')).toEqual({ step: 'police_report', expected: false, ticked: true });
    expect(extra.points.steps).toBeLessThan(MAX_POINTS.steps);
    expect(scoreAnswer(child(), answer({ steps: [] }), D).points.steps).toBe(0);
  });

  it('gives a verdict for every step, in the guideline order', () => {
    expect(scoreAnswer(child(), answer(), D).steps.map((s) => s.step)).toEqual([...TRAINING_STEPS]);
  });
});

describe('scoreAnswer: the reply', () => {
  it('marks an empty reply as missing when one is needed, with no reply points', () => {
    for (const reply of ['', '   \n ']) {
      const result = scoreAnswer(child(), answer({ reply }), D);
      expect(result.replyMissing).toBe(true);
      expect(result.points.reply).toBe(0);
      expect(result.findings).toEqual([]);
    }
  });

  it('finds a reply that invites a private message and takes points for it', () => {
    const dm = 'Tack för att du hör av dig, vi förstår att det här känns oroande. Av sekretesskäl kan vi inte ta upp enskilda ärenden här. Ring socialtjänstens mottagningsgrupp för barn och familj på 0340-88500, eller skicka ett DM till oss.';
    const result = scoreAnswer(child(), answer({ reply: dm }), D);
    expect(result.findings).toContainEqual(expect.objectContaining({ id: 'invites-private-message', severity: 'error' }));
    expect(result.points.reply).toBeLessThan(MAX_POINTS.reply);
    expect(result.score).toBeLessThan(scoreAnswer(child(), answer(), D).score);
    expect(result.replyMissing).toBe(false);
  });

  it('checks the reply in the scenario language: a Swedish reply to an English comment is found', () => {
    const english = scenario(child().expected, { lang: 'en', comment: { author: 'Sam', text: "My neighbour's little kid screams every night and no adult seems to care. What should I do?" } });
    const result = scoreAnswer(english, answer(), D);
    expect(result.findings.map((f) => f.id)).toContain('wrong-language');
    expect(result.points.reply).toBeLessThan(MAX_POINTS.reply);
  });

  it('finds a reply that repeats one in the history', () => {
    const result = scoreAnswer(child(), answer(), D, [CHILD_REPLY]);
    expect(result.findings.map((f) => f.id)).toContain('repeats-recent-reply');
    expect(result.points.reply).toBeLessThan(MAX_POINTS.reply);
  });

  it('never goes below zero reply points, however many findings', () => {
    const awful = 'Du har helt rätt, det är skandal. Vi lovar att vi ska se till att det blir rätt. Skicka ett DM, skicka ett PM, skriv privat till oss i inbox.';
    const result = scoreAnswer(child(), answer({ reply: awful }), D);
    expect(result.findings.length).toBeGreaterThanOrEqual(4);
    expect(result.points.reply).toBe(0);
  });
});

describe('scoreAnswer: look-alikes', () => {
  it('scores 100 for a look-alike answered with nothing flagged and no reply', () => {
    const result = scoreAnswer(lookalike, { labels: [], urgency: 'none', steps: [], referChannels: [], reply: '' }, D);
    expect(result.score).toBe(100);
    expect(result.passed).toBe(true);
    expect(result.replyMissing).toBe(false);
  });

  it('takes points for flagging a look-alike', () => {
    const result = scoreAnswer(lookalike, { labels: ['child_at_risk'], urgency: 'high', steps: ['concern_report'], referChannels: [], reply: '' }, D);
    expect(result.labels.child_at_risk).toBe('false');
    expect(result.points.labels).toBe(0);
    expect(result.points.urgency).toBe(0);
    expect(result.score).toBeLessThan(PASS_SCORE);
    expect(result.passed).toBe(false);
  });
});

describe('scoreAnswer: bounds (property)', () => {
  const scenarios = [child(TUE_1000), child(SAT_2300), crisis, crimeAndData, lookalike];
  const channelIds = [...D.channels.map((c) => c.id), 'finns-inte'];
  const replies = ['', CHILD_REPLY, CRISIS_REPLY, 'skicka ett DM', 'Du har helt rätt, det är skandal.', 'Thank you, please call 112.'];
  const subset = <T>(items: readonly T[]) => fc.subarray([...items]);

  it('always scores 0..100, each part within its maximum, the score the rounded sum, and a pass only without critical misses', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios),
        subset(LABELS),
        fc.constantFrom(...URGENCIES),
        subset(TRAINING_STEPS),
        subset(channelIds),
        fc.oneof(fc.constantFrom(...replies), fc.string({ maxLength: 200 })),
        (s, labels, urgency, steps, referChannels, reply) => {
          const result = scoreAnswer(s, { labels, urgency, steps, referChannels, reply }, D);
          expect(Number.isInteger(result.score)).toBe(true);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          for (const part of Object.keys(MAX_POINTS) as (keyof typeof MAX_POINTS)[]) {
            expect(result.points[part]).toBeGreaterThanOrEqual(0);
            expect(result.points[part]).toBeLessThanOrEqual(MAX_POINTS[part]);
          }
          expect(result.score).toBe(Math.round(result.points.labels + result.points.urgency + result.points.steps + result.points.reply));
          if (result.passed) {
            expect(result.critical).toEqual([]);
            expect(result.score).toBeGreaterThanOrEqual(PASS_SCORE);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
