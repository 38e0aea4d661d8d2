import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'han har druckit och slår i väggarna, vi har gömt oss i sovrummet',
    'mamma skriker och kastar saker, jag har låst in mig på toa',
    "my stepdad is drunk and smashing plates, I'm hiding in my room",
  ],
  noMatch: ['vi gömde oss bakom soffan och skrattade åt filmen', 'barnen leker kurragömma, jag har gömt mig i garderoben 😂', 'I was hiding from the rain under the bridge'],
};

export default {
  meta: {
    id: 'hiding-now',
    label: 'crisis',
    description: {
      sv: 'Den som skriver gömmer sig just nu för någon som är våldsam, hotar eller är berusad.',
      en: 'The writer is hiding right now from someone who is violent, threatening or drunk.',
    },
    guideline: 'Om du får kännedom om ett pågående brott ska du hänvisa till polisen: telefonnummer 112 vid akuta ärenden.',
  },
  match(a) {
    const hiding = a.affirmed('hiding')[0];
    if (!hiding) return null;
    const danger = a.affirmedAny(['violence', 'threat', 'weapon', 'drugs'])[0];
    if (!danger) return null;
    return { score: 0.8 * contextFactor(a), hits: [hiding, danger], urgency: 'acute' };
  },
} satisfies Rule;
