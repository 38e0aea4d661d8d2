import { browser } from 'wxt/browser';
import { mountPage } from '../../components/mount-page';
import { SidePanelApp, type TriageSource } from '../../components/sidepanel/SidePanelApp';
import { isEnvelope, sendToBackground, sendToTab } from '../../utils/messages';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

/** The real source: the background for queues and statuses, the tab for "Visa på sidan". */
const source: TriageSource = {
  async currentTab() {
    // The address can name the tab (the e2e tests open the panel as a page); otherwise the active tab.
    const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  triage: (tabId) => sendToBackground('tab/triage', { tabId }),
  statuses: async (keys) => (await sendToBackground('tasks/status', { keys })).statuses ?? {},
  reveal: async (tabId, key) => (await sendToTab(tabId, 'page/reveal', { key }))?.found === true,
  subscribe(onChange) {
    const onMessage = (message: unknown) => {
      if (isEnvelope(message) && message.type === 'tab/changed') onChange({ tabId: (message.data as { tabId: number }).tabId });
    };
    const onActivated = () => onChange({ activated: true });
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  },
  async notifyAcute() {
    const { on } = await sendToBackground('settings/notify-acute', {});
    return on ? await browser.permissions.contains(NOTIFICATIONS) : false;
  },
  async setNotifyAcute(on) {
    // The permission is asked for on the click that turns the setting on, and given back when off.
    let allowed = false;
    if (on) allowed = await browser.permissions.request(NOTIFICATIONS);
    else await browser.permissions.remove(NOTIFICATIONS);
    return (await sendToBackground('settings/notify-acute', { on: on && allowed })).on;
  },
};

void mountPage(({ lang }) => <SidePanelApp lang={lang} source={source} />);
