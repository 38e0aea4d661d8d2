/**
 * The moderator's view in a real Chromium with the built extension: fixture pages served at the
 * real Facebook and Instagram addresses, so the content scripts' match patterns fire as they will
 * for a moderator. Which comments must be flagged follows from the fixtures' texts (see the
 * comment at the top of each fixture) and the classifier.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { fixture, launchWithExtension, ROOT, type ExtensionSession } from './extension-harness';

const FB_POST = 'https://www.facebook.com/varbergskommun/posts/1234567890123456';
const IG_POST = 'https://www.instagram.com/p/C0deFixture1/';
const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');

/** The comment ids of the comments carrying a badge, read from each badge's own comment. */
function flaggedFacebookIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('sekretessvakt-badge')].map((badge) => {
      const article = badge.closest('[role="article"]')!;
      const link = [...article.querySelectorAll<HTMLAnchorElement>('a[href*="comment_id="]')].find((a) => a.closest('[role="article"]') === article)!;
      const params = new URL(link.href, location.href).searchParams;
      return params.get('reply_comment_id') ?? params.get('comment_id') ?? '';
    }),
  );
}

/** Adds a comment the way Facebook renders one more ("Visa fler kommentarer", infinite scroll). */
function addFacebookComment(page: Page, id: string, text: string): Promise<void> {
  return page.evaluate(
    ({ id, text }) => {
      const template = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="comment_id=1023456789012302"]')][0]!.closest('li[class]')!.closest('[role="article"]')!.closest('li')!;
      const copy = template.cloneNode(true) as HTMLElement;
      copy.querySelector('span[lang] div[dir="auto"]')!.textContent = text;
      const link = copy.querySelector<HTMLAnchorElement>('a[href*="comment_id="]')!;
      link.href = link.href.replace(/comment_id=\d+/, `comment_id=${id}`);
      template.parentElement!.append(copy);
    },
    { id, text },
  );
}

async function waitForBadges(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('sekretessvakt-badge').length === n, count, { timeout: 10_000 });
}

