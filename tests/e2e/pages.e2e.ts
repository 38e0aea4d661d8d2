/**
 * The extension's own pages in Chromium with data in IndexedDB: the supervisors' dashboard, the
 * options page and the popup. Each view is checked with axe-core (WCAG 2.1 AA, no serious or
 * critical violations), and the README's screenshots come from this run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchWithExtension, ROOT, type ExtensionSession } from './extension-harness';
import { generateFollowUps, seedDatabase } from './seed';

const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');

describe('the extension pages: dashboard, options, popup', () => {
  let session: ExtensionSession;
  let dashboard: Page;
  const data = generateFollowUps(120, Date.now(), 11);
  const other = generateFollowUps(3, Date.now(), 99);

  beforeAll(async () => {
    session = await launchWithExtension({ locale: 'sv-SE' });
    await mkdir(SCREENSHOTS, { recursive: true });
    dashboard = await session.context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 1000 });
    await dashboard.goto(session.extensionUrl('dashboard.html'));
    await dashboard.getByRole('heading', { name: 'Uppföljning', level: 1 }).waitFor();
    await seedDatabase(dashboard, { ...data, settings: { moderator: 'Chef Carin' } });
    await dashboard.reload();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists the open follow-ups and filters them by label', async () => {
    const open = data.tasks.filter((t) => t.status === 'open').length;
    await dashboard.locator('[data-all-tasks="read"]').waitFor();
    await expect.poll(() => dashboard.locator('caption').first().textContent()).toBe(`Uppföljningar: 1–50 av ${open}`);
    expect(await seriousViolations(dashboard)).toEqual([]);
    await dashboard.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png') });

    const crime = data.tasks.filter((t) => t.status === 'open' && t.labels.includes('crime')).length;
    await dashboard.getByRole('checkbox', { name: 'Brott' }).check();
    await expect.poll(() => dashboard.locator('caption').first().textContent()).toMatch(new RegExp(`av ${crime}$|^Uppföljningar: ${crime} av ${crime}$`));
    await dashboard.getByRole('checkbox', { name: 'Brott' }).uncheck();
  });

  it('signs off a closed follow-up from its detail, and the list says so', async () => {
    const waiting = data.tasks.filter((t) => t.status === 'closed' && !t.signedOffAt).length;
    await dashboard.getByLabel('Visa', { exact: true }).selectOption('to_sign_off');
    await expect.poll(() => dashboard.locator('caption').first().textContent()).toMatch(new RegExp(`av ${waiting}$`));
    await dashboard.locator('.sv-dash__open').first().click();
    await dashboard.getByRole('heading', { level: 2, name: /^Uppföljning:/ }).waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    await dashboard.getByRole('button', { name: 'Godkänn uppföljningen' }).click();
    await dashboard.getByText(/Godkänd .* av Chef Carin/).waitFor();
    await dashboard.getByRole('button', { name: /Tillbaka till listan/ }).click();
    await expect.poll(() => dashboard.locator('caption').first().textContent()).toMatch(new RegExp(`av ${waiting - 1}$`));
  });

  it('draws the charts with a table for each, and shows the weekly summary', async () => {
    await dashboard.getByRole('link', { name: 'Diagram' }).click();
    await dashboard.locator('figure svg').first().waitFor({ timeout: 10_000 });
    expect(await dashboard.locator('figure').count()).toBe(3);
    expect(await seriousViolations(dashboard)).toEqual([]);
    await dashboard.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-charts.png'), fullPage: true });
    await dashboard.getByRole('button', { name: 'Visa som tabell' }).first().click();
    await dashboard.locator('figure table').first().waitFor();

    await dashboard.getByRole('link', { name: 'Veckosammanfattning' }).click();
    await dashboard.getByRole('button', { name: 'Skriv ut' }).waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);

    await dashboard.getByRole('link', { name: 'Felaktiga flaggor' }).click();
    await dashboard.getByRole('heading', { level: 2, name: 'Felaktiga flaggor' }).waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
  });

  it('previews a moderator’s export before merging it', async () => {
    const file = {
      format: 'sekretessvakt-uppfoljning',
      version: 1,
      exportedAt: new Date().toISOString(),
      exportedBy: 'EF',
      redacted: true,
      comments: other.comments.map((c) => ({ ...c, key: c.key.replace('facebook:', 'facebook:9'), commentId: `9${c.commentId}` })),
      tasks: other.tasks.map((t) => ({ ...t, id: t.id.replace('facebook:', 'facebook:9'), commentKey: t.commentKey.replace('facebook:', 'facebook:9') })),
      audit: [],
    };
    const filePath = path.join(tmpdir(), `sekretessvakt-import-${Date.now()}.json`);
    await writeFile(filePath, JSON.stringify(file));
    await dashboard.getByRole('link', { name: 'Export och import' }).click();
    await dashboard.getByLabel('Välj fil').setInputFiles(filePath);
    const preview = dashboard.getByRole('region', { name: 'Importera en moderators export' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('exporterades');
    expect(await seriousViolations(dashboard)).toEqual([]);
    await dashboard.getByRole('button', { name: 'Slå ihop' }).click();
    await dashboard.getByText(/Klart\. 3 nya uppföljningar, 0 uppdaterade uppföljningar/).waitFor();
  });

  it('options: previews a reply with an edited number, marks an invalid one, passes axe', async () => {
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 1280, height: 1000 });
    await options.goto(session.extensionUrl('options.html'));
    await options.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.screenshot({ path: path.join(SCREENSHOTS, 'options.png') });

    const preview = options.getByRole('region', { name: 'Förhandsvisa ett svar' });
    await preview.getByLabel('Datum').fill('2026-11-24');
    await preview.getByLabel('Klockslag').selectOption('10');
    await preview.getByText('Barn- och familjeenhetens mottagningsgrupp: 0340-88500 (öppet då)').waitFor();
    const directory = options.getByRole('region', { name: 'Kommunens kontaktvägar' });
    await directory.getByRole('button', { name: 'Redigera en kopia av katalogen' }).click();
    await directory.getByRole('listitem').first().locator('summary').click();
    const phone = directory.getByRole('listitem').first().getByLabel('Telefonnummer');
    await phone.fill('---');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(options)).toEqual([]);
    await phone.fill('0340-11 22 33');
    await preview.getByText('Barn- och familjeenhetens mottagningsgrupp: 0340-11 22 33 (öppet då)').waitFor();
    await options.close();
  });

  it('popup: open and overdue follow-ups, and the ways on', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(session.extensionUrl('popup.html'));
    const open = [...data.tasks, ...other.tasks].filter((t) => t.status === 'open').length;
    await popup.getByText(new RegExp(`${open} öppna uppföljningar`)).waitFor();
    for (const name of ['Öppna sidopanelen', 'Öppna uppföljningen', 'Öppna övningen', 'Inställningar']) {
      expect(await popup.getByRole('button', { name }).count()).toBe(1);
    }
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('made no request outside the fixture hosts', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
