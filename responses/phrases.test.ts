import { describe, expect, it } from 'vitest';
import type { PhraseBank, Situation } from './phrase-types';
import { PHRASES } from './phrases';

type Lang = keyof typeof PHRASES;
type ListName = keyof PhraseBank;

const LANGS: readonly Lang[] = ['sv', 'en'];
const SITUATIONS: readonly Situation[] = ['crisis', 'childWorry', 'anger', 'crime', 'ownMatter', 'adultWorry'];

/** Minimum counts from the doc comments in phrase-types.ts (acknowledge: per situation). */
const MIN: Record<ListName, number> = {
  acknowledge: 14,
  secrecy: 14,
  invite: 10,
  referral: 14,
  referralUnknown: 6,
  referralReopens: 8,
  acute: 10,
  afterHoursSocial: 8,
  policeNonUrgent: 8,
  crisisLine: 8,
  concernReport: 8,
  closing: 12,
};

/** The placeholders each list may use, and those it must use. */
const ALLOWED: Record<ListName, readonly string[]> = {
  acknowledge: [],
  secrecy: [],
  invite: [],
  referral: ['channel', 'contact'],
  referralUnknown: ['channel'],
  referralReopens: ['channel', 'contact', 'time'],
  acute: [],
  afterHoursSocial: [],
  policeNonUrgent: [],
  crisisLine: ['channel', 'phone'],
  concernReport: [],
  closing: [],
};
const REQUIRED: Record<ListName, readonly string[]> = {
  ...ALLOWED,
  crisisLine: ['channel', 'phone'],
  referral: ['channel', 'contact'],
  referralUnknown: ['channel'],
  referralReopens: ['channel', 'contact', 'time'],
};

/** A whole word, for letters outside ASCII too (\b does not see å, ä, ö as letters). */
const word = (w: string, flags = 'iu'): RegExp => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, flags);

/** Invitations to a private channel: forbidden, except in `secrecy` next to a negation. */
const DM: Record<Lang, readonly RegExp[]> = {
  sv: [
    word('DMs?', 'u'),
    word('PM', 'u'),
    /direktmeddelande/i,
    /privata?\s+meddelande/i,
    /personliga?t?\s+meddelande/i,
    /inbox/i,
    /skriv\S*\s+(till oss\s+)?privat/i,
  ],
  en: [word('DMs?', 'u'), /direct messages?/i, /private messages?/i, /inbox/i, /message us/i, /privately/i],
};
const NEGATION: Record<Lang, RegExp> = {
  sv: word('(inte|ej|aldrig|varken)'),
  en: /(?<!\p{L})(not|never|neither|nor|cannot)(?!\p{L})|n't/iu,
};

/** Taking a stance, admitting fault, promising an outcome, clichés, officialese. */
const FORBIDDEN: Record<Lang, readonly string[]> = {
  sv: [
    'du har rätt',
    'har rätt i',
    'det är fel av',
    'övergrepp',
    'vi beklagar att',
    'vi ska se till',
    'det kommer att lösas',
    'allt ordnar sig',
    'oacceptabel',
    'vänligen',
    'med anledning av',
    'härmed',
  ],
  en: [
    "you're right",
    'you are right',
    'we agree',
    'unacceptable',
    'we will fix',
    "we'll fix",
    'we will make sure',
    "we'll make sure",
    'everything will be',
    'we apologise that',
    'we apologize that',
    'kindly',
  ],
};

interface List {
  readonly name: string;
  readonly kind: ListName;
  readonly phrases: readonly string[];
}

function listsOf(bank: PhraseBank): List[] {
  const lists: List[] = SITUATIONS.map((situation) => ({
    name: `acknowledge.${situation}`,
    kind: 'acknowledge' as const,
    phrases: bank.acknowledge[situation],
  }));
  for (const kind of Object.keys(MIN) as ListName[]) {
    if (kind === 'acknowledge') continue;
    lists.push({ name: kind, kind, phrases: bank[kind] });
  }
  return lists;
}

