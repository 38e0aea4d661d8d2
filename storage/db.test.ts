// @vitest-environment node
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_VERSION, SCHEMA_VERSIONS, SekretessvaktDB } from './db';
import { StorageError, toStorageError } from './errors';
import { openDatabase } from './open';
import { listDismissed, listTasks, recordComment } from './repository';
import { addAttempt, listAttempts, listCustomScenarios, listTraineeSummaries } from './training';
import { CHILD_COMMENT, seen, TUE_1000 } from './test-helpers';

const names: string[] = [];
const uniqueName = () => {
  const name = `db-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Exactly what release 1 wrote: version-1 stores, records without updatedAt or dueAt. */
async function versionOneDatabase(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_VERSIONS[1]);
  await v1.open();
  await v1.table('comments').bulkAdd([
    { key: 'facebook:1', platform: 'facebook', excerpt: 'Oro för ett barn [adress]', assessment: { lang: 'sv', labels: ['child_at_risk'], urgency: 'high', scores: {}, evidence: [], actions: [] }, firstSeen: 100, lastSeen: 200 },
    { key: 'instagram:2', platform: 'instagram', excerpt: 'Kritik', assessment: { lang: 'sv', labels: ['criticism'], urgency: 'normal', scores: {}, evidence: [], actions: [] }, firstSeen: 300, lastSeen: 300 },
  ]);
  await v1.table('tasks').bulkAdd([
    { id: 'task:facebook:1', commentKey: 'facebook:1', platform: 'facebook', urgency: 'high', labels: ['child_at_risk'], checklist: ['acknowledged'], steps: { acknowledged: { done: true, by: 'AB', at: 150 } }, status: 'open', createdAt: 120, createdBy: 'AB' },
    { id: 'task:instagram:2', commentKey: 'instagram:2', platform: 'instagram', urgency: 'normal', labels: ['criticism'], checklist: [], steps: {}, status: 'closed', createdAt: 310, createdBy: 'AB', closedAt: 400, closedBy: 'AB' },
  ]);
  await v1.table('replies').add({ text: 'Tack för att du skriver.', at: 500 });
  await v1.table('audit').add({ id: 'a-0000-1', at: 120, actor: 'AB', action: 'task.created', taskId: 'task:facebook:1' });
  await v1.table('settings').put({ moderator: 'AB', retentionDays: 60, thresholds: {} }, 'settings');
  v1.close();
}

/** What release 3 wrote: version-3 stores (dismissed comments, the diagnostics log), no training tables. */
async function versionThreeDatabase(name: string) {
  const v3 = new Dexie(name);
  v3.version(3).stores(SCHEMA_VERSIONS[3]);
  await v3.open();
  const assessment = { lang: 'sv', labels: ['criticism'], urgency: 'normal', scores: {}, evidence: [], actions: [] };
  await v3.table('comments').bulkAdd([
    { key: 'facebook:1', platform: 'facebook', excerpt: 'Kritik mot hemtjänsten', assessment, firstSeen: 100, lastSeen: 200, updatedAt: 200 },
    { key: 'facebook:2', platform: 'facebook', excerpt: 'Beröm för lekplatsen', assessment, firstSeen: 300, lastSeen: 300, updatedAt: 350, dismissedAt: 350, dismissedBy: 'AB' },
  ]);
  await v3
    .table('tasks')
    .add({ id: 'task:facebook:1', commentKey: 'facebook:1', platform: 'facebook', urgency: 'normal', labels: ['criticism'], checklist: [], steps: {}, status: 'open', createdAt: 120, createdBy: 'AB', dueAt: 900, updatedAt: 120 });
  await v3.table('replies').add({ text: 'Tack för att du skriver.', at: 500 });
  await v3.table('audit').add({ id: 'a-0000-3', at: 350, actor: 'AB', action: 'comment.dismissed', commentKey: 'facebook:2' });
  await v3.table('diagnostics').bulkAdd([
    { at: 400, source: 'facebook', kind: 'scan', where: 'www.facebook.com/varbergskommun', message: '12 kommentarer' },
    { at: 410, source: 'background', kind: 'error', message: 'fel' },
  ]);
  await v3.table('settings').put({ moderator: 'AB', retentionDays: 30, thresholds: {} }, 'settings');
  v3.close();
}

describe('schema versions', () => {
  it(`opens a version-1 database with version ${CURRENT_VERSION} and keeps every record`, async () => {
    const name = uniqueName();
    await versionOneDatabase(name);
    const db = new SekretessvaktDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.comments.count()).toBe(2);
    expect(await db.tasks.count()).toBe(2);
    expect(await db.replies.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    expect(await db.settings.get('settings')).toEqual({ moderator: 'AB', retentionDays: 60, thresholds: {} });
    expect(await db.comments.get('facebook:1')).toMatchObject({ excerpt: 'Oro för ett barn [adress]', firstSeen: 100, lastSeen: 200, updatedAt: 200 });
    expect(await db.tasks.get('task:facebook:1')).toMatchObject({ steps: { acknowledged: { done: true, by: 'AB', at: 150 } }, dueAt: 120, updatedAt: 120 });
    expect(await db.tasks.get('task:instagram:2')).toMatchObject({ closedAt: 400, updatedAt: 400 });
    // The version-2 indexes work on the upgraded records.
    const { rows } = await listTasks(db, {}, 1000);
    expect(rows.map((r) => r.task.id)).toEqual(['task:facebook:1']);
    db.close();
  });

  it(`opens a version-3 database with version ${CURRENT_VERSION}, keeps every record and adds empty training tables`, async () => {
    const name = uniqueName();
    await versionThreeDatabase(name);
    const db = new SekretessvaktDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect([await db.comments.count(), await db.tasks.count(), await db.replies.count(), await db.audit.count(), await db.diagnostics.count()]).toEqual([2, 1, 1, 1, 2]);
    expect(await db.settings.get('settings')).toEqual({ moderator: 'AB', retentionDays: 30, thresholds: {} });
    expect(await db.comments.get('facebook:2')).toMatchObject({ excerpt: 'Beröm för lekplatsen', dismissedAt: 350, dismissedBy: 'AB', updatedAt: 350 });
    expect(await db.tasks.get('task:facebook:1')).toMatchObject({ dueAt: 900, updatedAt: 120, status: 'open' });
    expect((await db.diagnostics.orderBy('at').toArray()).map((e) => e.message)).toEqual(['12 kommentarer', 'fel']);
    // The version-3 indexes still work on the kept records.
    expect((await listDismissed(db)).map((c) => c.key)).toEqual(['facebook:2']);
    expect((await listTasks(db, {}, 1000)).rows.map((r) => r.task.id)).toEqual(['task:facebook:1']);
    // The training tables are there, empty, and take records.
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_VERSIONS[CURRENT_VERSION]).sort());
    expect([await listAttempts(db), await listCustomScenarios(db), await listTraineeSummaries(db)]).toEqual([[], [], []]);
    const rejectAll = { individual_case: 'reject', child_at_risk: 'reject', crime: 'reject', crisis: 'reject', criticism: 'reject', sensitive_data: 'reject' } as const;
    await addAttempt(db, {
      sessionId: 's',
      scenarioId: 'x',
      at: 1000,
      level: 1,
      focus: 'all',
      expectedLabels: [],
      expectedUrgency: 'none',
      givenUrgency: 'none',
      labelOutcomes: rejectAll,
      score: 100,
      passed: true,
      critical: [],
      findings: [],
    });
    expect((await listAttempts(db)).map((a) => a.scenarioId)).toEqual(['x']);
    db.close();
  });
});

describe('openDatabase', () => {
  it('reports an upgrade blocked by another tab, and opens once that tab lets go', async () => {
    const name = uniqueName();
    await versionOneDatabase(name);
    // A tab of the old release that does not close when asked to (raw IndexedDB, Dexie's version 1 = 10).
    const blocker = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const onBlocked = vi.fn();
    const opening = openDatabase(name, { onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    const reported = onBlocked.mock.calls[0]![0] as StorageError;
    expect(reported.code).toBe('blocked');
    expect(reported.userMessage.sv).toMatch(/Stäng de andra flikarna/);
    blocker.close();
    const db = await opening;
    expect(await db.comments.count()).toBe(2);
    db.close();
  });

  it('refuses a database written by a newer release with a clear error, changing nothing', async () => {
    const name = uniqueName();
    const newer = new Dexie(name);
    newer.version(CURRENT_VERSION + 1).stores({ ...SCHEMA_VERSIONS[CURRENT_VERSION], extra: 'id' });
    await newer.open();
    newer.close();
    await expect(openDatabase(name)).rejects.toMatchObject({ name: 'StorageError', code: 'newer-database' });
  });

  it('closes itself and tells the page when a newer release upgrades the database', async () => {
    const name = uniqueName();
    const onVersionChange = vi.fn();
    const db = await openDatabase(name, { onVersionChange });
    const newer = new Dexie(name);
    newer.version(CURRENT_VERSION + 1).stores({ ...SCHEMA_VERSIONS[CURRENT_VERSION], extra: 'id' });
    await newer.open();
    expect(onVersionChange).toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});

describe('storage errors', () => {
  it('turns a full disk into a StorageError the user can act on, and the write leaves nothing half done', async () => {
    const name = uniqueName();
    const db = new SekretessvaktDB(name);
    await db.open();
    vi.spyOn(db.audit, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error = await recordComment(db, seen(CHILD_COMMENT, 'c1'), 'AB', TUE_1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('quota');
    expect((error as StorageError).userMessage.sv).toMatch(/inte plats/);
    // The comment was written first in the same transaction: the failed audit rolled it back.
    expect(await db.comments.count()).toBe(0);
    db.close();
  });

  it('maps Dexie and DOM errors by name, and keeps anything else as unknown with its message', () => {
    expect(toStorageError(new Dexie.QuotaExceededError('full')).code).toBe('quota');
    expect(toStorageError(new Dexie.DatabaseClosedError()).code).toBe('closed');
    expect(toStorageError(new Dexie.AbortError('x', new DOMException('q', 'QuotaExceededError'))).code).toBe('quota');
    const unknown = toStorageError(new Error('något oväntat'));
    expect(unknown.code).toBe('unknown');
    expect(unknown.details).toEqual(['något oväntat']);
  });
});
