// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '../../classifiers/classify';
import { detectLanguage } from '../../classifiers/language';
import type { Label, Urgency } from '../../classifiers/types';
import { VARBERG_DIRECTORY } from '../../responses/directory';
import type { Purpose } from '../../responses/directory-types';
import { expectedAssessment, modelReplies } from './models';
import type { Scenario, TrainingStep } from './scenario';

const D = VARBERG_DIRECTORY;
const TUE_1000 = '2026-03-10T10:00';
const SAT_2300 = '2026-03-14T23:00';
const SEEDS = [undefined, 1, 2, 3, 42, 20260310];

function scenario(labels: Label[], urgency: Urgency, steps: TrainingStep[], referTo: Purpose[], extra: Partial<Scenario> = {}): Scenario {
  return {
    id: 'model-test',
    level: 1,
    platform: 'facebook',
    lang: 'sv',
    when: TUE_1000,
    post: { author: 'Varbergs kommun', text: 'Nu öppnar den nya lekplatsen i Breared.' },
    comment: { author: 'Jenny Åberg', text: 'Grannens lilla barn skriker varje natt och ingen vuxen tröstar. Jag tror att barnet far illa. Vem ska jag ringa?' },
    expected: { labels, urgency, steps, referTo },
    explanation: { sv: 'Handbyggd övning.' },
    guideline: ['child'],
    ...extra,
  };
}

const child = (when: string) => scenario(['child_at_risk'], 'high', ['reply', 'refer', 'concern_report', 'follow_up'], ['child_concern', 'social_emergency'], { when });
const lookalike = scenario([], 'none', [], [], { comment: { author: 'Lisa', text: 'Vilken fin lekplats! Barnen älskar den nya rutschkanan.' }, lookalikeOf: ['child_at_risk'] });
const english = scenario(['child_at_risk'], 'high', ['reply', 'refer', 'concern_report', 'follow_up'], ['child_concern'], {
  lang: 'en',
  comment: { author: 'Sam', text: "My neighbour's little kid screams every night and no adult comforts them. I think the child is being harmed. Who should I call?" },
});

describe('modelReplies', () => {
  it('gives two different replies for a flagged scenario', () => {
    for (const seed of SEEDS) {
      const replies = modelReplies(child(TUE_1000), D, [], seed);
      expect(replies).toHaveLength(2);
      expect(replies[0]!.text).not.toBe(replies[1]!.text);
      for (const reply of replies) expect(reply.text.trim().length).toBeGreaterThan(40);
    }
  });

  it('gives no reply for a look-alike', () => {
    expect(modelReplies(lookalike, D)).toEqual([]);
  });

  it('names the reception team’s number on a Tuesday at 10:00', () => {
    for (const seed of SEEDS) {
      const replies = modelReplies(child(TUE_1000), D, [], seed);
      expect(replies.some((r) => r.text.includes('0340-88500')), `seed ${seed}`).toBe(true);
      expect(replies.some((r) => r.channels.includes('mottagningsgruppen'))).toBe(true);
    }
  });

  it('names 112 and not the closed reception team on a Saturday at 23:00', () => {
    for (const seed of SEEDS) {
      const replies = modelReplies(child(SAT_2300), D, [], seed);
      expect(replies).toHaveLength(2);
      for (const reply of replies) {
        expect(reply.text, `seed ${seed}`).toMatch(/\b112\b/u);
        expect(reply.text, `seed ${seed}`).not.toContain('0340-88500');
        expect(reply.channels).not.toContain('mottagningsgruppen');
      }
    }
  });

  it('answers an English scenario in English', () => {
    for (const seed of SEEDS) {
      for (const reply of modelReplies(english, D, [], seed)) {
        expect(reply.lang).toBe('en');
        expect(detectLanguage(reply.text), reply.text).toBe('en');
      }
    }
    for (const reply of modelReplies(child(TUE_1000), D)) {
      expect(reply.lang).toBe('sv');
      expect(detectLanguage(reply.text)).toBe('sv');
    }
  });

  it('gives the same replies for the same seed', () => {
    expect(modelReplies(child(TUE_1000), D, [], 7)).toEqual(modelReplies(child(TUE_1000), D, [], 7));
  });

  it('stays clear of replies in the history', () => {
    const first = modelReplies(child(TUE_1000), D, [], 7);
    const again = modelReplies(child(TUE_1000), D, first.map((r) => r.text), 7);
    expect(again).toHaveLength(2);
    for (const reply of again) expect(first.map((r) => r.text)).not.toContain(reply.text);
  });
});

describe('expectedAssessment', () => {
  it('carries the scenario’s labels, urgency and language, not the classifier’s guess', () => {
    const criticismScenario = scenario(['criticism'], 'normal', ['reply', 'refer', 'inform_manager', 'follow_up'], ['complaints'], {
      comment: { author: 'Bo', text: 'Hemtjänsten kommer aldrig i tid till min mamma och personalen struntar i henne. Skandal!' },
    });
    const assessment = expectedAssessment(criticismScenario);
    expect(assessment.labels).toEqual(['criticism']);
    expect(assessment.urgency).toBe('normal');
    expect(assessment.lang).toBe('sv');
    expect(assessment.actions).toContain('inform_manager');
    expect(assessment.actions).not.toContain('report_concern_child');
    for (const e of assessment.evidence) expect(e.label).toBe('criticism');
  });

  it('keeps only evidence for the scenario’s own labels', () => {
    const text = 'Någon bröt sig in i mitt förråd i natt och stal cykeln. Mitt personnummer är 19811218-9876.';
    // The classifier sees both a crime and personal data here …
    const seen = classify({ text, lang: 'sv' });
    expect(new Set(seen.evidence.map((e) => e.label))).toEqual(new Set(['crime', 'sensitive_data']));
    // … but the scenario says personal data only, so the crime evidence goes.
    const onlyData = scenario(['sensitive_data'], 'normal', ['reply', 'hide_personal_data', 'follow_up'], [], { comment: { author: 'Per', text } });
    const assessment = expectedAssessment(onlyData);
    expect(assessment.evidence.length).toBeGreaterThan(0);
    expect(assessment.evidence.every((e) => e.label === 'sensitive_data')).toBe(true);
    expect(assessment.labels).toEqual(['sensitive_data']);
  });
});
