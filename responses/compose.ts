/**
 * suggestReplies(): two or three replies for a flagged comment, composed the way the guideline
 * asks: see the person without taking a stance, explain secrecy, refer to the right channel with
 * the number that fits the hour (112 first when there is danger now), never a standard reply and
 * never the same text twice. Each part is drawn from many phrasings (phrases.ts) in a varying order;
 * a candidate too close to a recent reply (word-trigram Jaccard >= 0.6) is drawn again.
 *
 * Nothing from the comment is ever copied into a reply: every phrase is written to fit any comment,
 * so names, numbers and case details cannot be echoed.
 */
import type { Assessment } from '../classifiers/types';
import type { Directory } from './directory-types';
import { PHRASES } from './phrases';
import type { PhraseBank, Situation } from './phrase-types';
import { referralFor, type ChannelChoice, type Referral } from './referral';
import { mulberry32, pickFrom, seedFrom, type Random } from './random';
import { nearDuplicateOf } from './similarity';
import { ACUTE_PARTS, OPENING_PARTS } from './opening-phrases';
import { composeAcute, composeOpening } from './opening';

export type ReplyLang = 'sv' | 'en';

export type ReplyPartKind =
  | 'acute'
  | 'acknowledge'
  | 'secrecy'
  | 'invite'
  | 'referral'
  | 'afterHoursSocial'
  | 'policeNonUrgent'
  | 'crisisLine'
  | 'concernReport'
  | 'closing';

export interface ReplyPart {
  kind: ReplyPartKind;
  text: string;
}

export interface ReplySuggestion {
  text: string;
  lang: ReplyLang;
  /** Ids of the directory channels the reply names, in the order it names them. */
  channels: string[];
  parts: ReplyPart[];
}

export interface SuggestOptions {
  now: Date;
  directory: Directory;
  /** Recent replies (newest last); suggestions stay clear of the last HISTORY_WINDOW. */
  history?: readonly string[];
  /** Reply language; by default the comment's when it is English, else Swedish. */
  lang?: ReplyLang;
  /** Seed for the phrasing draw, so a run can be repeated; by default taken from the comment and the time. */
  seed?: number;
  /** How many suggestions (2 or 3). */
  count?: number;
  /**
   * The channels to refer to, when the caller already knows them (training's model replies name the
   * channels its scoring accepts); by default worked out from the assessment and the hour.
   */
  referral?: Referral;
}

export const HISTORY_WINDOW = 50;
export const MAX_REPLY_LENGTH = 600;
const DRAWS_PER_SUGGESTION = 40;

type CommentLike = string | { text?: unknown };

export function suggestReplies(assessment: Assessment, comment: CommentLike, options: SuggestOptions): ReplySuggestion[] {
  if (assessment.labels.length === 0) return [];
  const text = typeof comment === 'string' ? comment : typeof comment?.text === 'string' ? comment.text : '';
  const lang: ReplyLang = options.lang ?? (assessment.lang === 'en' ? 'en' : 'sv');
  const referral = options.referral ?? referralFor(assessment, options.directory, options.now, text);
  const random = mulberry32(options.seed ?? seedFrom(`${text}\u0000${options.now.toISOString()}`));
  const count = Math.min(3, Math.max(2, options.count ?? 3));
  const recent = (options.history ?? []).slice(-HISTORY_WINDOW);

  const nearDuplicate = nearDuplicateOf(recent);
  const openings = new Set(recent.map(firstSentence));
  const suggestions: ReplySuggestion[] = [];
  for (let n = 0; n < count; n++) {
    let chosen: ReplySuggestion | undefined;
    let fallback: ReplySuggestion | undefined;
    for (let draw = 0; draw < DRAWS_PER_SUGGESTION && !chosen; draw++) {
      const candidate = compose(assessment, referral, lang, random);
      if (candidate.text.length > MAX_REPLY_LENGTH) continue;
      // A reply that opens like a recent one reads like a template even when the rest differs;
      // checked first because it is cheap and rules out most rejected candidates.
      const repeatsOpening = openings.has(firstSentence(candidate.text));
      if (repeatsOpening && fallback) continue;
      if (nearDuplicate.test(candidate.text)) continue;
      if (repeatsOpening) fallback = candidate;
      else chosen = candidate;
    }
    chosen ??= fallback;
    if (!chosen) continue;
    suggestions.push(chosen);
    nearDuplicate.add(chosen.text);
    openings.add(firstSentence(chosen.text));
  }
  return suggestions;
}

