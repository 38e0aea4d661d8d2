// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { StorageError } from './errors';
import {
  addReply,
  auditOf,
  closeTask,
  commentKeyOf,
  countTasks,
  getSettings,
  listTasks,
  recentReplies,
  recordComment,
  REPLY_HISTORY_KEPT,
  reopenTask,
  saveSettings,
  setStep,
  trackComment,
} from './repository';
import { anotherTab, CHILD_COMMENT, CRIME_COMMENT, CRITICISM_COMMENT, DAY, deleteFreshDbs, freshDb, seen, TUE_1000 } from './test-helpers';

const db = freshDb;
afterEach(deleteFreshDbs);

describe('recordComment', () => {
  it('stores a redacted excerpt: no phone number, address or personnummer', async () => {
    const d = db();
    const child = await recordComment(d, seen(CHILD_COMMENT, 'c1'), 'AB', TUE_1000);
    expect(child.excerpt).not.toContain('070-123 45 67');
    expect(child.excerpt).not.toContain('Storgatan 4');
    expect(child.excerpt).toContain('[telefonnummer]');
    const crime = await recordComment(d, seen(CRIME_COMMENT, 'c2'), 'AB', TUE_1000);
    expect(JSON.stringify(crime)).not.toContain('9876');
    expect(JSON.stringify(await d.comments.toArray())).not.toMatch(/070-123|Storgatan 4|19811218/);
  });

  it('keeps one record for a comment seen again, with the first sighting kept and the last updated', async () => {
    const d = db();
    await recordComment(d, seen(CHILD_COMMENT, 'c1'), 'AB', TUE_1000);
    await recordComment(d, seen(CHILD_COMMENT, 'c1', { author: undefined }), 'CD', TUE_1000 + 60_000);
    const all = await d.comments.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ key: 'facebook:c1', firstSeen: TUE_1000, lastSeen: TUE_1000 + 60_000, author: 'Anna Berg' });
    expect((await d.audit.toArray()).filter((a) => a.action === 'comment.recorded')).toHaveLength(1);
  });

  it('keys by permalink when the site shows no id, and refuses a comment with neither', () => {
    expect(commentKeyOf({ platform: 'instagram', permalink: 'https://www.instagram.com/p/x/c/1/' })).toBe('instagram:https://www.instagram.com/p/x/c/1/');
    expect(() => commentKeyOf({ platform: 'facebook' })).toThrow(RangeError);
  });

  it('loses nothing when two tabs record and follow up the same comment at once', async () => {
    const d = db();
    const tab2 = anotherTab(d);
    await recordComment(d, seen(CHILD_COMMENT, 'c1'), 'AB', TUE_1000);
    const task = await trackComment(d, 'facebook:c1', 'AB', TUE_1000);
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => recordComment(i % 2 ? d : tab2, seen(CHILD_COMMENT, 'c1'), 'AB', TUE_1000 + i * 1000)),
      trackComment(tab2, 'facebook:c1', 'CD', TUE_1000 + 5),
      setStep(d, task.id, 'acknowledged', { done: true }, 'AB', TUE_1000 + 10),
      setStep(tab2, task.id, 'referred', { done: true, detail: 'mottagningsgruppen' }, 'CD', TUE_1000 + 11),
      setStep(d, task.id, 'concern_report', { done: true }, 'AB', TUE_1000 + 12),
    ]);
    expect(await d.comments.count()).toBe(1);
    expect(await d.tasks.count()).toBe(1);
    const stored = await d.tasks.get(task.id);
    expect(Object.keys(stored!.steps).sort()).toEqual(['acknowledged', 'concern_report', 'referred']);
    expect(stored!.steps.referred).toMatchObject({ by: 'CD', detail: 'mottagningsgruppen' });
  });
});

