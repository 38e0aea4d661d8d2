/** Shared fixtures for the storage tests: a fresh database per test and comments written for them. */
import 'fake-indexeddb/auto';
import { classify } from '../classifiers';
import { SekretessvaktDB } from './db';
import type { SeenComment } from './repository';

let counter = 0;
const made: SekretessvaktDB[] = [];

/** A database of its own for each test, so tests never see each other's records. */
export function freshDb(): SekretessvaktDB {
  counter++;
  const db = new SekretessvaktDB(`test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
  made.push(db);
  return db;
}

/** A second connection to the same database, as another tab opens it. */
export function anotherTab(db: SekretessvaktDB): SekretessvaktDB {
  const tab = new SekretessvaktDB(db.name);
  made.push(tab);
  return tab;
}

/** For afterEach: closes and deletes every database the test made. */
export async function deleteFreshDbs(): Promise<void> {
  for (const db of made.splice(0)) {
    db.close();
    await db.delete();
  }
}

/** 10:00 on Tuesday 24 November 2026 in Stockholm. */
export const TUE_1000 = Date.parse('2026-11-24T09:00:00Z');
export const DAY = 86_400_000;

export function seen(text: string, commentId: string, extra: Partial<SeenComment> = {}): SeenComment {
  return { platform: 'facebook', commentId, postUrl: 'https://www.facebook.com/varbergskommun/posts/1', author: 'Anna Berg', text, assessment: classify(text), ...extra };
}

export const CHILD_COMMENT = 'Grannens barn är ensamma hemma hela nätterna och gråter. Ring mig på 070-123 45 67, jag bor på Storgatan 4.';
export const CRIME_COMMENT = 'Någon bröt sig in i mitt förråd i natt och stal cykeln. Mitt personnummer är 19811218-9876.';
export const CRITICISM_COMMENT = 'Hemtjänsten kommer aldrig i tid till min mamma och personalen struntar i henne. Skandal!';
