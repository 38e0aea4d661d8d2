// @vitest-environment node
import Personnummer from 'personnummer';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../classifiers';
import { detectLanguage } from '../classifiers/language';
import type { Assessment, Evidence, Label, Urgency } from '../classifiers/types';
import { HISTORY_WINDOW, MAX_REPLY_LENGTH, suggestReplies } from './compose';
import { VARBERG_DIRECTORY } from './directory';
import { lintReply } from './lint';
import { SIMILARITY_LIMIT, trigramJaccard } from './similarity';

const directory = VARBERG_DIRECTORY;
/** Tuesday 24 November 2026 10:00 in Stockholm (CET, UTC+1). */
const TUE_1000 = new Date('2026-11-24T09:00:00Z');
/** Saturday 28 November 2026 22:00 in Stockholm. */
const SAT_2200 = new Date('2026-11-28T21:00:00Z');

const ZERO_SCORES: Record<Label, number> = { individual_case: 0, child_at_risk: 0, crime: 0, crisis: 0, criticism: 0, sensitive_data: 0 };
const assessment = (labels: Label[], urgency: Urgency, lang = 'sv', evidence: Evidence[] = []): Assessment => ({
  lang,
  labels,
  urgency,
  scores: { ...ZERO_SCORES, ...Object.fromEntries(labels.map((l) => [l, 1])) },
  evidence,
  actions: [],
});

/** Flagged comments written for these tests, Swedish and English, across every label. */
const COMMENTS = [
  'Jag är orolig för barnen i lägenheten bredvid, de lämnas ensamma hela nätterna och gråter.',
  'Grannens barn är ensamma hemma hela helgerna och har ingen mat',
  'Min dotters kompis säger att hennes pappa slår henne när han druckit.',
  'Det sitter en liten kille ute i trapphuset varje kväll för att ingen öppnar hemma.',
  'Jag orkar inte leva längre, allt känns meningslöst.',
  'Jag har tänkt ta livet av mig, ingen skulle sakna mig ändå.',
  'Jag orkar inte mer, jag vill bara försvinna.',
  'Någon bröt sig in i mitt förråd i natt och stal cykeln.',
  'Min bil blev vandaliserad på parkeringen vid stationen i helgen.',
  'Han står utanför min dörr med en kniv just nu och skriker att han ska döda mig',
  'Min ansökan om försörjningsstöd har legat i tre månader utan svar',
  'Varför har jag fortfarande inte fått något beslut om min bostadsanpassning?',
  'Min handläggare svarar aldrig när jag ringer om mitt bistånd.',
  'Hemtjänsten är en skandal, personalen bryr sig inte om min mamma alls.',
  'Skolan har totalt svikit min son, rektorn struntar i mobbningen.',
  'Jag heter Birgitta Söderholm, mitt personnummer är 19811218-9876 och jag bor på Storgatan 12. Ring mig på 070-123 45 67 om mitt bistånd.',
  'Min pappa på äldreboendet har inte fått sina mediciner på tre dagar, ni är helt värdelösa.',
  'Någon har hotat mig i kommentarerna och skrivit att de vet var jag bor.',
  'Vi har väntat ett halvår på plats i förskolan till vår son, när får vi besked?',
  'Jag blir slagen av min sambo och vågar inte gå hem.',
  'I am worried about the kids next door, they are left alone all night without food.',
  'My neighbour beats his kids, I can hear them screaming through the wall every evening.',
  'The little boy upstairs is left home alone for days and has no food.',
  'I do not want to live anymore, everything feels pointless.',
  "I've been thinking about ending my life, nobody would miss me.",
  "I can't go on anymore, I just want to die.",
  'Someone broke into my car last night and stole my bag.',
  'My bike was stolen outside the library on Saturday.',
  'He is outside my door with a knife right now and says he will kill me',
  'My application for financial assistance has been waiting for three months with no answer.',
  "Why haven't I received a decision about my housing adaptation yet?",
  'My case worker never answers when I call about my support.',
  "Home care is a disgrace, the staff don't care about my mother at all.",
  'The school has completely failed my son, the headteacher ignores the bullying.',
  'My name is Birgitta Söderholm, my personal identity number is 19811218-9876 and I live at Storgatan 12. Call me on 070-123 45 67 about my benefits.',
  "My father at the care home hasn't had his medicine for three days, you are useless.",
  'Someone threatened me in the comments and wrote that they know where I live.',
  'Our application for a preschool place has been waiting six months without a decision.',
  "My partner hits me and I'm afraid to go home.",
  'A child in my daughter’s class has bruises all the time and says her dad hurts her.',
];