const placeholdersIn = (phrase: string): string[] => [...phrase.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');

describe.each(LANGS)('PHRASES.%s', (lang) => {
  const bank = PHRASES[lang];
  const lists = listsOf(bank);
  const all = lists.flatMap((list) => list.phrases.map((phrase) => ({ list, phrase })));

  it('has every situation and no extra one', () => {
    expect(Object.keys(bank.acknowledge).sort()).toEqual([...SITUATIONS].sort());
  });

  it.each(lists.map((list) => [list.name, list] as const))('%s meets its minimum count', (_name, list) => {
    expect(list.phrases.length).toBeGreaterThanOrEqual(MIN[list.kind]);
  });

  it.each(lists.map((list) => [list.name, list] as const))('%s has no duplicates', (_name, list) => {
    const normalized = list.phrases.map((p) => p.toLowerCase().replace(/\s+/g, ' ').trim());
    expect(new Set(normalized).size).toBe(normalized.length);
  });

  it('uses only the placeholders each list allows, and the ones it needs', () => {
    for (const { list, phrase } of all) {
      const used = placeholdersIn(phrase);
      for (const name of used) expect(ALLOWED[list.kind], `${list.name}: ${phrase}`).toContain(name);
      for (const name of REQUIRED[list.kind]) expect(used, `${list.name}: ${phrase}`).toContain(name);
      const rest = phrase.replace(/\{[^{}]*\}/g, '');
      expect(rest, `stray brace in ${list.name}: ${phrase}`).not.toMatch(/[{}]/);
      expect(phrase, `${list.name} starts with a placeholder: ${phrase}`).not.toMatch(/^\{/);
    }
  });

  it('never invites to a direct or private message; secrecy only says it is not possible', () => {
    for (const { list, phrase } of all) {
      const mentions = DM[lang].some((pattern) => pattern.test(phrase));
      if (!mentions) continue;
      expect(list.kind, `DM invite in ${list.name}: ${phrase}`).toBe('secrecy');
      expect(phrase, `secrecy mentions a DM without a negation: ${phrase}`).toMatch(NEGATION[lang]);
    }
  });

  it('keeps every phrase short, complete and calm', () => {
    for (const { list, phrase } of all) {
      const where = `${list.name}: ${phrase}`;
      expect(phrase.length, where).toBeLessThanOrEqual(220);
      expect(phrase, where).toBe(phrase.trim());
      expect(phrase, where).not.toMatch(/\s{2,}/);
      expect(phrase, where).toMatch(/^[\p{Lu}\d]/u);
      expect(phrase, where).toMatch(/[.!]$/);
      expect(phrase, where).not.toContain('!!');
      expect(phrase, where).not.toContain('?');
      expect(phrase, where).not.toMatch(/\p{Extended_Pictographic}/u);
      if (list.kind !== 'acute') expect(phrase, where).not.toContain('!');
    }
  });

  it('takes no stance, admits no fault and promises no outcome', () => {
    for (const { list, phrase } of all) {
      const lower = phrase.toLowerCase();
      for (const bad of FORBIDDEN[lang]) expect(lower, `${list.name}: ${phrase}`).not.toContain(bad);
    }
  });

  it('says what each fixed list must say', () => {
    for (const phrase of bank.acute) expect(phrase).toContain('112');
    for (const phrase of bank.referralReopens) expect(phrase).toContain('112');
    for (const phrase of bank.afterHoursSocial) {
      expect(phrase).toContain('112');
      expect(phrase).toMatch(lang === 'sv' ? /socialjour/i : /social emergency|out-of-hours social services/i);
    }
    for (const phrase of bank.policeNonUrgent) {
      expect(phrase).toContain('114 14');
      expect(phrase).toMatch(lang === 'sv' ? /polisen/i : /the police/i);
    }
    for (const phrase of bank.concernReport) {
      expect(phrase).toMatch(lang === 'sv' ? /socialtjänsten/ : /social services/i);
      expect(phrase).toMatch(lang === 'sv' ? /anonym|vem du är/i : /anonym|your name/i);
    }
    for (const phrase of bank.secrecy) {
      expect(phrase).toMatch(lang === 'sv' ? /sekretess|tystnadsplikt/i : /confidentiality|secrecy/i);
    }
    for (const phrase of bank.invite) {
      expect(phrase).toMatch(lang === 'sv' ? /telefon|ring|samtal/i : /phone|call/i);
      expect(phrase).toMatch(lang === 'sv' ? /e-post|mejl/i : /email/i);
    }
  });
});

describe('PHRASES.sv', () => {
  it('uses du-form, never the polite or plural ni', () => {
    for (const { phrases } of listsOf(PHRASES.sv)) {
      for (const phrase of phrases) expect(phrase).not.toMatch(word('(ni|er|era|ert)'));
    }
  });
});
