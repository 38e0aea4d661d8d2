/**
 * Texts of the supervisors' charts on the follow-up page, Swedish first. Plain language, du-form,
 * short sentences. Each chart's summary says its key figure in words, so nobody has to read the
 * chart to get it; the numbers are formatted the way each language writes them.
 */
import type { Label } from '../../classifiers/types';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { formatNumber } from '../sidepanel/triage-text';

/** What the flags summary says: this week's count and its most common labels. */
export interface FlagsFacts {
  weeks: number;
  /** Comments flagged this week (dismissed ones not counted). */
  thisWeek: number;
  /** This week's most common labels (more than one on a tie), and how many flags each has. */
  top: readonly Label[];
  topCount: number;
  /** Comments flagged in all the weeks shown. */
  inPeriod: number;
  /** Flags marked "Inte relevant" this week. */
  dismissed: number;
}

/** What the reply-time summary says: the latest week with replies, and how many have none. */
export interface ReplyFacts {
  latest?: { current: boolean; week: number; replied: number; median: number; p90: number };
  unanswered: number;
}

/** What the open/overdue summary says: now, and the first day shown. */
export interface OpenFacts {
  open: number;
  overdue: number;
  /** The first day shown and how many were open at its end; left out when only today is shown. */
  first?: { dateKey: string; open: number };
}

/** The y-axis unit of the reply-time chart, picked so the numbers stay small and readable. */
export type DurationUnit = 'minutes' | 'hours' | 'days';

export interface ChartText {
  heading: string;
  showTable: string;
  /** The week on an axis: "v. 47". */
  weekShort(week: number): string;
  /** The week in a table row: "Vecka 47 (17 nov.–23 nov.)". */
  weekLong(week: number, monday: string, sunday: string): string;
  /** A day on an axis: "17 nov.". */
  dayShort(dateKey: string): string;
  /** A day in a table row: "tis 17 nov.". */
  dayLong(dateKey: string): string;
  /** A time span in words: "40 minuter", "3,5 timmar". */
  duration(minutes: number): string;
  unitName: Record<DurationUnit, string>;
  flags: {
    title: string;
    summary(facts: FlagsFacts): string;
    empty(weeks: number): string;
    caption(weeks: number): string;
    week: string;
    total: string;
    dismissed: string;
    axis: string;
  };
  reply: {
    title: string;
    summary(facts: ReplyFacts): string;
    empty(weeks: number): string;
    caption(weeks: number): string;
    week: string;
    median: string;
    p90: string;
    replied: string;
    unanswered: string;
    noReplies: string;
  };
  open: {
    title: string;
    summary(facts: OpenFacts): string;
    empty(days: number): string;
    caption(days: number): string;
    day: string;
    open: string;
    overdue: string;
    axis: string;
  };
}

function dateFormat(lang: UiLanguage, options: Intl.DateTimeFormatOptions): (dateKey: string) => string {
  // A date key is a calendar date: read it at noon UTC and print it in UTC, so no zone can shift it.
  const format = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { ...options, timeZone: 'UTC' });
  return (dateKey) => format.format(new Date(`${dateKey}T12:00:00Z`));
}

function decimal(lang: UiLanguage, value: number): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** Names joined the way a sentence lists them: "A, B och C". */
function listOf(lang: UiLanguage, labels: readonly Label[]): string {
  const names = labels.map((label) => LABEL_TEXT[lang][label]);
  const last = names.pop();
  if (last === undefined) return '';
  return names.length === 0 ? last : `${names.join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${last}`;
}

const svDayShort = dateFormat('sv', { day: 'numeric', month: 'short' });
const svDayLong = dateFormat('sv', { weekday: 'short', day: 'numeric', month: 'short' });
const svDayFull = dateFormat('sv', { day: 'numeric', month: 'long' });
const enDayShort = dateFormat('en', { day: 'numeric', month: 'short' });
const enDayLong = dateFormat('en', { weekday: 'short', day: 'numeric', month: 'short' });
const enDayFull = dateFormat('en', { day: 'numeric', month: 'long' });

const n = (value: number) => formatNumber('sv', value);
const e = (value: number) => formatNumber('en', value);

