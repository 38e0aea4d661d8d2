import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'jag har sparat pillren länge och ikväll tar jag alla',
    'har skrivit avskedsbrev till barnen. i natt tar jag bilen ut till bron',
    'the rope is ready. tonight when everyone is asleep. nobody will miss me',
  ],
  noMatch: ['glöm inte att ta dina tabletter ikväll mamma', 'Tack för allt ni gjort i år, vi ses i januari!', 'jag tar tåget hem ikväll efter jobbet'],
};

export default {
  meta: {
    id: 'suicide-plan',
    label: 'crisis',
    description: {
      sv: 'Ett medel och en tidpunkt, eller ett avsked: tecken på en plan att ta sitt liv, även utan orden.',
      en: 'A means and a time, or a farewell: signs of a plan to end one’s life, even without the words.',
    },
    guideline: 'Bekräfta personen och visa empati, framför allt om det är en person i kris. Hantera frågan omgående; akut: 112.',
  },
  match(a) {
    const means = a.affirmed('means')[0];
    const farewell = a.affirmed('farewell')[0];
    const time = a.hits('now')[0];
    // Means are everyday words (tåget, tabletter, bron): they count only beside despair or a farewell,
    // so "jag tar tåget hem ikväll" stays a train trip.
    const despair = a.affirmed('deepDespair')[0] ?? a.affirmed('despair')[0] ?? a.affirmed('suicidal')[0];
    // Pills, a rope or a gun set aside by the writer are a plan even unsaid.
    const strong = means && /tablett|pill|rep|rope|gevar|rifle|pistol|gun|sprut/u.test(means.text) && a.has('self');
    const plan = means && time && (farewell ?? despair ?? (strong ? means : undefined));
    if (!plan && !(farewell && time && a.has('self'))) return null;
    if (farewell && !means && a.has('praise')) return null;
    const factor = contextFactor(a);
    const hits = [means, farewell, time].filter((hit) => hit !== undefined);
    return { score: 0.85 * factor, hits, ...(factor > 0.5 ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
