import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['han säger att han dödar mig om jag går, jag är så rädd', 'if I go back they will kill me, I have nowhere to go'],
  noMatch: ['mamma dödar mig om jag kommer hem sent haha', 'jag är rädd för spindlar'],
};

export default {
  meta: {
    id: 'fear-for-life',
    label: 'crisis',
    description: {
      sv: 'Den som skriver är rädd för sitt liv: hotad till livet eller utan skydd.',
      en: 'The writer fears for their life: threatened with death or without protection.',
    },
    guideline: 'Bekräfta personen och visa empati, framför allt om det är en person i kris. Hantera frågan omgående.',
  },
  match(a) {
    const threat = a.affirmed('threat').find((hit) => /(?:mig|me)(?![\p{L}])/u.test(a.text.slice(hit.start, hit.end + 5)));
    if (!threat) return null;
    const fear = a.affirmed('fear')[0] ?? a.affirmed('homeless')[0] ?? a.affirmed('deepDespair')[0] ?? a.affirmed('despair')[0];
    const score = (fear ? 0.8 : 0.55) * contextFactor(a);
    const now = a.hits('rightNow')[0] ?? a.hits('atTheDoor')[0];
    return { score, hits: fear ? [threat, fear] : [threat], ...(now ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
