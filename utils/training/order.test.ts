// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Label, Urgency } from '../../classifiers/types';
import { mulberry32 } from '../../responses/random';
import { FOCUSES, matchesFocus, nextLevel, pickNext, startLevel, weakness, type Focus, type PastAttempt, type PickInput } from './order';
import type { Level, Scenario } from './scenario';

function make(id: string, level: Level, labels: Label[], extra: { urgency?: Urgency; lookalikeOf?: Label[] } = {}): Scenario {
  const urgency = extra.urgency ?? (labels.length === 0 ? 'none' : 'normal');
  return {
    id,
    level,
    platform: 'facebook',
    lang: 'sv',
    when: '2026-03-10T10:00',
    post: { author: 'Varbergs kommun', text: 'Inlägg' },
    comment: { author: 'Någon', text: `Kommentar ${id}` },
    expected: { labels, urgency, steps: [], referTo: [] },
    ...(extra.lookalikeOf ? { lookalikeOf: extra.lookalikeOf } : {}),
    explanation: { sv: 'Förklaring.' },
    guideline: ['priority'],
  };
}

function attempt(scenarioId: string, at: number, outcomes: PastAttempt['labelOutcomes'] = {}, extra: Partial<PastAttempt> = {}): PastAttempt {
  return { scenarioId, at, level: 1, passed: true, labelOutcomes: outcomes, ...extra };
}

function pick(input: Partial<PickInput> & Pick<PickInput, 'pool'>): Scenario | undefined {
  return pickNext({ focus: 'all', level: 1, asked: new Set(), history: [], random: mulberry32(1), ...input });
}

/** How often each id is picked over many draws from one seeded stream. */
function tally(input: Omit<PickInput, 'random'>, draws: number, seed = 20260310): Map<string, number> {
  const random = mulberry32(seed);
  const counts = new Map<string, number>();
  for (let i = 0; i < draws; i++) {
    const chosen = pickNext({ ...input, random });
    if (chosen) counts.set(chosen.id, (counts.get(chosen.id) ?? 0) + 1);
  }
  return counts;
}
const sum = (counts: Map<string, number>, ids: readonly string[]) => ids.reduce((total, id) => total + (counts.get(id) ?? 0), 0);

const crime = make('crime-bike', 1, ['crime']);
const crimeLookalike = make('lookalike-lost-bike', 2, [], { lookalikeOf: ['crime'] });
const child = make('child-screaming', 1, ['child_at_risk'], { urgency: 'high' });
const acuteCrisis = make('crisis-tablets', 3, ['crisis'], { urgency: 'acute' });
const criticism = make('criticism-care', 1, ['criticism']);
const praise = make('lookalike-praise', 1, [], { lookalikeOf: ['criticism'] });
const LIBRARY = [crime, crimeLookalike, child, acuteCrisis, criticism, praise];

describe('matchesFocus', () => {
  it('matches everything on "all"', () => {
    for (const s of LIBRARY) expect(matchesFocus(s, 'all'), s.id).toBe(true);
  });

  it('includes a label’s look-alikes in a focus on that label, and nothing else', () => {
    expect(LIBRARY.filter((s) => matchesFocus(s, 'crime')).map((s) => s.id)).toEqual(['crime-bike', 'lookalike-lost-bike']);
    expect(LIBRARY.filter((s) => matchesFocus(s, 'criticism')).map((s) => s.id)).toEqual(['criticism-care', 'lookalike-praise']);
    expect(LIBRARY.filter((s) => matchesFocus(s, 'sensitive_data'))).toEqual([]);
  });

  it('matches scenarios with several labels on each of them', () => {
    const both = make('child-and-crime', 2, ['child_at_risk', 'crime']);
    expect(matchesFocus(both, 'child_at_risk')).toBe(true);
    expect(matchesFocus(both, 'crime')).toBe(true);
    expect(matchesFocus(both, 'criticism')).toBe(false);
  });

  it('matches only look-alikes (no labels) on "lookalike"', () => {
    expect(LIBRARY.filter((s) => matchesFocus(s, 'lookalike')).map((s) => s.id)).toEqual(['lookalike-lost-bike', 'lookalike-praise']);
    // A look-alike without lookalikeOf is still one.
    expect(matchesFocus(make('plain-question', 1, []), 'lookalike')).toBe(true);
  });

  it('matches only acute scenarios on "acute"', () => {
    expect(LIBRARY.filter((s) => matchesFocus(s, 'acute')).map((s) => s.id)).toEqual(['crisis-tablets']);
  });
});

