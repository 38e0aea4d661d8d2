// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { storageHandlers } from './background-handlers';
import type { SekretessvaktDB } from './db';
import { CHILD_COMMENT, CRIME_COMMENT, deleteFreshDbs, freshDb, seen, TUE_1000 } from './test-helpers';

let db: SekretessvaktDB;
afterEach(deleteFreshDbs);

describe('storageHandlers', () => {
  it('stores a batch of flagged comments once each, redacted, and counts the bad ones without losing the good', async () => {
    db = freshDb();
    const handlers = storageHandlers(async () => db, () => TUE_1000);
    const batch = [seen(CHILD_COMMENT, 'c1'), seen(CRIME_COMMENT, 'c2'), seen(CHILD_COMMENT, 'c1'), { ...seen(CRIME_COMMENT, ''), permalink: undefined }];
    expect(await handlers['comments/flagged']({ comments: batch }, {})).toEqual({ stored: 3, failed: 1 });
    expect(await db.comments.count()).toBe(2);
    expect(JSON.stringify(await db.comments.toArray())).not.toContain('070-123 45 67');
  });

  it('keeps posted replies for the history and returns them oldest first', async () => {
    db = freshDb();
    let now = TUE_1000;
    const handlers = storageHandlers(async () => db, () => now++);
    await handlers['replies/posted']({ text: 'Första svaret.' }, {});
    await handlers['replies/posted']({ text: 'Andra svaret.' }, {});
    expect(await handlers['replies/recent']({}, {})).toEqual({ texts: ['Första svaret.', 'Andra svaret.'] });
    expect(await handlers['replies/recent']({ limit: 1 }, {})).toEqual({ texts: ['Andra svaret.'] });
    await expect(handlers['replies/posted']({ text: '  ' }, {})).rejects.toThrow(TypeError);
  });
});
