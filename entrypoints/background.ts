import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { storageHandlers } from '../storage/background-handlers';
import type { SekretessvaktDB } from '../storage/db';
import { openDatabase } from '../storage/open';
import { purgeExpired } from '../storage/retention';
import { getSettings } from '../storage/repository';
import { broadcastToPages, createMessageListener, type Handlers, type TriageItem } from '../utils/messages';
import { TabRegistry } from '../utils/tab-registry';
import { toolbarText } from '../utils/toolbar-text';

/** Twice a day is enough for a limit counted in days, and cheap. */
const RETENTION_ALARM = 'sekretessvakt-retention';
const RETENTION_PERIOD_MINUTES = 12 * 60;

/** The toolbar shows how many acute and high comments the tab has; nothing when there are none. */
async function showCount(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b00020' });
  } catch {
    // The tab closed meanwhile.
  }
}

export default defineBackground(() => {
  const tabs = new TabRegistry();

  // Opened on first use and again after a failure, so a blocked upgrade or a closed database does
  // not leave the worker without storage until the browser restarts.
  let opening: Promise<SekretessvaktDB> | undefined;
  const database = () => {
    opening ??= openDatabase(undefined, {
      onBlocked: (error) => console.warn(error.message),
      onVersionChange: () => {
        opening = undefined;
      },
    }).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };

  const purge = () =>
    database()
      .then((db) => purgeExpired(db, Date.now()))
      .catch((error: unknown) => console.error('Gallringen misslyckades:', error));

  const handlers: Handlers = {
    'content/ready': ({ platform, url }, { tabId }) => {
      if (tabId !== undefined) tabs.report(tabId, platform, url, Date.now());
      return { acknowledged: true };
    },
    'tab/state': ({ tabId }) => tabs.get(tabId),
    'tab/scan': (scan, { tabId }) => {
      if (tabId === undefined || !scan || !Array.isArray(scan.items)) return { acknowledged: true };
      const fresh = tabs.setScan(tabId, scan);
      void showCount(tabId, tabs.actionCount(tabId));
      if (fresh.length > 0) void notifyAcute(tabId, fresh);
      void broadcastToPages('tab/changed', { tabId });
      return { acknowledged: true };
    },
    'tab/triage': ({ tabId }) => tabs.scan(tabId),
    ...storageHandlers(database),
  };

  browser.runtime.onMessage.addListener(createMessageListener(handlers));
  browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
  // A new page load starts an empty queue; the content script reports again once it has scanned.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || tabs.scan(tabId) === null) return;
    tabs.forget(tabId);
    void showCount(tabId, 0);
    void broadcastToPages('tab/changed', { tabId });
  });

  /** Acute notifications are opt-in: the setting and the optional permission must both be on. */
  const notifyAcute = async (tabId: number, fresh: TriageItem[]) => {
    try {
      const settings = await getSettings(await database());
      if (!settings.notifyAcute || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
      const text = toolbarText(browser.i18n.getUILanguage());
      await browser.notifications.create(`sekretessvakt-acute-${tabId}-${Date.now()}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: text.acuteTitle,
        message: text.acuteMessage(fresh.length),
        priority: 2,
      });
    } catch (error) {
      console.warn('Sekretessvakt: kunde inte visa aviseringen', error);
    }
  };

  // Retention runs at start-up and on a schedule that survives the worker being stopped.
  void purge();
  void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: RETENTION_PERIOD_MINUTES, delayInMinutes: RETENTION_PERIOD_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purge();
  });
});
