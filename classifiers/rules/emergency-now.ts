import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'min pappa ligger på golvet och andas inte, hemtjänsten svarar inte!!',
    'det brinner i trapphuset på Ängsvägen',
    'my grandmother collapsed and is not responding',
  ],
  noMatch: ['Bra övning med räddningstjänsten idag om vad man gör när det brinner', 'Filmen slutade med att han svimmade 😅'],
};

export default {
  meta: {
    id: 'emergency-now',
    label: 'crisis',
    description: {
      sv: 'Fara för liv eller hälsa nu: någon andas inte, blöder, brinner inne eller är försvunnen.',
      en: 'Danger to life or health now: someone is not breathing, bleeding, trapped by fire or missing.',
    },
    guideline: 'Om du får kännedom om ett pågående brott ska du hänvisa till polisen: telefonnummer 112 vid akuta ärenden.',
  },
  match(a) {
    const hit = a.affirmed('emergency')[0];
    if (!hit) return null;
    // Thanks afterwards ("vi var utan ström ... tack till alla") is over, not an emergency.
    // "Finns det sjukvårdare här??" after an emergency is a call for help, not a general question.
    const factor = contextFactor(a) * (a.has('praise') ? 0.5 : 1);
    return { score: 0.85 * factor, hits: [hit], ...(factor > 0.5 ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
