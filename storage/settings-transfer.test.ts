import { afterEach, describe, expect, it } from 'vitest';
import { VARBERG_DIRECTORY, type Directory } from '../responses/directory';
import { StorageError } from './errors';
import { DEFAULT_SETTINGS, type Settings } from './records';
import { getSettings, saveSettings } from './repository';
import { exportSettings, parseSettingsFile, settingsChanges, settingsFileName } from './settings-transfer';
import { deleteFreshDbs, freshDb, TUE_1000 } from './test-helpers';

afterEach(deleteFreshDbs);

const falkenberg: Directory = {
  municipality: { sv: 'Falkenbergs kommun', en: 'Falkenberg municipality' },
  channels: [
    {
      id: 'kontaktcenter',
      name: { sv: 'Kontaktcenter', en: 'Contact centre' },
      phone: '0346-88 60 00',
      hours: { kind: 'office', week: { mon: { open: '08:00', close: '16:00' } }, holidays: 'closed' },
      purposes: ['individual_matters'],
      internal: false,
    },
  ],
};

const configured: Settings = {
  ...DEFAULT_SETTINGS,
  moderator: 'Anna Berg',
  directoryOverride: falkenberg,
  thresholds: { crisis: 0.35, criticism: 0.65 },
  retentionDays: 30,
  notifyAcute: true,
};

function refusal(text: string): StorageError {
  try {
    parseSettingsFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('invalid-import');
    return error as StorageError;
  }
  throw new Error('the file was accepted');
}

describe('exportSettings', () => {
  it('writes the shareable settings with format, version and time, never the moderator’s name', () => {
    const file = exportSettings(configured, TUE_1000);
    expect(file).toEqual({
      format: 'sekretessvakt-installningar',
      version: 1,
      exportedAt: '2026-11-24T09:00:00.000Z',
      directory: falkenberg,
      thresholds: { crisis: 0.35, criticism: 0.65 },
      retentionDays: 30,
      notifyAcute: true,
    });
    expect(JSON.stringify(file)).not.toContain('Anna Berg');
    expect(settingsFileName(TUE_1000)).toBe('sekretessvakt-installningar-2026-11-24.json');
  });

  it('leaves the directory out when the built-in one is used, or the saved one is invalid', () => {
    expect(exportSettings(DEFAULT_SETTINGS, TUE_1000)).not.toHaveProperty('directory');
    const broken = { ...configured, directoryOverride: { municipality: { sv: '', en: '' }, channels: [] } };
    expect(exportSettings(broken, TUE_1000)).not.toHaveProperty('directory');
  });
});

describe('parseSettingsFile', () => {
  it('round-trips through a database: what is exported is what is saved on another machine', async () => {
    const text = JSON.stringify(exportSettings(configured, TUE_1000));
    const db = freshDb();
    await saveSettings(db, { moderator: 'Bo Ek' }, 'Bo Ek', TUE_1000);
    await saveSettings(db, parseSettingsFile(text), 'Bo Ek', TUE_1000);
    const saved = await getSettings(db);
    expect(saved).toMatchObject({ moderator: 'Bo Ek', directoryOverride: falkenberg, thresholds: configured.thresholds, retentionDays: 30, notifyAcute: true });
  });

  it('returns to the built-in directory when the file has none', () => {
    const patch = parseSettingsFile(JSON.stringify(exportSettings(DEFAULT_SETTINGS, TUE_1000)));
    expect(patch).toHaveProperty('directoryOverride', undefined);
    expect(patch).toEqual({ directoryOverride: undefined, thresholds: {}, retentionDays: 90, notifyAcute: false });
  });

  it('never takes a moderator name from a file', () => {
    const file = { ...exportSettings(configured, TUE_1000), moderator: 'Someone Else' };
    expect(parseSettingsFile(JSON.stringify(file))).not.toHaveProperty('moderator');
  });

  it.each([
    ['not JSON', 'hej', 'inte en inställningsfil'],
    ['another program’s file', JSON.stringify({ format: 'other', version: 1 }), 'kommer inte från Sekretessvakt'],
    ['a follow-up export', JSON.stringify({ format: 'sekretessvakt-uppfoljning', version: 1 }), 'innehåller uppföljningar'],
    ['a newer version', JSON.stringify({ ...exportSettings(configured, TUE_1000), version: 2 }), 'nyare version'],
  ])('refuses %s and says why, in Swedish and English', (_name, text, sv) => {
    const error = refusal(text);
    expect(error.userMessage.sv).toContain(sv);
    expect(error.userMessage.sv).toContain('Inget har ändrats');
    expect(error.userMessage.en).toContain('Nothing was changed');
  });

  it.each([
    ['retention of 400 days', { retentionDays: 400 }, 'retentionDays'],
    ['a threshold above 1', { thresholds: { crime: 3 } }, 'thresholds.crime'],
    ['an invalid phone in the directory', { directory: { ...VARBERG_DIRECTORY, channels: [{ ...VARBERG_DIRECTORY.channels[0]!, phone: 'ring oss' }] } }, 'directory.channels.0.phone'],
    ['a missing field', { notifyAcute: undefined }, 'notifyAcute'],
  ])('refuses a damaged file with %s and names the field', (_name, change, path) => {
    const error = refusal(JSON.stringify({ ...exportSettings(configured, TUE_1000), ...change }));
    expect(error.userMessage.sv).toContain('skadad');
    expect(error.details.join('\n')).toContain(path);
  });
});

describe('settingsChanges', () => {
  it('lists exactly the fields that differ', () => {
    const patch = parseSettingsFile(JSON.stringify(exportSettings(configured, TUE_1000)));
    expect(settingsChanges(DEFAULT_SETTINGS, patch)).toEqual([
      { field: 'directory', from: undefined, to: falkenberg },
      { field: 'threshold', label: 'crisis', from: undefined, to: 0.35 },
      { field: 'threshold', label: 'criticism', from: undefined, to: 0.65 },
      { field: 'retentionDays', from: 90, to: 30 },
      { field: 'notifyAcute', from: false, to: true },
    ]);
    expect(settingsChanges(configured, patch)).toEqual([]);
  });
});
