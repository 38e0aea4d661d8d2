/**
 * Finds personal data in a comment: personal identity numbers (validated, samordningsnummer
 * included), phone numbers, e-mail addresses, street addresses and full names. Spans are offsets
 * into the original text so the UI can mask them and storage can redact them.
 *
 * @example findPersonalData('ring mig på 070-123 45 67')[0].kind // 'phone'
 */
import Personnummer from 'personnummer';

export type PersonalDataKind = 'personal_identity_number' | 'phone' | 'email' | 'street_address' | 'full_name';

export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

const PIN = /(?<![\p{N}-])(?:(?:19|20)?\d{6}[-+ ]?\d{4})(?![\p{N}])/gu;
const PHONE = /(?<![\p{N}\p{L}])(?:\+46[\s-]?\(?0?\)?|0)(?:7\d|[1-9]\d{0,2})[\s-]?\d{2,3}(?:[\s-]?\d{2}){1,3}(?![\p{N}])/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const STREET =
  /(?<![\p{L}])\p{Lu}?[\p{L}-]*(?:gatan|vägen|vagen|gränd|grand|stigen|backen|torget|allén|allen|plan|leden|väg|gata|road|street|avenue)\s+\d{1,4}\s?[A-Za-z]?(?![\p{L}\p{N}])/gu;
const ENGLISH_STREET = /(?<![\p{L}])\p{Lu}\p{Ll}+ (?:Street|Road|Avenue|Lane|Way|Close)\s+\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])/gu;

/** A cheap test before STREET, whose open-ended prefix is slow to try at every position. */
const STREET_WORD = /(?:gatan|vägen|vagen|gränd|grand|stigen|backen|torget|allén|allen|plan|leden|väg|gata|road|street|avenue|lane|close|way)\s+\d/i;

/** Two or three capitalised words: a full name, if it is not the start of a sentence of common words. */
const FULL_NAME = /(?<![\p{L}@])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:af |von |de )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?![\p{L}])/gu;

/** Capitalised words that are not names although they often start or sit in a sentence. */
const NOT_NAMES = new Set(
  (
    'jag du han hon hen vi ni de dom det den detta hej hallå tack varför vad när hur var vem vilken kommunen kommun varbergs varberg ' +
    'socialtjänsten soc hemtjänsten skolan polisen region gud herregud snälla ok okej nu idag igår imorgon mamma pappa min mitt mina ' +
    'måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj juni juli augusti september oktober november december ' +
    'facebook instagram google ica coop willys hemköp lidl systembolaget sverige svenska stockholm göteborg malmö halland ' +
    'the i my we you he she they it this that hello hi thanks please why what when how monday tuesday wednesday thursday friday saturday sunday ' +
    'västra östra norra södra nya gamla stora lilla ring ringde vänligen hälsningar mvh kära läste läser såg ser call merry christmas happy new year god jul gott nytt år glad påsk midsommar'
  ).split(' '),
);

const PIN_LABEL = /person(?:nummer|numret|nummret|nr)|pnr|samordningsnummer|födelsenummer|personal identity number|social security/iu;

/** YYMMDD or YYYYMMDD with a real month and a day (samordningsnummer add 60 to the day). */
function plausibleDate(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  const date = digits.length === 12 ? digits.slice(2, 8) : digits.slice(0, 6);
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

function luhnValidPin(candidate: string): boolean {
  try {
    return Personnummer.valid(candidate.replace(/\s/g, ''));
  } catch {
    return false;
  }
}

const ALL_KINDS: readonly PersonalDataKind[] = ['personal_identity_number', 'phone', 'email', 'street_address', 'full_name'];
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_ANCHORED = new RegExp(`^${EMAIL.source}$`, 'u');

/** Six digits in a row, ignoring spaces and hyphens: the least a number of interest has. */
function hasSixDigits(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (++run >= 6) return true;
    } else if (code !== 32 && code !== 45) run = 0;
  }
  return false;
}

/**
 * Personal data of the given kinds (all by default), in text order. Each kind is only looked for
 * when asked and when a cheap test says it can be there: most comments have no digits and no @.
 */
export function findPersonalData(text: string, kinds: readonly PersonalDataKind[] = ALL_KINDS): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  const add = (kind: PersonalDataKind, start: number, found: string) => spans.push({ kind, start, end: start + found.length, text: found });
  const want = (kind: PersonalDataKind) => kinds.includes(kind);
  const digits = (want('personal_identity_number') || want('phone')) && hasSixDigits(text);
  const pins: PersonalDataSpan[] = [];
  if (digits) {
    for (const match of text.matchAll(PIN)) {
      // A number the writer calls a personnummer is one, even with a typo in its check digit.
      const labelled = PIN_LABEL.test(text.slice(Math.max(0, match.index - 30), match.index)) && plausibleDate(match[0]);
      if (luhnValidPin(match[0]) || labelled) {
        pins.push({ kind: 'personal_identity_number', start: match.index, end: match.index + match[0].length, text: match[0] });
      }
    }
    if (want('personal_identity_number')) spans.push(...pins);
  }
  if (digits && want('phone')) {
    for (const match of text.matchAll(PHONE)) {
      const start = match.index;
      const end = start + match[0].length;
      const count = match[0].replace(/\D/g, '').length;
      // A personal identity number is not also a phone number.
      if (count >= 8 && count <= 13 && !pins.some((pin) => start < pin.end && end > pin.start)) add('phone', start, match[0]);
    }
  }
  if (want('email')) {
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let from = at;
      while (from > 0 && EMAIL_LOCAL.test(text[from - 1] ?? '')) from--;
      let to = at + 1;
      while (to < text.length && /[\p{L}\p{N}.-]/u.test(text[to] ?? '')) to++;
      while (to > at + 1 && text[to - 1] === '.') to--;
      const candidate = text.slice(from, to);
      if (from < at && EMAIL_ANCHORED.test(candidate)) add('email', from, candidate);
    }
  }
  if (want('street_address') && /\d/.test(text) && STREET_WORD.test(text)) {
    for (const match of text.matchAll(STREET)) add('street_address', match.index, match[0]);
    for (const match of text.matchAll(ENGLISH_STREET)) add('street_address', match.index, match[0]);
  }
  if (want('full_name')) {
    for (const match of text.matchAll(FULL_NAME)) {
      const words = match[0].split(/\s+/);
      if (!words.some((word) => NOT_NAMES.has(word.toLowerCase()))) add('full_name', match.index, match[0]);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Replaces every personal data span with a mask that says what was there, for storing and
 * exporting comments without the data itself.
 *
 * @example redactPersonalData('Anna Berg, 070-123 45 67') // '[namn] , [telefon]' shape
 */
const MASKS: Record<PersonalDataKind, string> = {
  personal_identity_number: '[personnummer]',
  phone: '[telefonnummer]',
  email: '[e-post]',
  street_address: '[adress]',
  full_name: '[namn]',
};

export function redactPersonalData(text: string, kinds: readonly PersonalDataKind[] = Object.keys(MASKS) as PersonalDataKind[]): string {
  let out = '';
  let at = 0;
  for (const span of findPersonalData(text)) {
    if (!kinds.includes(span.kind) || span.start < at) continue;
    out += text.slice(at, span.start) + MASKS[span.kind];
    at = span.end;
  }
  return out + text.slice(at);
}
