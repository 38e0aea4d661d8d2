/**
 * Starts Debian's Chromium with the built extension and serves fixture pages at the real site
 * URLs, so the content scripts' real match patterns fire. Every request that is neither a fixture
 * host nor the extension itself is aborted and recorded: the extension must never call out.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Route, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Hosts whose pages the tests serve from fixtures; a request to any other web host is a failure. */
export const FIXTURE_HOSTS = new Set([
  'www.facebook.com',
  'web.facebook.com',
  'business.facebook.com',
  'm.facebook.com',
  'www.instagram.com',
]);

export interface ExtensionSession {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Web requests outside the fixture hosts, in the order they were attempted. */
  foreignRequests: string[];
  /** Serves `html` at `url` (exact match, query string ignored). */
  serve(url: string, html: string): void;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export function fixture(relativePath: string): Promise<string> {
  return readFile(path.join(ROOT, 'tests/fixtures', relativePath), 'utf8');
}

export async function launchWithExtension(options: { locale?: string } = {}): Promise<ExtensionSession> {
  if (!existsSync(path.join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No built extension in ${CHROME_BUILD}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  const locale = options.locale ?? 'sv-SE';
  const profile = await mkdtemp(path.join(tmpdir(), 'sekretessvakt-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Sets navigator.languages in pages, which the extension pages use to pick their language.
    locale,
    args: [
      '--headless=new',
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  const pages = new Map<string, string>();
  const foreignRequests: string[] = [];
  const withoutQuery = (url: string) => url.split(/[?#]/)[0] ?? url;

  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    if (!FIXTURE_HOSTS.has(url.hostname)) {
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const html = pages.get(withoutQuery(url.href));
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  // Requests that bypass routing (e.g. from the service worker) are still seen here.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && !FIXTURE_HOSTS.has(url.hostname) && !foreignRequests.includes(url.href)) {
      foreignRequests.push(url.href);
    }
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    serviceWorker,
    extensionId,
    foreignRequests,
    serve: (url, html) => void pages.set(withoutQuery(url), html),
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
