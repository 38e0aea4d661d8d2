import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Någon har snott cykeln från förrådet i natt',
    'pengar har försvunnit ur mormors plånbok sen nya hemtjänsten började',
    'someone broke in to our shed last night',
    'det är två killar som bryter sig in i bilen nedanför just nu!!',
  ],
  noMatch: ['hur anmäler man ett inbrott?', 'läste att antalet inbrott minskat i Sverige', 'Inget har blivit stulet tack och lov'],
};

export default {
  meta: {
    id: 'property-crime',
    label: 'crime',
    description: {
      sv: 'Stöld, inbrott, bedrägeri eller skadegörelse som har hänt eller pågår.',
      en: 'Theft, burglary, fraud or vandalism that has happened or is happening.',
    },
    guideline: 'Om du tror/får reda på att ett brott begåtts, anmäl till polisen.',
  },
  match(a) {
    const hit = a.affirmed('property')[0];
    if (!hit) return null;
    const who = a.near(hit, 'self') ?? a.near(hit, 'relative') ?? a.near(hit, 'pointedOut');
    const score = (who ? 0.8 : 0.65) * contextFactor(a, { question: true });
    const ongoing = a.near(hit, 'rightNow', 80);
    return { score, hits: who ? [hit, who] : [hit], ...(ongoing ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
