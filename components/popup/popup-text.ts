/**
 * Texts of the toolbar popup, Swedish first. Plain language and du-form, short sentences: the
 * popup is a glance, and the side panel and the dashboard say the rest.
 */
import type { UiLanguage } from '../../utils/ui-text';
import { formatNumber } from '../sidepanel/triage-text';

export interface PopupText {
  productName: string;
  tabHeading: string;
  loading: string;
  /** The tab is not Facebook, Instagram or Meta Business Suite. */
  unsupported: string;
  /** A supported site where the extension has not read anything yet (opened before it was installed). */
  notRead: string;
  noComments: string;
  countsName: string;
  /** How many flagged comments on the tab still need action, all urgencies together. */
  toHandle(count: number): string;
  scanned(count: number): string;
  tabFailed: string;
  tasksHeading: string;
  open(count: number): string;
  overdue(count: number): string;
  tasksFailed: string;
  actionsName: string;
  openSidePanel: string;
  openDashboard: string;
  openTraining: string;
  openOptions: string;
  sidePanelFailed: string;
  pageFailed: string;
}

const n = formatNumber;

const sv: PopupText = {
  productName: 'Sekretessvakt',
  tabHeading: 'På den här fliken',
  loading: 'Hämtar …',
  unsupported: 'Den här fliken är inte Facebook eller Instagram.',
  notRead: 'Sekretessvakt har inte läst sidan än. Ladda om sidan.',
  noComments: 'Inga kommentarer att hantera',
  countsName: 'Kommentarer att hantera, efter brådska',
  toHandle: (count) => (count === 1 ? '1 kommentar att hantera' : `${n('sv', count)} kommentarer att hantera`),
  scanned: (count) => (count === 1 ? '1 kommentar läst' : `${n('sv', count)} kommentarer lästa`),
  tabFailed: 'Det gick inte att läsa fliken. Stäng och öppna rutan igen.',
  tasksHeading: 'Uppföljningar',
  open: (count) =>
    count === 0 ? 'Inga öppna uppföljningar.' : count === 1 ? '1 öppen uppföljning.' : `${n('sv', count)} öppna uppföljningar.`,
  overdue: (count) =>
    count === 0 ? 'Ingen är försenad.' : count === 1 ? '1 är försenad.' : `${n('sv', count)} är försenade.`,
  tasksFailed: 'Det gick inte att räkna uppföljningarna just nu.',
  actionsName: 'Öppna',
  openSidePanel: 'Öppna sidopanelen',
  openDashboard: 'Öppna uppföljningen',
  openTraining: 'Öppna övningen',
  openOptions: 'Inställningar',
  sidePanelFailed: 'Det gick inte att öppna sidopanelen. Öppna den från webbläsarens meny för sidopaneler.',
  pageFailed: 'Det gick inte att öppna sidan. Försök igen.',
};

const en: PopupText = {
  productName: 'Sekretessvakt',
  tabHeading: 'On this tab',
  loading: 'Loading…',
  unsupported: 'This tab is not Facebook or Instagram.',
  notRead: 'Sekretessvakt has not read the page yet. Reload the page.',
  noComments: 'No comments to handle',
  countsName: 'Comments to handle, by urgency',
  toHandle: (count) => (count === 1 ? '1 comment to handle' : `${n('en', count)} comments to handle`),
  scanned: (count) => (count === 1 ? '1 comment read' : `${n('en', count)} comments read`),
  tabFailed: 'The tab could not be read. Close this box and open it again.',
  tasksHeading: 'Follow-ups',
  open: (count) => (count === 0 ? 'No open follow-ups.' : count === 1 ? '1 open follow-up.' : `${n('en', count)} open follow-ups.`),
  overdue: (count) => (count === 0 ? 'None is overdue.' : count === 1 ? '1 is overdue.' : `${n('en', count)} are overdue.`),
  tasksFailed: 'The follow-ups could not be counted right now.',
  actionsName: 'Open',
  openSidePanel: 'Open the side panel',
  openDashboard: 'Open follow-up',
  openTraining: 'Open practice',
  openOptions: 'Settings',
  sidePanelFailed: "The side panel could not be opened. Open it from the browser's side panel menu.",
  pageFailed: 'The page could not be opened. Try again.',
};

const texts: Record<UiLanguage, PopupText> = { sv, en };

export function popupText(lang: UiLanguage): PopupText {
  return texts[lang];
}
