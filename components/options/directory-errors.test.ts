import { describe, expect, it } from 'vitest';
import { VARBERG_DIRECTORY, type Directory } from '../../responses/directory';
import { checkDirectory, errorId, fieldId, fieldPlace } from './directory-errors';

/** A copy of the built-in directory with one change made by `edit`. */
function edited(edit: (d: Directory) => void): Directory {
  const copy = JSON.parse(JSON.stringify(VARBERG_DIRECTORY)) as Directory;
  edit(copy);
  return copy;
}

const office = (d: Directory) => {
  const hours = d.channels[0]!.hours;
  if (hours.kind !== 'office') throw new Error('mottagningsgruppen keeps office hours');
  return hours;
};

describe('checkDirectory', () => {
  it('finds nothing wrong with the built-in directory and returns it validated', () => {
    const check = checkDirectory(VARBERG_DIRECTORY, 'sv');
    expect(check.errors.size).toBe(0);
    expect(check.directory).toEqual(VARBERG_DIRECTORY);
  });

  it.each<[string, (d: Directory) => void, string, string, string]>([
    ['a phone number with two digits', (d) => (d.channels[0]!.phone = '12'), 'channels.0.phone', 'Skriv ett telefonnummer med minst tre siffror', 'Write a phone number with at least three digits'],
    ['a phone number in words', (d) => (d.channels[0]!.phone = 'ring växeln'), 'channels.0.phone', 'Skriv ett telefonnummer', 'Write a phone number'],
    ['an empty municipality name', (d) => (d.municipality.sv = ''), 'municipality.sv', 'Fyll i det här fältet.', 'Fill in this field.'],
    ['an empty English channel name', (d) => (d.channels[5]!.name.en = ''), 'channels.5.name.en', 'Fyll i det här fältet.', 'Fill in this field.'],
    ['an e-mail without @', (d) => (d.channels[2]!.email = 'kundservice.varberg.se'), 'channels.2.email', 'Skriv en hel e-postadress', 'Write a whole e-mail address'],
    ['a web address without https', (d) => (d.channels[2]!.url = 'http://varberg.se'), 'channels.2.url', 'börjar med https://', 'starts with https://'],
    ['an id with capitals and spaces', (d) => (d.channels[3]!.id = 'Synpunkter Nu'), 'channels.3.id', 'Använd bara små bokstäver', 'Use only lower-case letters'],
    ['two channels with the same id', (d) => (d.channels[3]!.id = 'kundservice'), 'channels.3.id', 'En annan kanal har samma id', 'Another channel has the same id'],
    ['a time without minutes', (d) => (office(d).week.mon!.open = '8'), 'channels.0.hours.week.mon.open', 'Skriv tiden som TT:MM, till exempel 08:30.', 'Write the time as HH:MM'],
    ['opening after closing', (d) => (office(d).week.tue = { open: '17:00', close: '08:00' }), 'channels.0.hours.week.tue', 'Öppningstiden måste vara före stängningstiden.', 'The opening time must be before the closing time.'],
    ['a lunch that ends before it starts', (d) => (office(d).lunch = { open: '13:00', close: '12:00' }), 'channels.0.hours.lunch', 'Öppningstiden måste vara före stängningstiden.', 'The opening time must be before'],
    ['no purpose', (d) => (d.channels[0]!.purposes = []), 'channels.0.purposes', 'Välj minst en sak som kanalen är till för.', 'Choose at least one thing'],
    ['"outside" of a channel that is gone', (d) => (d.channels[1]!.hours = { kind: 'outside', of: 'borttagen' }), 'channels.1.hours.of', 'finns inte längre i katalogen', 'no longer in the directory'],
    ['"outside" of no channel', (d) => (d.channels[1]!.hours = { kind: 'outside', of: '' }), 'channels.1.hours.of', 'Välj vilken kanal', 'Choose the channel'],
    ['no channels at all', (d) => (d.channels = []), 'channels', 'Katalogen behöver minst en kanal.', 'The directory needs at least one channel.'],
  ])('says what to write for %s, beside that field, in Swedish and in English', (_name, edit, path, sv, en) => {
    const directory = edited(edit);
    const swedish = checkDirectory(directory, 'sv');
    expect(swedish.directory).toBeNull();
    expect(swedish.errors.get(path)).toContain(sv);
    expect(checkDirectory(directory, 'en').errors.get(path)).toContain(en);
  });

  it('never shows zod’s English technical messages on the Swedish page', () => {
    const directory = edited((d) => {
      d.municipality.en = '';
      d.channels[0]!.phone = '1';
      d.channels[0]!.purposes = [];
      d.channels[2]!.email = 'x';
      d.channels[2]!.url = 'x';
      (d.channels[4] as { hours: unknown }).hours = { kind: 'sometimes' };
      (d.channels[6] as { phone: unknown }).phone = 1177;
    });
    const messages = [...checkDirectory(directory, 'sv').errors.values()];
    expect(messages.length).toBeGreaterThanOrEqual(7);
    for (const message of messages) {
      expect(message).not.toMatch(/expected|Invalid|Too small|discriminator/i);
      expect(message).toMatch(/^[A-ZÅÄÖ].*\.$/u);
    }
  });

  it('keeps one message per field, the first problem found', () => {
    const check = checkDirectory(edited((d) => (office(d).week.mon = { open: '8', close: '7' })), 'sv');
    expect(check.errors.get('channels.0.hours.week.mon.open')).toContain('TT:MM');
    expect(check.errors.get('channels.0.hours.week.mon.close')).toContain('TT:MM');
  });
});

describe('field ids and places', () => {
  it('gives every field path an input id and an error id', () => {
    expect(fieldId('channels.0.phone')).toBe('sv-dir-channels-0-phone');
    expect(errorId('channels.0.phone')).toBe('sv-dir-channels-0-phone-error');
  });

  it.each([
    ['channels.1.phone', 'sv', 'Socialjouren – Telefonnummer'],
    ['channels.0.hours.week.tue.open', 'sv', 'Barn- och familjeenhetens mottagningsgrupp – Tisdag – Öppnar'],
    ['channels.0.hours.lunch', 'sv', 'Barn- och familjeenhetens mottagningsgrupp – Stängt för lunch'],
    ['municipality.sv', 'sv', 'Kommunens namn på svenska'],
    ['channels.1.phone', 'en', 'The out-of-hours social emergency service – Phone number'],
  ] as const)('names where %s is for the error summary (%s)', (path, lang, place) => {
    expect(fieldPlace(path, VARBERG_DIRECTORY, lang)).toBe(place);
  });

  it('names a channel without a name by its number', () => {
    const directory = edited((d) => (d.channels[2]!.name = { sv: '', en: '' }));
    expect(fieldPlace('channels.2.name.sv', directory, 'sv')).toBe('Kanal 3 – Namn på svenska');
  });
});
