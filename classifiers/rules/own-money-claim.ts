import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Vi har fått dubbla fakturor för sophämtningen sedan oktober, vem rättar det?',
    'fick aldrig lönen för sista veckan på feriejobbet',
    'Your snowplough broke our fence and we sent receipts. When do we get compensated?',
  ],
  noMatch: ['Hur mycket är avgiften för förskolan i år?', 'Bra att avgifterna för fritids sänks!', 'Lönerna i kommunen borde höjas'],
};

export default {
  meta: {
    id: 'own-money-claim',
    label: 'individual_case',
    description: {
      sv: 'Den som skriver tar upp en egen faktura, avgift, lön eller ersättning från kommunen.',
      en: 'The writer raises their own invoice, fee, pay or compensation from the municipality.',
    },
    guideline: 'SCHEMA.md: a person’s own claim or matter with the municipality (a compensation claim, an invoice, unpaid wages) is an individual case.',
  },
  match(a) {
    const claim = a.affirmed('moneyClaim')[0] ?? a.hits('moneyClaim')[0];
    if (!claim) return null;
    // Comments often leave out the subject: "fick aldrig lönen", "got billed twice".
    const received = /(?:fick|fatt|far|got|get|received)(?: \p{L}+){0,2} ?$/u.test(a.text.slice(Math.max(0, claim.start - 30), claim.start));
    const owner = a.near(claim, 'self', 80) ?? a.near(claim, 'relative', 80) ?? (received ? claim : undefined);
    if (!owner) return null;
    const praise = a.has('praise') && !a.has('seriousFailure') ? 0.5 : 1;
    return { score: 0.65 * praise * contextFactor(a, { question: true, news: false }), hits: [claim, owner] };
  },
} satisfies Rule;