const sv: ChartText = {
  heading: 'Diagram',
  showTable: 'Visa som tabell',
  weekShort: (week) => `v. ${week}`,
  weekLong: (week, monday, sunday) => `Vecka ${week} (${svDayShort(monday)}–${svDayShort(sunday)})`,
  dayShort: svDayShort,
  dayLong: svDayLong,
  duration: (minutes) => {
    if (minutes < 1) return 'under 1 minut';
    if (minutes < 90) return Math.round(minutes) === 1 ? '1 minut' : `${n(Math.round(minutes))} minuter`;
    if (minutes < 48 * 60) return `${decimal('sv', minutes / 60)} timmar`;
    return `${decimal('sv', minutes / 1440)} dagar`;
  },
  unitName: { minutes: 'Minuter', hours: 'Timmar', days: 'Dagar' },
  flags: {
    title: 'Flaggade kommentarer per vecka',
    summary: ({ weeks, thisWeek, top, topCount, inPeriod, dismissed }) => {
      const main =
        inPeriod === 0
          ? `Inga kommentarer har flaggats de senaste ${weeks} veckorna.`
          : thisWeek === 0
          ? `Inga kommentarer har flaggats den här veckan, men ${n(inPeriod)} de senaste ${weeks} veckorna.`
          : thisWeek === 1
            ? `Den här veckan har 1 kommentar flaggats, för ${listOf('sv', top)}.`
            : `Den här veckan har ${n(thisWeek)} kommentarer flaggats, flest för ${listOf('sv', top)} (${n(topCount)}${top.length > 1 ? ' vardera' : ''}).`;
      if (dismissed === 0) return main;
      return `${main} ${dismissed === 1 ? '1 flagga markerades som inte relevant.' : `${n(dismissed)} flaggor markerades som inte relevanta.`}`;
    },
    empty: (weeks) => `Inga flaggor de senaste ${weeks} veckorna.`,
    caption: (weeks) => `Flaggade kommentarer per typ och vecka, de senaste ${weeks} veckorna`,
    week: 'Vecka',
    total: 'Kommentarer totalt',
    dismissed: 'Inte relevanta',
    axis: 'Antal flaggor',
  },
  reply: {
    title: 'Tid till första offentliga svaret',
    summary: ({ latest, unanswered }) => {
      const when = latest?.current ? 'Den här veckan' : `Vecka ${latest?.week ?? ''}`;
      const main = !latest
        ? ''
        : latest.replied === 1
          ? `${when} kom 1 svar, efter ${sv.duration(latest.median)}.`
          : `${when} kom hälften av svaren inom ${sv.duration(latest.median)} och 9 av 10 inom ${sv.duration(latest.p90)}.`;
      const waiting =
        unanswered === 0 ? '' : unanswered === 1 ? '1 uppföljning har inget svar än.' : `${n(unanswered)} uppföljningar har inget svar än.`;
      return [main, waiting].filter(Boolean).join(' ');
    },
    empty: (weeks) => `Inga uppföljningar de senaste ${weeks} veckorna.`,
    caption: (weeks) => `Tid från flagga till första offentliga svaret per vecka, de senaste ${weeks} veckorna`,
    week: 'Vecka',
    median: 'Hälften av svaren inom (median)',
    p90: '9 av 10 svar inom',
    replied: 'Med svar',
    unanswered: 'Utan svar',
    noReplies: 'Inga svar',
  },
  open: {
    title: 'Öppna och försenade uppföljningar',
    summary: ({ open, overdue, first }) => {
      const now =
        open === 0
          ? 'Just nu är inga uppföljningar öppna.'
          : open === 1
            ? `Just nu är 1 uppföljning öppen, och den är ${overdue === 1 ? 'försenad' : 'inte försenad'}.`
            : `Just nu är ${n(open)} uppföljningar öppna, och ${overdue === 0 ? 'ingen av dem är försenad' : `${n(overdue)} av dem är försenade`}.`;
      if (!first) return now;
      return `${now} Den ${svDayFull(first.dateKey)} var ${first.open === 0 ? 'ingen öppen' : first.open === 1 ? '1 öppen' : `${n(first.open)} öppna`}.`;
    },
    empty: (days) => `Inga öppna uppföljningar de senaste ${days} dagarna.`,
    caption: (days) => `Öppna och försenade uppföljningar i slutet av varje dag, de senaste ${days} dagarna`,
    day: 'Dag',
    open: 'Öppna',
    overdue: 'Varav försenade',
    axis: 'Antal uppföljningar',
  },
};