describe('nextLevel and startLevel', () => {
  it('goes one level up after a pass and one down after a miss, within 1..3', () => {
    expect(nextLevel(1, true)).toBe(2);
    expect(nextLevel(2, true)).toBe(3);
    expect(nextLevel(3, true)).toBe(3);
    expect(nextLevel(3, false)).toBe(2);
    expect(nextLevel(2, false)).toBe(1);
    expect(nextLevel(1, false)).toBe(1);
  });

  it('starts a first session at level 1', () => {
    expect(startLevel([])).toBe(1);
  });

  it('starts where the latest attempt left off, by time rather than list order', () => {
    const history = [attempt('a', 300, {}, { level: 2, passed: true }), attempt('b', 100, {}, { level: 1, passed: false }), attempt('c', 200, {}, { level: 3, passed: false })];
    expect(startLevel(history)).toBe(3);
    expect(startLevel([...history, attempt('d', 400, {}, { level: 2, passed: false })])).toBe(1);
    expect(startLevel([attempt('e', 50, {}, { level: 3, passed: true })])).toBe(3);
  });
});

describe('weakness', () => {
  it('is the share wrong of the attempts where the label was in play; rejects do not count', () => {
    const history = [
      attempt('a', 1, { crime: 'hit', criticism: 'reject' }),
      attempt('b', 2, { crime: 'miss', criticism: 'reject' }),
      attempt('c', 3, { crime: 'false', child_at_risk: 'hit' }),
      attempt('d', 4, { crime: 'hit', child_at_risk: 'hit' }),
    ];
    expect(weakness(history)).toEqual({ crime: 0.5, child_at_risk: 0 });
  });

  it('is empty without history', () => {
    expect(weakness([])).toEqual({});
  });
});

