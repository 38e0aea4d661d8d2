import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { createMessageListener, type Handlers } from '../utils/messages';
import { TabRegistry } from '../utils/tab-registry';

export default defineBackground(() => {
  const tabs = new TabRegistry();

  const handlers: Handlers = {
    'content/ready': ({ platform, url }, { tabId }) => {
      if (tabId !== undefined) tabs.report(tabId, platform, url, Date.now());
      return { acknowledged: true };
    },
    'tab/state': ({ tabId }) => tabs.get(tabId),
  };

  browser.runtime.onMessage.addListener(createMessageListener(handlers));
  browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
});
