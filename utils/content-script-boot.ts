/**
 * What every site's content script does: tell the background it is here, mark the page so the
 * extension's own code (and the end-to-end tests) can see that it runs, then start scanning.
 * Nothing here may throw into the host page: Facebook and Instagram must keep working whatever
 * happens to us.
 */
import { browser } from 'wxt/browser';
import { adapterFor } from './adapters';
import { createMessageListener, sendToBackground, type ContentProtocolMap } from './messages';
import { ContentApp } from './page/content-app';
import type { Platform } from './sites';
import { pickUiLanguage } from './ui-text';

/** Attribute on <html>; prefixed so it can never clash with the site's own markup. */
export const ACTIVE_ATTRIBUTE = 'data-sekretessvakt';
/** Single-page sites change posts without a page load; the address is checked this often. */
const NAVIGATION_CHECK_MS = 500;

export async function bootContentScript(platform: Platform, doc: Document, signal: AbortSignal): Promise<boolean> {
  try {
    const reply = await sendToBackground('content/ready', { platform, url: doc.location?.href ?? '' });
    if (signal.aborted || reply?.acknowledged !== true) return false;
    doc.documentElement.setAttribute(ACTIVE_ATTRIBUTE, platform);
    signal.addEventListener('abort', () => doc.documentElement.removeAttribute(ACTIVE_ATTRIBUTE), { once: true });
    return true;
  } catch {
    // The background may be restarting or the extension was updated under the page:
    // stay silent rather than disturb the site.
    return false;
  }
}

/** Boots, then scans the page and answers the side panel until the script is stopped. */
export async function runContentScript(platform: Platform, doc: Document, signal: AbortSignal): Promise<ContentApp | null> {
  if (!(await bootContentScript(platform, doc, signal))) return null;
  try {
    const app = new ContentApp({
      adapter: adapterFor(platform),
      doc,
      lang: pickUiLanguage(doc.defaultView?.navigator.languages ?? []),
      send: sendToBackground,
    });
    await app.start();
    const listener = createMessageListener<ContentProtocolMap>({ 'page/reveal': ({ key }) => ({ found: app.reveal(key) }) });
    browser.runtime.onMessage.addListener(listener);
    const win = doc.defaultView;
    const check = () => app.checkNavigation();
    const timer = win?.setInterval(check, NAVIGATION_CHECK_MS);
    win?.addEventListener('popstate', check);
    signal.addEventListener(
      'abort',
      () => {
        app.stop();
        browser.runtime.onMessage.removeListener(listener);
        win?.clearInterval(timer);
        win?.removeEventListener('popstate', check);
      },
      { once: true },
    );
    return app;
  } catch {
    return null;
  }
}