describe('follow-up tasks', () => {
  it('derives the checklist and due time from the assessment', async () => {
    const d = db();
    await recordComment(d, seen(CHILD_COMMENT, 'c1'), 'AB', TUE_1000);
    const task = await trackComment(d, 'facebook:c1', 'AB', TUE_1000);
    expect(task.checklist).toEqual(expect.arrayContaining(['acknowledged', 'referred', 'concern_report', 'got_help']));
    expect(task.urgency).toBe('high');
    expect(new Date(task.dueAt).toISOString()).toBe('2026-11-24T15:30:00.000Z');
    expect(await trackComment(d, 'facebook:c1', 'CD', TUE_1000 + 1000)).toEqual(task);
    await expect(trackComment(d, 'facebook:nothing', 'AB', TUE_1000)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('records who did each step and when, undoes it, and audits both', async () => {
    const d = db();
    await recordComment(d, seen(CRIME_COMMENT, 'c1'), 'AB', TUE_1000);
    const task = await trackComment(d, 'facebook:c1', 'AB', TUE_1000);
    const done = await setStep(d, task.id, 'police_report', { done: true, detail: ' 5000-K123456-26 ', note: 'Anmält via polisen.se' }, 'AB', TUE_1000 + 1000);
    expect(done.steps.police_report).toEqual({ done: true, by: 'AB', at: TUE_1000 + 1000, detail: '5000-K123456-26', note: 'Anmält via polisen.se' });
    const undone = await setStep(d, task.id, 'police_report', { done: false }, 'CD', TUE_1000 + 2000);
    expect(undone.steps.police_report).toEqual({ done: false, by: 'CD', at: TUE_1000 + 2000 });
    const log = await auditOf(d, task.id);
    expect(log.map((e) => [e.action, e.actor, e.step])).toEqual([
      ['task.created', 'AB', undefined],
      ['step.done', 'AB', 'police_report'],
      ['step.undone', 'CD', 'police_report'],
    ]);
    expect(JSON.stringify(await d.audit.toArray())).not.toContain('förråd');
  });

  it('closes and reopens a task, audited, and refuses steps on a task that is gone', async () => {
    const d = db();
    await recordComment(d, seen(CRIME_COMMENT, 'c1'), 'AB', TUE_1000);
    const task = await trackComment(d, 'facebook:c1', 'AB', TUE_1000);
    expect(await closeTask(d, task.id, 'AB', TUE_1000 + 5)).toMatchObject({ status: 'closed', closedAt: TUE_1000 + 5, closedBy: 'AB' });
    const reopened = await reopenTask(d, task.id, 'CD', TUE_1000 + 6);
    expect(reopened.status).toBe('open');
    expect(reopened.closedAt).toBeUndefined();
    await expect(setStep(d, 'task:facebook:gone', 'acknowledged', { done: true }, 'AB', TUE_1000)).rejects.toBeInstanceOf(StorageError);
  });
});

describe('listTasks and countTasks', () => {
  async function seeded() {
    const d = db();
    const comments = [
      [CHILD_COMMENT, 'a', 0],
      [CRIME_COMMENT, 'b', 1],
      [CRITICISM_COMMENT, 'c', 2],
      ['Jag har tagit alla mina tabletter nu och vill bara dö.', 'd', 3],
    ] as const;
    for (const [text, id, n] of comments) {
      await recordComment(d, seen(text, id, n === 3 ? { platform: 'instagram' } : {}), 'AB', TUE_1000 + n * 1000);
      await trackComment(d, `${n === 3 ? 'instagram' : 'facebook'}:${id}`, 'AB', TUE_1000 + n * 1000);
    }
    return d;
  }

  it('lists open tasks by due time, with comments and derived state', async () => {
    const d = await seeded();
    const { rows, total } = await listTasks(d, {}, TUE_1000 + 10_000);
    expect(total).toBe(4);
    const due = rows.map((r) => r.task.dueAt);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(rows[0]!.task.urgency).toBe('acute');
    expect(rows.every((r) => r.comment?.key === r.task.commentKey)).toBe(true);
    expect(rows[0]!.view).toMatchObject({ progress: 'new', overdue: true });
  });

  it('filters by urgency, platform and overdue, pages, and lists closed ones apart', async () => {
    const d = await seeded();
    const now = TUE_1000 + 10_000;
    expect((await listTasks(d, { urgency: ['acute'] }, now)).rows.map((r) => r.task.urgency)).toEqual(['acute']);
    expect((await listTasks(d, { platform: 'instagram' }, now)).rows.map((r) => r.task.platform)).toEqual(['instagram']);
    expect((await listTasks(d, { overdueOnly: true }, now)).total).toBe(1);
    const page = await listTasks(d, { limit: 2, offset: 2 }, now);
    expect(page.rows).toHaveLength(2);
    expect(page.total).toBe(4);
    await closeTask(d, 'task:facebook:b', 'AB', now);
    expect((await listTasks(d, { status: 'closed' }, now)).rows.map((r) => r.task.id)).toEqual(['task:facebook:b']);
    expect((await listTasks(d, {}, now)).total).toBe(3);
    expect(await countTasks(d, now + 2 * DAY)).toMatchObject({ open: 3, closed: 1, overdue: 3 });
  });
});

describe('listTasks against a plain filter over every task', () => {
  it('gives the same pages, totals and counts for every combination of filters', async () => {
    const d = db();
    const urgencies = ['acute', 'high', 'normal'] as const;
    const tasks = Array.from({ length: 60 }, (_, i) => ({
      id: `task:${i % 3 ? 'facebook' : 'instagram'}:${i}`,
      commentKey: `${i % 3 ? 'facebook' : 'instagram'}:${i}`,
      platform: i % 3 ? ('facebook' as const) : ('instagram' as const),
      urgency: urgencies[(i * 7) % 3]!,
      labels: [],
      checklist: [],
      steps: {},
      status: i % 5 === 0 ? ('closed' as const) : ('open' as const),
      createdAt: i,
      createdBy: 'AB',
      dueAt: 1000 + ((i * 37) % 50) * 100,
      ...(i % 5 === 0 ? { closedAt: 10_000 + i, closedBy: 'AB' } : {}),
      updatedAt: i,
    }));
    await d.tasks.bulkAdd(tasks);
    const now = 3000;
    const open = tasks.filter((t) => t.status === 'open').sort((a, b) => a.dueAt - b.dueAt || a.createdAt - b.createdAt);
    for (const urgency of [undefined, ['acute'], ['high', 'normal']] as const) {
      for (const platform of [undefined, 'instagram'] as const) {
        for (const overdueOnly of [false, true]) {
          for (const [offset, limit] of [[0, 50], [5, 7]] as const) {
            const expected = open.filter((t) => (!urgency || (urgency as readonly string[]).includes(t.urgency)) && (!platform || t.platform === platform) && (!overdueOnly || now > t.dueAt));
            const got = await listTasks(d, { urgency, platform, overdueOnly, offset, limit }, now);
            const where = JSON.stringify({ urgency, platform, overdueOnly, offset, limit });
            expect(got.total, where).toBe(expected.length);
            expect(got.rows.map((r) => r.task.id), where).toEqual(expected.slice(offset, offset + limit).map((t) => t.id));
          }
        }
      }
    }
    const closed = await listTasks(d, { status: 'closed', limit: 3 }, now);
    expect(closed.rows.map((r) => r.task.id)).toEqual(['task:facebook:55', 'task:facebook:50', 'task:instagram:45']);
    expect(closed.total).toBe(12);
    expect(await countTasks(d, now)).toEqual({
      open: open.length,
      closed: 12,
      overdue: open.filter((t) => now > t.dueAt).length,
      openByUrgency: { acute: open.filter((t) => t.urgency === 'acute').length, high: open.filter((t) => t.urgency === 'high').length, normal: open.filter((t) => t.urgency === 'normal').length, none: 0 },
    });
  });
});

describe('reply history and settings', () => {
  it(`keeps the last ${REPLY_HISTORY_KEPT} replies, oldest first`, async () => {
    const d = db();
    for (let i = 0; i < REPLY_HISTORY_KEPT + 5; i++) await addReply(d, `svar ${i}`, TUE_1000 + i);
    expect(await d.replies.count()).toBe(REPLY_HISTORY_KEPT);
    const recent = await recentReplies(d, 3);
    expect(recent).toEqual([`svar ${REPLY_HISTORY_KEPT + 2}`, `svar ${REPLY_HISTORY_KEPT + 3}`, `svar ${REPLY_HISTORY_KEPT + 4}`]);
  });

  it('has defaults, saves a change with an audit entry, and refuses an impossible retention', async () => {
    const d = db();
    expect(await getSettings(d)).toMatchObject({ retentionDays: 90, moderator: '' });
    expect(await saveSettings(d, { moderator: 'AB', retentionDays: 30 }, 'AB', TUE_1000)).toMatchObject({ moderator: 'AB', retentionDays: 30 });
    expect(await getSettings(d)).toMatchObject({ moderator: 'AB', retentionDays: 30 });
    await expect(saveSettings(d, { retentionDays: 0 }, 'AB', TUE_1000)).rejects.toThrow(/Gallringstiden/);
    await expect(saveSettings(d, { retentionDays: 1.5 }, 'AB', TUE_1000)).rejects.toThrow(RangeError);
    expect((await d.audit.toArray()).map((a) => a.action)).toEqual(['settings.changed']);
  });
});
