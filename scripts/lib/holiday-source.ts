/**
 * The days Swedish municipal offices are closed, read from date-holidays: public holidays plus
 * the eves the library types 'bank' (midsommarafton, julafton, nyårsafton). Shared by the table
 * generator and the test that checks the committed table.
 */
import Holidays, { type HolidaysTypes } from 'date-holidays';

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2050;

export interface ClosedDay {
  /** YYYY-MM-DD, Swedish local date. */
  date: string;
  sv: string;
  en: string;
}

let library: Holidays | undefined;

export function closedDaysFromLibrary(year: number): ClosedDay[] {
  library ??= new Holidays('SE', { languages: ['sv', 'en'], timezone: 'Europe/Stockholm' });
  const closed = (h: HolidaysTypes.Holiday) => h.type === 'public' || h.type === 'bank';
  const identity = (h: HolidaysTypes.Holiday) => `${h.date.slice(0, 10)} ${h.type} ${h.rule}`;
  const english = new Map(library.getHolidays(year, 'en').filter(closed).map((h) => [identity(h), h.name]));
  const days = new Map<string, ClosedDay>();
  for (const h of library.getHolidays(year, 'sv').filter(closed)) {
    // The library's `date` is Swedish local time ("YYYY-MM-DD hh:mm:ss"): its first ten characters are the day.
    const date = h.date.slice(0, 10);
    // Should an eve ever share a date with a public holiday, the public one names the day.
    if (days.has(date) && h.type !== 'public') continue;
    days.set(date, { date, sv: h.name, en: english.get(identity(h)) ?? h.name });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
