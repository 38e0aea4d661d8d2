/**
 * Opening the database so that nothing fails silently: an upgrade blocked by another open tab and
 * a newer tab asking this one to let go are both reported to the caller, which tells the user.
 */
import { CURRENT_VERSION, DATABASE_NAME, SekretessvaktDB } from './db';
import { StorageError, toStorageError } from './errors';

export interface OpenOptions {
  /** Another tab holds the old version open, so the upgrade waits: ask the user to close it. */
  onBlocked?: (error: StorageError) => void;
  /** A newer version of the extension wants to upgrade: this connection closes, the page should reload. */
  onVersionChange?: () => void;
}

export async function openDatabase(name = DATABASE_NAME, options: OpenOptions = {}): Promise<SekretessvaktDB> {
  const db = new SekretessvaktDB(name);
  db.on('blocked', () => options.onBlocked?.(new StorageError('blocked')));
  db.on('versionchange', () => {
    db.close();
    options.onVersionChange?.();
    return false;
  });
  try {
    await db.open();
  } catch (error) {
    throw toStorageError(error);
  }
  // Dexie 4 opens a database a newer release upgraded, but this release cannot know what that
  // release changed in the records: refuse rather than read or write them wrongly. (Dexie stores
  // version N as IndexedDB version 10 N.)
  if ((db.backendDB()?.version ?? 0) > CURRENT_VERSION * 10) {
    db.close();
    throw new StorageError('newer-database');
  }
  return db;
}
