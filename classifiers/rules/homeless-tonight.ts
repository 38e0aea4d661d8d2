import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['vi blev vräkta idag och har ingenstans att sova i natt med barnen', 'I have been sleeping in my car for a week'],
  noMatch: ['Hur många hemlösa finns det i kommunen enligt statistiken?', 'Bra initiativ med härbärget!'],
};

export default {
  meta: {
    id: 'homeless-tonight',
    label: 'crisis',
    description: { sv: 'Någon står utan tak över huvudet.', en: 'Someone has no roof over their head.' },
    guideline: 'Bekräfta personen och visa empati, framför allt om det är en person i kris.',
  },
  match(a) {
    const hit = a.affirmed('homeless')[0];
    if (!hit) return null;
    const who = a.near(hit, 'self', 60) ?? a.near(hit, 'relative') ?? a.near(hit, 'pointedOut');
    // "Blev utslängd idag, ingenstans att sova i natt": the writer, without saying "jag".
    const tonight = a.hits('now')[0];
    if (!who && !tonight) return null;
    // "Vart ska man ta vägen i natt?" is a cry for help, not a general question.
    return { score: (who ? 0.8 : 0.65) * contextFactor(a), hits: [hit, ...(who ? [who] : []), ...(tonight ? [tonight] : [])] };
  },
} satisfies Rule;