const en: ChartText = {
  heading: 'Charts',
  showTable: 'Show as table',
  weekShort: (week) => `wk ${week}`,
  weekLong: (week, monday, sunday) => `Week ${week} (${enDayShort(monday)}–${enDayShort(sunday)})`,
  dayShort: enDayShort,
  dayLong: enDayLong,
  duration: (minutes) => {
    if (minutes < 1) return 'under 1 minute';
    if (minutes < 90) return Math.round(minutes) === 1 ? '1 minute' : `${e(Math.round(minutes))} minutes`;
    if (minutes < 48 * 60) return `${decimal('en', minutes / 60)} hours`;
    return `${decimal('en', minutes / 1440)} days`;
  },
  unitName: { minutes: 'Minutes', hours: 'Hours', days: 'Days' },
  flags: {
    title: 'Flagged comments per week',
    summary: ({ weeks, thisWeek, top, topCount, inPeriod, dismissed }) => {
      const main =
        inPeriod === 0
          ? `No comments were flagged in the last ${weeks} weeks.`
          : thisWeek === 0
          ? `No comments were flagged this week, but ${e(inPeriod)} in the last ${weeks} weeks.`
          : thisWeek === 1
            ? `This week 1 comment was flagged, for ${listOf('en', top)}.`
            : `This week ${e(thisWeek)} comments were flagged, most for ${listOf('en', top)} (${e(topCount)}${top.length > 1 ? ' each' : ''}).`;
      if (dismissed === 0) return main;
      return `${main} ${dismissed === 1 ? '1 flag was marked not relevant.' : `${e(dismissed)} flags were marked not relevant.`}`;
    },
    empty: (weeks) => `No flags in the last ${weeks} weeks.`,
    caption: (weeks) => `Flagged comments per type and week, the last ${weeks} weeks`,
    week: 'Week',
    total: 'Comments in all',
    dismissed: 'Not relevant',
    axis: 'Number of flags',
  },
  reply: {
    title: 'Time to first public reply',
    summary: ({ latest, unanswered }) => {
      const when = latest?.current ? 'This week' : `In week ${latest?.week ?? ''}`;
      const main = !latest
        ? ''
        : latest.replied === 1
          ? `${when}, 1 reply came in after ${en.duration(latest.median)}.`
          : `${when} half of the replies came within ${en.duration(latest.median)} and 9 in 10 within ${en.duration(latest.p90)}.`;
      const waiting =
        unanswered === 0 ? '' : unanswered === 1 ? '1 follow-up has no reply yet.' : `${e(unanswered)} follow-ups have no reply yet.`;
      return [main, waiting].filter(Boolean).join(' ');
    },
    empty: (weeks) => `No follow-ups in the last ${weeks} weeks.`,
    caption: (weeks) => `Time from flag to first public reply per week, the last ${weeks} weeks`,
    week: 'Week',
    median: 'Half of the replies within (median)',
    p90: '9 in 10 replies within',
    replied: 'Replied',
    unanswered: 'No reply',
    noReplies: 'No replies',
  },
  open: {
    title: 'Open and overdue follow-ups',
    summary: ({ open, overdue, first }) => {
      const now =
        open === 0
          ? 'No follow-ups are open right now.'
          : open === 1
            ? `Right now 1 follow-up is open, and it is ${overdue === 1 ? 'overdue' : 'not overdue'}.`
            : `Right now ${e(open)} follow-ups are open, and ${overdue === 0 ? 'none of them is overdue' : `${e(overdue)} of them are overdue`}.`;
      if (!first) return now;
      return `${now} On ${enDayFull(first.dateKey)}, ${first.open === 0 ? 'none was' : first.open === 1 ? '1 was' : `${e(first.open)} were`} open.`;
    },
    empty: (days) => `No open follow-ups in the last ${days} days.`,
    caption: (days) => `Open and overdue follow-ups at the end of each day, the last ${days} days`,
    day: 'Day',
    open: 'Open',
    overdue: 'Of which overdue',
    axis: 'Number of follow-ups',
  },
};

const texts: Record<UiLanguage, ChartText> = { sv, en };

export function chartText(lang: UiLanguage): ChartText {
  return texts[lang];
}
