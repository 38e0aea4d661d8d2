import { describe, expect, it } from 'vitest';
import { LABELS, URGENCIES } from '../../classifiers/types';
import { VARBERG_DIRECTORY } from '../../responses/directory';
import { builtInScenarios, SCENARIO_FILES } from './library';
import { modelReplies, scenarioReferral } from './models';
import { referralReachable } from './reachability';
import { scoreAnswer } from './scoring';

describe('the built-in scenario library', () => {
  const scenarios = builtInScenarios();

  it('has at least 60 valid scenarios with unique ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it('covers every label, every urgency, combined labels, look-alikes, English and both platforms', () => {
    for (const label of LABELS) expect(scenarios.some((s) => s.expected.labels.includes(label)), label).toBe(true);
    for (const urgency of URGENCIES) expect(scenarios.filter((s) => s.expected.urgency === urgency).length, urgency).toBeGreaterThanOrEqual(4);
    expect(scenarios.filter((s) => s.expected.labels.length >= 2).length).toBeGreaterThanOrEqual(10);
    expect(scenarios.filter((s) => s.expected.labels.length === 0).length).toBeGreaterThanOrEqual(8);
    expect(scenarios.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(6);
    expect(scenarios.filter((s) => s.platform === 'instagram').length).toBeGreaterThanOrEqual(10);
    for (const level of [1, 2, 3]) expect(scenarios.filter((s) => s.level === level).length, `level ${level}`).toBeGreaterThanOrEqual(10);
  });

  it('gives every scenario a referral the trainee can get right at its hour', () => {
    for (const scenario of scenarios.filter((s) => s.expected.referTo.length > 0)) {
      expect(referralReachable(scenario, VARBERG_DIRECTORY), `${scenario.id} at ${scenario.when}`).toBe(true);
    }
  });

  it('scores its own model answer 100: the model replies agree with the scoring on every scenario', () => {
    for (const scenario of scenarios) {
      const referChannels = scenarioReferral(scenario, VARBERG_DIRECTORY).channels.map((c) => c.channel.id);
      if (scenario.expected.referTo.length > 0) expect(referChannels.length, scenario.id).toBeGreaterThan(0);
      const replies = modelReplies(scenario, VARBERG_DIRECTORY, [], 3);
      expect(replies.length, scenario.id).toBe(scenario.expected.labels.length > 0 ? 2 : 0);
      for (const reply of replies.length > 0 ? replies.map((r) => r.text) : ['']) {
        const { labels, urgency, steps } = scenario.expected;
        const scoring = scoreAnswer(scenario, { labels, urgency, steps, referChannels, reply }, VARBERG_DIRECTORY);
        expect({ id: scenario.id, score: scoring.score, findings: scoring.findings.map((f) => f.id) }, reply).toEqual({ id: scenario.id, score: 100, findings: [] });
        expect(scoring.passed).toBe(true);
      }
    }
  });

  it('keeps each file a list, so one broken file cannot hide in another', () => {
    for (const [name, file] of Object.entries(SCENARIO_FILES)) expect(Array.isArray(file), name).toBe(true);
  });
});
