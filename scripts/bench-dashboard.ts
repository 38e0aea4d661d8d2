/**
 * The dashboard with 10 000 follow-ups, in the real built extension in headless Chromium: the time
 * from navigation until the first page of rows (with their excerpts) is on screen, and the time a
 * filter change takes until the new rows are painted. Part of `npm run bench`; builds the extension
 * first when there is no build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, ROOT } from '../tests/e2e/extension-harness';
import { generateFollowUps, seedDatabase } from '../tests/e2e/seed';
import { formatMs, formatNumber, summarize, targetLine, type Target } from './lib/bench-stats';

const TASKS = 10_000;
const RUNS = 5;
const FIRST_ROWS_MARK = 'sekretessvakt:dashboard-rows';
const TARGETS = {
  firstRender: { name: 'dashboard first rows p50', kind: 'max', limit: 200, unit: 'ms' },
  filter: { name: 'dashboard filter', kind: 'max', limit: 200, unit: 'ms' },
} satisfies Record<string, Target>;

/**
 * Changes one filter control and waits until the table shows the new rows with their excerpts,
 * then a frame. Plain JavaScript in a string: tsx would wrap named functions in a helper the page
 * does not have.
 */
const TIME_FILTER = `async ({ select, value, checkbox }) => {
  // The caption says how many; the first and last rows' ids tell a re-sort.
  const caption = () => (document.querySelector('.sv-dash__table caption')?.textContent ?? document.querySelector('.sv-dash__empty')?.textContent ?? '')
    + [...document.querySelectorAll('[data-task-id]')].map((row, i, rows) => (i === 0 || i === rows.length - 1 ? row.getAttribute('data-task-id') : '')).join('');
  const loaded = () => ![...document.querySelectorAll('.sv-dash__open')].some((b) => b.textContent === '…');
  const before = caption();
  const settled = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (caption() !== before && loaded()) { observer.disconnect(); resolve(); }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const t0 = performance.now();
  if (select) {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent === select);
    const element = label && document.getElementById(label.htmlFor);
    if (!element) throw new Error('no select labelled ' + select);
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(element, value);
    element.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === checkbox);
    const box = label?.querySelector('input');
    if (!box) throw new Error('no checkbox labelled ' + checkbox);
    box.click();
  }
  await settled;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - t0;
}`;

function timeFilter(page: Page, control: { select?: string; value?: string; checkbox?: string }): Promise<number> {
  return page.evaluate(`(${TIME_FILTER})(${JSON.stringify(control)})`) as Promise<number>;
}

export async function dashboardSection(): Promise<string[]> {
  if (!existsSync(path.join(CHROME_BUILD, 'manifest.json'))) {
    process.stderr.write('  … no build: running wxt build\n');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const session = await launchWithExtension({ locale: 'sv-SE' });
  try {
    const page = await session.context.newPage();
    const url = session.extensionUrl('dashboard.html');
    await page.goto(url);
    await page.getByRole('heading', { name: 'Uppföljning' }).waitFor();
    const now = Date.now();
    const data = generateFollowUps(TASKS, now);
    await seedDatabase(page, { ...data, settings: { moderator: 'Chef' } });

    const first = new Float64Array(RUNS);
    for (let run = 0; run < RUNS; run++) {
      await page.goto('about:blank');
      await page.goto(url);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_ROWS_MARK, { timeout: 30_000 });
      first[run] = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, FIRST_ROWS_MARK);
    }

    // Filters work on every task, read after the first rows show.
    await page.locator('[data-all-tasks="read"]').waitFor({ timeout: 30_000 });
    const changes = [
      { select: 'Visa', value: 'all' },
      { checkbox: 'Brott' },
      { select: 'Moderator', value: 'CD' },
      { select: 'Sortera efter', value: 'newest' },
      { checkbox: 'Brott' },
      { select: 'Visa', value: 'overdue' },
      { select: 'Moderator', value: '' },
      { select: 'Visa', value: 'open' },
      { select: 'Sortera efter', value: 'due' },
    ];
    const filterTimes = new Float64Array(changes.length * 2);
    // Every change alters the list, and the sequence ends where it began, so it can run twice.
    for (let i = 0; i < filterTimes.length; i++) filterTimes[i] = await timeFilter(page, changes[i % changes.length]!);

    const firstStats = summarize(first);
    const filterStats = summarize(filterTimes);
    return [
      `data       ${formatNumber(TASKS)} follow-ups with their comments, in Chromium's IndexedDB`,
      `first rows navigation to the first 50 rows with excerpts: median ${formatMs(firstStats.p50)} · max ${formatMs(firstStats.max)} over ${RUNS} loads`,
      `filter     ${filterTimes.length} filter changes (status, label, moderator, sort) until repainted: median ${formatMs(filterStats.p50)} · max ${formatMs(filterStats.max)}`,
      '',
      // The verdict is on the median load; the max is the first, cold load (code not yet cached).
      targetLine(TARGETS.firstRender, firstStats.p50, formatMs(firstStats.p50)),
      targetLine(TARGETS.filter, filterStats.max, formatMs(filterStats.max)),
    ];
  } finally {
    await session.close();
  }
}
