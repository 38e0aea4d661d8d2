/**
 * The extension's own diagnostics log: what the site adapters found and the errors content scripts
 * and the background caught, so a site change that breaks an adapter shows up in the options page
 * instead of in the moderator's page. Bounded, and it never holds comment text.
 */
import type { SekretessvaktDB } from './db';
import { guarded } from './errors';
import type { DiagnosticEntry } from './records';

export const MAX_DIAGNOSTICS = 500;
const MAX_MESSAGE_LENGTH = 300;
const SOURCES: ReadonlySet<DiagnosticEntry['source']> = new Set(['facebook', 'instagram', 'business-suite', 'other', 'background', 'page']);

/** Adds entries, dropping malformed ones and the oldest beyond MAX_DIAGNOSTICS; returns how many were kept. */
export function addDiagnostics(db: SekretessvaktDB, entries: readonly unknown[], now: number): Promise<number> {
  const clean = entries.flatMap((entry) => {
    const valid = cleanEntry(entry, now);
    return valid ? [valid] : [];
  });
  if (clean.length === 0) return Promise.resolve(0);
  return guarded(() =>
    db.transaction('rw', db.diagnostics, async () => {
      await db.diagnostics.bulkAdd(clean.slice(-MAX_DIAGNOSTICS));
      const excess = (await db.diagnostics.count()) - MAX_DIAGNOSTICS;
      if (excess > 0) await db.diagnostics.orderBy('at').limit(excess).delete();
      return clean.length;
    }),
  );
}

/** Newest first. */
export function listDiagnostics(db: SekretessvaktDB, limit = 100): Promise<DiagnosticEntry[]> {
  return guarded(() => db.diagnostics.orderBy('at').reverse().limit(limit).toArray());
}

function cleanEntry(value: unknown, now: number): DiagnosticEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Partial<Record<keyof DiagnosticEntry, unknown>>;
  if (typeof entry.message !== 'string' || entry.message.trim() === '') return null;
  if (!SOURCES.has(entry.source as DiagnosticEntry['source'])) return null;
  if (entry.kind !== 'scan' && entry.kind !== 'error') return null;
  return {
    at: typeof entry.at === 'number' && Number.isFinite(entry.at) ? entry.at : now,
    source: entry.source as DiagnosticEntry['source'],
    kind: entry.kind,
    ...(typeof entry.where === 'string' ? { where: stripQuery(entry.where) } : {}),
    message: entry.message.slice(0, MAX_MESSAGE_LENGTH),
  };
}

/** A page address without query or fragment: those can carry ids of people. */
function stripQuery(where: string): string {
  return where.split(/[?#]/)[0]!.slice(0, 200);
}
