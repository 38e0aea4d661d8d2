/**
 * Small figures the dashboard's charts and weekly summary share: percentiles and Stockholm weeks.
 * Weeks are ISO weeks (Monday to Sunday) in Swedish local time, the way a supervisor counts them.
 */
import { addDays, stockholmInstant, stockholmTime } from '../../responses/calendar';

/** The p-th percentile (0–100) by nearest rank; undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

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
