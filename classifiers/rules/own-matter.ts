import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Min ansökan om bostadsanpassning har legat sedan mars, när får jag svar?',
    'vi fick avslag på försörjningsstödet och nu är kylen tom',
    'my caseworker has not called me back in three weeks',
    'varför har min handläggarn slutat svara på mejl',
    'mamma har väntat på plats på äldreboende i ett år',
  ],
  noMatch: ['Hur ansöker man om försörjningsstöd?', 'Bra att kommunen satsar på hemtjänsten', 'Vilka öppettider har växeln?'],
};

export default {
  meta: {
    id: 'own-matter',
    label: 'individual_case',
    description: {
      sv: 'Den som skriver tar upp sitt eget (eller en anhörigs) ärende hos kommunen.',
      en: 'The writer brings up their own (or a relative’s) matter with the municipality.',
    },
    guideline: 'Individärenden får aldrig diskuteras i sociala medier, eftersom det skulle innebära att sekretessen bröts.',
  },
  match(a) {
    // Negation does not undo a person's own matter: "ni har inte svarat på min ansökan" is still one.
    const own = a.hits('ownMatter')[0];
    if (own) {
      const possessive = /^(?:min|mitt|mina|var|vart|vara|my|our)\b/u.test(own.text);
      const factor = possessive ? contextFactor(a, { joke: true, news: false, fiction: true }) : contextFactor(a, { question: true, news: false });
      // Thanks for a matter handled well is not a matter to handle.
      const praise = a.has('praise') && !a.has('seriousFailure') && !a.has('despair') ? 0.5 : 1;
      return { score: 0.82 * factor * praise, hits: [own] };
    }
    for (const relative of a.hits('relative')) {
      const service = a.near(relative, 'service', 200);
      const caseTerm = a.near(relative, 'caseTerm', 200);
      if (service && caseTerm) return { score: 0.7 * contextFactor(a, { question: true, news: false }), hits: [relative, service, caseTerm] };
    }
    // A relative of the writer harmed or failed by staff: the parent's or child's own matter (SCHEMA.md).
    // Only "min son", "vår mamma": a bare "pappa" may be anyone's, and "min granne" is no relative.
    for (const relative of a.hits('relative')) {
      if (!/^(?:min|mitt|mina|var|vart|vara|my|our)(?![\p{L}])/u.test(relative.text)) continue;
      const staff = a.near(relative, 'staff', 200);
      if (!staff) continue;
      const harm = (['violence', 'seriousFailure', 'harmToPeople', 'neglect'] as const)
        .map((concept) => a.near(relative, concept, 80))
        .find((hit) => hit !== undefined && !a.isNegated(hit));
      if (harm) return { score: 0.65 * contextFactor(a, { question: true, news: false }), hits: [relative, staff, harm] };
    }
    for (const self of a.hits('self')) {
      const service = a.inSentence(self.sentence, 'service');
      const trouble = a.affirmed('homeless')[0] ?? a.affirmed('deepDespair')[0];
      if (service && trouble) return { score: 0.6 * contextFactor(a, { question: true, news: false }), hits: [self, service, trouble] };
    }
    for (const self of a.hits('self')) {
      const service = a.inSentence(self.sentence, 'service');
      const caseTerm = a.inSentence(self.sentence, 'caseTerm');
      if (service && caseTerm) return { score: 0.6 * contextFactor(a, { question: true, news: false }), hits: [self, service, caseTerm] };
    }
    return null;
  },
} satisfies Rule;
