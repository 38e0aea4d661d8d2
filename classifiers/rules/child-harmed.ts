import type { Hit } from '../analysis';
import { contextFactor, type Rule, type RuleExamples } from '../rule';

/** How close (in characters) a child and the harm must stand when not in one sentence. */
const REACH = 100;

/** Comments that must and must not trigger the rule (rules.test.ts); kept out of the shipped bundle. */
export const examples: RuleExamples = {
  match: [
    'Grannens ungar är ensamma hemma hela helgerna och har ingen mat',
    'hon drämmer till sin dotter när hon tror att ingen ser',
    'pappan är full varje kväll och sonen på fem år får klara sig själv',
    'the kids next door are left alone at night and look hungry',
    'min systers bebis har blåmärken på armarna igen',
  ],
  noMatch: [
    'Ingen slår barnen, det är bara rykten',
    'Barnen hade så kul på utflykten idag!',
    'läste i tidningen att en pappa dömdes för misshandel av sin son',
    'hur många barn lever i fattigdom i kommunen?',
  ],
};

export default {
  meta: {
    id: 'child-harmed',
    label: 'child_at_risk',
    description: {
      sv: 'Ett barn nämns tillsammans med våld, försummelse eller droger.',
      en: 'A child is mentioned together with violence, neglect or drugs.',
    },
    guideline: 'Om du tror/får reda på att ett barn far illa, anmäl till socialtjänsten.',
  },
  match(a) {
    const harms: Hit[] = a.affirmedAny(['violence', 'neglect', 'drugs', 'narcotics', 'harassment', 'missing']);
    let best: { score: number; hits: Hit[] } | null = null;
    for (const harm of harms) {
      const child = a.near(harm, 'child', REACH);
      if (!child || a.isNegated(child)) continue;
      const carer = a.near(harm, 'homeCarer', REACH) ?? a.near(harm, 'pointedOut', REACH);
      const base = harm.concept === 'drugs' ? (carer ? 0.7 : 0.4) : harm.concept === 'narcotics' ? 0.7 : 0.85;
      if (!best || base > best.score) best = { score: base, hits: [child, harm] };
    }
    if (!best) return null;
    const harm = best.hits[1]!;
    // Thanks and pride ("tusen tack till simlärarna") frame a good story, not a child in danger.
    const score = best.score * contextFactor(a, { sport: harm.concept === 'violence' }) * (a.has('praise') ? 0.5 : 1);
    // Danger now: it is happening, the child is missing, or alone somewhere a child can die.
    // A child who ran away from home is high; a child missing without a trace is acute.
    const missingNow = harm.concept === 'missing' && !/^(?:rym|ran away|runaway)/u.test(harm.text);
    const acute = Boolean(a.near(harm, 'rightNow', 80)) || missingNow || (harm.concept === 'neglect' && a.has('dangerPlace'));
    return { score, hits: best.hits, ...(acute ? { urgency: 'acute' as const } : {}) };
  },
} satisfies Rule;
