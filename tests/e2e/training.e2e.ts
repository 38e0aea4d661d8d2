/**
 * Training mode in Chromium: one full round of five scenarios on the built extension's
 * training.html, feedback on each, the round's summary, the trainee's results, the summary file
 * exported and imported on the supervisors' dashboard. axe-core checks every view.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchWithExtension, ROOT, type ExtensionSession } from './extension-harness';
import { seedDatabase } from './seed';

const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');
const ROUND = 5;

describe('training mode', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchWithExtension({ locale: 'sv-SE' });
    await mkdir(SCREENSHOTS, { recursive: true });
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 1300 });
    await page.goto(session.extensionUrl('training.html'));
    await page.getByRole('heading', { name: 'Övning', level: 1 }).waitFor();
    await seedDatabase(page, { settings: { moderator: 'Tina Testsson' } });
    await page.reload();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('runs one full round of five scenarios with feedback on every answer', async () => {
    await page.getByRole('button', { name: 'Börja öva' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: '5 övningar' }).check();
    await page.getByRole('button', { name: 'Börja öva' }).click();

    for (let item = 1; item <= ROUND; item++) {
      await page.getByRole('heading', { level: 2, name: `Övning ${item} av ${ROUND}` }).waitFor();
      await expect.poll(() => page.locator('.sv-post__comment .sv-post__text').textContent()).not.toBe('');
      if (item === 1) {
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'training.png') });
      }
      await page.getByRole('checkbox', { name: 'Enskilt ärende' }).check();
      await page.getByRole('radio', { name: /^Brådskande/ }).check();
      await page.getByRole('checkbox', { name: /^Svarar i kommentarerna/ }).check();
      await page.getByRole('checkbox', { name: 'Hänvisar vidare' }).check();
      await page.getByRole('checkbox', { name: /^Varbergs kommuns kundservice/ }).check();
      await page.getByRole('textbox', { name: 'Ditt svar i kommentarerna' }).fill('Tack för att du skriver. Skicka ett DM till oss så tittar vi på det.');
      await page.getByRole('button', { name: 'Rätta mitt svar' }).click();

      await page.getByRole('heading', { level: 2, name: 'Återkoppling' }).waitFor();
      await expect.poll(() => page.locator('.sv-feedback__score').textContent()).toMatch(/\d+ av 100 poäng/);
      // The draft check always catches the invitation to a private message.
      await page.getByText('Be aldrig om ett privat meddelande', { exact: false }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Ur riktlinjen' }).waitFor();
      if (item === 1) {
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'training-feedback.png'), fullPage: true });
      }
      await page.getByRole('button', { name: item === ROUND ? 'Se hur det gick' : 'Nästa övning' }).click();
    }

    await page.getByRole('heading', { level: 2, name: 'Omgången är klar' }).waitFor();
    expect(await page.locator('.sv-summary tbody tr').count()).toBe(ROUND);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the results and exports a summary the supervisor imports on the dashboard', async () => {
    await page.getByRole('button', { name: 'Se alla dina resultat' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mina resultat' }).waitFor();
    await expect.poll(() => page.locator('.sv-progress__overview dd').first().textContent()).toBe(String(ROUND));
    expect(await seriousViolations(page)).toEqual([]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera sammanfattning' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ovning-tina-testsson-\d{4}-\d{2}-\d{2}\.json$/);
    const summaryFile = path.join(await mkdtemp(path.join(tmpdir(), 'sekretessvakt-summary-')), download.suggestedFilename());
    await download.saveAs(summaryFile);

    const dashboard = await session.context.newPage();
    await dashboard.goto(session.extensionUrl('dashboard.html#training'));
    await dashboard.getByRole('heading', { level: 2, name: 'Övningsresultat' }).waitFor();
    await dashboard.locator('input[type="file"]').setInputFiles(summaryFile);
    await dashboard.getByRole('rowheader', { name: 'Tina Testsson' }).waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    await dashboard.close();
  });

  it('lets a supervisor open the own-scenarios form, and it passes axe', async () => {
    await page.getByRole('link', { name: 'Egna övningar' }).click();
    await page.locator('form').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
