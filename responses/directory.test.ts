// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DirectoryError, parseDirectory, VARBERG_DIRECTORY, type Channel } from './directory';

const channel = (id: string): Channel => {
  const found = VARBERG_DIRECTORY.channels.find((c) => c.id === id);
  if (!found) throw new Error(`no channel ${id} in VARBERG_DIRECTORY`);
  return found;
};

/** The numbers the seeds give (guideline 002) and the national lines, by channel id. */
const SEED_NUMBERS: Record<string, string> = {
  mottagningsgruppen: '0340-88500',
  socialjouren: '112',
  'larm-112': '112',
  polisen: '114 14',
  'vardguiden-1177': '1177',
  bris: '116 111',
  sjalvmordslinjen: '90101',
  kvinnofridslinjen: '020-50 50 50',
};

/** Channels whose number no seed gives: they must stay null, never guessed. */
const UNKNOWN_NUMBERS = ['kundservice', 'synpunkter', 'chef-socialtjansten', 'chef-omsorg', 'chef-skola'];
const MANAGERS = ['chef-socialtjansten', 'chef-omsorg', 'chef-skola'];

describe('VARBERG_DIRECTORY', () => {
  it.each(Object.entries(SEED_NUMBERS))('gives %s the number %s exactly', (id, number) => {
    expect(channel(id).phone).toBe(number);
  });

  it('gives 0340-88500 to the reception team for children and families (mottagningsgruppen)', () => {
    const reception = channel('mottagningsgruppen');
    expect(reception.phone).toBe('0340-88500');
    expect(reception.purposes).toContain('child_concern');
    expect(reception.hours.kind).toBe('office');
  });

  it('reaches socialjouren through 112 when the reception team is closed', () => {
    const jour = channel('socialjouren');
    expect(jour.phone).toBe('112');
    expect(jour.via).toBe('112');
    expect(jour.hours).toEqual({ kind: 'outside', of: 'mottagningsgruppen' });
    expect(jour.purposes).toEqual(expect.arrayContaining(['social_emergency', 'child_concern']));
  });

  it('has 112 for emergencies and 114 14 for the police, both always open', () => {
    expect(channel('larm-112')).toMatchObject({ phone: '112', hours: { kind: 'always' }, purposes: ['emergency'] });
    expect(channel('polisen')).toMatchObject({ phone: '114 14', hours: { kind: 'always' }, purposes: ['police'] });
  });

  it('has the national lines 1177, BRIS 116 111, Självmordslinjen 90101 and Kvinnofridslinjen 020-50 50 50', () => {
    expect(channel('vardguiden-1177')).toMatchObject({ phone: '1177', purposes: ['health_advice'] });
    expect(channel('bris')).toMatchObject({ phone: '116 111', purposes: ['child_support'] });
    expect(channel('sjalvmordslinjen')).toMatchObject({ phone: '90101', purposes: ['crisis_support'] });
    expect(channel('kvinnofridslinjen')).toMatchObject({ phone: '020-50 50 50', purposes: ['violence_support'] });
  });

  it.each(UNKNOWN_NUMBERS)('leaves the number of %s null rather than guessing one', (id) => {
    expect(channel(id).phone).toBeNull();
  });

  it('holds no number other than those the seeds give', () => {
    const allowed = new Set(Object.values(SEED_NUMBERS));
    for (const c of VARBERG_DIRECTORY.channels) {
      if (c.phone !== null) expect(allowed, `${c.id}: ${c.phone}`).toContain(c.phone);
    }
    expect(VARBERG_DIRECTORY.channels.map((c) => c.id).sort()).toEqual([...Object.keys(SEED_NUMBERS), ...UNKNOWN_NUMBERS].sort());
  });

  it.each(MANAGERS)('keeps the manager channel %s internal, for follow-up only', (id) => {
    expect(channel(id)).toMatchObject({ internal: true, purposes: ['manager'], phone: null });
    expect(channel(id).serviceArea).toEqual(expect.any(String));
  });

  it('marks only the manager channels internal', () => {
    const internal = VARBERG_DIRECTORY.channels.filter((c) => c.internal).map((c) => c.id);
    expect(internal.sort()).toEqual([...MANAGERS].sort());
    for (const c of VARBERG_DIRECTORY.channels) {
      if (c.purposes.includes('manager')) expect(c.internal, c.id).toBe(true);
    }
  });

  it('uses unique ids and is itself a valid directory', () => {
    const ids = VARBERG_DIRECTORY.channels.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parseDirectory(VARBERG_DIRECTORY)).toEqual(VARBERG_DIRECTORY);
  });

  it('keeps Varberg office hours: weekdays 08:00, Friday to 15:00, lunch 12–13, 14:00 before a holiday', () => {
    expect(channel('mottagningsgruppen').hours).toEqual({
      kind: 'office',
      week: {
        mon: { open: '08:00', close: '16:30' },
        tue: { open: '08:00', close: '16:30' },
        wed: { open: '08:00', close: '16:30' },
        thu: { open: '08:00', close: '16:30' },
        fri: { open: '08:00', close: '15:00' },
      },
      lunch: { open: '12:00', close: '13:00' },
      dayBeforeHoliday: { open: '08:00', close: '14:00' },
      holidays: 'closed',
    });
  });
});