describe('on the page: badges, card, side panel', () => {
  let session: ExtensionSession;
  let page: Page;
  let tabId: number;

  const extensionPage = async (file: string) => {
    const p = await session.context.newPage();
    await p.goto(session.extensionUrl(file));
    return p;
  };

  /** Reads a store of the extension's database from one of its pages. */
  const readStore = async (store: string) => {
    const p = await extensionPage('popup.html');
    const rows = await p.evaluate(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = indexedDB.open('sekretessvakt');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => resolve(all.result);
            all.onerror = () => reject(all.error);
          };
        }),
      store,
    );
    await p.close();
    return rows;
  };

  beforeAll(async () => {
    session = await launchWithExtension({ locale: 'sv-SE' });
    await mkdir(SCREENSHOTS, { recursive: true });
    session.serve(FB_POST, await fixture('facebook/post-comments-sv.html'));
    session.serve(IG_POST, await fixture('instagram/post-comments-sv.html'));
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(FB_POST);
    const finder = await extensionPage('popup.html');
    tabId = await finder.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } };
      return (await chrome.tabs.query({ url: `${url}*` }))[0]!.id;
    }, FB_POST);
    await finder.close();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('puts a badge on exactly the Swedish Facebook comments that need action', async () => {
    // Maria's own case, Lena's worry about a neighbour's child, Johan's reply naming Lena, Peter's phone number.
    await waitForBadges(page, 4);
    expect((await flaggedFacebookIds(page)).sort()).toEqual(['1023456789012303', '1023456789012304', '1023456789012305', '1023456789012403']);
    const lena = page.locator('[role="article"][aria-label="Kommentar av Lena Ek"] sekretessvakt-badge button').first();
    await expect(lena.textContent()).resolves.toContain('Brådskande');
    await expect(lena.getAttribute('aria-label')).resolves.toContain('Barn som far illa');
  });

  it('opens the card: guideline steps, masked evidence, replies; "Kopiera" puts a reply on the clipboard', async () => {
    await page.locator('[role="article"][aria-label="Kommentar av Lena Ek"] sekretessvakt-badge button').first().click();
    const card = page.locator('sekretessvakt-overlay [role="dialog"]');
    await expect(card.locator('h3').allTextContents()).resolves.toEqual(['Därför flaggas kommentaren', 'Steg enligt riktlinjen', 'Svarsförslag']);
    await expect(card.textContent()).resolves.toContain('Gör en orosanmälan till socialtjänsten.');
    const first = (await card.locator('.card__reply').first().textContent())!;
    expect(first.length).toBeGreaterThan(80);
    await card.getByRole('button', { name: 'Kopiera: Förslag 1' }).click();
    await expect.poll(() => card.getByRole('button', { name: 'Kopiera: Förslag 1' }).textContent(), { timeout: 5_000 }).toContain('Kopierat');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(first);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'overlay.png') });
  });

  it('checks the moderator’s draft for secrecy breaches as they type', async () => {
    const card = page.locator('sekretessvakt-overlay [role="dialog"]');
    await card.getByLabel('Ditt eget svar').fill('Hej Lena! Skicka ett DM med grannens adress så kollar vi upp familjen.');
    await expect(card.locator('.card__findings').textContent()).resolves.toMatch(/problem att rätta/);
  });

  it('"Följ upp" creates a follow-up task the dashboard can read', async () => {
    const card = page.locator('sekretessvakt-overlay [role="dialog"]');
    await card.getByRole('button', { name: 'Följ upp' }).click();
    await expect.poll(() => card.locator('.card__status').textContent(), { timeout: 5_000 }).toMatch(/Uppföljning skapad/);
    const tasks = (await readStore('tasks')) as Array<{ id: string; status: string }>;
    expect(tasks.map((t) => [t.id, t.status])).toEqual([['task:facebook:1023456789012304', 'open']]);
    await card.getByRole('button', { name: 'Stäng' }).click();
  });

  it('shows the tab’s queue in the side panel in urgency order, and "Visa på sidan" scrolls to the comment', async () => {
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 900 });
    const buttons = panel.getByRole('button', { name: /^Visa på sidan/ });
    await expect.poll(() => buttons.count(), { timeout: 10_000 }).toBe(4);
    const names = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')));
    expect(names[0]).toContain('Lena Ek');
    await expect.poll(() => panel.getByText(/Uppföljning/).count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'sidepanel.png') });

    await page.evaluate(() => window.scrollTo(0, 0));
    const peter = names.findIndex((name) => name?.includes('Peter Nyström'));
    await buttons.nth(peter).click();
    await page.waitForFunction(() => {
      const ring = document.querySelector('sekretessvakt-overlay')?.shadowRoot?.querySelector<HTMLElement>('.highlight');
      return ring !== null && ring !== undefined && !ring.hidden;
    });
    const focused = await page.evaluate(() => document.activeElement?.closest('[role="article"]')?.getAttribute('aria-label'));
    expect(focused).toBe('Kommentar av Peter Nyström');
    await panel.close();
  });

  it('counts this tab’s comments by urgency in the popup, and the side panel passes axe', async () => {
    const popup = await extensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByText('4 kommentarer att hantera').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.getByRole('button', { name: /^Visa på sidan/ }).count(), { timeout: 10_000 }).toBe(4);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('flags comments that arrive later (infinite scroll), and the toolbar count follows', async () => {
    await addFacebookComment(page, '1023456789019999', 'Jag tänker ta mitt liv i natt. Tabletterna ligger redan framme.');
    await waitForBadges(page, 5);
    expect(await flaggedFacebookIds(page)).toContain('1023456789019999');
    const badgeText = () =>
      session.serviceWorker.evaluate(
        (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    // Lena (high) and the new acute comment.
    await expect.poll(badgeText, { timeout: 5_000 }).toBe('2');
    const acute = page.locator('[role="article"][aria-label^="Kommentar av"]', { hasText: 'Jag tänker ta mitt liv i natt' }).locator('sekretessvakt-badge button');
    await expect(acute.textContent()).resolves.toContain('Akut');
    await acute.click();
    await expect(page.locator('sekretessvakt-overlay .card__acute').textContent()).resolves.toContain('ring 112');
    await page.keyboard.press('Escape');
  });

  it('starts over when the site moves to another post without loading a page', async () => {
    await page.evaluate(() => {
      history.pushState(null, '', '/varbergskommun/posts/999');
      // Erik's comment stays as the new post's only (harmless) comment and as the template for more.
      for (const article of document.querySelectorAll('[role="article"][aria-label^="Kommentar av"]')) {
        if (!article.querySelector('a[href*="comment_id=1023456789012302&"]')) article.closest('li')?.remove();
      }
    });
    await addFacebookComment(page, '1023456789010001', 'Min handläggare på socialtjänsten har inte ringt tillbaka om mitt ekonomiska bistånd.');
    await waitForBadges(page, 1);
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.getByRole('button', { name: /^Visa på sidan/ }).count(), { timeout: 10_000 }).toBe(1);
    await panel.close();
  });

  it('puts badges on the Instagram comments that need action', async () => {
    const ig = await session.context.newPage();
    await ig.goto(IG_POST);
    // The parent whose child has no after-school place, and the phone number.
    await waitForBadges(ig, 2);
    const ids = await ig.evaluate(() =>
      [...document.querySelectorAll('sekretessvakt-badge')].map((badge) => {
        const li = badge.closest('li')!;
        return li.querySelector<HTMLAnchorElement>('a[href*="/c/"]')!.getAttribute('href')!.match(/\/c\/(\d+)/)![1];
      }),
    );
    expect(ids.sort()).toEqual(['17890000000000103', '17890000000000105']);
    await ig.close();
  });

  it('made no request outside the fixture hosts', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
