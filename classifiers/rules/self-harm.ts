import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['jag har börjat skära mig igen', 'my daughter is cutting herself and I found blood on her sheets', 'hon skadar sig själv varje natt'],
  noMatch: ['skar mig på en papperskant haha', 'Föreläsning om självskadebeteende för personal'],
};

export default {
  meta: {
    id: 'self-harm',
    label: 'crisis',
    description: { sv: 'Någon skadar sig själv.', en: 'Someone is harming themself.' },
    guideline: 'Bekräfta personen och visa empati, framför allt om det är en person i kris.',
  },
  match(a) {
    const hit = a.affirmed('selfHarm')[0] ?? (/cutting (?:herself|himself)|skadar sig sjalv|skar sig/u.test(a.text) ? a.affirmed('violence')[0] : undefined);
    if (!hit) return null;
    const bleeding = a.affirmed('emergency')[0];
    return { score: 0.85 * contextFactor(a, { question: true }), hits: bleeding ? [hit, bleeding] : [hit], ...(bleeding ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
