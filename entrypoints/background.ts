import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { storageHandlers } from '../storage/background-handlers';
import type { SekretessvaktDB } from '../storage/db';
import { openDatabase } from '../storage/open';
import { purgeExpired } from '../storage/retention';
import { createMessageListener, type Handlers } from '../utils/messages';
import { TabRegistry } from '../utils/tab-registry';

/** Twice a day is enough for a limit counted in days, and cheap. */
const RETENTION_ALARM = 'sekretessvakt-retention';
const RETENTION_PERIOD_MINUTES = 12 * 60;

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
    ...storageHandlers(database),
  };

  browser.runtime.onMessage.addListener(createMessageListener(handlers));
  browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));

  // Retention runs at start-up and on a schedule that survives the worker being stopped.
  void purge();
  void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: RETENTION_PERIOD_MINUTES, delayInMinutes: RETENTION_PERIOD_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purge();
  });
});