describe('pickNext', () => {
  const levelled = (level: Level, n: number, label: Label = 'individual_case') => Array.from({ length: n }, (_, i) => make(`l${level}-${label}-${i}`, level, [label]));

  it('never repeats an id asked in the session, and returns undefined when all are asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom<Level>(1, 2, 3), fc.constantFrom<Focus>(...FOCUSES), (seed, level, focus) => {
        const random = mulberry32(seed);
        const asked = new Set<string>();
        const expected = LIBRARY.filter((s) => matchesFocus(s, focus)).length;
        for (let i = 0; i < expected; i++) {
          const chosen = pickNext({ pool: LIBRARY, focus, level, asked, history: [], random });
          expect(chosen).toBeDefined();
          expect(asked.has(chosen!.id)).toBe(false);
          expect(matchesFocus(chosen!, focus)).toBe(true);
          asked.add(chosen!.id);
        }
        expect(pickNext({ pool: LIBRARY, focus, level, asked, history: [], random })).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('returns undefined for an empty pool or a focus nothing matches', () => {
    expect(pick({ pool: [] })).toBeUndefined();
    expect(pick({ pool: LIBRARY, focus: 'sensitive_data' })).toBeUndefined();
  });

  it('moves to level 2 after an item passed at level 1', () => {
    const pool = [...levelled(1, 4), ...levelled(2, 4), ...levelled(3, 4)];
    for (let seed = 1; seed <= 50; seed++) {
      expect(pick({ pool, level: nextLevel(1, true), random: mulberry32(seed) })?.level).toBe(2);
      expect(pick({ pool, level: nextLevel(3, false), random: mulberry32(seed) })?.level).toBe(2);
      expect(pick({ pool, level: nextLevel(2, false), random: mulberry32(seed) })?.level).toBe(1);
    }
  });

  it('takes the nearest level when the level reached has run out, preferring the harder one', () => {
    const pool = [...levelled(1, 3), ...levelled(2, 2), ...levelled(3, 3)];
    const asked = new Set(pool.filter((s) => s.level === 2).map((s) => s.id));
    for (let seed = 1; seed <= 50; seed++) expect(pick({ pool, level: 2, asked, random: mulberry32(seed) })?.level).toBe(3);
    // With the harder side gone too, the easier one.
    const noHarder = new Set([...asked, ...pool.filter((s) => s.level === 3).map((s) => s.id)]);
    for (let seed = 1; seed <= 20; seed++) expect(pick({ pool, level: 2, asked: noHarder, random: mulberry32(seed) })?.level).toBe(1);
    // Two levels away when nothing nearer is left.
    const onlyEasy = levelled(1, 3);
    for (let seed = 1; seed <= 20; seed++) expect(pick({ pool: onlyEasy, level: 3, random: mulberry32(seed) })?.level).toBe(1);
    // Level 1 reached, only 2 and 3 left: the nearer one (2), not the hardest.
    const upper = [...levelled(2, 2), ...levelled(3, 2)];
    for (let seed = 1; seed <= 20; seed++) expect(pick({ pool: upper, level: 1, random: mulberry32(seed) })?.level).toBe(2);
  });

  it('picks scenarios of a label the trainee gets wrong clearly more often than those of a label always right', () => {
    const weak = levelled(1, 5, 'crime');
    const strong = levelled(1, 5, 'criticism');
    // Earlier attempts of other scenarios (not in the pool, so only the labels matter).
    const history = Array.from({ length: 6 }, (_, i) => [
      attempt(`old-crime-${i}`, 1000 + i, { crime: 'miss' }),
      attempt(`old-criticism-${i}`, 2000 + i, { criticism: 'hit' }),
    ]).flat();
    const counts = tally({ pool: [...weak, ...strong], focus: 'all', level: 1, asked: new Set(), history }, 4000);
    const weakPicks = sum(counts, weak.map((s) => s.id));
    const strongPicks = sum(counts, strong.map((s) => s.id));
    expect(weakPicks + strongPicks).toBe(4000);
    expect(weakPicks).toBeGreaterThan(1.5 * strongPicks);
    // Without that history the two labels come up about as often.
    const even = tally({ pool: [...weak, ...strong], focus: 'all', level: 1, asked: new Set(), history: [] }, 4000);
    const ratio = sum(even, weak.map((s) => s.id)) / sum(even, strong.map((s) => s.id));
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
  });

  it('counts a look-alike of a weak label as practice of that label', () => {
    const lookalikeOfWeak = make('lookalike-of-crime', 1, [], { lookalikeOf: ['crime'] });
    const plainLookalike = make('lookalike-plain', 1, []);
    const history = Array.from({ length: 5 }, (_, i) => attempt(`old-${i}`, i, { crime: 'false' }));
    const counts = tally({ pool: [lookalikeOfWeak, plainLookalike], focus: 'all', level: 1, asked: new Set(), history }, 3000);
    expect(counts.get('lookalike-of-crime') ?? 0).toBeGreaterThan(1.5 * (counts.get('lookalike-plain') ?? 0));
  });

  it('picks recently attempted scenarios less often than ones attempted long ago', () => {
    const recent = make('recent-one', 1, ['criticism']);
    const longAgo = make('long-ago', 1, ['criticism']);
    // Both seen and both right; 20+ other attempts since the old one push it out of "recent".
    const history = [
      attempt('long-ago', 1, { criticism: 'hit' }),
      ...Array.from({ length: 25 }, (_, i) => attempt(`filler-${i}`, 10 + i)),
      attempt('recent-one', 100, { criticism: 'hit' }),
    ];
    const counts = tally({ pool: [recent, longAgo], focus: 'all', level: 1, asked: new Set(), history }, 3000);
    expect(counts.get('long-ago') ?? 0).toBeGreaterThan(2 * (counts.get('recent-one') ?? 0));
    expect(counts.get('recent-one') ?? 0).toBeGreaterThan(0);
  });

  it('prefers scenarios never seen over ones seen before (not recently)', () => {
    const seenBefore = make('seen-before', 1, ['criticism']);
    const fresh = make('fresh', 1, ['criticism']);
    const history = [attempt('seen-before', 1, { criticism: 'hit' }), ...Array.from({ length: 25 }, (_, i) => attempt(`filler-${i}`, 10 + i))];
    const counts = tally({ pool: [seenBefore, fresh], focus: 'all', level: 1, asked: new Set(), history }, 3000);
    expect(counts.get('fresh') ?? 0).toBeGreaterThan(1.5 * (counts.get('seen-before') ?? 0));
  });

  it('is deterministic for the same seed, and the seed matters', () => {
    const pool = [...levelled(1, 6), ...levelled(2, 6), ...levelled(3, 6)];
    const session = (seed: number) => {
      const random = mulberry32(seed);
      const asked = new Set<string>();
      let level: Level = 1;
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const chosen = pickNext({ pool, focus: 'all', level, asked, history: [], random });
        if (!chosen) break;
        ids.push(chosen.id);
        asked.add(chosen.id);
        level = nextLevel(chosen.level, i % 3 !== 2);
      }
      return ids;
    };
    expect(session(7)).toEqual(session(7));
    expect(session(7)).toHaveLength(10);
    const distinct = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => session(seed).join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('handles a random source that returns values right up to 1', () => {
    const pool = levelled(1, 3);
    expect(pick({ pool, random: () => 0.9999999999 })?.id).toBe(pool[2]!.id);
    expect(pick({ pool, random: () => 0 })?.id).toBe(pool[0]!.id);
  });
});
