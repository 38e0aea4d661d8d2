// @vitest-environment node
/**
 * classify() runs on whatever a page hands the content script: pasted binary, emoji floods,
 * half a surrogate pair cut by a DOM text node, essays. A throw there would silently stop the
 * moderation overlay, so these properties pin down that it never throws and that every result
 * is one the UI, storage and replies can trust without re-checking it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, LABELS, URGENCIES, classify, type Assessment, type CommentInput } from './index';

const KNOWN_LABELS: ReadonlySet<string> = new Set(LABELS);
const KNOWN_URGENCIES: ReadonlySet<string> = new Set(URGENCIES);
const KNOWN_ACTIONS: ReadonlySet<string> = new Set(ACTIONS);

/** `text` is what classify() should have analysed: anything that is not a string counts as empty. */
function expectWellFormed(result: Assessment, text: unknown): void {
  const length = typeof text === 'string' ? text.length : 0;
  expect(typeof result.lang).toBe('string');

  for (const label of result.labels) expect(KNOWN_LABELS.has(label), `unknown label ${label}`).toBe(true);
  expect(new Set(result.labels).size).toBe(result.labels.length);

  expect(KNOWN_URGENCIES.has(result.urgency), `unknown urgency ${result.urgency}`).toBe(true);
  expect(result.urgency === 'none').toBe(result.labels.length === 0);

  expect(Object.keys(result.scores).sort()).toEqual([...LABELS].sort());
  for (const label of LABELS) {
    const score = result.scores[label];
    expect(Number.isFinite(score) && score >= 0 && score <= 1, `score of ${label} is ${score}`).toBe(true);
  }

  for (const span of result.evidence) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), `span ${span.start}..${span.end} is not integral`).toBe(true);
    expect(0 <= span.start && span.start <= span.end && span.end <= length, `span ${span.start}..${span.end} outside 0..${length}`).toBe(true);
    expect(result.labels).toContain(span.label);
    expect(typeof span.ruleId).toBe('string');
    expect(typeof span.excerpt).toBe('string');
  }

  for (const action of result.actions) {
    expect(typeof action).toBe('string');
    expect(KNOWN_ACTIONS.has(action), `unknown action ${action}`).toBe(true);
  }
  expect(new Set(result.actions).size).toBe(result.actions.length);
}

function checkText(text: string): void {
  expectWellFormed(classify(text), text);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Mostly ordinary characters with unpaired surrogates among them, where offset arithmetic breaks. */
const withLoneSurrogates = fc.string({
  unit: fc.oneof(
    { arbitrary: loneSurrogate, weight: 2 },
    { arbitrary: fc.constantFrom('a', 'ö', 'Å', ' ', '\n', '.', '7', '-', '😡'), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
  ),
  maxLength: 200,
});

const SWEDISH_WORDS = [
  'jag', 'barn', 'barnen', 'mamma', 'pappa', 'slår', 'hjälp', 'HJÄÄÄLP', 'orkar', 'inte', 'leva', 'längre', 'socialtjänsten',
  'soc', 'handläggare', 'försörjningsstöd', 'ärende', 'kommunen', 'skolan', 'polisen', 'knark', 'stal', 'hotar', 'grannen',
  'ensam', 'hemma', 'ingen', 'mat', 'självmord', 'skäms', 'sparkas', 'korrupt', 'Storgatan', '12', 'Anna', 'Svensson',
  '811218-9876', '070-123 45 67', '+46 70 123 45 67', 'anna@example.se', 'tack', 'för', 'infon', 'badhuset', 'don’t', 'kids',
];
const EMOJI = ['😡', '😢', '❤️', '👍🏽', '👨‍👩‍👧‍👦', '🇸🇪', '🩸', '🎃', '\u200d', '\ufe0f'];
const mention = fc.stringMatching(/^@[\p{L}\p{N}_.]{1,20}$/u);
const hashtag = fc.stringMatching(/^#[a-zåäö0-9_]{1,15}$/);
const numberish = fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom('-', '+', ' ', ''), fc.integer({ min: 0, max: 9999 })).map(
  ([a, sep, b]) => `${String(a).padStart(6, '0')}${sep}${String(b).padStart(4, '0')}`,
);
const token = fc.oneof(
  { arbitrary: fc.constantFrom(...SWEDISH_WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...EMOJI), weight: 2 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
  { arbitrary: mention, weight: 1 },
  { arbitrary: hashtag, weight: 1 },
  { arbitrary: numberish, weight: 1 },
  { arbitrary: fc.constantFrom('.', '!', '??', '…', ',', '"', "'", '(', ')', '-', '–'), weight: 2 },
);
/** Comments in the shape people write them: Swedish words, emoji, links, tags and numbers run together. */
const commentLike = fc
  .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', '  ', '\t')), { maxLength: 80 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

/** A short seed repeated to 100 000 units: long enough to cross the analysis cut-off, cheap to generate. */
const veryLong = fc
  .oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), commentLike.filter((s) => s.length > 0), withLoneSurrogates.filter((s) => s.length > 0))
  .map((seed) => seed.repeat(Math.ceil(100_000 / seed.length)).slice(0, 100_000));

const anyString = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), withLoneSurrogates, commentLike);

