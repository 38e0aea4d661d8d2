import type { Hit } from '../analysis';
import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Killen på trean misshandlar sin sambo, vi hör allt genom väggen',
    'min ex knuffade mig in i väggen igår',
    'he punched my son outside the school',
    'han slår henne just nu, hör skriken',
  ],
  noMatch: [
    'ingen har slagit mig, jag ramlade bara',
    'filmen handlade om en man som misshandlar sin fru',
    'Tingsrätten dömde mannen för misshandel',
  ],
};

export default {
  meta: {
    id: 'violence-against-person',
    label: 'crime',
    description: {
      sv: 'Någon beskriver våld mot en verklig person.',
      en: 'Someone describes violence against a real person.',
    },
    guideline: 'Om du tror/får reda på att ett brott begåtts, anmäl till polisen.',
  },
  match(a) {
    for (const harm of a.affirmed('violence')) {
      const target: Hit | undefined =
        a.near(harm, 'pointedOut') ?? a.near(harm, 'relative') ?? a.near(harm, 'self') ?? a.near(harm, 'child') ?? a.near(harm, 'homeCarer');
      if (!target) continue;
      const now = a.near(harm, 'rightNow', 80);
      const score = 0.8 * contextFactor(a, { sport: true });
      return { score, hits: [harm, target], ...(now ? { urgency: 'acute' as const } : {}) };
    }
    return null;
  },
} satisfies Rule;
