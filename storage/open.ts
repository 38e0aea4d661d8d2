/**
 * Opening the database so that nothing fails silently: an upgrade blocked by another open tab and
 * a newer tab asking this one to let go are both reported to the caller, which tells the user.
 */
import { SekretessvaktDB, DATABASE_NAME } from './db';
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
  return db;
}
