// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { closedDaysFromLibrary } from '../scripts/lib/holiday-source';
import { addDays, calendarCovers, dayInfo, isWorkingDay, lastWeeks, stockholmInstant, stockholmTime, stockholmWeekOf, type DayKind } from './calendar';
import { FIRST_YEAR, LAST_YEAR } from './holiday-table';

const local = (iso: string) => {
  const t = stockholmTime(new Date(iso));
  return `${t.dateKey} ${String(Math.floor(t.minutes / 60)).padStart(2, '0')}:${String(t.minutes % 60).padStart(2, '0')}`;
};

/** Runs `fn` with the process in another time zone, to show the results do not follow it. */
function inTimeZone<T>(timeZone: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('stockholmTime', () => {
  it('is UTC+1 in winter', () => {
    expect(stockholmTime(new Date('2026-01-15T12:34:00Z'))).toEqual({
      dateKey: '2026-01-15',
      year: 2026,
      month: 1,
      day: 15,
      weekday: 4,
      minutes: 13 * 60 + 34,
    });
  });

  it('is UTC+2 in summer', () => {
    expect(stockholmTime(new Date('2026-07-15T12:34:00Z'))).toMatchObject({ dateKey: '2026-07-15', minutes: 14 * 60 + 34 });
  });

  it('skips 02:00–03:00 on the last Sunday of March', () => {
    expect(local('2026-03-29T00:59:00Z')).toBe('2026-03-29 01:59');
    expect(local('2026-03-29T01:00:00Z')).toBe('2026-03-29 03:00');
  });

  it('repeats 02:00–03:00 on the last Sunday of October', () => {
    expect(local('2026-10-25T00:00:00Z')).toBe('2026-10-25 02:00');
    expect(local('2026-10-25T00:59:00Z')).toBe('2026-10-25 02:59');
    expect(local('2026-10-25T01:00:00Z')).toBe('2026-10-25 02:00');
    expect(local('2026-10-25T02:00:00Z')).toBe('2026-10-25 03:00');
  });

  it('is already the next day in Stockholm shortly before midnight UTC', () => {
    expect(stockholmTime(new Date('2026-01-01T23:30:00Z'))).toMatchObject({
      dateKey: '2026-01-02',
      year: 2026,
      month: 1,
      day: 2,
      weekday: 5,
      minutes: 30,
    });
    expect(local('2026-07-15T22:15:00Z')).toBe('2026-07-16 00:15');
    expect(local('2026-12-31T23:00:00Z')).toBe('2027-01-01 00:00');
  });

  it('ends the day at 1439 minutes', () => {
    expect(stockholmTime(new Date('2026-01-15T22:59:00Z')).minutes).toBe(1439);
  });

  it('numbers weekdays ISO-style, Monday 1 to Sunday 7', () => {
    expect(stockholmTime(new Date('2026-01-05T10:00:00Z')).weekday).toBe(1);
    expect(stockholmTime(new Date('2026-01-10T10:00:00Z')).weekday).toBe(6);
    expect(stockholmTime(new Date('2026-01-11T10:00:00Z')).weekday).toBe(7);
    // Saturday evening in UTC, Sunday in Stockholm.
    expect(stockholmTime(new Date('2026-01-10T23:30:00Z')).weekday).toBe(7);
  });

  it('throws a RangeError for an invalid Date', () => {
    expect(() => stockholmTime(new Date('not a date'))).toThrow(RangeError);
    expect(() => stockholmTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('does calendar arithmetic across months, years, leap days and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-01-15', 0)).toBe('2026-01-15');
    expect(addDays('2026-01-15', 365)).toBe('2027-01-15');
  });

  it('rejects keys that are not real dates', () => {
    for (const key of ['2026-02-30', '2026-13-01', '2026-1-5', '20260105', '', '2026-01-05T00:00']) {
      expect(() => addDays(key, 1), key).toThrow(RangeError);
    }
    expect(() => addDays('2026-01-05', 0.5)).toThrow(RangeError);
  });
});

describe('dayInfo', () => {
  const kinds = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, dayInfo(k).kind]));
  const all = (keys: readonly string[], kind: DayKind) => Object.fromEntries(keys.map((k) => [k, kind]));

  const PUBLIC_2026 = [
    '2026-01-01', // nyårsdagen
    '2026-01-06', // trettondedag jul
    '2026-04-03', // långfredagen
    '2026-04-05', // påskdagen
    '2026-04-06', // annandag påsk
    '2026-05-01', // första maj
    '2026-05-14', // Kristi himmelsfärdsdag
    '2026-05-24', // pingstdagen
    '2026-06-06', // nationaldagen (a Saturday)
    '2026-06-20', // midsommardagen
    '2026-10-31', // alla helgons dag
    '2026-12-25', // juldagen
    '2026-12-26', // annandag jul
  ];
  const CLOSED_EVES_2026 = ['2026-06-19', '2026-12-24', '2026-12-31'];
  const PUBLIC_2027 = [
    '2027-01-01',
    '2027-01-06',
    '2027-03-26',
    '2027-03-28',
    '2027-03-29',
    '2027-05-01',
    '2027-05-06',
    '2027-05-16',
    '2027-06-06',
    '2027-06-26',
    '2027-11-06',
    '2027-12-25',
    '2027-12-26',
  ];
  const CLOSED_EVES_2027 = ['2027-06-25', '2027-12-24', '2027-12-31'];

  it('marks every public holiday and closed eve of 2026', () => {
    const keys = [...PUBLIC_2026, ...CLOSED_EVES_2026];
    expect(kinds(keys)).toEqual(all(keys, 'holiday'));
  });

  it('marks every public holiday and closed eve of 2027', () => {
    const keys = [...PUBLIC_2027, ...CLOSED_EVES_2027];
    expect(kinds(keys)).toEqual(all(keys, 'holiday'));
  });

  it('has no other holidays in 2026 and 2027', () => {
    const expected = new Set([...PUBLIC_2026, ...CLOSED_EVES_2026, ...PUBLIC_2027, ...CLOSED_EVES_2027]);
    const found: string[] = [];
    for (let key = '2026-01-01'; key < '2028-01-01'; key = addDays(key, 1)) {
      if (dayInfo(key).kind === 'holiday') found.push(key);
    }
    expect(found).toEqual([...expected].sort());
  });

  it('names holidays in Swedish and English', () => {
    expect(dayInfo('2026-01-06')).toEqual({ kind: 'holiday', name: { sv: 'trettondedag jul', en: 'Epiphany' } });
    expect(dayInfo('2026-04-03')).toEqual({ kind: 'holiday', name: { sv: 'långfredagen', en: 'Good Friday' } });
    expect(dayInfo('2026-06-06')).toEqual({ kind: 'holiday', name: { sv: 'nationaldagen', en: 'National Day' } });
    expect(dayInfo('2026-06-19')).toEqual({ kind: 'holiday', name: { sv: 'midsommarafton', en: 'Midsummer Eve' } });
    expect(dayInfo('2026-12-24')).toEqual({ kind: 'holiday', name: { sv: 'julafton', en: 'Christmas Eve' } });
    // Gustav-Adolf-dagen (an observance) falls on alla helgons dag in 2027: the holiday names the day.
    expect(dayInfo('2027-11-06').name).toEqual({ sv: 'alla helgons dag', en: "All Saints' Day" });
  });

  it('marks weekdays before a holiday, named after the holiday', () => {
    const expected: Record<string, string> = {
      '2026-01-05': 'trettondedag jul', // trettondagsafton, Monday
      '2026-04-02': 'långfredagen', // skärtorsdagen
      '2026-04-30': 'första maj', // valborgsmässoafton
      '2026-05-13': 'Kristi himmelsfärdsdag',
      '2026-06-05': 'nationaldagen', // a Friday; the holiday is on Saturday
      '2026-06-18': 'midsommarafton',
      '2026-10-30': 'alla helgons dag', // allhelgonaafton, Friday
      '2026-12-23': 'julafton',
      '2026-12-30': 'nyårsafton',
      '2027-01-05': 'trettondedag jul',
      '2027-03-25': 'långfredagen',
      '2027-04-30': 'första maj', // a Friday; the holiday is on Saturday
      '2027-05-05': 'Kristi himmelsfärdsdag',
      '2027-06-24': 'midsommarafton',
      '2027-11-05': 'alla helgons dag',
      '2027-12-23': 'julafton',
      '2027-12-30': 'nyårsafton',
    };
    const found = Object.fromEntries(
      Object.keys(expected).map((k) => {
        const info = dayInfo(k);
        return [k, `${info.kind} ${info.name?.sv ?? ''}`];
      }),
    );
    expect(found).toEqual(Object.fromEntries(Object.entries(expected).map(([k, name]) => [k, `dayBeforeHoliday ${name}`])));
    expect(dayInfo('2026-04-02').name).toEqual({ sv: 'långfredagen', en: 'Good Friday' });
  });

  it('has no other days before a holiday in 2026', () => {
    const found: string[] = [];
    for (let key = '2026-01-01'; key < '2027-01-01'; key = addDays(key, 1)) {
      if (dayInfo(key).kind === 'dayBeforeHoliday') found.push(key);
    }
    expect(found).toEqual([
      '2026-01-05',
      '2026-04-02',
      '2026-04-30',
      '2026-05-13',
      '2026-06-05',
      '2026-06-18',
      '2026-10-30',
      '2026-12-23',
      '2026-12-30',
    ]);
  });

  it('treats a weekend day before a holiday as weekend, and a Friday before a Saturday that is no holiday as a workday', () => {
    expect(dayInfo('2026-04-04').kind).toBe('weekend'); // påskafton, Saturday before påskdagen
    expect(dayInfo('2027-06-05').kind).toBe('weekend'); // Saturday before nationaldagen on Sunday
    expect(dayInfo('2026-05-22').kind).toBe('workday'); // Friday before pingstafton, an observance
    expect(dayInfo('2026-05-25').kind).toBe('workday'); // annandag pingst, no longer a holiday
  });

  it('has ordinary workdays and weekends', () => {
    expect(dayInfo('2026-03-10')).toEqual({ kind: 'workday' }); // a Tuesday
    expect(dayInfo('2026-03-14')).toEqual({ kind: 'weekend' }); // a Saturday
    expect(dayInfo('2026-03-15')).toEqual({ kind: 'weekend' }); // a Sunday
  });

  it('returns copies that callers may change without harm', () => {
    const first = dayInfo('2026-12-25');
    if (first.name) first.name.sv = 'changed';
    expect(dayInfo('2026-12-25').name?.sv).toBe('juldagen');
  });

  it('rejects keys that are not real dates', () => {
    expect(() => dayInfo('2026-02-29')).toThrow(RangeError);
    expect(() => dayInfo('24 december')).toThrow(RangeError);
  });

  it('does not depend on the time zone of the computer', () => {
    // 23:30 UTC on 23 December is already julafton in Stockholm (and still the 23rd in UTC and Los Angeles).
    const instant = new Date('2026-12-23T23:30:00Z');
    for (const timeZone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      inTimeZone(timeZone, () => {
        const t = stockholmTime(instant);
        expect(t.dateKey, timeZone).toBe('2026-12-24');
        expect(dayInfo(t.dateKey).kind, timeZone).toBe('holiday');
      });
    }
    // A year first computed under a far-off zone: Easter 2030 is 21 April.
    const easter2030 = inTimeZone('Pacific/Kiritimati', () => {
      expect(new Date('2030-01-01T00:00:00Z').getTimezoneOffset(), 'the zone really changed').toBe(-14 * 60);
      return ['2030-04-18', '2030-04-19', '2030-04-21', '2030-04-22'].map((k) => dayInfo(k).kind);
    });
    expect(easter2030).toEqual(['dayBeforeHoliday', 'holiday', 'holiday', 'holiday']);
  });
});

