// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { SekretessvaktDB } from './db';
import { StorageError } from './errors';
import { closeTask, listTasks, recordComment, setStep, trackComment } from './repository';
import { EXPORT_VERSION, exportData, importData, parseExport, tasksCsv } from './transfer';
import { CHILD_COMMENT, CRIME_COMMENT, deleteFreshDbs, freshDb, seen, TUE_1000 } from './test-helpers';

const db = freshDb;
afterEach(deleteFreshDbs);

async function withWork(actor = 'AB', at = TUE_1000) {
  const d = db();
  await recordComment(d, seen(CHILD_COMMENT, 'c1'), actor, at);
  await recordComment(d, seen(CRIME_COMMENT, 'c2'), actor, at + 1000);
  const t1 = await trackComment(d, 'facebook:c1', actor, at);
  await setStep(d, t1.id, 'referred', { done: true, detail: 'mottagningsgruppen', note: 'Ringde Anna Berg på 070-765 43 21' }, actor, at + 2000);
  await trackComment(d, 'facebook:c2', actor, at + 3000);
  return d;
}

const snapshot = async (d: SekretessvaktDB) => ({
  comments: await d.comments.toArray(),
  tasks: await d.tasks.toArray(),
  audit: (await d.audit.toArray()).length,
});

describe('exportData', () => {
  it('is versioned and redacted by default: no author names, personal data in notes masked', async () => {
    const d = await withWork();
    const file = await exportData(d, 'AB', TUE_1000 + 10_000);
    expect(file).toMatchObject({ format: 'sekretessvakt-uppfoljning', version: EXPORT_VERSION, redacted: true, exportedBy: 'AB' });
    expect(file.tasks).toHaveLength(2);
    const text = JSON.stringify(file);
    expect(text).not.toContain('Anna Berg');
    expect(text).not.toContain('070-765 43 21');
    expect(text).toContain('[telefonnummer]');
    expect(file.tasks.find((t) => t.id === 'task:facebook:c1')?.steps.referred?.detail).toBe('mottagningsgruppen');
  });

  it('keeps names and notes only when asked, and audits every export', async () => {
    const d = await withWork();
    const file = await exportData(d, 'AB', TUE_1000 + 10_000, { unredacted: true });
    expect(file.redacted).toBe(false);
    expect(JSON.stringify(file)).toContain('Anna Berg');
    expect((await d.audit.toArray()).filter((a) => a.action === 'data.exported')).toHaveLength(1);
  });

  it('exports a date range only', async () => {
    const d = await withWork();
    const file = await exportData(d, 'AB', TUE_1000 + 10_000, { range: { from: TUE_1000 + 2500, to: TUE_1000 + 5000 } });
    expect(file.tasks.map((t) => t.id)).toEqual(['task:facebook:c2']);
    expect(file.comments.map((c) => c.key)).toEqual(['facebook:c2']);
  });
});

