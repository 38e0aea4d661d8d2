import { contextFactor, type Rule } from '../rule';

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
  examples: {
    match: [
      'jag har sparat pillren länge och ikväll tar jag alla',
      'har skrivit avskedsbrev till barnen. i natt tar jag bilen ut till bron',
      'the rope is ready. tonight when everyone is asleep. nobody will miss me',
    ],
    noMatch: ['glöm inte att ta dina tabletter ikväll mamma', 'Tack för allt ni gjort i år, vi ses i januari!'],
  },
  match(a) {
    const means = a.affirmed('means')[0];
    const farewell = a.affirmed('farewell')[0];
    const time = a.hits('now')[0];
    if (!(means && (time || farewell)) && !(farewell && time && a.has('self'))) return null;
    // Ordinary advice ("ta dina tabletter") is addressed to someone else; a plan is the writer's.
    if (!farewell && !a.has('self')) return null;
    if (farewell && !means && a.has('praise')) return null;
    const factor = contextFactor(a);
    const hits = [means, farewell, time].filter((hit) => hit !== undefined);
    return { score: 0.85 * factor, hits, ...(factor > 0.5 ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
