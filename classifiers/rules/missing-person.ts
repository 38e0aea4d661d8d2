import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Har någon sett min pappa? Han gick ut för fyra timmar sen och har demens',
    'min syster har inte kommit hem och mobilen är avstängd, hon mår så dåligt',
    'has anyone seen my son, 14, he went missing after school',
  ],
  noMatch: ['Har någon sett min katt? Grå och vit, svarar på Misse', 'Filmen handlar om en flicka som försvann 1987'],
};

export default {
  meta: {
    id: 'missing-person',
    label: 'crisis',
    description: {
      sv: 'Någon är försvunnen eller går inte att nå, och det kan vara fara för livet.',
      en: 'Someone is missing or cannot be reached, and life may be in danger.',
    },
    guideline: 'Hantera frågan omgående, prioritera bort annat: varje minut kan vara viktig. Vid akuta ärenden: 112.',
  },
  match(a) {
    const missing = a.affirmed('missing')[0];
    if (!missing) return null;
    const person = a.near(missing, 'relative', 120) ?? a.near(missing, 'child', 120) ?? a.near(missing, 'pointedOut', 120) ?? a.personalData('full_name')[0];
    if (!person) return null;
    const factor = contextFactor(a);
    return { score: 0.8 * factor, hits: [missing, person], ...(factor > 0.5 ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
