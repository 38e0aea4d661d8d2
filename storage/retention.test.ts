// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { closeTask, recordComment, saveSettings, trackComment } from './repository';
import { eraseAll, purgeExpired } from './retention';
import { CHILD_COMMENT, CRIME_COMMENT, CRITICISM_COMMENT, DAY, deleteFreshDbs, freshDb, seen, TUE_1000 } from './test-helpers';

afterEach(deleteFreshDbs);

async function scenario() {
  const d = freshDb();
  const start = TUE_1000 - 200 * DAY;
  // a: closed 91 days before "now"; b: closed 89 days before; c: open for 200 days; d: never tracked, last seen 91 days ago.
  for (const [text, id] of [
    [CHILD_COMMENT, 'a'],
    [CRIME_COMMENT, 'b'],
    [CRITICISM_COMMENT, 'c'],
  ] as const) {
    await recordComment(d, seen(text, id), 'AB', start);
    await trackComment(d, `facebook:${id}`, 'AB', start);
  }
  await closeTask(d, 'task:facebook:a', 'AB', TUE_1000 - 91 * DAY);
  await closeTask(d, 'task:facebook:b', 'AB', TUE_1000 - 89 * DAY);
  await recordComment(d, seen('Min handläggare svarar aldrig, jag vill överklaga beslutet om försörjningsstöd.', 'd'), 'AB', TUE_1000 - 91 * DAY);
  await recordComment(d, seen('Min handläggare har inte ringt tillbaka om mitt bostadsbidrag.', 'e'), 'AB', TUE_1000 - 10 * DAY);
  await d.replies.bulkAdd([
    { text: 'gammalt svar', at: TUE_1000 - 100 * DAY },
    { text: 'nytt svar', at: TUE_1000 - DAY },
  ]);
  return d;
}

describe('purgeExpired', () => {
  it('deletes closed tasks and their comments after 90 days, and comments nobody tracked; keeps open tasks', async () => {
    const d = await scenario();
    const result = await purgeExpired(d, TUE_1000);
    expect(result).toEqual({ tasks: 1, comments: 2, replies: 1 });
    expect((await d.tasks.toArray()).map((t) => t.id).sort()).toEqual(['task:facebook:b', 'task:facebook:c']);
    expect((await d.comments.toArray()).map((c) => c.key).sort()).toEqual(['facebook:b', 'facebook:c', 'facebook:e']);
    expect((await d.replies.toArray()).map((r) => r.text)).toEqual(['nytt svar']);
  });

  it('keeps the audit log, which holds what happened and no comment text', async () => {
    const d = await scenario();
    await purgeExpired(d, TUE_1000);
    const audit = await d.audit.toArray();
    expect(audit.filter((a) => a.taskId === 'task:facebook:a').sort((x, y) => x.at - y.at).map((a) => a.action)).toEqual(['task.created', 'task.closed']);
    expect(audit.find((a) => a.action === 'data.purged')?.detail).toMatch(/^1 uppföljningar, 2 kommentarer, 1 svar/);
    const everything = JSON.stringify(audit);
    for (const fragment of ['Grannens', 'förråd', 'Hemtjänsten', 'handläggare', '070-123', 'Anna Berg']) expect(everything).not.toContain(fragment);
  });

  it('follows the configured retention, and does nothing (and logs nothing) when nothing is due', async () => {
    const d = await scenario();
    await saveSettings(d, { retentionDays: 30 }, 'AB', TUE_1000);
    expect(await purgeExpired(d, TUE_1000)).toEqual({ tasks: 2, comments: 3, replies: 1 });
    const before = await d.audit.count();
    expect(await purgeExpired(d, TUE_1000)).toEqual({ tasks: 0, comments: 0, replies: 0 });
    expect(await d.audit.count()).toBe(before);
    expect(await d.tasks.count()).toBe(1);
  });
});

describe('eraseAll', () => {
  it('erases every comment, task, reply and log entry but leaves a record that it was done', async () => {
    const d = await scenario();
    await eraseAll(d, 'AB', TUE_1000);
    expect([await d.comments.count(), await d.tasks.count(), await d.replies.count()]).toEqual([0, 0, 0]);
    expect((await d.audit.toArray()).map((a) => a.action)).toEqual(['data.erased']);
  });
});
