import type { Rule, RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['Han bor på Lingongränd 4B, alla vet det', 'the family at Birch Street 12 leaves the kids alone'],
  noMatch: ['Vägen till badplatsen är avstängd', 'Stadshuset ligger vid torget'],
};

export default {
  meta: {
    id: 'home-address',
    label: 'sensitive_data',
    description: {
      sv: 'En gatuadress med nummer som pekar ut var en privatperson bor.',
      en: 'A street address with a number that points out where a private person lives.',
    },
    guideline: 'SCHEMA.md: sensitive_data – the comment discloses a home address.',
  },
  match(a) {
    const hits = a.personalData('street_address');
    if (hits.length === 0) return null;
    const person = a.near(hits[0]!, 'pointedOut', 80) ?? a.near(hits[0]!, 'self', 80) ?? a.near(hits[0]!, 'child', 80);
    // An address alone is usually a venue; it points out a private person only with a person beside it.
    return { score: person ? 0.8 : 0.4, hits: person ? [...hits, person] : hits };
  },
} satisfies Rule;
