import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Det langas knark bakom fritidsgården varje kväll',
    'grannen säljer gräs från lägenheten, folk kommer och går hela natten',
    'there are guys dealing drugs by the school gate',
  ],
  noMatch: ['Bra föreläsning om narkotika för föräldrar!', 'Hur många unga använder droger i Sverige enligt statistiken?'],
};

export default {
  meta: {
    id: 'narcotics',
    label: 'crime',
    description: {
      sv: 'Narkotika som säljs eller används av en utpekad person eller på en plats.',
      en: 'Narcotics sold or used by a pointed-out person or at a place.',
    },
    guideline: 'Om du tror/får reda på att ett brott begåtts, anmäl till polisen.',
  },
  match(a) {
    const hit = a.affirmed('narcotics')[0];
    if (!hit) return null;
    const who = a.near(hit, 'pointedOut') ?? a.near(hit, 'homeCarer') ?? a.near(hit, 'self');
    const dealing = /lang|saljer|saljs|dealing|dealer|selling|handel/u.test(hit.text) || /saljer|langas|deal/u.test(a.text);
    if (!who && !dealing) return null;
    return { score: (dealing ? 0.8 : 0.6) * contextFactor(a, { question: true }), hits: who ? [hit, who] : [hit] };
  },
} satisfies Rule;
