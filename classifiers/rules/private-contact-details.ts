import type { Rule, RuleExamples } from '../rule';

/** Words that show a number or address belongs to a business or an office, not a private person. */
const PUBLIC_CONTACT = /(?:butik|affar|foretag|forening|kansli|vaxel|kundtjanst|kundservice|kontaktcent|oppet|oppettider|bokning|boka|reception|kontakta oss|info@|kommun@|linjen|dygnet runt|hemsidan|nas pa|(?<![\p{L}])ab(?![\p{L}])|bestall|forbestall|bageri|pizzeria|restaurang|cafe|kafe|vi pa |pa plats|shop|store|office|booking|order|helpline|hotline)/u;

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['ring mig på 070-123 45 67 så förklarar jag', 'hennes nummer är +46 73 555 12 34', 'maila mig på lisa.andersson88@gmail.com'],
  noMatch: ['Butiken har öppet till 18, ring 0340-123 45 för bokning', 'Kontakta kundtjänst på info@foretaget.se'],
};

export default {
  meta: {
    id: 'private-contact-details',
    label: 'sensitive_data',
    description: {
      sv: 'Ett privat telefonnummer eller en privat e-postadress.',
      en: 'A private phone number or e-mail address.',
    },
    guideline: 'SCHEMA.md: sensitive_data – a private phone number; Varberg: undvik att röja sekretessuppgifter i sociala medier.',
  },
  match(a) {
    const hits = [...a.personalData('phone'), ...a.personalData('email')].filter((hit) => !/kommun|\.se$/u.test(hit.text) || /gmail|hotmail|outlook|yahoo|icloud|live\./u.test(hit.text));
    // The business-wording test runs only when there is a number or address to judge.
    return hits.length > 0 && !PUBLIC_CONTACT.test(a.text) ? { score: 0.8, hits } : null;
  },
} satisfies Rule;
