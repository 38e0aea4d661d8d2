/**
 * Storage failures the user must hear about, in Swedish and English. A full disk or an upgrade
 * blocked by another tab must never pass silently: the caller shows `message` and keeps the data
 * it was about to write.
 */
export type StorageErrorCode = 'quota' | 'blocked' | 'newer-database' | 'closed' | 'invalid-import' | 'not-found' | 'not-closed' | 'unknown';

const MESSAGES: Record<StorageErrorCode, { sv: string; en: string }> = {
  quota: {
    sv: 'Webbläsaren har inte plats att spara mer. Exportera och radera gamla uppföljningar, eller frigör utrymme.',
    en: 'The browser has no room to save more. Export and erase old follow-ups, or free up space.',
  },
  blocked: {
    sv: 'Databasen uppdateras, men en annan flik med Sekretessvakt håller den öppen. Stäng de andra flikarna och försök igen.',
    en: 'The database is being updated, but another Sekretessvakt tab keeps it open. Close the other tabs and try again.',
  },
  'newer-database': {
    sv: 'Databasen kommer från en nyare version av Sekretessvakt. Uppdatera tillägget. Inget har ändrats.',
    en: 'The database comes from a newer version of Sekretessvakt. Update the extension. Nothing was changed.',
  },
  closed: {
    sv: 'Databasen stängdes, troligen för att tillägget uppdaterades. Ladda om sidan.',
    en: 'The database was closed, probably because the extension was updated. Reload the page.',
  },
  'invalid-import': { sv: 'Filen kunde inte läsas in. Inget har sparats.', en: 'The file could not be imported. Nothing was saved.' },
  'not-found': { sv: 'Uppföljningen finns inte längre. Den kan ha gallrats.', en: 'The follow-up no longer exists. It may have been purged.' },
  'not-closed': {
    sv: 'Bara en avslutad uppföljning kan godkännas. Avsluta den först.',
    en: 'Only a closed follow-up can be signed off. Close it first.',
  },
  unknown: { sv: 'Det gick inte att spara. Inget har försvunnit, men försök igen.', en: 'Saving failed. Nothing was lost, but try again.' },
};

export class StorageError extends Error {
  readonly userMessage: { sv: string; en: string };

  constructor(
    readonly code: StorageErrorCode,
    /** Details for the user, e.g. what was wrong with an import file. */
    readonly details: string[] = [],
    options?: { cause?: unknown },
    /** A message more precise than the code's own ("the file is from a newer version"). */
    message?: { sv: string; en: string },
  ) {
    const user = message ?? MESSAGES[code];
    super(`${user.sv}${details.length > 0 ? `\n${details.map((d) => `- ${d}`).join('\n')}` : ''}`, options);
    this.name = 'StorageError';
    this.userMessage = user;
  }
}

/** Names Dexie and IndexedDB give the failures the user can act on. */
const CODE_BY_NAME: Record<string, StorageErrorCode> = {
  QuotaExceededError: 'quota',
  VersionError: 'newer-database',
  DatabaseClosedError: 'closed',
};

/** Any error from Dexie or IndexedDB as a StorageError; a StorageError passes through. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = [error, (error as { inner?: unknown })?.inner, (error as { cause?: unknown })?.cause].map((e) => (e as { name?: unknown })?.name);
  for (const name of names) {
    if (typeof name === 'string' && CODE_BY_NAME[name]) return new StorageError(CODE_BY_NAME[name], [], { cause: error });
  }
  return new StorageError('unknown', [error instanceof Error ? error.message : String(error)], { cause: error });
}

/** Runs a storage operation and turns whatever it throws into a StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
