import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SITE_MATCHES } from '../../utils/sites';
import { CHROME_BUILD, fixture, launchWithExtension, type ExtensionSession } from './extension-harness';

const ACTIVE = 'html[data-sekretessvakt]';

interface ChromeI18n {
  getUILanguage(): string;
  getMessage(key: string): string;
}

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ locale: 'sv-SE' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('starts its background service worker and names itself in the browser language', async () => {
    expect(session.serviceWorker.url()).toBe(session.extensionUrl('background.js'));
    // Headless Chromium on Linux keeps an English UI whatever the flags, so the name must be the
    // English one there and the Swedish one wherever the browser runs in Swedish.
    const { uiLanguage, name } = await session.serviceWorker.evaluate(() => {
      const { i18n } = (globalThis as unknown as { chrome: { i18n: ChromeI18n } }).chrome;
      return { uiLanguage: i18n.getUILanguage(), name: i18n.getMessage('extName') };
    });
    expect(name).toBe(
      uiLanguage.startsWith('sv')
        ? 'Sekretessvakt – stöd för kommunens sociala medier'
        : "Sekretessvakt – support for a municipality's social media",
    );
  });

  it('runs the Facebook content script on a post permalink, which reports to the background', async () => {
    const url = 'https://www.facebook.com/varbergskommun/posts/1234567890123456';
    session.serve(url, await fixture('facebook/post-permalink-shell.html'));
    const page = await session.context.newPage();
    await page.goto(url);

    // The attribute is set only after the background acknowledged the content script.
    await page.waitForSelector(ACTIVE, { state: 'attached', timeout: 10_000 });
    expect(await page.getAttribute('html', 'data-sekretessvakt')).toBe('facebook');
    // The page's own content is untouched.
    await expect(page.locator('[role="article"] div[dir="auto"]').textContent()).resolves.toContain('sommarjobb');
    await page.close();
  });

  it('runs the Instagram content script on a post page', async () => {
    const url = 'https://www.instagram.com/p/C0deFixture1/';
    session.serve(url, await fixture('instagram/post-shell.html'));
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForSelector(ACTIVE, { state: 'attached', timeout: 10_000 });
    expect(await page.getAttribute('html', 'data-sekretessvakt')).toBe('instagram');
    await page.close();
  });

  it('stays out of sites it has no business on (m.facebook.com is not matched)', async () => {
    const url = 'https://m.facebook.com/varbergskommun/posts/1234567890123456';
    session.serve(url, await fixture('facebook/post-permalink-shell.html'));
    const page = await session.context.newPage();
    await page.goto(url);
    // Give a content script, were there one, ample time to report in.
    await page.waitForTimeout(1_500);
    expect(await page.locator(ACTIVE).count()).toBe(0);
    await page.close();
  });

  it('stores a flagged comment in the background, redacted, once however often it is sent, and schedules retention', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('popup.html'));
    const text = 'Grannens barn är ensamma hemma hela nätterna. Ring mig på 070-123 45 67.';
    const assessment = {
      lang: 'sv',
      labels: ['child_at_risk', 'sensitive_data'],
      urgency: 'high',
      scores: { individual_case: 0, child_at_risk: 0.9, crime: 0, crisis: 0, criticism: 0, sensitive_data: 0.9 },
      evidence: [],
      actions: ['acknowledge', 'refer_to_channel', 'report_concern_child', 'follow_up'],
    };
    const results = await page.evaluate(
      async ({ text, assessment }) => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
        const send = () =>
          chrome.runtime.sendMessage({
            channel: 'sekretessvakt/v1',
            type: 'comments/flagged',
            data: { comments: [{ platform: 'facebook', commentId: 'e2e-1', postUrl: 'https://www.facebook.com/varbergskommun/posts/1', text, assessment }] },
          });
        return [await send(), await send()];
      },
      { text, assessment },
    );
    expect(results).toEqual([
      { stored: 1, failed: 0 },
      { stored: 1, failed: 0 },
    ]);
    // The extension's own origin holds the database; read it the way a page of the extension can.
    const stored = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = indexedDB.open('sekretessvakt');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('comments').objectStore('comments').getAll();
            all.onsuccess = () => resolve(all.result);
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('070-123 45 67');
    expect(JSON.stringify(stored)).toContain('[telefonnummer]');
    const alarms = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Array<{ name: string; periodInMinutes?: number }>> } } }).chrome.alarms.getAll(),
    );
    expect(alarms.map((a) => [a.name, a.periodInMinutes])).toEqual([['sekretessvakt-retention', 720]]);
    await page.close();
  });

  it.each([
    ['popup.html', 'Sekretessvakt'],
    ['sidepanel.html', 'Att hantera på sidan'],
    ['options.html', 'Inställningar'],
    ['dashboard.html', 'Uppföljning'],
    ['training.html', 'Övning'],
  ])('renders %s with its Swedish heading', async (file, heading) => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.extensionUrl(file));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks only for the permissions and hosts the product needs', async () => {
    const manifest = JSON.parse(await readFile(path.join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('sv');
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'sidePanel']);
    expect([...manifest.host_permissions].sort()).toEqual([...ALL_SITE_MATCHES].sort());
    const contentMatches = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    expect([...contentMatches].sort()).toEqual([...ALL_SITE_MATCHES].sort());
    // Notifications only when a moderator turns on acute alerts, and asked for then.
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('made no request outside the fixture hosts', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
