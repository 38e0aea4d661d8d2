import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'jag orkar inte mer, allt är svart och ingen hjälper mig',
    'I cannot go on like this, I am desperate and nobody listens',
    'snälla hjälp mig jag vet inte vart jag ska vända mig, ångesten äter upp mig',
  ],
  noMatch: ['orkar inte mer med den här snöröjningen!!', 'Jag gråter av glädje, tack för allt ni gör ❤️'],
};

export default {
  meta: {
    id: 'despair',
    label: 'crisis',
    description: {
      sv: 'Den som skriver beskriver djup förtvivlan om sitt eget liv.',
      en: 'The writer describes deep despair about their own life.',
    },
    guideline: 'Utan att ta ställning i sakfrågan, bekräfta personen och visa empati, framför allt om det är en person i kris.',
  },
  match(a) {
    const despair = [...a.affirmed('deepDespair'), ...a.affirmed('despair')].filter(
      (hit) => !/^\s*(?:med|with)\b/u.test(a.text.slice(hit.end, hit.end + 6)),
    );
    if (despair.length === 0) return null;
    const first = despair[0]!;
    const deep = despair.some((hit) => hit.concept === 'deepDespair');
    // Despair is often written without a subject ("kan inte mer", "no way out"); deep despair needs
    // none, and SCHEMA.md counts another identifiable person in crisis too. Weaker words need the writer.
    const person = a.near(first, 'self', 40) ?? a.near(first, 'pointedOut', 40) ?? a.near(first, 'relative', 40);
    if (!deep && !person) return null;
    const distinct = new Set(despair.map((hit) => hit.text)).size;
    const praise = a.has('praise') ? 0.4 : 1;
    const score = (distinct >= 2 ? 0.75 : deep ? 0.6 : 0.45) * praise * contextFactor(a);
    return { score, hits: despair.slice(0, 3) };
  },
} satisfies Rule;
