import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Han har hotat att döda mig om jag går till polisen',
    'mitt ex förföljer mig och står utanför jobbet varje dag',
    'someone keeps harassing my daughter online',
    'ni på bygglov ska få betala för det här, jag vet var ni bor',
  ],
  noMatch: ['haha jag ska döda dig om du äter upp min glass 😂', 'Ingen har hotat mig'],
};

export default {
  meta: {
    id: 'threat-or-harassment',
    label: 'crime',
    description: {
      sv: 'Hot, trakasserier, förföljelse eller utpressning mot en verklig person.',
      en: 'Threats, harassment, stalking or blackmail against a real person.',
    },
    guideline: 'Om du får kännedom om ett pågående brott ska du hänvisa till polisen: 112 vid akuta ärenden, annars 114 14.',
  },
  match(a) {
    const hit = a.affirmed('threat')[0] ?? a.affirmed('harassment')[0];
    if (!hit) return null;
    const weapon = a.hits('weapon')[0];
    const now = a.near(hit, 'rightNow', 80) ?? a.hits('atTheDoor')[0];
    const score = 0.8 * contextFactor(a);
    return { score, hits: weapon ? [hit, weapon] : [hit], ...(now ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
