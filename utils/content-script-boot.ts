/**
 * What every site's content script does first: tell the background it is here, then mark the
 * page so the extension's own code (and the end-to-end tests) can see that it runs.
 * Nothing here may throw into the host page: Facebook and Instagram must keep working whatever
 * happens to us.
 */
import { sendToBackground } from './messages';
import type { Platform } from './sites';

/** Attribute on <html>; prefixed so it can never clash with the site's own markup. */
export const ACTIVE_ATTRIBUTE = 'data-sekretessvakt';

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