/** The opening sentence of a reply: what makes replies read alike when it repeats. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?]\s/u);
  return end < 0 ? text : text.slice(0, end + 1);
}

function situationOf(assessment: Assessment): Situation {
  const has = (label: Assessment['labels'][number]) => assessment.labels.includes(label);
  if (has('crisis')) return 'crisis';
  if (has('child_at_risk')) return 'childWorry';
  if (has('crime')) return 'crime';
  if (has('criticism') && !has('individual_case')) return 'anger';
  return 'ownMatter';
}

/** Now and then a whole-sentence opening from the bank, mostly one joined from parts. */
const WHOLE_OPENING_SHARE = 0.25;

function compose(assessment: Assessment, referral: Referral, lang: ReplyLang, random: Random): ReplySuggestion {
  const bank = PHRASES[lang];
  const situation = situationOf(assessment);
  const parts: ReplyPart[] = [];
  const channels: string[] = [];
  const add = (kind: ReplyPartKind, text: string) => parts.push({ kind, text });
  const has = (label: Assessment['labels'][number]) => assessment.labels.includes(label);
  const secrecyNeeded = has('individual_case') || has('child_at_risk') || has('crisis') || has('sensitive_data');

  if (referral.acute) add('acute', random() < WHOLE_OPENING_SHARE ? pickFrom(bank.acute, random) : composeAcute(ACUTE_PARTS[lang], random));
  add('acknowledge', random() < WHOLE_OPENING_SHARE ? pickFrom(bank.acknowledge[situation], random) : composeOpening(OPENING_PARTS[lang], situation, random));

  // Secrecy before or after the referral: both read naturally, and the order varies between replies.
  const secrecyFirst = random() < 0.6;
  if (secrecyNeeded && secrecyFirst) add('secrecy', pickFrom(bank.secrecy, random));

  for (const choice of referral.channels) {
    const part = referralPart(choice, bank, lang, random);
    if (!part) continue;
    add(part.kind, part.text);
    channels.push(choice.channel.id);
  }
  if (has('child_at_risk') && !referral.acute && random() < 0.7) add('concernReport', pickFrom(bank.concernReport, random));
  if (secrecyNeeded && !secrecyFirst) add('secrecy', pickFrom(bank.secrecy, random));
  if (secrecyNeeded && !referral.acute && random() < 0.5) add('invite', pickFrom(bank.invite, random));
  if (!referral.acute && random() < 0.55) add('closing', pickFrom(bank.closing, random));

  return { text: parts.map((p) => p.text).join(' '), lang, channels, parts };
}

function referralPart(choice: ChannelChoice, bank: PhraseBank, lang: ReplyLang, random: Random): ReplyPart | null {
  const { channel } = choice;
  const name = channel.inSentence?.[lang] ?? channel.name[lang];
  // Reached through another number (socialjouren through 112): the phrasing that says so.
  if (channel.via && choice.purpose !== 'emergency') return { kind: 'afterHoursSocial', text: pickFrom(bank.afterHoursSocial, random) };
  switch (choice.purpose) {
    case 'emergency':
      // The acute opening already says 112.
      return null;
    case 'social_emergency':
      return { kind: 'afterHoursSocial', text: pickFrom(bank.afterHoursSocial, random) };
    case 'police':
      return { kind: 'policeNonUrgent', text: pickFrom(bank.policeNonUrgent, random) };
    case 'crisis_support':
      if (!choice.phone) break;
      return { kind: 'crisisLine', text: fill(pickFrom(bank.crisisLine, random), { channel: name, phone: choice.phone }) };
    default:
      break;
  }
  const contact = contactPhrase(choice, lang);
  if (contact && choice.reopens) {
    const time = lang === 'sv' ? choice.reopens.replace(':', '.') : choice.reopens;
    return { kind: 'referral', text: fill(pickFrom(bank.referralReopens, random), { channel: name, contact, time }) };
  }
  if (!contact) return { kind: 'referral', text: fill(pickFrom(bank.referralUnknown, random), { channel: name }) };
  return { kind: 'referral', text: fill(pickFrom(bank.referral, random), { channel: name, contact }) };
}

function contactPhrase(choice: ChannelChoice, lang: ReplyLang): string | null {
  const { channel } = choice;
  if (choice.phone) return lang === 'sv' ? `på ${choice.phone}` : `on ${choice.phone}`;
  if (channel.email) return lang === 'sv' ? `via e-post till ${channel.email}` : `by e-mail at ${channel.email}`;
  if (channel.url) return lang === 'sv' ? `via ${channel.url}` : `at ${channel.url}`;
  return null;
}

function fill(template: string, values: Record<string, string>): string {
  const filled = template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  // A channel name that opens a sentence gets a capital letter.
  return filled.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}
