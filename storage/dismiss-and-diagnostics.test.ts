// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { addDiagnostics, listDiagnostics, MAX_DIAGNOSTICS } from './diagnostics';
import { dismissComment, listDismissed, recordComment } from './repository';
import { eraseAll, purgeExpired } from './retention';
import { CHILD_COMMENT, CRIME_COMMENT, DAY, deleteFreshDbs, freshDb, seen, TUE_1000 } from './test-helpers';

afterEach(deleteFreshDbs);

describe('dismissComment ("Inte relevant")', () => {
  it('stores the comment redacted with who dismissed it, audits it, and lists it for supervisors newest first', async () => {
    const db = freshDb();
    await dismissComment(db, seen(CHILD_COMMENT, 'a'), 'AB', TUE_1000);
    await dismissComment(db, seen(CRIME_COMMENT, 'b'), 'CD', TUE_1000 + 1000);
    const listed = await listDismissed(db);
    expect(listed.map((c) => [c.key, c.dismissedBy])).toEqual([
      ['facebook:b', 'CD'],
      ['facebook:a', 'AB'],
    ]);
    expect(JSON.stringify(listed)).not.toContain('070-123 45 67');
    const audit = await db.audit.where('action').equals('comment.dismissed').toArray();
    expect(audit.map((a) => a.commentKey).sort()).toEqual(['facebook:a', 'facebook:b']);
    expect(JSON.stringify(audit)).not.toContain('Storgatan');
  });

  it('keeps the dismissal when the page sends the same comment again', async () => {
    const db = freshDb();
    await dismissComment(db, seen(CHILD_COMMENT, 'a'), 'AB', TUE_1000);
    await recordComment(db, seen(CHILD_COMMENT, 'a'), 'AB', TUE_1000 + DAY);
    const stored = await db.comments.get('facebook:a');
    expect(stored?.dismissedAt).toBe(TUE_1000);
    expect(stored?.lastSeen).toBe(TUE_1000 + DAY);
  });

  it('does not list comments nobody dismissed', async () => {
    const db = freshDb();
    await recordComment(db, seen(CHILD_COMMENT, 'a'), 'AB', TUE_1000);
    expect(await listDismissed(db)).toEqual([]);
  });
});

describe('the diagnostics log', () => {
  const entry = (message: string, at = TUE_1000) => ({ at, source: 'facebook', kind: 'scan', where: 'www.facebook.com/varbergskommun/posts/1?comment_id=99', message });

  it('keeps valid entries, drops malformed ones, and strips query strings from where', async () => {
    const db = freshDb();
    const kept = await addDiagnostics(db, [entry('12 kommentarer hittade'), null, { message: 'x' }, { ...entry('y'), kind: 'other' }, 'text', { ...entry('z'), source: 'evil.com' }], TUE_1000);
    expect(kept).toBe(1);
    const [only] = await listDiagnostics(db);
    expect(only).toMatchObject({ source: 'facebook', kind: 'scan', where: 'www.facebook.com/varbergskommun/posts/1', message: '12 kommentarer hittade' });
  });

  it(`holds at most ${MAX_DIAGNOSTICS} entries, dropping the oldest`, async () => {
    const db = freshDb();
    await addDiagnostics(db, Array.from({ length: MAX_DIAGNOSTICS + 20 }, (_, i) => entry(`post ${i}`, TUE_1000 + i)), TUE_1000);
    await addDiagnostics(db, [entry('newest', TUE_1000 + 10_000)], TUE_1000);
    expect(await db.diagnostics.count()).toBe(MAX_DIAGNOSTICS);
    const newest = await listDiagnostics(db, 1);
    expect(newest[0]?.message).toBe('newest');
    expect((await listDiagnostics(db, MAX_DIAGNOSTICS)).some((e) => e.message === 'post 0')).toBe(false);
  });

  it('is purged with the retention limit and erased with everything else', async () => {
    const db = freshDb();
    await addDiagnostics(db, [entry('old', TUE_1000 - 100 * DAY), entry('new', TUE_1000 - DAY)], TUE_1000);
    await purgeExpired(db, TUE_1000);
    expect((await listDiagnostics(db)).map((e) => e.message)).toEqual(['new']);
    await eraseAll(db, 'AB', TUE_1000);
    expect(await db.diagnostics.count()).toBe(0);
  });
});