/** A minimal valid channel; `over` replaces fields. */
const validChannel = (over: Record<string, unknown> = {}) => ({
  id: 'kontaktcenter',
  name: { sv: 'Kontaktcenter', en: 'Contact centre' },
  phone: '0340-12 34 56',
  hours: { kind: 'office', week: { mon: { open: '08:00', close: '16:00' } } },
  purposes: ['individual_matters'],
  ...over,
});
const directoryOf = (...channels: unknown[]) => ({ municipality: { sv: 'Exempelby kommun', en: 'Exempelby municipality' }, channels });

/** The problems parseDirectory reports for `input`; fails the test when it does not throw a DirectoryError. */
function problemsOf(input: unknown): string[] {
  try {
    parseDirectory(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DirectoryError);
    const problems = (error as DirectoryError).problems;
    // The message lists every problem too.
    for (const problem of problems) expect((error as Error).message).toContain(`- ${problem}`);
    return problems;
  }
  throw new Error('parseDirectory accepted an invalid directory');
}

describe('parseDirectory', () => {
  it('accepts a minimal valid directory and applies the defaults', () => {
    const parsed = parseDirectory(directoryOf(validChannel()));
    expect(parsed.municipality).toEqual({ sv: 'Exempelby kommun', en: 'Exempelby municipality' });
    expect(parsed.channels).toHaveLength(1);
    const [only] = parsed.channels;
    expect(only?.internal).toBe(false);
    expect(only?.hours).toEqual({ kind: 'office', week: { mon: { open: '08:00', close: '16:00' } }, holidays: 'closed' });
  });

  it('accepts a null phone, an "outside" channel that names a known id and explicit holiday opening', () => {
    const parsed = parseDirectory(
      directoryOf(
        validChannel({ phone: null, hours: { kind: 'office', week: { fri: { open: '09:00', close: '12:00' } }, holidays: 'open' } }),
        validChannel({ id: 'jouren', phone: '112', via: '112', hours: { kind: 'outside', of: 'kontaktcenter' }, purposes: ['social_emergency'], internal: true }),
      ),
    );
    expect(parsed.channels[0]).toMatchObject({ phone: null, hours: { holidays: 'open' } });
    expect(parsed.channels[1]).toMatchObject({ id: 'jouren', internal: true, hours: { kind: 'outside', of: 'kontaktcenter' } });
  });

  it('rejects a time not written HH:MM ("8:00"), naming its path', () => {
    const problems = problemsOf(directoryOf(validChannel({ hours: { kind: 'office', week: { mon: { open: '8:00', close: '16:00' } } } })));
    expect(problems).toContainEqual(expect.stringMatching(/^channels\.0\.hours\.week\.mon\.open: .*HH:MM/));
  });

  it('rejects opening hours that open after they close, naming the day', () => {
    const problems = problemsOf(directoryOf(validChannel({ hours: { kind: 'office', week: { tue: { open: '17:00', close: '08:00' } } } })));
    expect(problems).toEqual([expect.stringMatching(/^channels\.0\.hours\.week\.tue: .*före stängningstiden/)]);
  });

  it('rejects a lunch closure that opens after it closes', () => {
    const problems = problemsOf(directoryOf(validChannel({ hours: { kind: 'office', week: {}, lunch: { open: '13:00', close: '12:00' } } })));
    expect(problems).toEqual([expect.stringMatching(/^channels\.0\.hours\.lunch: /)]);
  });

  it('rejects duplicate ids, naming the second one', () => {
    const problems = problemsOf(directoryOf(validChannel(), validChannel()));
    expect(problems).toEqual(['channels.1.id: id kontaktcenter finns två gånger']);
  });

  it('rejects an "outside" channel whose `of` names no channel', () => {
    const problems = problemsOf(directoryOf(validChannel(), validChannel({ id: 'jouren', hours: { kind: 'outside', of: 'finns-inte' } })));
    expect(problems).toEqual(['channels.1.hours.of: okänd kanal finns-inte']);
  });

  it.each(['ring oss', '0340-88500 (växeln)', '12', 'nummer: 112'])('rejects the phone %j', (phone) => {
    const problems = problemsOf(directoryOf(validChannel({ phone })));
    expect(problems).toEqual([expect.stringMatching(/^channels\.0\.phone: /)]);
  });

  it('rejects a channel without purposes', () => {
    const problems = problemsOf(directoryOf(validChannel({ purposes: [] })));
    expect(problems).toEqual([expect.stringMatching(/^channels\.0\.purposes: /)]);
  });

  it('rejects an unknown purpose and a bad id', () => {
    const problems = problemsOf(directoryOf(validChannel({ id: 'Kontakt Center', purposes: ['everything'] })));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^channels\.0\.id: /), expect.stringMatching(/^channels\.0\.purposes\.0: /)]));
  });

  it('lists every problem at once, each with its own path', () => {
    const problems = problemsOf(
      directoryOf(
        validChannel({ phone: 'x', purposes: [] }),
        validChannel({ hours: { kind: 'office', week: { wed: { open: '15:00', close: '09:00' } } } }),
        validChannel({ id: 'jouren', hours: { kind: 'outside', of: 'ingen' } }),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^channels\.0\.phone: /),
        expect.stringMatching(/^channels\.0\.purposes: /),
        expect.stringMatching(/^channels\.1\.hours\.week\.wed: /),
        'channels.1.id: id kontaktcenter finns två gånger',
        'channels.2.hours.of: okänd kanal ingen',
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it("gives zod's own messages in Swedish too", () => {
    expect(problemsOf({ municipality: { sv: 'Varberg' }, channels: [] })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^municipality\.en: Ogiltig inmatning: förväntat/)]),
    );
  });

  it('rejects a directory without municipality or channels', () => {
    const problems = problemsOf({});
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^municipality: /), expect.stringMatching(/^channels: /)]));
    expect(problemsOf(directoryOf())).toEqual([expect.stringMatching(/^channels: /)]);
  });

  // '8:00' > '16:00' as strings: the order check must not run on a malformed time.
  it('reports only the malformed time for "8:00"–"16:00", not a false order problem', () => {
    const problems = problemsOf(directoryOf(validChannel({ hours: { kind: 'office', week: { mon: { open: '8:00', close: '16:00' } } } })));
    expect(problems).toEqual([expect.stringMatching(/^channels\.0\.hours\.week\.mon\.open: /)]);
  });

  // compose.ts would otherwise write \"Kontakta … på ---\".
  it('rejects a phone with no digits ("---")', () => {
    expect(problemsOf(directoryOf(validChannel({ phone: '---' })))).toEqual([expect.stringMatching(/^channels\.0\.phone: /)]);
  });
});

describe('the built-in Varberg directory as plain data', () => {
  it('passes the validator unchanged, so content scripts can carry it without zod', () => {
    expect(parseDirectory(VARBERG_DIRECTORY)).toEqual(VARBERG_DIRECTORY);
  });
});