describe('importData', () => {
  it('round-trips into an empty database', async () => {
    const source = await withWork();
    const file = await exportData(source, 'AB', TUE_1000 + 10_000);
    const target = db();
    const result = await importData(target, JSON.stringify(file), 'SUP', TUE_1000 + 20_000);
    expect(result.tasks).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(result.comments.added).toBe(2);
    expect(await target.tasks.toArray()).toEqual(file.tasks);
    expect((await listTasks(target, {}, TUE_1000)).total).toBe(2);
  });

  const refusals: Array<[string, (text: string) => string, RegExp]> = [
    ['not JSON', () => '{"format": "sekretessvakt-uppfoljning", ', /inte en JSON-fil/],
    ['a foreign file', () => JSON.stringify({ format: 'något-annat', version: 1, tasks: [] }), /kommer inte från Sekretessvakt/],
    ['a newer version', (text) => JSON.stringify({ ...JSON.parse(text), version: EXPORT_VERSION + 1 }), /nyare version/],
    [
      'a corrupt task',
      (text) => {
        const file = JSON.parse(text);
        file.tasks[1].status = 'kanske';
        return JSON.stringify(file);
      },
      /skadad/,
    ],
    [
      'a task that belongs to another comment',
      (text) => {
        const file = JSON.parse(text);
        file.tasks[0].commentKey = 'facebook:other';
        return JSON.stringify(file);
      },
      /skadad/,
    ],
  ];

  it.each(refusals)('refuses %s with a clear message and writes nothing', async (_name, spoil, message) => {
    const source = await withWork('CD', TUE_1000 + 50_000);
    const text = JSON.stringify(await exportData(source, 'CD', TUE_1000 + 60_000));
    const target = await withWork();
    const before = await snapshot(target);
    const error = await importData(target, spoil(text), 'SUP', TUE_1000 + 70_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('invalid-import');
    expect((error as StorageError).userMessage.sv).toMatch(message);
    expect((error as StorageError).userMessage.en).toMatch(/Nothing was saved/);
    expect(await snapshot(target)).toEqual(before);
  });

  it('merges a colleague’s file: the newer updatedAt wins, older changes are kept out, audit entries are unioned', async () => {
    const mine = await withWork('AB', TUE_1000);
    const theirs = db();
    // The colleague imports my work, then closes c1 later; meanwhile I change c2.
    await importData(theirs, JSON.stringify(await exportData(mine, 'AB', TUE_1000 + 10_000, { unredacted: true })), 'CD', TUE_1000 + 11_000);
    await closeTask(theirs, 'task:facebook:c1', 'CD', TUE_1000 + 20_000);
    await setStep(theirs, 'task:facebook:c2', 'acknowledged', { done: true }, 'CD', TUE_1000 + 15_000);
    await setStep(mine, 'task:facebook:c2', 'police_report', { done: true }, 'AB', TUE_1000 + 30_000);

    const file = JSON.stringify(await exportData(theirs, 'CD', TUE_1000 + 40_000, { unredacted: true }));
    const result = await importData(mine, file, 'AB', TUE_1000 + 50_000);
    expect(result.tasks).toEqual({ added: 0, updated: 1, kept: 1 });
    expect((await mine.tasks.get('task:facebook:c1'))?.status).toBe('closed');
    expect(Object.keys((await mine.tasks.get('task:facebook:c2'))!.steps)).toEqual(['police_report']);

    const ids = (await mine.audit.toArray()).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await mine.audit.toArray()).some((a) => a.action === 'task.closed' && a.actor === 'CD')).toBe(true);

    // The same file again changes nothing but its own audit line.
    const again = await importData(mine, file, 'AB', TUE_1000 + 60_000);
    expect(again).toEqual({ comments: { added: 0, updated: 0, kept: 2 }, tasks: { added: 0, updated: 0, kept: 2 }, audit: 0 });
  });

  it('parseExport lists what is wrong with a corrupt file', () => {
    const error = (() => {
      try {
        parseExport(JSON.stringify({ format: 'sekretessvakt-uppfoljning', version: 1, exportedAt: 'x', exportedBy: 'AB', redacted: true, comments: [{}], tasks: [], audit: [] }));
      } catch (e) {
        return e as StorageError;
      }
      return undefined;
    })();
    expect(error?.details.some((d) => d.startsWith('comments.0.key'))).toBe(true);
  });
});

describe('tasksCsv', () => {
  it('writes a semicolon CSV with a BOM for Swedish spreadsheets, quoting and defusing formulas', async () => {
    const d = await withWork();
    await setStep(d, 'task:facebook:c2', 'police_report', { done: true, detail: '=HYPERLINK("x")', note: 'a;b "c"' }, 'AB', TUE_1000 + 4000);
    const { rows } = await listTasks(d, {}, TUE_1000 + 5000);
    const csv = tasksCsv(rows, TUE_1000 + 5000);
    expect(csv.startsWith('\uFEFFUppföljning;Plattform;')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`"AB 2026-11-24 10:00 · =HYPERLINK(""x"") · a;b ""c"""`);
    expect(csv).not.toMatch(/;=/);
    expect(csv).toContain('2026-11-24 16:30');
  });

  it('never lets a cell start a formula', () => {
    const csv = tasksCsv(
      [
        {
          task: {
            id: '=cmd|x',
            commentKey: 'facebook:1',
            platform: 'facebook',
            urgency: 'high',
            labels: [],
            checklist: [],
            steps: {},
            status: 'open',
            createdAt: 0,
            createdBy: '+AB',
            dueAt: 0,
            updatedAt: 0,
          },
        },
      ],
      0,
    );
    expect(csv).toContain(`'=cmd|x`);
    expect(csv).toContain(`'+AB`);
  });
});
