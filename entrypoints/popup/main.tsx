import { browser } from 'wxt/browser';
import { URGENCIES, type Urgency } from '../../classifiers/types';
import { mountPage } from '../../components/mount-page';
import { PopupApp, type PopupSource, type TabCounts } from '../../components/popup/PopupApp';
import { countTriage } from '../../components/sidepanel/TriageQueue';
import type { SekretessvaktDB } from '../../storage/db';
import { countTasks } from '../../storage/repository';
import { sendToBackground } from '../../utils/messages';
import { ALL_SITE_MATCHES } from '../../utils/sites';

/**
 * The side panel APIs differ per browser and neither is in the other's types: Chrome has
 * sidePanel, Firefox sidebarAction. Both must be called within the click's user gesture.
 */
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

const PAGES = { dashboard: '/dashboard.html', training: '/training.html', options: '/options.html' } as const;

/** The manifest's match patterns all end in `/*`: a supported page's address starts with the rest. */
function isSupportedSite(url: string | undefined): boolean {
  return url !== undefined && ALL_SITE_MATCHES.some((pattern) => url.startsWith(pattern.slice(0, -1)));
}

function noCounts(): Record<Urgency, number> {
  return Object.fromEntries(URGENCIES.map((urgency) => [urgency, 0])) as Record<Urgency, number>;
}

// Asked for at once, so the window id is known before any click: sidePanel.open must not wait.
// The address can name the tab (the e2e tests open the popup as a page); otherwise the active tab.
const namedTab = Number(new URLSearchParams(location.search).get('tabId'));
const activeTab =
  Number.isInteger(namedTab) && namedTab > 0 ? browser.tabs.get(namedTab) : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
let windowId: number | undefined;
activeTab.then(
  (tab) => (windowId = tab?.windowId),
  () => undefined,
);

function sourceFor(db: SekretessvaktDB): PopupSource {
  return {
    async tabCounts(): Promise<TabCounts | null> {
      const tab = await activeTab;
      if (tab?.id === undefined) return { supported: false, scanned: 0, byUrgency: noCounts() };
      const scan = await sendToBackground('tab/triage', { tabId: tab.id });
      // No content script on the tab: a supported site opened before the extension, or another site.
      if (!scan) return isSupportedSite(tab.url) ? null : { supported: false, scanned: 0, byUrgency: noCounts() };
      const { urgencies } = countTriage(scan.items.filter((item) => !item.dismissed));
      const byUrgency = noCounts();
      for (const [urgency, count] of urgencies) byUrgency[urgency] = count;
      return { supported: true, scanned: scan.scanned, byUrgency };
    },
    taskCounts: () => countTasks(db, Date.now()),
    openSidePanel() {
      const apis = browser as unknown as PanelApis;
      // Nothing may be awaited before open(): the browser only allows it within the click.
      let opening: Promise<void> | undefined;
      if (apis.sidePanel?.open && windowId !== undefined) opening = apis.sidePanel.open({ windowId });
      else if (apis.sidebarAction?.open) opening = apis.sidebarAction.open();
      if (!opening) return Promise.resolve(false);
      return opening.then(() => {
        window.close();
        return true;
      });
    },
    async openPage(page) {
      await browser.tabs.create({ url: browser.runtime.getURL(PAGES[page]) });
      window.close();
    },
  };
}

void mountPage(({ db, lang }) => <PopupApp lang={lang} source={sourceFor(db)} />);
