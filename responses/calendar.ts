/**
 * The municipality's calendar. Opening hours follow Swedish local time and Swedish holidays, so
 * everything here is evaluated in Europe/Stockholm, never in the time zone of the computer.
 * Holidays come from date-holidays through a generated table (holiday-table.ts, `npm run holidays`),
 * which covers FIRST_YEAR–LAST_YEAR; outside it no day is known to be a holiday (`calendarCovers`).
 */
import { CLOSED_DAYS, FIRST_YEAR, HOLIDAY_NAMES, LAST_YEAR } from './holiday-table';

export interface LocalTime {
  /** 'YYYY-MM-DD' in Stockholm. */
  dateKey: string;
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** ISO: 1 = Monday .. 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
}

/**
 * - `holiday`: a public holiday ("röd dag") or an eve on which municipal offices are closed
 *   (midsommarafton, julafton, nyårsafton), whatever the weekday.
 * - `dayBeforeHoliday`: a Monday–Friday that is not a holiday and whose next calendar day is one;
 *   offices keep shorter hours then ("dag före röd dag"). This also covers the half days
 *   (trettondagsafton, valborgsmässoafton, allhelgonaafton, skärtorsdagen), each of which falls
 *   right before a holiday, so they need no kind of their own.
 * - `weekend`: a Saturday or Sunday that is not a holiday.
 * - `workday`: any other day.
 */
export type DayKind = 'holiday' | 'dayBeforeHoliday' | 'weekend' | 'workday';

export interface DayInfo {
  kind: DayKind;
  /** The holiday's name; for `dayBeforeHoliday`, the name of the holiday that follows. */
  name?: { sv: string; en: string };
}

/** Cached: building a DateTimeFormat is far costlier than using one. */
const STOCKHOLM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  // h23, not hour12: false, which some engines render as "24" at midnight.
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function stockholmTime(instant: Date): LocalTime {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`stockholmTime: not a valid Date: ${String(instant)}`);
  }
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of STOCKHOLM.formatToParts(instant)) {
    const value = Number(part.value);
    if (part.type === 'year') year = value;
    else if (part.type === 'month') month = value;
    else if (part.type === 'day') day = value;
    else if (part.type === 'hour') hour = value % 24;
    else if (part.type === 'minute') minute = value;
  }
  const dateKey = toKey(year, month, day);
  return { dateKey, year, month, day, weekday: isoWeekday(dateKey), minutes: hour * 60 + minute };
}

/**
 * The instant at which Stockholm's clocks show `minutes` past midnight on `dateKey`: the inverse of
 * stockholmTime. Stockholm is UTC+1 or UTC+2, so one of the two guesses is right; a local time
 * skipped by the spring DST change resolves to the instant an hour later.
 */
export function stockholmInstant(dateKey: string, minutes: number): Date {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) throw new RangeError(`stockholmInstant: minutes out of range: ${minutes}`);
  const wall = utcMidnight(dateKey) + minutes * 60_000;
  for (const offsetHours of [1, 2]) {
    const guess = new Date(wall - offsetHours * 3_600_000);
    const local = stockholmTime(guess);
    if (local.dateKey === dateKey && local.minutes === minutes) return guess;
  }
  return new Date(wall - 3_600_000);
}

/** Monday–Friday that is not a holiday: offices are open (shorter on a day before a holiday). */
export function isWorkingDay(dateKey: string): boolean {
  const kind = dayInfo(dateKey).kind;
  return kind === 'workday' || kind === 'dayBeforeHoliday';
}

/** Plain calendar arithmetic on the key: days have no length here, so DST cannot shift the result. */
export function addDays(dateKey: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDays: not a whole number of days: ${days}`);
  const shifted = new Date(utcMidnight(dateKey) + days * 86_400_000);
  return toKey(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

export function dayInfo(dateKey: string): DayInfo {
  const weekday = isoWeekday(dateKey);
  const holiday = closedDays(dateKey).get(dateKey);
  if (holiday) return { kind: 'holiday', name: { ...holiday } };
  if (weekday <= 5) {
    const next = addDays(dateKey, 1);
    const nextHoliday = closedDays(next).get(next);
    if (nextHoliday) return { kind: 'dayBeforeHoliday', name: { ...nextHoliday } };
    return { kind: 'workday' };
  }
  return { kind: 'weekend' };
}

type HolidayName = Readonly<{ sv: string; en: string }>;

const closedDaysByYear = new Map<number, ReadonlyMap<string, HolidayName>>();

/** Whether the holiday table covers this date's year. */
export function calendarCovers(dateKey: string): boolean {
  const year = Number(dateKey.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The days offices are closed in the key's year, by date key. */
function closedDays(dateKey: string): ReadonlyMap<string, HolidayName> {
  const year = Number(dateKey.slice(0, 4));
  const cached = closedDaysByYear.get(year);
  if (cached) return cached;
  const days = new Map<string, HolidayName>();
  for (const entry of (CLOSED_DAYS[year] ?? '').split(' ')) {
    if (entry.length < 5) continue;
    const name = HOLIDAY_NAMES[Number(entry.slice(4))];
    if (name) days.set(`${year}-${entry.slice(0, 2)}-${entry.slice(2, 4)}`, name);
  }
  closedDaysByYear.set(year, days);
  return days;
}

const KEY = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** Milliseconds at UTC midnight of the key's date; throws on anything that is not a real date. */
function utcMidnight(dateKey: string): number {
  const match = KEY.exec(dateKey);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const ms = Date.UTC(year, month - 1, day);
    const date = new Date(ms);
    // Date.UTC rolls 2026-02-30 over into March; a round trip catches it.
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return ms;
  }
  throw new RangeError(`Not a date key (YYYY-MM-DD): ${JSON.stringify(dateKey)}`);
}

function isoWeekday(dateKey: string): number {
  return new Date(utcMidnight(dateKey)).getUTCDay() || 7;
}

function toKey(year: number, month: number, day: number): string {
  if (year < 1000 || year > 9999) throw new RangeError(`Year out of range for a date key: ${year}`);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Weeks: ISO weeks (Monday to Sunday) in Swedish local time, the way a supervisor counts them.

export interface StockholmWeek {
  /** The ISO week-numbering year, which can differ from the calendar year around New Year. */
  year: number;
  week: number;
  /** The Monday, 'YYYY-MM-DD'. */
  monday: string;
  /** Monday 00:00 and the next Monday 00:00, Stockholm time, as instants. */
  start: number;
  end: number;
}

/** The ISO week an instant falls in, Stockholm time. */
export function stockholmWeekOf(instant: number): StockholmWeek {
  const local = stockholmTime(new Date(instant));
  const monday = addDays(local.dateKey, 1 - local.weekday);
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.UTC(year, Number(thursday.slice(5, 7)) - 1, Number(thursday.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000;
  return {
    year,
    week: Math.floor(dayOfYear / 7) + 1,
    monday,
    start: stockholmInstant(monday, 0).getTime(),
    end: stockholmInstant(addDays(monday, 7), 0).getTime(),
  };
}

/** The `count` weeks up to and including the one `now` is in, oldest first. */
export function lastWeeks(now: number, count: number): StockholmWeek[] {
  const weeks: StockholmWeek[] = [];
  let week = stockholmWeekOf(now);
  for (let i = 0; i < count; i++) {
    weeks.unshift(week);
    week = stockholmWeekOf(week.start - 1);
  }
  return weeks;
}
