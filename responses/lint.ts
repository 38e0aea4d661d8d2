/**
 * lintReply(): checks a reply the moderator wrote against the guideline before it is posted.
 * Each finding has a severity, a message in Swedish and English, the guideline passage it serves
 * and the span of the draft it concerns (the whole draft when it is about something missing).
 */
import { detectLanguage } from '../classifiers/language';
import { findPersonalData } from '../classifiers/personal-data';
import type { Assessment } from '../classifiers/types';
import { MAX_REPLY_LENGTH, HISTORY_WINDOW } from './compose';
import type { Directory } from './directory-types';
import { VARBERG_DIRECTORY } from './varberg-directory';
import { closest, SIMILARITY_LIMIT } from './similarity';

export type FindingId =
  | 'takes-stance'
  | 'promises-outcome'
  | 'repeats-personal-data'
  | 'repeats-case-details'
  | 'confirms-contact'
  | 'invites-private-message'
  | 'lacks-referral'
  | 'lacks-acknowledgement'
  | 'wrong-language'
  | 'repeats-recent-reply'
  | 'too-long';

export interface Finding {
  id: FindingId;
  severity: 'error' | 'warning';
  message: { sv: string; en: string };
  guideline: string;
  start: number;
  end: number;
}

export interface LintOptions {
  comment?: string;
  assessment?: Pick<Assessment, 'labels' | 'lang'>;
  history?: readonly string[];
  /** The language the reply should be in; by default the comment's. */
  lang?: string;
  /** Its public numbers are referrals, not personal data, even when the comment has them too. */
  directory?: Directory;
}

const G = {
  stance: 'Utan att ta ställning i sakfrågan, bekräfta personen och visa empati.',
  secrecy: 'Individärenden får aldrig diskuteras i sociala medier, eftersom det skulle innebära att sekretessen bröts.',
  dm: 'Inte ens att kommunicera via personligt direktmeddelande är tillräckligt säkert.',
  refer: 'Hänvisa vidare till rätt instans om du vet vilken det är (till exempel socialtjänsten), gärna med ett direkttelefonnummer.',
  acknowledge: 'Det är oerhört viktigt att bekräfta och återkoppla det personen skriver, men utan att ta ställning i sakfrågan.',
  repeat: 'Undvik dock att använda standardsvar eller upprepa exakt samma svar flera gånger.',
};

interface Pattern {
  id: FindingId;
  regex: RegExp;
  message: { sv: string; en: string };
  guideline: string;
}

