/**
 * The settings as a small JSON file, so a municipality sets up its channel directory and the
 * sensitivity once and hands the file to every moderator. The moderator's own name never goes
 * into the file: it says who did what in the audit log, and each moderator gives their own.
 *
 * Import checks the whole file first (the directory through its own schema) and returns the patch
 * to save; a foreign, newer or damaged file changes nothing. Follows storage/transfer.ts.
 */
import { z } from 'zod';
import { LABELS, type Label } from '../classifiers/types';
import { stockholmTime } from '../responses/calendar';
import { directorySchema, type Directory } from '../responses/directory';
import { StorageError } from './errors';
import { EXPORT_FORMAT } from './transfer';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, type Settings } from './records';

export const SETTINGS_FORMAT = 'sekretessvakt-installningar';
export const SETTINGS_VERSION = 1;

const thresholdsSchema = z.partialRecord(z.enum(LABELS), z.number().min(0).max(1));

export const settingsFileSchema = z.object({
  format: z.literal(SETTINGS_FORMAT),
  version: z.literal(SETTINGS_VERSION),
  exportedAt: z.string(),
  /** Left out when the built-in directory is used: importing the file then returns to it. */
  directory: directorySchema.optional(),
  thresholds: thresholdsSchema,
  retentionDays: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS),
  notifyAcute: z.boolean(),
});

export type SettingsFile = z.infer<typeof settingsFileSchema>;

/** What importing a settings file saves. `directoryOverride: undefined` means the built-in directory. */
export type SettingsPatch = Pick<Settings, 'thresholds' | 'retentionDays' | 'notifyAcute'> & { directoryOverride: Directory | undefined };

/**
 * The shareable part of the settings, never the moderator's name. A saved directory that does not
 * pass the validator is left out, as the extension itself falls back to the built-in one then.
 *
 * @example JSON.stringify(exportSettings(await getSettings(db), Date.now()))
 */
export function exportSettings(settings: Settings, now: number): SettingsFile {
  const directory = validDirectory(settings.directoryOverride);
  const thresholds = thresholdsSchema.safeParse(settings.thresholds);
  return {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...(directory ? { directory } : {}),
    thresholds: thresholds.success ? thresholds.data : {},
    retentionDays: settings.retentionDays,
    notifyAcute: settings.notifyAcute,
  };
}

/** A file name that sorts by date: `sekretessvakt-installningar-2026-11-24.json` (Stockholm date). */
export function settingsFileName(now: number): string {
  return `${SETTINGS_FORMAT}-${stockholmTime(new Date(now)).dateKey}.json`;
}

const REFUSED = {
  notJson: {
    sv: 'Filen är inte en inställningsfil från Sekretessvakt. Inget har ändrats.',
    en: 'The file is not a Sekretessvakt settings file. Nothing was changed.',
  },
  followUps: {
    sv: 'Filen innehåller uppföljningar, inte inställningar. Importera den på sidan Uppföljning. Inget har ändrats.',
    en: 'The file holds follow-ups, not settings. Import it on the Follow-up page. Nothing was changed.',
  },
  foreign: { sv: 'Filen kommer inte från Sekretessvakt. Inget har ändrats.', en: 'The file does not come from Sekretessvakt. Nothing was changed.' },
  newer: {
    sv: 'Filen kommer från en nyare version av Sekretessvakt. Uppdatera tillägget och försök igen. Inget har ändrats.',
    en: 'The file comes from a newer version of Sekretessvakt. Update the extension and try again. Nothing was changed.',
  },
  corrupt: { sv: 'Filen är skadad eller ofullständig. Inget har ändrats.', en: 'The file is damaged or incomplete. Nothing was changed.' },
};

/**
 * Checks a settings file without saving anything and returns the patch to save; throws
 * StorageError('invalid-import') saying why a file is refused, with the problems as details.
 */
export function parseSettingsFile(text: string): SettingsPatch {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StorageError('invalid-import', [], { cause: error }, REFUSED.notJson);
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format === EXPORT_FORMAT) throw new StorageError('invalid-import', [], {}, REFUSED.followUps);
  if (head.format !== SETTINGS_FORMAT) throw new StorageError('invalid-import', [], {}, REFUSED.foreign);
  if (typeof head.version === 'number' && head.version > SETTINGS_VERSION) throw new StorageError('invalid-import', [`version ${head.version}`], {}, REFUSED.newer);
  const result = settingsFileSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(filen)'}: ${issue.message}`);
    throw new StorageError('invalid-import', problems, {}, REFUSED.corrupt);
  }
  const file = result.data;
  return { directoryOverride: file.directory, thresholds: file.thresholds, retentionDays: file.retentionDays, notifyAcute: file.notifyAcute };
}

export type SettingsChange =
  | { field: 'directory'; from: Directory | undefined; to: Directory | undefined }
  | { field: 'threshold'; label: Label; from: number | undefined; to: number | undefined }
  | { field: 'retentionDays'; from: number; to: number }
  | { field: 'notifyAcute'; from: boolean; to: boolean };

/** What saving the patch would change, field by field; empty when the file says what is already saved. */
export function settingsChanges(current: Settings, patch: SettingsPatch): SettingsChange[] {
  const changes: SettingsChange[] = [];
  const directory = validDirectory(current.directoryOverride);
  if (JSON.stringify(directory) !== JSON.stringify(patch.directoryOverride)) changes.push({ field: 'directory', from: directory, to: patch.directoryOverride });
  for (const label of LABELS) {
    const from = current.thresholds[label];
    const to = patch.thresholds[label];
    if (from !== to) changes.push({ field: 'threshold', label, from, to });
  }
  if (current.retentionDays !== patch.retentionDays) changes.push({ field: 'retentionDays', from: current.retentionDays, to: patch.retentionDays });
  if (current.notifyAcute !== patch.notifyAcute) changes.push({ field: 'notifyAcute', from: current.notifyAcute, to: patch.notifyAcute });
  return changes;
}

function validDirectory(override: unknown): Directory | undefined {
  if (override === undefined || override === null) return undefined;
  const result = directorySchema.safeParse(override);
  return result.success ? result.data : undefined;
}
