import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'jag är 14 och pappa slår mig när han druckit',
    'jag går i åttan och vågar inte gå hem ikväll',
    "i'm 13 and my mom's boyfriend hits me",
    'jag e 15 o mina föräldrar super hela tiden, ingen mat hemma',
    'pappa är full och slår sönder saker, jag och lillebror har gömt oss under sängen',
  ],
  noMatch: ['jag är 14 och älskar fritidsgården!', 'Jag är 16 och söker sommarjobb, hur gör jag?'],
};

export default {
  meta: {
    id: 'young-writer-unsafe',
    label: 'child_at_risk',
    description: {
      sv: 'En ung person skriver om att inte vara trygg hemma.',
      en: 'A young person writes about not being safe at home.',
    },
    guideline: 'Oavsett om den som hör av sig själv befinner sig i en viss situation eller om det gäller någon annan (till exempel ett barn).',
  },
  match(a) {
    // Hiding at home together with a little brother or sister: the writer is most likely a child too.
    const hiding = a.affirmed('hiding')[0];
    const young = a.hits('youngWriter')[0] ?? (hiding ? a.near(hiding, 'littleSibling', 60) : undefined);
    if (!young) return null;
    const harm = a.affirmedAny(['violence', 'neglect', 'drugs', 'fear', 'threat', 'harassment', 'selfHarm'])[0];
    if (!harm) return null;
    return { score: 0.85 * contextFactor(a), hits: [young, harm] };
  },
} satisfies Rule;
