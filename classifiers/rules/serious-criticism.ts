import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Personalen på boendet lät pappa ligga i sin egen urin hela natten',
    'skolan ignorerade alla anmälningar om mobbning i två år',
    'the care home staff left my mother without medication for days',
    'hemtjänsten glömmer gång på gång att ge henne insulin',
  ],
  noMatch: ['Snöröjningen är så dålig på vår gata', 'Tack till personalen på boendet, ni är fantastiska!', 'Tråkigt att biblioteket stänger tidigare'],
};

export default {
  meta: {
    id: 'serious-criticism',
    label: 'criticism',
    description: {
      sv: 'Allvarlig kritik mot en kommunal verksamhet: vanvård, försummelse, kränkningar eller allvarliga fel.',
      en: 'Serious criticism of a municipal service: neglect, maltreatment, misconduct or serious failure.',
    },
    guideline: 'Allvarlig kritik som framförs på sociala medier riktat mot en verksamhet ska alltid framföras till chefen för det ansvarsområdet.',
  },
  match(a) {
    for (const failure of a.affirmed('seriousFailure')) {
      // A comment names the service once and then tells what happened, often several sentences on.
      const target = a.hits('staff')[0] ?? a.hits('service')[0];
      if (!target) continue;
      const praise = a.has('praise') && !a.has('negation') ? 0.4 : 1;
      // SCHEMA.md: criticism describing danger that is still going on is high.
      const ongoing = a.hits('ongoing')[0] ?? a.near(failure, 'rightNow', 80);
      return {
        score: 0.75 * praise * contextFactor(a, { question: true }),
        hits: [failure, target],
        ...(ongoing ? { urgency: 'high' as const } : {}),
      };
    }
    return null;
  },
} satisfies Rule;
