/**
 * Texts of the printable weekly summary, Swedish first. Plain language and du-form, short
 * sentences a supervisor can read aloud at a meeting. Dates and times read as Stockholm time.
 */
import type { UiLanguage } from '../../utils/ui-text';
import { formatNumber } from '../sidepanel/triage-text';
import type { StockholmWeek } from '../../responses/calendar';

export interface WeeklySummaryText {
  heading: string;
  previousWeek: string;
  nextWeek: string;
  print: string;
  /** The week picker's group name. */
  pickWeek: string;
  /** "Vecka 48, 23–29 november 2026" */
  weekLabel(week: StockholmWeek): string;
  asOfNow: string;
  asOfWeekEnd: string;
  flagsHeading: string;
  flagged(count: number): string;
  change(difference: number): string;
  falsePositives(count: number): string;
  flagsCaption: string;
  labelColumn: string;
  flaggedColumn: string;
  falsePositiveColumn: string;
  totalRow: string;
  tasksHeading: string;
  tasksCaption: string;
  figureColumn: string;
  countColumn: string;
  created: string;
  closed: string;
  signedOff: string;
  open(current: boolean): string;
  overdue(current: boolean): string;
  overdueSentence(count: number, current: boolean): string;
  replyHeading: string;
  replyMedian(duration: string): string;
  replyP90(duration: string): string;
  noReplies: string;
  /** No follow-up was started for a comment flagged this week. */
  noFollowUps: string;
  unanswered(count: number): string;
  urgentHeading: string;
  urgentCaption: string;
  noUrgent: string;
  urgencyColumn: string;
  typeColumn: string;
  dueColumn: string;
  statusColumn: string;
  stepsColumn: string;
  excerptColumn: string;
  overdueStatus: string;
  onTimeStatus: string;
  steps(done: number, total: number): string;
  noExcerpt: string;
  /** Minutes as "42 min", "3 tim 5 min", "2 dygn 3 tim". */
  duration(minutes: number): string;
}

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23–29 november 2026", "26 januari–1 februari 2026", "29 december 2025–4 januari 2026". */
function dayRange(week: StockholmWeek, months: readonly string[]): string {
  const [y1, m1, d1] = week.monday.split('-').map(Number) as [number, number, number];
  const sunday = new Date(Date.UTC(y1, m1 - 1, d1 + 6));
  const [y2, m2, d2] = [sunday.getUTCFullYear(), sunday.getUTCMonth() + 1, sunday.getUTCDate()];
  if (y1 !== y2) return `${d1} ${months[m1 - 1]} ${y1}–${d2} ${months[m2 - 1]} ${y2}`;
  if (m1 !== m2) return `${d1} ${months[m1 - 1]}–${d2} ${months[m2 - 1]} ${y2}`;
  return `${d1}–${d2} ${months[m2 - 1]} ${y2}`;
}

