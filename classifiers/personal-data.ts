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
    'ring ringde vänligen hälsningar mvh kära läste läser såg ser call merry christmas happy new year god jul gott nytt år glad påsk midsommar'
  ).split(' '),
);

function luhnValidPin(candidate: string): boolean {
  try {
    return Personnummer.valid(candidate.replace(/\s/g, ''));
  } catch {
    return false;
  }
}

export function findPersonalData(text: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  const add = (kind: PersonalDataKind, match: RegExpMatchArray) => {
    const start = match.index ?? 0;
    spans.push({ kind, start, end: start + match[0].length, text: match[0] });
  };
  // Cheap checks first: most comments hold no digits, no @ and no street name at all.
  const digits = /\d{6}/.test(text.replace(/[\s-]/g, ''));
  if (digits) for (const match of text.matchAll(PIN)) if (luhnValidPin(match[0])) add('personal_identity_number', match);
  const taken = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);
  for (const match of digits ? text.matchAll(PHONE) : []) {
    const start = match.index ?? 0;
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 8 && digits.length <= 13 && !taken(start, start + match[0].length)) add('phone', match);
  }
  if (text.includes('@')) for (const match of text.matchAll(EMAIL)) add('email', match);
  if (/\d/.test(text)) {
    for (const match of text.matchAll(STREET)) add('street_address', match);
    for (const match of text.matchAll(ENGLISH_STREET)) add('street_address', match);
  }
  for (const match of text.matchAll(FULL_NAME)) {
    const words = match[0].split(/\s+/);
    if (words.some((word) => NOT_NAMES.has(word.toLowerCase()))) continue;
    add('full_name', match);
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
