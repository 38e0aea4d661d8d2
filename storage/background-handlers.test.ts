// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { storageHandlers } from './background-handlers';
import { VARBERG_DIRECTORY } from '../responses/directory';
import type { SekretessvaktDB } from './db';
import type { SeenComment } from './records';
import { saveSettings } from './repository';
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

describe('storageHandlers for the overlay', () => {
  it('"Följ upp" stores the comment and opens one task, however often it is pressed, and reports its status', async () => {
    db = freshDb();
    const handlers = storageHandlers(async () => db, () => TUE_1000);
    const first = await handlers['tasks/track']({ comment: seen(CHILD_COMMENT, 'c1') }, {});
    const again = await handlers['tasks/track']({ comment: seen(CHILD_COMMENT, 'c1') }, {});
    expect(first.taskId).toBe('task:facebook:c1');
    expect(again.taskId).toBe(first.taskId);
    expect(first.status).toMatchObject({ progress: 'new', overdue: false, done: 0 });
    expect(await db.tasks.count()).toBe(1);
    const { statuses } = await handlers['tasks/status']({ keys: ['facebook:c1', 'facebook:none', 42 as unknown as string] }, {});
    expect(Object.keys(statuses)).toEqual(['facebook:c1']);
  });

  it('refuses to track or dismiss what is not a flagged comment, writing nothing', async () => {
    db = freshDb();
    const handlers = storageHandlers(async () => db, () => TUE_1000);
    const unflagged = { ...seen('Tack för ett fint evenemang!', 'ok') };
    await expect(handlers['tasks/track']({ comment: unflagged }, {})).rejects.toThrow(TypeError);
    await expect(handlers['comments/dismissed']({ comment: { ...seen(CHILD_COMMENT, ''), permalink: undefined } }, {})).rejects.toThrow();
    await expect(handlers['tasks/track']({ comment: undefined as unknown as SeenComment }, {})).rejects.toThrow(TypeError);
    expect(await db.comments.count()).toBe(0);
  });

  it('"Inte relevant" stores a false positive', async () => {
    db = freshDb();
    const handlers = storageHandlers(async () => db, () => TUE_1000);
    await handlers['comments/dismissed']({ comment: seen(CRIME_COMMENT, 'c2') }, {});
    expect((await db.comments.get('facebook:c2'))?.dismissedAt).toBe(TUE_1000);
  });

  it('gives content scripts the settings with a valid directory, falling back to the built-in one', async () => {
    db = freshDb();
    const handlers = storageHandlers(async () => db, () => TUE_1000);
    await saveSettings(db, { moderator: 'AB', directoryOverride: { broken: true } }, 'AB', TUE_1000);
    const settings = await handlers['settings/content']({}, {});
    expect(settings.moderator).toBe('AB');
    expect(settings.directory).toEqual(VARBERG_DIRECTORY);
  });

  it('reads and sets the acute-notification setting, off by default', async () => {
    db = freshDb();
    const handlers = storageHandlers(async () => db, () => TUE_1000);
    expect(await handlers['settings/notify-acute']({}, {})).toEqual({ on: false });
    expect(await handlers['settings/notify-acute']({ on: true }, {})).toEqual({ on: true });
    expect(await handlers['settings/notify-acute']({ on: 'yes' as unknown as boolean }, {})).toEqual({ on: true });
  });

  it('keeps diagnostics reports and ignores garbage', async () => {
    db = freshDb();
    const handlers = storageHandlers(async () => db, () => TUE_1000);
    const report = { at: TUE_1000, source: 'instagram' as const, kind: 'scan' as const, message: 'Inga kommentarer hittades' };
    expect(await handlers['diagnostics/report']({ entries: [report, { nonsense: 1 } as never] }, {})).toEqual({ kept: 1 });
    expect(await handlers['diagnostics/report']({ entries: 'x' as never }, {})).toEqual({ kept: 0 });
  });
});
