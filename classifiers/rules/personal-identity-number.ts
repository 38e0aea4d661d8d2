import type { Rule, RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['Hennes personnummer är 811218-9876, kolla själva', 'ärendet gäller 19811218-9876', 'samordningsnr 701063-2391'],
  noMatch: ['Ärendenummer 2024-1234', 'ring 0340-88 500', 'beställningsnummer 811218-9877'],
};

export default {
  meta: {
    id: 'personal-identity-number',
    label: 'sensitive_data',
    description: {
      sv: 'Ett giltigt personnummer eller samordningsnummer.',
      en: 'A valid Swedish personal identity or coordination number.',
    },
    guideline: 'SCHEMA.md: sensitive_data – the comment discloses a personnummer.',
  },
  match(a) {
    const hits = a.personalData('personal_identity_number');
    return hits.length > 0 ? { score: 0.97, hits } : null;
  },
} satisfies Rule;