describe('suggestReplies', () => {
  it('returns no suggestion for an assessment with no labels', () => {
    expect(suggestReplies(assessment([], 'none'), 'Vilken fin bild på hamnen!', { now: TUE_1000, directory })).toEqual([]);
    expect(suggestReplies(classify('Vilken fin bild på hamnen, tack för att ni delar!'), 'Vilken fin bild på hamnen, tack för att ni delar!', { now: SAT_2200, directory })).toEqual([]);
  });

  it('returns two or three suggestions for every flagged comment, at office hours and at a weekend night', () => {
    for (const comment of COMMENTS) {
      const a = classify(comment);
      expect(a.labels.length, comment).toBeGreaterThan(0);
      for (const now of [TUE_1000, SAT_2200]) {
        const suggestions = suggestReplies(a, comment, { now, directory });
        expect(suggestions.length, comment).toBeGreaterThanOrEqual(2);
        expect(suggestions.length, comment).toBeLessThanOrEqual(3);
        expect(new Set(suggestions.map((s) => s.text)).size).toBe(suggestions.length);
      }
    }
  });

  it('gives as many suggestions as asked, between 2 and 3', () => {
    const a = assessment(['individual_case'], 'normal');
    const of = (count: number) => suggestReplies(a, 'Min ansökan har inte fått svar.', { now: TUE_1000, directory, count }).length;
    expect(of(2)).toBe(2);
    expect(of(3)).toBe(3);
    expect(of(1)).toBe(2);
    expect(of(9)).toBe(3);
  });

  it('is deterministic for the same seed, moment and comment', () => {
    const comment = 'Barnen på gården är ensamma hemma hela helgerna och har ingen mat.';
    const a = classify(comment);
    expect(a.labels).toContain('child_at_risk');
    const once = suggestReplies(a, comment, { now: TUE_1000, directory, seed: 42 });
    expect(once.length).toBeGreaterThanOrEqual(2);
    expect(suggestReplies(a, comment, { now: TUE_1000, directory, seed: 42 })).toEqual(once);
    // Without a seed, the seed comes from the comment and the moment: still repeatable.
    expect(suggestReplies(a, comment, { now: SAT_2200, directory })).toEqual(suggestReplies(a, comment, { now: SAT_2200, directory }));
    // A comment object gives the same as its text.
    expect(suggestReplies(a, { text: comment }, { now: SAT_2200, directory })).toEqual(suggestReplies(a, comment, { now: SAT_2200, directory }));
    // Another seed draws other phrasings.
    expect(suggestReplies(a, comment, { now: TUE_1000, directory, seed: 43 }).map((s) => s.text)).not.toEqual(once.map((s) => s.text));
  });

  it('answers a Swedish comment in Swedish and an English one in English', () => {
    for (const comment of COMMENTS) {
      const a = classify(comment);
      const expected = detectLanguage(comment) === 'en' ? 'en' : 'sv';
      expect(a.lang, comment).toBe(expected);
      for (const now of [TUE_1000, SAT_2200]) {
        for (const s of suggestReplies(a, comment, { now, directory })) {
          expect(s.lang, comment).toBe(expected);
          expect(detectLanguage(s.text), s.text).toBe(expected);
        }
      }
    }
  });

  it('keeps every suggestion within MAX_REPLY_LENGTH (600) characters', () => {
    expect(MAX_REPLY_LENGTH).toBe(600);
    for (const comment of COMMENTS) {
      for (const now of [TUE_1000, SAT_2200]) {
        for (const s of suggestReplies(classify(comment), comment, { now, directory })) expect(s.text.length, s.text).toBeLessThanOrEqual(600);
      }
    }
    // The longest combination: acute, child at risk, crime and crisis at once.
    const many = assessment(['child_at_risk', 'crime', 'crisis', 'individual_case', 'criticism', 'sensitive_data'], 'high', 'sv', [
      { label: 'crisis', ruleId: 'despair', start: 0, end: 1, excerpt: '' },
    ]);
    for (let seed = 0; seed < 50; seed++) {
      for (const lang of ['sv', 'en'] as const) {
        for (const s of suggestReplies(many, 'x', { now: TUE_1000, directory, seed, lang })) expect(s.text.length).toBeLessThanOrEqual(600);
      }
    }
  });

  describe('personal data in the comment', () => {
    const PIN = '19811218-9876';
    const PD_COMMENTS = [
      `Jag heter Birgitta Söderholm och mitt personnummer är ${PIN}. Jag bor på Storgatan 12 och mitt nummer är 070-123 45 67. Min ansökan om bistånd har inte fått något svar.`,
      `Mitt barnbarn bor hos Birgitta Söderholm på Storgatan 12 och lämnas ensam hemma hela nätterna utan mat. Ring mig på 070-123 45 67, mitt personnummer är ${PIN}.`,
      `Jag, Birgitta Söderholm (${PIN}), Storgatan 12, orkar inte leva längre. Ring 070-123 45 67.`,
      `My name is Birgitta Söderholm, personal identity number ${PIN}, I live at Storgatan 12. My application for support has had no answer, call me on 070-123 45 67.`,
      `The kids at Birgitta Söderholm's place on Storgatan 12 are left home alone every night with no food. Call me on 070-123 45 67, my personal identity number is ${PIN}.`,
    ];
    /** Strings that must never appear in a reply. */
    const FORBIDDEN = ['Birgitta', 'Söderholm', 'Storgatan', PIN, '811218', '9876', '070-123 45 67', '070', '123 45 67', '4567', '0701234567'];
    /** The only numbers a reply may contain: those in the directory. */
    const ALLOWED_NUMBERS = new Set(directory.channels.flatMap((c) => (c.phone ? [c.phone.replace(/\D/g, '')] : [])));

    it('uses a Luhn-valid personnummer in the examples', () => {
      expect(Personnummer.valid(PIN)).toBe(true);
    });

    it('never copies the name, personnummer, phone number or address, nor their digits', () => {
      let checked = 0;
      for (const comment of PD_COMMENTS) {
        const a = classify(comment);
        expect(a.labels.length, comment).toBeGreaterThan(0);
        for (const now of [TUE_1000, SAT_2200]) {
          for (let seed = 0; seed < 10; seed++) {
            for (const s of suggestReplies(a, comment, { now, directory, seed })) {
              checked++;
              for (const bad of FORBIDDEN) expect(s.text, bad).not.toContain(bad);
              for (const number of s.text.match(/\d(?:[\d -]*\d)?/g) ?? []) expect(ALLOWED_NUMBERS, `${number} in ${s.text}`).toContain(number.replace(/\D/g, ''));
              expect(lintReply(s.text, { comment }).filter((f) => f.id === 'repeats-personal-data')).toEqual([]);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(250);
    });
  });

  describe('the number that fits the hour', () => {
    const child = 'Jag är orolig för barnen i lägenheten bredvid, de lämnas ensamma hela nätterna och gråter.';

    it('gives the reception team’s 0340-88500 for a child at risk on Tuesday 10:00', () => {
      const a = classify(child);
      expect(a).toMatchObject({ labels: ['child_at_risk'], urgency: 'high' });
      for (let seed = 0; seed < 20; seed++) {
        for (const s of suggestReplies(a, child, { now: TUE_1000, directory, seed })) {
          expect(s.text).toContain('0340-88500');
          expect(s.text).not.toContain('112');
          expect(s.channels[0]).toBe('mottagningsgruppen');
        }
      }
    });

    it('gives socialjouren through 112 for a child at risk on Saturday 22:00', () => {
      const a = classify(child);
      for (let seed = 0; seed < 20; seed++) {
        for (const s of suggestReplies(a, child, { now: SAT_2200, directory, seed })) {
          expect(s.text).toContain('112');
          expect(s.text.toLowerCase()).toContain('socialjour');
          expect(s.text).not.toContain('0340-88500');
          expect(s.channels[0]).toBe('socialjouren');
        }
      }
    });

    it('opens with a sentence containing 112 when the assessment is acute', () => {
      const cases: Array<[Assessment, string]> = [
        [assessment(['crime', 'crisis'], 'acute'), 'Han står i hallen med en kniv just nu.'],
        [assessment(['child_at_risk'], 'acute', 'en'), 'The boy next door is screaming that his dad is hurting him right now.'],
        [classify('Han står utanför min dörr med en kniv just nu och skriker att han ska döda mig'), 'kniv'],
        [classify('He is outside my door with a knife right now and says he will kill me'), 'knife'],
      ];
      for (const [a, comment] of cases) {
        expect(a.urgency).toBe('acute');
        for (const now of [TUE_1000, SAT_2200]) {
          for (let seed = 0; seed < 10; seed++) {
            for (const s of suggestReplies(a, comment, { now, directory, seed })) {
              const firstSentence = s.text.split(/(?<=[.!?])\s+/)[0]!;
              expect(firstSentence, s.text).toMatch(/\b112\b/);
              expect(s.parts[0]?.kind).toBe('acute');
            }
          }
        }
      }
    });

    it('at the lunch closure gives the reception team, when it answers again, and 112 for anything acute', () => {
      const comment = 'Grannens barn är ensamma hemma igen och har inte fått mat sedan i går.';
      const a = assessment(['child_at_risk'], 'high');
      for (const [lang, time] of [['sv', '13.00'], ['en', '13:00']] as const) {
        const suggestions = suggestReplies({ ...a, lang }, comment, { now: new Date('2026-11-24T11:15:00Z'), directory, lang });
        for (const s of suggestions) {
          expect(s.text).toContain('0340-88500');
          expect(s.text).toContain(time);
          expect(s.text).toMatch(/\b112\b/);
          expect(lintReply(s.text, { comment, assessment: { ...a, lang } }).filter((f) => f.severity === 'error')).toEqual([]);
        }
      }
    });

    it('gives 114 14 for a crime that is over and 90101 for suicidal thoughts', () => {
      const theft = 'Någon bröt sig in i mitt förråd i natt och stal cykeln.';
      for (const s of suggestReplies(classify(theft), theft, { now: SAT_2200, directory })) expect(s.text).toContain('114 14');
      const despair = 'Jag har tänkt ta livet av mig, ingen skulle sakna mig ändå.';
      for (const s of suggestReplies(classify(despair), despair, { now: SAT_2200, directory })) {
        expect(s.text).toContain('Självmordslinjen');
        expect(s.text).toContain('90101');
      }
    });

    it('promises to come back with a number when the channel has none (customer service)', () => {
      const own = 'Min ansökan om försörjningsstöd har legat i tre månader utan svar';
      for (const s of suggestReplies(classify(own), own, { now: TUE_1000, directory })) {
        expect(s.text).toContain('kundservice');
        expect(s.text).toMatch(/återkomm|skriver (?:det )?här|hör av oss/);
        expect(s.text).not.toMatch(/\d/);
      }
    });

    it('never names an internal channel', () => {
      const angry = 'Hemtjänsten är en skandal, personalen bryr sig inte om min mamma alls.';
      for (const s of suggestReplies(classify(angry), angry, { now: TUE_1000, directory })) {
        expect(s.channels).not.toContain('chef-socialtjansten');
        expect(s.text).not.toMatch(/ansvarig chef/i);
      }
    });
  });

  it('passes lintReply without an error for ~40 varied comments, at an office hour and at a weekend night', () => {
    let checked = 0;
    for (const comment of COMMENTS) {
      const a = classify(comment);
      for (const now of [TUE_1000, SAT_2200]) {
        const history: string[] = [];
        for (const s of suggestReplies(a, comment, { now, directory })) {
          const errors = lintReply(s.text, { comment, assessment: a, history }).filter((f) => f.severity === 'error');
          expect(errors, `${comment}\n→ ${s.text}`).toEqual([]);
          history.push(s.text);
          checked++;
        }
      }
    }
    expect(COMMENTS.length).toBeGreaterThanOrEqual(40);
    expect(checked).toBeGreaterThanOrEqual(COMMENTS.length * 2 * 2);
  });

  describe('variation over 200 similar comments with a growing history', () => {
    const BASE = 'Jag är orolig för barnen i lägenheten bredvid, de lämnas ensamma hela nätterna och gråter.';
    const TAILS = ['', ' Vad ska jag göra?', ' Det har pågått länge.', ' Det har hållit på i flera veckor.', ' Någon borde göra något.', ' Jag hör dem genom väggen.', ' Vem ska man prata med?'];
    const comments = Array.from({ length: 200 }, (_, i) => `${BASE}${TAILS[i % TAILS.length]}${i % 3 === 0 ? '' : ' Snälla.'.repeat(i % 3)}`);
    const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+/)[0]!;

    /** The first suggestion for each comment, each drawn with all earlier ones as history. */
    const texts: string[] = [];
    beforeAll(() => {
      const history: string[] = [];
      comments.forEach((comment, i) => {
        // Office hours on Tuesday, one minute apart, for the first half; the evening for the second.
        const now = new Date(Date.UTC(2026, 10, 24, i < 100 ? 9 : 18, 0) + (i % 100) * 60_000);
        // count 2: the first suggestion is the same whatever the count, and 2 draws less.
        const [first] = suggestReplies(classify(comment), comment, { now, directory, history, count: 2 });
        if (first) history.push(first.text);
      });
      texts.push(...history);
    }, 60_000);

    it('gets one suggestion for each of the 200 child-worry comments', () => {
      for (const comment of comments.slice(0, 14)) expect(classify(comment).labels).toEqual(['child_at_risk']);
      expect(texts).toHaveLength(200);
    });

    it('never gives the same suggestion twice', () => {
      expect(new Set(texts).size).toBe(200);
    });

    it(`keeps each suggestion below trigram Jaccard ${SIMILARITY_LIMIT} against the ${HISTORY_WINDOW} before it`, () => {
      expect(HISTORY_WINDOW).toBe(50);
      for (let i = 0; i < texts.length; i++) {
        for (let j = Math.max(0, i - HISTORY_WINDOW); j < i; j++) {
          expect(trigramJaccard(texts[i]!, texts[j]!), `#${i} vs #${j}`).toBeLessThan(SIMILARITY_LIMIT);
        }
      }
    });

    it('opens at least 80% of the 200 replies with a first sentence no other reply has used', () => {
      const distinct = new Set(texts.map(firstSentence)).size;
      expect(distinct / texts.length).toBeGreaterThanOrEqual(0.8);
    });

    it(`never opens like one of the ${HISTORY_WINDOW} replies before it`, () => {
      for (let i = 0; i < texts.length; i++) {
        const recent = new Set(texts.slice(Math.max(0, i - HISTORY_WINDOW), i).map(firstSentence));
        expect(recent.has(firstSentence(texts[i]!)), texts[i]).toBe(false);
      }
    });
  });
});
