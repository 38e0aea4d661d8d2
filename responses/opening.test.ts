import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../classifiers/language';
import { firstSentence } from './compose';
import { lintReply } from './lint';
import { composeAcute, composeOpening, lowerFirst } from './opening';
import { ACUTE_PARTS, OPENING_PARTS } from './opening-phrases';
import type { Situation } from './phrase-types';
import { mulberry32 } from './random';

const LANGS = ['sv', 'en'] as const;
const SITUATIONS: readonly Situation[] = ['crisis', 'childWorry', 'anger', 'crime', 'ownMatter', 'adultWorry'];
const NOT_ALLOWED = new Set(['takes-stance', 'promises-outcome', 'invites-private-message', 'confirms-contact']);

/** Every opening composeOpening can write for a situation, by construction. */
function everyOpening(lang: (typeof LANGS)[number], situation: Situation): string[] {
  const parts = OPENING_PARTS[lang];
  const out: string[] = [];
  for (const lead of parts.leads) {
    for (const feeling of parts.feelings[situation]) {
      out.push(`${lead}, ${feeling}.`, `${lead} – ${feeling}.`, `${parts.greeting}, ${lowerFirst(lead)} – ${feeling}.`);
    }
  }
  return out;
}

function everyAcute(lang: (typeof LANGS)[number]): string[] {
  const { conditions, actions } = ACUTE_PARTS[lang];
  return conditions.flatMap((c) => actions.flatMap((a) => [`${c}, ${a}.`, `${c}: ${a}.`, `${a.charAt(0).toUpperCase()}${a.slice(1)} ${lowerFirst(c)}.`]));
}

describe.each(LANGS)('openings (%s)', (lang) => {
  it.each(SITUATIONS)('%s: composeOpening writes only sentences from its parts, and over 400 of them', (situation) => {
    const possible = new Set(everyOpening(lang, situation));
    expect(possible.size).toBeGreaterThan(400);
    const random = mulberry32(7);
    for (let i = 0; i < 300; i++) expect(possible).toContain(composeOpening(OPENING_PARTS[lang], situation, random));
  });

  it('every opening is one calm sentence that sees the person and takes no stance', () => {
    for (const situation of SITUATIONS) {
      for (const opening of everyOpening(lang, situation)) {
        expect(firstSentence(opening), opening).toBe(opening);
        expect(opening, opening).toMatch(/^\p{Lu}[^!?]*\.$/u);
        expect(opening.length, opening).toBeLessThanOrEqual(140);
        const findings = lintReply(opening, { lang });
        expect(findings.filter((f) => NOT_ALLOWED.has(f.id)), opening).toEqual([]);
        // A flagged comment's reply must acknowledge: the opening alone has to satisfy the linter.
        expect(lintReply(opening, { lang, assessment: { labels: ['crisis'], lang } }).map((f) => f.id), opening).not.toContain('lacks-acknowledgement');
      }
    }
  });

  it('every opening reads as its language', () => {
    const wrong = SITUATIONS.flatMap((s) => everyOpening(lang, s)).filter((o) => !['unknown', lang].includes(detectLanguage(o)));
    expect(wrong).toEqual([]);
  });

  it('every acute opening says 112 in one short sentence', () => {
    const possible = new Set(everyAcute(lang));
    expect(possible.size).toBeGreaterThanOrEqual(120);
    for (const opening of possible) {
      expect(opening).toMatch(/\b112\b/);
      expect(firstSentence(opening)).toBe(opening);
      expect(opening.length).toBeLessThanOrEqual(90);
      expect(lintReply(opening, { lang }).filter((f) => NOT_ALLOWED.has(f.id))).toEqual([]);
    }
    const random = mulberry32(11);
    for (let i = 0; i < 200; i++) expect(possible).toContain(composeAcute(ACUTE_PARTS[lang], random));
  });
});

describe('openings (sv)', () => {
  it('use du-form, never ni', () => {
    for (const opening of [...SITUATIONS.flatMap((s) => everyOpening('sv', s)), ...everyAcute('sv')]) {
      expect(opening).not.toMatch(/(?<!\p{L})(?:ni|er|era|ert)(?!\p{L})/iu);
    }
  });
});

describe('lowerFirst', () => {
  it('keeps the English pronoun I', () => {
    expect(lowerFirst("I'm glad you wrote")).toBe("I'm glad you wrote");
    expect(lowerFirst("It's good that you wrote")).toBe("it's good that you wrote");
    expect(lowerFirst('Tack för att du skriver')).toBe('tack för att du skriver');
  });
});
