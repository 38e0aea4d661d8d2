import type { Hit } from '../analysis';
import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Ni visste om felet i fyra dagar och nu ligger tre äldre på sjukhus. Hemtjänsten är underbemannad sedan i våras',
    'Boendet har en person på natten för 20 boende och flera har legat i sitt eget urin. Ledningen vet men gör inget',
    'the school knew about the broken gate for months and now a child got hit by a car',
  ],
  noMatch: ['Skolan har nya öppettider från måndag', 'Mormor ramlade i trappan hemma men är på bättringsväg, tack hemtjänsten för snabb hjälp!'],
};

export default {
  meta: {
    id: 'people-harmed-by-service',
    label: 'criticism',
    description: {
      sv: 'En verksamhet pekas ut för att människor i dess vård har kommit till skada eller utsatts för risk, och ingen tar ansvar.',
      en: 'A service is blamed for people in its care coming to harm or being put at risk, with nobody taking responsibility.',
    },
    guideline: 'Allvarlig kritik som framförs på sociala medier riktat mot en verksamhet ska alltid framföras till chefen för det ansvarsområdet.',
  },
  match(a) {
    const target = a.hits('staff')[0] ?? a.hits('service')[0];
    if (!target) return null;
    // Theft or violence by staff counts as harm done by the service (SCHEMA.md: crime by staff is also criticism).
    // A facility's name ("Solgården") says where, not who: the staff must be the ones who did it.
    const byStaff = (hit: Hit) =>
      a
        .hits('staff')
        .find(
          (staff) =>
            !/(?:garden|hemmet)$/u.test(staff.text) &&
            (staff.sentence === hit.sentence || Math.min(Math.abs(staff.start - hit.end), Math.abs(hit.start - staff.end)) <= 120),
        );
    const harm = a.affirmed('harmToPeople')[0] ?? a.affirmed('violence').find(byStaff) ?? a.affirmed('property').find(byStaff);
    const blame = a.affirmed('accountability')[0];
    // Blame alone ("ni borde skämmas") is ordinary political anger; harm to someone makes it serious.
    if (!harm) return null;
    // Thanks beside a mishap ("tack för snabb hjälp") is gratitude, not criticism, unless someone is blamed.
    const praise = a.has('praise') && !blame ? 0.4 : 1;
    const ongoing = a.hits('ongoing')[0] ?? a.hits('rightNow')[0];
    // Harm and blame together are serious criticism; either alone is, when it is said about a service.
    const base = harm && blame ? 0.75 : 0.55;
    return {
      score: base * praise * contextFactor(a, { question: true }),
      hits: [harm, blame, target].filter((hit) => hit !== undefined),
      ...(ongoing ? { urgency: 'high' as const } : {}),
    };
  },
} satisfies Rule;
