import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** How far (in characters) the name and the accusation may stand apart. */
const REACH = 80;

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: ['Se upp för Lars Holm i trean, han är pedofil. Sprid!', 'Everyone should know that Mark Evans from the bakery is a drug dealer'],
  noMatch: ['Filmen handlar om en pedofil som grips', 'Polisen grep en misstänkt langare i centrum igår', 'Anna Lind höll ett bra tal om trygghet'],
};

export default {
  meta: {
    id: 'public-accusation',
    label: 'crime',
    description: {
      sv: 'En namngiven person pekas ut som brottsling inför alla, vilket i sig kan vara förtal.',
      en: 'A named person is publicly called a criminal, which in itself may be defamation.',
    },
    guideline: 'Om du tror/får reda på att ett brott begåtts, anmäl till polisen.',
  },
  match(a) {
    for (const accusation of a.affirmed('accusation')) {
      const name = a.personalData('full_name').find((hit) => Math.min(Math.abs(hit.start - accusation.end), Math.abs(accusation.start - hit.end)) <= REACH);
      if (name) return { score: 0.75 * contextFactor(a), hits: [name, accusation] };
    }
    return null;
  },
} satisfies Rule;