// ---------------------------------------------------------------------------------------------
// Properties

describe('classify never throws and always returns a well-formed Assessment', () => {
  it('on printable graphemes, including multi-code-point ones', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkText), { numRuns: 800 });
  });

  it('on any code points across the full Unicode range (the v4 spelling of fullUnicodeString)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkText), { numRuns: 800 });
  });

  it('on control characters and latin-1', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 300 }), checkText), { numRuns: 400 });
  });

  it('on strings with lone surrogates', () => {
    fc.assert(fc.property(withLoneSurrogates, checkText), { numRuns: 800 });
  });

  it('on mixes of Swedish words, emoji, URLs, @mentions and numbers', () => {
    fc.assert(fc.property(commentLike, checkText), { numRuns: 800 });
  });

  it('on very long strings (100 000 UTF-16 units)', { timeout: 30_000 }, () => {
    fc.assert(fc.property(veryLong, checkText), { numRuns: 15 });
  });

  it('whatever lang, platform and post say, and with a stated language it does not support', () => {
    const input = fc.record(
      {
        text: anyString,
        lang: fc.oneof(fc.constantFrom('sv', 'en', 'SV ', 'ar', 'und', '', ' '), fc.string({ maxLength: 8 })),
        platform: fc.oneof(fc.constantFrom('facebook', 'instagram', 'business-suite', 'other'), fc.string({ maxLength: 8 })),
        post: fc.string({ unit: 'grapheme', maxLength: 100 }),
      },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(input, (comment: CommentInput) => expectWellFormed(classify(comment), comment.text)),
      { numRuns: 400 },
    );
  });

  it('gives the same answer for the same comment, whatever was classified before', () => {
    // Global regexes and caches keep state between calls; a leak would make results depend on order.
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        const first = classify(a);
        classify(b);
        expect(classify(a)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});

describe('classify on fixed awkward inputs', () => {
  /** Deterministic bytes, so a failure here reproduces on every machine. */
  function pseudoRandomBytes(count: number, seed: number): Uint8Array {
    const bytes = new Uint8Array(count);
    let state = seed >>> 0;
    for (let i = 0; i < count; i++) {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      bytes[i] = state >>> 24;
    }
    return bytes;
  }

  it.each([
    ['empty', ''],
    ['whitespace only', ' \t\n\r\u00a0\u2003\u3000\ufeff '],
    ['Arabic, right to left', 'أنا لا أستطيع العيش بعد الآن، أطفالي وحدهم في البيت. اتصلوا على 070-123 45 67'],
    ['Hebrew, right to left', 'אני לא יכולה יותר, השכן מכה את הילדים כל לילה 811218-9876'],
    ['bidi controls around Swedish', '\u202ejag orkar inte leva längre\u202c \u2067barn slår\u2069 \u200f'],
    ['null bytes', '\0'.repeat(500)],
    ['null bytes inside flagged words', 'jag\0orkar\0inte\0leva\0längre 070\u0000123 45 67 barn\0slår'],
    ['only a lone high surrogate', '\ud800'],
    ['only a lone low surrogate', '\udc00'],
    ['lone surrogates at the edges of flagged words', '\udbffjag orkar inte leva längre\ud800 ring 070-123 45 67\ud83d'],
    ['combining marks only', '\u0301\u0308\u030a'.repeat(50)],
    ['stretched letters', `HJÄ${'Ä'.repeat(5_000)}LP`],
  ])('%s', (_name, text) => {
    checkText(text);
  });

  it('random bytes decoded as latin-1', () => {
    for (const seed of [1, 2, 3, 42]) checkText(Buffer.from(pseudoRandomBytes(20_000, seed)).toString('latin1'));
  });

  it('random bytes decoded as UTF-8 and as UTF-16', () => {
    const bytes = Buffer.from(pseudoRandomBytes(20_000, 7));
    checkText(bytes.toString('utf8'));
    checkText(bytes.toString('utf16le'));
  });

  it('a 1 MB comment', { timeout: 60_000 }, () => {
    const paragraph = 'Hej kommunen! Min son på förskolan blir slagen av en pedagog, ring mig på 070-123 45 67 😡\n';
    checkText(paragraph.repeat(Math.ceil(1_048_576 / paragraph.length)).slice(0, 1_048_576));
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { toString: () => 'jag orkar inte leva' }],
    ['an array', ['jag', 'orkar', 'inte']],
    ['a symbol', Symbol('text')],
    ['a bigint', 10n],
  ])('text that is %s, passed through a cast', (_name, text) => {
    const comment = { text: text as unknown as string };
    expectWellFormed(classify(comment), text);
  });

  it('a comment that is not an object at all, passed through a cast', () => {
    for (const comment of [null, undefined, 42, {}]) expectWellFormed(classify(comment as unknown as CommentInput), undefined);
  });

  it('lang, platform and post of the wrong type, passed through a cast', () => {
    const comment = { text: 'jag orkar inte leva längre', lang: 7, platform: null, post: {} } as unknown as CommentInput;
    expectWellFormed(classify(comment), comment.text);
  });
});