/** Phrases that agree, disagree, blame or promise: the municipality takes no stance in a comment. */
const PATTERNS: Pattern[] = [
  {
    id: 'takes-stance',
    regex:
      /\b(?:du har (?:helt )?rätt|det (?:är|var) (?:helt )?(?:fel|oacceptabelt|skandal\p{L}*|inte okej)|vi håller med|det stämmer (?:inte )?att|personalen (?:har|gjorde) fel|ni har fel|det där är inte sant|you(?:'re| are) (?:absolutely |completely )?right|we agree|that(?:'s| is| was) (?:wrong|unacceptable|not true|a scandal)|(?:staff|they) (?:were|was) wrong|you(?:'re| are) wrong)\b/giu,
    message: { sv: 'Svaret tar ställning i sakfrågan. Bekräfta känslan, inte påståendet.', en: 'The reply takes a stance. Acknowledge the feeling, not the claim.' },
    guideline: G.stance,
  },
  {
    id: 'promises-outcome',
    regex: /\b(?:vi (?:ska|kommer att|lovar att?) (?:se till|ordna|lösa|fixa|rätta)\p{L}*|det (?:ska|kommer att) (?:lösa sig|ordna sig|bli rätt)|vi lovar|we(?:'ll| will) (?:make sure|fix|sort (?:it|this) out|solve)|we promise|it will be (?:fixed|sorted|solved))\b/giu,
    message: { sv: 'Svaret lovar ett utfall som kommunikatören inte kan lova.', en: 'The reply promises an outcome the moderator cannot promise.' },
    guideline: G.stance,
  },
  {
    id: 'confirms-contact',
    regex:
      /\b(?:(?:din|er) handläggare|ditt ärende|i ditt ärende|vi har (?:tittat på|kollat|sett i|läst) (?:ditt|din|era|er)|enligt (?:våra|vår) (?:uppgifter|journal|register)|du är (?:känd|aktuell) (?:hos|inom)|your (?:case ?worker|social worker|case file|file)|we (?:have )?(?:looked into|checked) your|according to our (?:records|files)|you are known to)\b/giu,
    message: {
      sv: 'Svaret kan bekräfta att personen har kontakt med socialtjänsten. Skriv inget om ärendet.',
      en: 'The reply may confirm that the person is in contact with social services. Say nothing about the case.',
    },
    guideline: G.secrecy,
  },
];

const PRIVATE_MESSAGE =
  /\b(?:DM|PM|inbox|direktmeddelande\p{L}*|privat(?:a)? meddelande\p{L}*|skriv (?:till oss |till mig )?privat|skicka (?:ett |oss ett )?(?:dm|pm|meddelande)|direct message|private message|message us|send us a message)\b/giu;
/** A private message named in a sentence that says what we can NOT do is a refusal, not an invitation. */
/**
 * Negations that encourage ("tveka inte att skicka ett DM") or set a condition ("om du inte vill
 * skriva här, skicka ett DM") leave an invitation an invitation.
 */
const ENCOURAGING_NEGATION =
  /\b(?:tveka inte|dra dig inte för|glöm inte|don't hesitate|do not hesitate|don't forget|never hesitate)\b|\b(?:om du (?:hellre )?inte vill|if you(?:'d rather not| would rather not| don't want to| do not want to))[^,.!?]*,/giu;
/** "4 pm", "16.00 am": a time of day, not a private message. */
const CLOCK_BEFORE = /\d\s*$/u;
const NEGATION_BEFORE = /\b(?:inte|ej|aldrig|varken|heller|not|never|neither|nor|can't|cannot|won't|isn't|aren't)\b[^.!?]{0,160}$/iu;
const NEGATION_AFTER = /^[^.!?]{0,40}\b(?:heller|either|isn't safe|är inte|inte heller)\b/iu;

/** Words that see the person or the feeling; a reply without any of them reads cold. */
const ACKNOWLEDGEMENT =
  /\b(?:tack|förstår|förståelig\p{L}*|begriplig\p{L}*|naturligt|klart att (?:du|man)|låter|ledsen|beklagar|oro\p{L}*|jobbig\p{L}*|tung\p{L}*|svårt|bra att du|glad att du|modigt|hör (?:att|dig|din)|ser (?:att|dig)|känn\p{L}*|känsl\p{L}*|det märks|det är tydligt att|missnöj\p{L}*|betyder mycket|bryr|berörd|besvikelse\p{L}*|omtanke\p{L}*|på allvar|styrka|spelar roll|din fråga är viktig|thank\p{L}*|understand\p{L}*|sorry|sounds|worr\p{L}*|hear (?:you|that|your)|it's clear that|it is clear that|unhappy|dissatisfied|means a lot|your concern|glad you|good (?:that )?you|feel\p{L}*|care\p{L}*|difficult|hard|of course you|natural|seriously|moved|shaken|disappointment|deserve\p{L}*|question is important)\b/iu;

/** A phone number or the name of a channel: what a referral needs. */
const REFERRAL =
  /(?:\b\d[\d -]{1,12}\d\b|\b112\b|socialtjänst\p{L}*|socialjour\p{L}*|mottagning\p{L}*|kundservice|polis\p{L}*|1177|e-post|e-tjänst\p{L}*|klagomål|social services|police|helpline|customer service|complaints)/iu;
/** The guideline's fallback when the number is not at hand: promise to come back with a contact. */
const COMES_BACK = /(?:återkomm\p{L}*|skriv\p{L}* här igen|hör av oss)[^.!?]*(?:nummer|kontakt\p{L}*)|(?:nummer|kontakt\p{L}*)[^.!?]*(?:återkomm\p{L}*|skriv\p{L}* (?:det )?här)|(?:get|come|post) back[^.!?]*(?:number|contact)|(?:number|contact)[^.!?]*(?:get|come|post) back/iu;

export function lintReply(draft: string, options: LintOptions = {}): Finding[] {
  const text = typeof draft === 'string' ? draft : '';
  // Typographic apostrophes (You’re, we’ll) read as plain ones; same length, so spans stay true.
  const plain = text.replace(/[\u2018\u2019\u02bc]/gu, "'");
  const findings: Finding[] = [];
  const whole = { start: 0, end: text.length };
  const add = (finding: Omit<Finding, 'start' | 'end'>, span: { start: number; end: number } = whole) => findings.push({ ...finding, ...span });

  for (const pattern of PATTERNS) {
    for (const match of plain.matchAll(pattern.regex)) {
      add({ id: pattern.id, severity: 'error', message: pattern.message, guideline: pattern.guideline }, { start: match.index, end: match.index + match[0].length });
    }
  }

  for (const match of plain.matchAll(PRIVATE_MESSAGE)) {
    const before = plain.slice(Math.max(0, match.index - 200), match.index);
    const after = plain.slice(match.index + match[0].length, match.index + match[0].length + 60);
    if (/^pm$/iu.test(match[0]) && CLOCK_BEFORE.test(before)) continue;
    if (NEGATION_BEFORE.test(before.replace(ENCOURAGING_NEGATION, '')) || NEGATION_AFTER.test(after)) continue;
    add(
      {
        id: 'invites-private-message',
        severity: 'error',
        message: { sv: 'Be aldrig om ett privat meddelande: inte ens det är säkert nog för sekretessen.', en: 'Never invite a private message: not even that is safe enough for secrecy.' },
        guideline: G.dm,
      },
      { start: match.index, end: match.index + match[0].length },
    );
  }

  const comment = options.comment ?? '';
  if (comment) {
    const directory = options.directory ?? VARBERG_DIRECTORY;
    const publicNumbers = new Set(directory.channels.flatMap((channel) => (channel.phone ? [personalDataKey(channel.phone)] : [])));
    const inComment = new Set(findPersonalData(comment).map((span) => personalDataKey(span.text)));
    for (const span of findPersonalData(text)) {
      const key = personalDataKey(span.text);
      if (!inComment.has(key) || publicNumbers.has(key)) continue;
      add(
        {
          id: 'repeats-personal-data',
          severity: 'error',
          message: { sv: 'Svaret upprepar en personuppgift ur kommentaren.', en: 'The reply repeats personal data from the comment.' },
          guideline: G.secrecy,
        },
        { start: span.start, end: span.end },
      );
    }
    const echoed = sharedRun(text, comment);
    if (echoed) {
      add(
        {
          id: 'repeats-case-details',
          severity: 'warning',
          message: { sv: 'Svaret upprepar detaljer ur kommentaren. Skriv om dem med egna, allmänna ord.', en: 'The reply repeats details of the comment. Use your own, general words.' },
          guideline: G.secrecy,
        },
        echoed,
      );
    }
  }

  const labels = options.assessment?.labels ?? [];
  const flagged = labels.length > 0;
  // Personal data alone asks for the comment to be hidden, not for a referral (actionsFor agrees).
  const needsReferral = labels.some((label) => label !== 'sensitive_data');
  if (needsReferral && !REFERRAL.test(text) && !COMES_BACK.test(text)) {
    add({
      id: 'lacks-referral',
      severity: 'error',
      message: { sv: 'Svaret hänvisar inte vidare. Ange rätt kanal med ett direktnummer.', en: 'The reply refers nowhere. Name the right channel with a direct number.' },
      guideline: G.refer,
    });
  }
  if (flagged && !ACKNOWLEDGEMENT.test(text)) {
    add({
      id: 'lacks-acknowledgement',
      severity: 'warning',
      message: { sv: 'Svaret bekräftar inte personen. Börja med att visa att du ser och hör.', en: 'The reply does not acknowledge the person. Start by showing you see and hear them.' },
      guideline: G.acknowledge,
    });
  }

  const wanted = options.lang ?? options.assessment?.lang ?? (comment ? detectLanguage(comment) : undefined);
  const written = detectLanguage(text);
  if (wanted && (wanted === 'sv' || wanted === 'en') && (written === 'sv' || written === 'en') && written !== wanted) {
    add({
      id: 'wrong-language',
      severity: 'error',
      message: { sv: `Svaret är på ${written === 'sv' ? 'svenska' : 'engelska'} men kommentaren på ${wanted === 'sv' ? 'svenska' : 'engelska'}.`, en: `The reply is in ${written === 'sv' ? 'Swedish' : 'English'} but the comment in ${wanted === 'sv' ? 'Swedish' : 'English'}.` },
      guideline: G.acknowledge,
    });
  }

  const near = closest(text, (options.history ?? []).slice(-HISTORY_WINDOW));
  if (near && near.similarity >= SIMILARITY_LIMIT) {
    add({
      id: 'repeats-recent-reply',
      severity: 'error',
      message: {
        sv: near.similarity === 1 ? 'Exakt samma svar har redan skickats. Skriv ett eget.' : 'Svaret är nästan likadant som ett nyligen skickat. Formulera om det.',
        en: near.similarity === 1 ? 'The exact same reply was already sent. Write one of your own.' : 'The reply is nearly the same as a recent one. Rephrase it.',
      },
      guideline: G.repeat,
    });
  }

  if (text.length > MAX_REPLY_LENGTH) {
    add({
      id: 'too-long',
      severity: 'warning',
      message: { sv: `Svaret är ${text.length} tecken. Håll det under ${MAX_REPLY_LENGTH}.`, en: `The reply is ${text.length} characters. Keep it under ${MAX_REPLY_LENGTH}.` },
      guideline: G.acknowledge,
    },
    { start: MAX_REPLY_LENGTH, end: text.length });
  }
  return findings.sort((a, b) => (a.severity === b.severity ? a.start - b.start : a.severity === 'error' ? -1 : 1));
}

/**
 * One key per piece of data however it is written: +46 70… and 070… are the same phone, and
 * 19811218-9876 and 811218-9876 the same personnummer.
 */
function personalDataKey(text: string): string {
  const squeezed = text.toLowerCase().replace(/[\s\-+()]/g, '');
  if (!/^\d+$/u.test(squeezed)) return squeezed;
  const national = /^(?:00)?46\d{7,}$/u.test(squeezed) && /^\s*(?:\+|00)/u.test(text) ? `0${squeezed.replace(/^(?:00)?46/u, '')}` : squeezed;
  return /^(?:19|20)\d{10}$/u.test(national) ? national.slice(2) : national;
}

const RUN = 5;

/** The first run of RUN or more words the reply shares with the comment: details echoed back. */
function sharedRun(reply: string, comment: string): { start: number; end: number } | undefined {
  const words = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const replyWords = words(reply);
  const commentWords = words(comment).map((w) => w.word);
  const grams = new Set<string>();
  for (let i = 0; i + RUN <= commentWords.length; i++) grams.add(commentWords.slice(i, i + RUN).join(' '));
  for (let i = 0; i + RUN <= replyWords.length; i++) {
    if (grams.has(replyWords.slice(i, i + RUN).map((w) => w.word).join(' '))) return { start: replyWords[i]!.start, end: replyWords[i + RUN - 1]!.end };
  }
  return undefined;
}
