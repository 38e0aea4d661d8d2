/**
 * Texts of the overlay on Facebook and Instagram, Swedish first. Short sentences and du-form: the
 * moderator reads them with a comment in front of them and little time.
 */
import type { StepId } from '../../storage/records';
import type { UiLanguage } from '../../utils/ui-text';

export interface OverlayText {
  badgeLabel(word: string, labels: string): string;
  cardTitle: string;
  close: string;
  acuteNow: string;
  writtenBy(author: string): string;
  inThread: string;
  why: string;
  noEvidence: string;
  steps: string;
  step: Record<StepId, string>;
  suggestions: string;
  suggestionLabel(n: number): string;
  copy: string;
  copied: string;
  copyFailed: string;
  moreSuggestions: string;
  noSuggestions: string;
  draft: string;
  draftHint: string;
  draftOk: string;
  draftFindings(n: number): string;
  followUp: string;
  followedUp(done: number, total: number): string;
  closedTask: string;
  notRelevant: string;
  dismissed: string;
  failed: string;
  secrecyReminder: string;
}

const sv: OverlayText = {
  badgeLabel: (word, labels) => `Sekretessvakt: ${word}. ${labels}. Öppna förslag`,
  cardTitle: 'Sekretessvakt',
  close: 'Stäng',
  acuteNow: 'Gör detta nu: ring 112 om någon är i fara. Svara sedan kort och hänvisa till 112.',
  writtenBy: (author) => `Skriven av ${author}`,
  inThread: 'Svar i en tråd',
  why: 'Därför flaggas kommentaren',
  noEvidence: 'Flaggad utifrån helheten, utan en enskild fras.',
  steps: 'Steg enligt riktlinjen',
  step: {
    acknowledged: 'Svara offentligt. Bekräfta personen utan att ta ställning.',
    referred: 'Hänvisa till rätt kanal, gärna med direktnummer.',
    police_report: 'Gör en polisanmälan.',
    concern_report: 'Gör en orosanmälan till socialtjänsten.',
    manager_informed: 'Informera ansvarig chef.',
    got_help: 'Följ upp att personen har fått hjälp.',
  },
  suggestions: 'Svarsförslag',
  suggestionLabel: (n) => `Förslag ${n}`,
  copy: 'Kopiera',
  copied: 'Kopierat',
  copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera själv.',
  moreSuggestions: 'Nya förslag',
  noSuggestions: 'Inga förslag för den här kommentaren.',
  draft: 'Ditt eget svar',
  draftHint: 'Skriv ditt svar här. Vi kontrollerar att det inte bryter mot sekretessen.',
  draftOk: 'Vi hittade inga problem i ditt svar.',
  draftFindings: (n) => (n === 1 ? 'Ett problem att rätta:' : `${n} problem att rätta:`),
  followUp: 'Följ upp',
  followedUp: (done, total) => `Uppföljning skapad. ${done} av ${total} steg klara.`,
  closedTask: 'Uppföljningen är avslutad.',
  notRelevant: 'Inte relevant',
  dismissed: 'Markerad som inte relevant. Din chef kan se det.',
  failed: 'Det gick inte att spara. Försök igen om en stund.',
  secrecyReminder: 'Diskutera aldrig ärendet här. Sekretessen gäller.',
};

const en: OverlayText = {
  badgeLabel: (word, labels) => `Sekretessvakt: ${word}. ${labels}. Open suggestions`,
  cardTitle: 'Sekretessvakt',
  close: 'Close',
  acuteNow: 'Do this now: call 112 if someone is in danger. Then reply briefly and refer to 112.',
  writtenBy: (author) => `Written by ${author}`,
  inThread: 'A reply in a thread',
  why: 'Why this comment is flagged',
  noEvidence: 'Flagged from the whole text, not a single phrase.',
  steps: 'Steps in the guideline',
  step: {
    acknowledged: 'Reply publicly. Acknowledge the person without taking a stance.',
    referred: 'Refer to the right channel, with a direct number if you can.',
    police_report: 'File a police report.',
    concern_report: 'File a report of concern with social services.',
    manager_informed: 'Inform the manager in charge.',
    got_help: 'Follow up that the person got help.',
  },
  suggestions: 'Suggested replies',
  suggestionLabel: (n) => `Suggestion ${n}`,
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copying did not work. Select the text and copy it yourself.',
  moreSuggestions: 'New suggestions',
  noSuggestions: 'No suggestions for this comment.',
  draft: 'Your own reply',
  draftHint: 'Write your reply here. We check that it does not break secrecy.',
  draftOk: 'We found no problems in your reply.',
  draftFindings: (n) => (n === 1 ? 'One problem to fix:' : `${n} problems to fix:`),
  followUp: 'Follow up',
  followedUp: (done, total) => `Follow-up created. ${done} of ${total} steps done.`,
  closedTask: 'The follow-up is closed.',
  notRelevant: 'Not relevant',
  dismissed: 'Marked as not relevant. Your manager can see it.',
  failed: 'Saving did not work. Try again in a moment.',
  secrecyReminder: 'Never discuss the case here. Secrecy applies.',
};

export function overlayText(lang: UiLanguage): OverlayText {
  return lang === 'en' ? en : sv;
}
