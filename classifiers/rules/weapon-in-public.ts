import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['En man viftar med en kniv utanför ICA just nu!!', 'someone is walking around with a gun by the station right now, call the police'],
  noMatch: ['Köpte en ny kniv till köket idag', 'Filmen hade mycket vapen och explosioner'],
};

export default {
  meta: {
    id: 'weapon-in-public',
    label: 'crime',
    description: {
      sv: 'Någon har ett vapen och hotar eller är farlig, nu eller nyss.',
      en: 'Someone has a weapon and threatens or endangers people, now or just now.',
    },
    guideline: 'Om du får kännedom om ett pågående brott ska du hänvisa till polisen: telefonnummer 112 vid akuta ärenden.',
  },
  match(a) {
    const weapon = a.affirmed('weapon')[0];
    if (!weapon) return null;
    const now = a.hits('now')[0];
    const danger = a.hits('threat')[0] ?? (/ring polisen|call the police|viftar|skriker|hotar|waving|springer runt|shouting|yelling|threatening/u.test(a.text) ? weapon : undefined);
    if (!danger) return null;
    return { score: (now ? 0.85 : 0.6) * contextFactor(a, { question: true }), hits: [weapon, ...(now ? [now] : [])], ...(now ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