function duration(minutes: number, units: { day: string; hour: string; minute: string }): string {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} ${units.minute}`;
  const days = Math.floor(whole / 1440);
  const hours = Math.floor((whole % 1440) / 60);
  const mins = whole % 60;
  if (days > 0) return hours > 0 ? `${days} ${units.day} ${hours} ${units.hour}` : `${days} ${units.day}`;
  return mins > 0 ? `${hours} ${units.hour} ${mins} ${units.minute}` : `${hours} ${units.hour}`;
}

const n = (lang: UiLanguage, value: number) => formatNumber(lang, value);

const sv: WeeklySummaryText = {
  heading: 'Veckosammanfattning',
  previousWeek: 'Föregående vecka',
  nextWeek: 'Nästa vecka',
  print: 'Skriv ut',
  pickWeek: 'Välj vecka',
  weekLabel: (week) => `Vecka ${week.week}, ${dayRange(week, MONTHS_SV)}`,
  asOfNow: 'Veckan pågår. Siffrorna gäller just nu.',
  asOfWeekEnd: 'Öppna och försenade uppföljningar räknas vid veckans slut.',
  flagsHeading: 'Flaggade kommentarer',
  flagged: (count) => (count === 1 ? '1 kommentar flaggades.' : `${n('sv', count)} kommentarer flaggades.`),
  change: (difference) =>
    difference === 0
      ? 'Det är lika många som veckan innan.'
      : difference > 0
        ? `Det är ${n('sv', difference)} fler än veckan innan.`
        : `Det är ${n('sv', -difference)} färre än veckan innan.`,
  falsePositives: (count) =>
    count === 0
      ? 'Ingen flagga markerades som inte relevant.'
      : count === 1
        ? 'Dessutom markerades 1 flagga som inte relevant. Den räknas inte ovan.'
        : `Dessutom markerades ${n('sv', count)} flaggor som inte relevanta. De räknas inte ovan.`,
  flagsCaption: 'Flaggade kommentarer per typ. En kommentar kan ha flera typer.',
  labelColumn: 'Typ',
  flaggedColumn: 'Flaggade',
  falsePositiveColumn: 'Inte relevanta',
  totalRow: 'Antal kommentarer',
  tasksHeading: 'Uppföljningar',
  tasksCaption: 'Uppföljningar under veckan',
  figureColumn: 'Uppgift',
  countColumn: 'Antal',
  created: 'Påbörjade',
  closed: 'Avslutade',
  signedOff: 'Godkända av chef',
  open: (current) => (current ? 'Öppna just nu' : 'Öppna vid veckans slut'),
  overdue: (current) => (current ? 'Försenade just nu' : 'Försenade vid veckans slut'),
  overdueSentence: (count, current) => {
    if (count === 0) return current ? 'Ingen uppföljning är försenad just nu.' : 'Ingen uppföljning var försenad vid veckans slut.';
    const what = count === 1 ? '1 uppföljning' : `${n('sv', count)} uppföljningar`;
    const late = count === 1 ? 'försenad' : 'försenade';
    return current ? `${what} är ${late} just nu.` : `${what} var ${late} vid veckans slut.`;
  },
  replyHeading: 'Tid till första offentliga svaret',
  replyMedian: (d) => `Hälften av kommentarerna fick ett svar inom ${d}.`,
  replyP90: (d) => `9 av 10 fick ett svar inom ${d}.`,
  noReplies: 'Ingen av veckans uppföljningar har fått ett offentligt svar än.',
  noFollowUps: 'Ingen av veckans flaggade kommentarer följs upp.',
  unanswered: (count) =>
    count === 0 ? 'Alla har fått ett svar.' : count === 1 ? '1 har inte fått något svar än.' : `${n('sv', count)} har inte fått något svar än.`,
  urgentHeading: 'Öppna akuta och brådskande uppföljningar',
  urgentCaption: 'Akuta och brådskande uppföljningar som är öppna, de mest brådskande först',
  noUrgent: 'Inga akuta eller brådskande uppföljningar är öppna.',
  urgencyColumn: 'Brådska',
  typeColumn: 'Typ',
  dueColumn: 'Klar senast',
  statusColumn: 'Läge',
  stepsColumn: 'Steg klara',
  excerptColumn: 'Utdrag (personuppgifter dolda)',
  overdueStatus: 'Försenad',
  onTimeStatus: 'I tid',
  steps: (done, total) => `${n('sv', done)} av ${n('sv', total)}`,
  noExcerpt: 'Kommentaren är gallrad',
  duration: (minutes) => duration(minutes, { day: 'dygn', hour: 'tim', minute: 'min' }),
};

const en: WeeklySummaryText = {
  heading: 'Weekly summary',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  print: 'Print',
  pickWeek: 'Choose a week',
  weekLabel: (week) => `Week ${week.week}, ${dayRange(week, MONTHS_EN)}`,
  asOfNow: 'The week is still running. The figures are as of now.',
  asOfWeekEnd: 'Open and overdue follow-ups are counted at the end of the week.',
  flagsHeading: 'Flagged comments',
  flagged: (count) => (count === 1 ? '1 comment was flagged.' : `${n('en', count)} comments were flagged.`),
  change: (difference) =>
    difference === 0
      ? 'That is the same as the week before.'
      : difference > 0
        ? `That is ${n('en', difference)} more than the week before.`
        : `That is ${n('en', -difference)} fewer than the week before.`,
  falsePositives: (count) =>
    count === 0
      ? 'No flag was marked as not relevant.'
      : count === 1
        ? '1 more flag was marked as not relevant. It is not counted above.'
        : `Another ${n('en', count)} flags were marked as not relevant. They are not counted above.`,
  flagsCaption: 'Flagged comments by type. A comment can have more than one type.',
  labelColumn: 'Type',
  flaggedColumn: 'Flagged',
  falsePositiveColumn: 'Not relevant',
  totalRow: 'Comments',
  tasksHeading: 'Follow-ups',
  tasksCaption: 'Follow-ups during the week',
  figureColumn: 'Figure',
  countColumn: 'Count',
  created: 'Started',
  closed: 'Closed',
  signedOff: 'Signed off by a supervisor',
  open: (current) => (current ? 'Open now' : 'Open at the end of the week'),
  overdue: (current) => (current ? 'Overdue now' : 'Overdue at the end of the week'),
  overdueSentence: (count, current) =>
    count === 0
      ? current
        ? 'No follow-up is overdue right now.'
        : 'No follow-up was overdue at the end of the week.'
      : count === 1
        ? `1 follow-up ${current ? 'is overdue right now' : 'was overdue at the end of the week'}.`
        : `${n('en', count)} follow-ups ${current ? 'are overdue right now' : 'were overdue at the end of the week'}.`,
  replyHeading: 'Time to first public reply',
  replyMedian: (d) => `Half of the comments got a reply within ${d}.`,
  replyP90: (d) => `9 in 10 got a reply within ${d}.`,
  noReplies: "None of this week's follow-ups has had a public reply yet.",
  noFollowUps: "None of this week's flagged comments is being followed up.",
  unanswered: (count) =>
    count === 0 ? 'All of them got a reply.' : count === 1 ? '1 has not had a reply yet.' : `${n('en', count)} have not had a reply yet.`,
  urgentHeading: 'Open acute and urgent follow-ups',
  urgentCaption: 'Acute and urgent follow-ups that are open, the most urgent first',
  noUrgent: 'No acute or urgent follow-ups are open.',
  urgencyColumn: 'Urgency',
  typeColumn: 'Type',
  dueColumn: 'Due',
  statusColumn: 'Status',
  stepsColumn: 'Steps done',
  excerptColumn: 'Excerpt (personal data hidden)',
  overdueStatus: 'Overdue',
  onTimeStatus: 'On time',
  steps: (done, total) => `${n('en', done)} of ${n('en', total)}`,
  noExcerpt: 'The comment has been purged',
  duration: (minutes) => duration(minutes, { day: 'd', hour: 'h', minute: 'min' }),
};

const texts: Record<UiLanguage, WeeklySummaryText> = { sv, en };

export function weeklySummaryText(lang: UiLanguage): WeeklySummaryText {
  return texts[lang];
}

/** A due time as Stockholm local time, "24 nov. 16:30". */
export function formatDue(lang: UiLanguage, at: number): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(at));
}