describe('the generated holiday table', () => {
  it('equals date-holidays, year by year (run `npm run holidays` when the library changes)', () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const fromTable = closedDaysOf(year);
      const fromLibrary = closedDaysFromLibrary(year).map((day) => `${day.date} ${day.sv} / ${day.en}`);
      expect(fromTable, String(year)).toEqual(fromLibrary);
    }
  });

  it('says which years it covers, and knows no holiday outside them', () => {
    expect(calendarCovers('2026-12-25')).toBe(true);
    expect(calendarCovers(`${LAST_YEAR + 1}-12-25`)).toBe(false);
    expect(dayInfo(`${LAST_YEAR + 1}-12-25`).kind).not.toBe('holiday');
  });
});

function closedDaysOf(year: number): string[] {
  const days: string[] = [];
  for (let key = `${year}-01-01`; key.startsWith(String(year)); key = addDays(key, 1)) {
    const info = dayInfo(key);
    if (info.kind === 'holiday') days.push(`${key} ${info.name?.sv} / ${info.name?.en}`);
  }
  return days;
}

describe('stockholmInstant', () => {
  it('is the inverse of stockholmTime in winter, in summer and around the DST changes', () => {
    for (const [dateKey, minutes, iso] of [
      ['2026-11-24', 16 * 60 + 30, '2026-11-24T15:30:00.000Z'],
      ['2026-06-09', 9 * 60, '2026-06-09T07:00:00.000Z'],
      ['2026-03-29', 3 * 60 + 30, '2026-03-29T01:30:00.000Z'],
      ['2026-10-25', 12 * 60, '2026-10-25T11:00:00.000Z'],
    ] as const) {
      expect(stockholmInstant(dateKey, minutes).toISOString()).toBe(iso);
    }
    // 02:30 does not exist on 29 March 2026 (clocks jump from 02:00 to 03:00).
    expect(stockholmInstant('2026-03-29', 150).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(() => stockholmInstant('2026-11-24', 1440)).toThrow(RangeError);
  });

  it('knows working days', () => {
    expect(['2026-11-24', '2026-12-23', '2026-11-28', '2026-12-24', '2026-12-25'].map(isWorkingDay)).toEqual([true, true, false, false, false]);
  });
});

describe('stockholmWeekOf', () => {
  it('counts ISO weeks in Stockholm time, Monday 00:00 local', () => {
    // Monday 23 November 2026 00:30 in Stockholm is still Sunday 23:30 UTC.
    const week = stockholmWeekOf(Date.parse('2026-11-22T23:30:00Z'));
    expect(week).toMatchObject({ year: 2026, week: 48, monday: '2026-11-23' });
    expect(new Date(week.start).toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(stockholmWeekOf(Date.parse('2026-11-22T22:30:00Z')).week).toBe(47);
  });

  it('gives the first days of January to the previous year’s last week when ISO says so', () => {
    expect(stockholmWeekOf(Date.parse('2027-01-01T12:00:00Z'))).toMatchObject({ year: 2026, week: 53 });
    expect(stockholmWeekOf(Date.parse('2025-12-30T12:00:00Z'))).toMatchObject({ year: 2026, week: 1 });
  });

  it('has a 167-hour week when summer time starts', () => {
    const week = stockholmWeekOf(Date.parse('2026-03-25T12:00:00Z'));
    expect((week.end - week.start) / 3_600_000).toBe(167);
  });
});

describe('lastWeeks', () => {
  it('lists the weeks up to now, oldest first, back to back', () => {
    const weeks = lastWeeks(Date.parse('2026-11-24T09:00:00Z'), 3);
    expect(weeks.map((w) => w.week)).toEqual([46, 47, 48]);
    expect(weeks[1]!.start).toBe(weeks[0]!.end);
  });
});
