import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'jag vill inte vakna imorgon, det är ingen idé längre',
    'har samlat ihop tabletter och tänker ta dem ikväll',
    'I just want to end it all',
    'min kompis skriver att hon ska ta livet av sig',
    'sjalvmordstankar varje dag nu',
  ],
  noMatch: ['jag dör av skratt 😂', 'Viktig föreläsning om självmordsprevention på biblioteket', 'Jag vill inte dö utan att ha sett norrsken!'],
};

export default {
  meta: {
    id: 'suicidal-thoughts',
    label: 'crisis',
    description: {
      sv: 'Tankar på att dö eller ta sitt liv; akut om det finns en plan, ett medel eller en tidpunkt.',
      en: 'Thoughts of dying or suicide; acute when there is a plan, a means or a time.',
    },
    guideline: 'Bekräfta personen och visa empati, framför allt om det är en person i kris. Hantera frågan omgående.',
  },
  match(a) {
    const hit = a.affirmed('suicidal')[0];
    if (!hit) return null;
    const means = a.hits('means')[0];
    const now = a.hits('now')[0];
    const factor = contextFactor(a, { question: true });
    const acute = Boolean(means ?? now) && factor > 0.5;
    return { score: 0.92 * factor, hits: [hit, ...(means ? [means] : []), ...(now ? [now] : [])], ...(acute ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
