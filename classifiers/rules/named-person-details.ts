import type { Hit } from '../analysis';
import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['Lena Holm på trean super hela dagarna och barnen är ensamma', 'Erik Ståhl har fått försörjningsstöd i tio år', 'Maria Lindqvist slår sina barn'],
  noMatch: ['Anna Berg vann priset för bästa trädgård!', 'Tack Karin Svensson för en fin kväll'],
};

export default {
  meta: {
    id: 'named-person-details',
    label: 'sensitive_data',
    description: {
      sv: 'En privatpersons fullständiga namn tillsammans med uppgifter om hälsa, sociala förhållanden eller brott.',
      en: "A private person's full name together with health, social or crime details.",
    },
    guideline: 'SCHEMA.md: sensitive_data – a private person’s full name together with health/social-services/crime details.',
  },
  match(a) {
    const details: Hit[] = [];
    for (const concept of ['violence', 'drugs', 'narcotics', 'neglect', 'property', 'threat', 'crimeWord', 'suicidal', 'selfHarm', 'healthSocial'] as const) {
      const hit = a.hits(concept)[0];
      if (hit) details.push(hit);
    }
    if (details.length === 0) return null;
    // Names are the costly part to find, so they are looked for only when there are details.
    const names = a.personalData('full_name');
    if (names.length === 0) return null;
    // A joke about a named person exposes them just the same; fiction does not.
    return { score: 0.75 * contextFactor(a, { joke: false }), hits: [names[0]!, ...details.slice(0, 2)] };
  },
} satisfies Rule;
