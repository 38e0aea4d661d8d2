/**
 * Texts of the side panel's triage queue, Swedish first. Plain language and du-form, short
 * sentences. Numbers are formatted the way each language writes them (1 240 in Swedish, with a
 * non-breaking space; 1,240 in English).
 */
import type { TaskProgress } from '../../storage/due';
import type { UiLanguage } from '../../utils/ui-text';

export interface TriageText {
  /** Heading above the counts. */
  countsHeading: string;
  /** Accessible names of the two count lists. */
  countsByUrgency: string;
  countsByLabel: string;
  /** The live summary: how many comments still need action. Zero gives the empty-state sentence. */
  needAction(count: number): string;
  /** Shown when the list is empty because nothing has been flagged. */
  empty: string;
  unsupportedHeading: string;
  unsupported: string;
  unsupportedReload: string;
  scanned(count: number): string;
  unreadable(count: number): string;
  filtersHeading: string;
  urgencyLegend: string;
  labelLegend: string;
  hideHandled: string;
  noMatch: string;
  clearFilters: string;
  listName: string;
  reveal: string;
  /** The reveal button's accessible name; starts with the visible text so voice control finds it. */
  revealName(author: string | undefined, excerptStart: string): string;
  depth: { comment: string; reply: string };
  /** The time the site shows for the comment. */
  posted(time: string): string;
  /** No time on the page: when the extension found the comment instead. */
  found(time: string): string;
  followUp: string;
  progress: Record<TaskProgress, string>;
  steps(done: number, total: number): string;
  overdue: string;
  dismissed: string;
  revealFailed: string;
  notifyAcute: string;
}

export function formatNumber(lang: UiLanguage, value: number): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}

const SV_EMPTY = 'Inga kommentarer på sidan behöver åtgärdas just nu.';
const EN_EMPTY = 'Nothing on this page needs action right now.';

const sv: TriageText = {
  countsHeading: 'Att åtgärda',
  countsByUrgency: 'Antal efter brådska',
  countsByLabel: 'Antal efter typ',
  needAction: (count) =>
    count === 0
      ? SV_EMPTY
      : count === 1
        ? '1 kommentar behöver åtgärdas.'
        : `${formatNumber('sv', count)} kommentarer behöver åtgärdas.`,
  empty: SV_EMPTY,
  unsupportedHeading: 'Sekretessvakt fungerar inte på den här sidan.',
  unsupported: 'Öppna kommunens sida på Facebook eller Instagram. Då visas kommentarerna som behöver åtgärdas här.',
  unsupportedReload: 'Är sidan redan öppen? Ladda om den.',
  scanned: (count) => (count === 1 ? '1 kommentar läst' : `${formatNumber('sv', count)} kommentarer lästa`),
  unreadable: (count) =>
    count === 1
      ? '1 kommentar gick inte att läsa. Läs den själv på sidan.'
      : `${formatNumber('sv', count)} kommentarer gick inte att läsa. Läs dem själv på sidan.`,
  filtersHeading: 'Filtrera',
  urgencyLegend: 'Brådska',
  labelLegend: 'Typ av kommentar',
  hideHandled: 'Dölj hanterade',
  noMatch: 'Inga kommentarer passar filtren.',
  clearFilters: 'Visa alla',
  listName: 'Kommentarer att hantera',
  reveal: 'Visa på sidan',
  revealName: (author, excerptStart) =>
    author ? `Visa på sidan: ${author}, ”${excerptStart}”` : `Visa på sidan: ”${excerptStart}”`,
  depth: { comment: 'Kommentar', reply: 'Svar i tråd' },
  posted: (time) => `Skriven ${time}`,
  found: (time) => `Hittad ${time}`,
  followUp: 'Uppföljning:',
  progress: { new: 'Ny', in_progress: 'Påbörjad', closed: 'Avslutad' },
  steps: (done, total) => `${formatNumber('sv', done)} av ${formatNumber('sv', total)} steg`,
  overdue: 'Försenad',
  dismissed: 'Inte relevant',
  revealFailed: 'Kommentaren finns inte längre på sidan. Den kan vara borttagen, eller så har sidan laddats om.',
  notifyAcute: 'Visa en avisering när en akut kommentar hittas',
};

const en: TriageText = {
  countsHeading: 'Needs action',
  countsByUrgency: 'Count by urgency',
  countsByLabel: 'Count by type',
  needAction: (count) =>
    count === 0
      ? EN_EMPTY
      : count === 1
        ? '1 comment needs action.'
        : `${formatNumber('en', count)} comments need action.`,
  empty: EN_EMPTY,
  unsupportedHeading: 'Sekretessvakt does not work on this page.',
  unsupported: "Open the municipality's page on Facebook or Instagram. The comments that need action then show up here.",
  unsupportedReload: 'Is the page already open? Reload it.',
  scanned: (count) => (count === 1 ? '1 comment read' : `${formatNumber('en', count)} comments read`),
  unreadable: (count) =>
    count === 1
      ? '1 comment could not be read. Read it yourself on the page.'
      : `${formatNumber('en', count)} comments could not be read. Read them yourself on the page.`,
  filtersHeading: 'Filter',
  urgencyLegend: 'Urgency',
  labelLegend: 'Type of comment',
  hideHandled: 'Hide handled',
  noMatch: 'No comments match the filters.',
  clearFilters: 'Show all',
  listName: 'Comments to handle',
  reveal: 'Show on page',
  revealName: (author, excerptStart) =>
    author ? `Show on page: ${author}, “${excerptStart}”` : `Show on page: “${excerptStart}”`,
  depth: { comment: 'Comment', reply: 'Reply in thread' },
  posted: (time) => `Posted ${time}`,
  found: (time) => `Found ${time}`,
  followUp: 'Follow-up:',
  progress: { new: 'New', in_progress: 'In progress', closed: 'Closed' },
  steps: (done, total) => `${formatNumber('en', done)} of ${formatNumber('en', total)} steps`,
  overdue: 'Overdue',
  dismissed: 'Not relevant',
  revealFailed: 'The comment is no longer on the page. It may have been removed, or the page was reloaded.',
  notifyAcute: 'Show a notification when an acute comment is found',
};

const texts: Record<UiLanguage, TriageText> = { sv, en };

export function triageText(lang: UiLanguage): TriageText {
  return texts[lang];
}
