/**
 * Puts follow-up data straight into the extension's IndexedDB from one of its pages, for the e2e
 * tests and the dashboard bench: 10 000 tasks through the repository one by one would take minutes,
 * and what is measured is reading and showing them, not writing them.
 */
import type { Page } from 'playwright-core';
import { LABELS, URGENCIES } from '../../classifiers/types';
import { mulberry32, pick } from '../../scripts/lib/bench-stats';
import { DATABASE_NAME } from '../../storage/db';
import { checklistFor } from '../../storage/checklist';
import { dueAt } from '../../storage/due';
import type { FlaggedComment, FollowUpTask, Settings } from '../../storage/records';

const EXCERPTS = [
  'Min handläggare på socialtjänsten har inte svarat på tre veckor.',
  'Grannens barn är ensamma hemma hela nätterna.',
  'Någon har brutit sig in i föreningens förråd.',
  'Hemtjänsten glömde min pappa igen, skandal!',
  'Jag orkar inte mer, vet inte vart jag ska ta vägen.',
  'Ring mig på [telefonnummer] så berättar jag mer.',
];
const MODERATORS = ['AB', 'CD', 'EF', 'GH'];

/** `count` flagged comments with tasks over the weeks before `now`: a mix of urgencies, labels and states. */
export function generateFollowUps(count: number, now: number, seed = 7): { tasks: FollowUpTask[]; comments: FlaggedComment[] } {
  const random = mulberry32(seed);
  const tasks: FollowUpTask[] = [];
  const comments: FlaggedComment[] = [];
  const span = 8 * 7 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const key = `facebook:${100000 + i}`;
    const firstSeen = Math.floor(now - random() * span);
    const urgency = pick(random, URGENCIES.filter((u) => u !== 'none'));
    const labels = [pick(random, LABELS)];
    if (random() < 0.2) labels.push(pick(random, LABELS.filter((l) => l !== labels[0])));
    const actions = ['acknowledge', 'refer_to_channel', 'follow_up', ...(labels.includes('crime') ? ['police_report'] : []), ...(labels.includes('child_at_risk') ? ['report_concern_child'] : [])] as FlaggedComment['assessment']['actions'];
    const by = pick(random, MODERATORS);
    comments.push({
      key,
      platform: 'facebook',
      commentId: String(100000 + i),
      permalink: `https://www.facebook.com/varbergskommun/posts/1?comment_id=${100000 + i}`,
      excerpt: pick(random, EXCERPTS),
      assessment: { lang: 'sv', labels, urgency, scores: Object.fromEntries(LABELS.map((l) => [l, labels.includes(l) ? 0.9 : 0])) as FlaggedComment['assessment']['scores'], evidence: [], actions },
      firstSeen,
      lastSeen: firstSeen,
      updatedAt: firstSeen,
      ...(random() < 0.05 ? { dismissedAt: firstSeen + 600_000, dismissedBy: by } : {}),
    });
    const createdAt = firstSeen + Math.floor(random() * 600_000);
    const checklist = checklistFor(actions);
    const replied = random() < 0.7;
    const closed = random() < 0.5 && createdAt < now - 86_400_000;
    const task: FollowUpTask = {
      id: `task:${key}`,
      commentKey: key,
      platform: 'facebook',
      urgency,
      labels,
      checklist,
      steps: replied ? { acknowledged: { done: true, by, at: createdAt + Math.floor(random() * 4 * 3_600_000) } } : {},
      status: closed ? 'closed' : 'open',
      createdAt,
      createdBy: by,
      dueAt: dueAt(urgency, createdAt),
      updatedAt: createdAt,
      ...(closed ? { closedAt: createdAt + 86_400_000, closedBy: by, updatedAt: createdAt + 86_400_000 } : {}),
      ...(closed && random() < 0.5 ? { signedOffAt: createdAt + 2 * 86_400_000, signedOffBy: 'Chef' } : {}),
    };
    tasks.push(task);
  }
  return { tasks, comments };
}

/**
 * Writes records into the database from an extension page that has already opened it (so the
 * schema exists), with plain IndexedDB. The page should be reloaded afterwards.
 */
export async function seedDatabase(page: Page, data: { tasks?: FollowUpTask[]; comments?: FlaggedComment[]; settings?: Partial<Settings> }): Promise<void> {
  await page.evaluate(
    async ({ name, tasks, comments, settings }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['tasks', 'comments', 'settings'], 'readwrite');
        for (const task of tasks) tx.objectStore('tasks').put(task);
        for (const comment of comments) tx.objectStore('comments').put(comment);
        if (settings) tx.objectStore('settings').put({ moderator: '', notifyAcute: false, retentionDays: 90, thresholds: {}, uiLanguage: 'auto', ...settings }, 'settings');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { name: DATABASE_NAME, tasks: data.tasks ?? [], comments: data.comments ?? [], settings: data.settings },
  );
}
