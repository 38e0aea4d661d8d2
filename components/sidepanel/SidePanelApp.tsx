import { useCallback, useEffect, useState } from 'react';
import type { TabScan, TaskStatus } from '../../utils/messages';
import type { UiLanguage } from '../../utils/ui-text';
import { ExtensionPage } from '../ExtensionPage';
import { triageText } from './triage-text';
import { TriageQueue } from './TriageQueue';

/** Where the side panel gets its data: the background and the tab, behind one seam for tests. */
export interface TriageSource {
  /** The tab the panel shows: the one in the address (`?tabId=`) or the active tab. */
  currentTab(): Promise<number | null>;
  triage(tabId: number): Promise<TabScan | null>;
  statuses(keys: string[]): Promise<Record<string, TaskStatus>>;
  reveal(tabId: number, key: string): Promise<boolean>;
  /** Calls back when a tab's queue may have changed or another tab became active; returns unsubscribe. */
  subscribe(onChange: (change: { tabId?: number; activated?: boolean }) => void): () => void;
  /** Turns acute notifications on or off; resolves to the state that took effect. */
  setNotifyAcute?(on: boolean): Promise<boolean>;
  notifyAcute?(): Promise<boolean>;
}

/** Queues change as the moderator scrolls; between pushes the panel checks now and then. */
const REFRESH_MS = 2000;

export function SidePanelApp({ lang, source }: { lang: UiLanguage; source: TriageSource }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [scan, setScan] = useState<TabScan | null | undefined>(undefined);
  const [statuses, setStatuses] = useState<ReadonlyMap<string, TaskStatus>>(new Map());
  const [notify, setNotify] = useState<boolean | null>(null);
  const [revealFailed, setRevealFailed] = useState(false);
  const text = triageText(lang);

  const refresh = useCallback(
    async (tab: number | null) => {
      if (tab === null) {
        setScan(null);
        return;
      }
      const next = await source.triage(tab).catch(() => null);
      setScan(next);
      if (next && next.items.length > 0) {
        const found = await source.statuses(next.items.map((item) => item.key)).catch(() => ({}));
        setStatuses(new Map(Object.entries(found)));
      }
    },
    [source],
  );

  useEffect(() => {
    let alive = true;
    let current: number | null = null;
    const load = async () => {
      current = await source.currentTab().catch(() => null);
      if (!alive) return;
      setTabId(current);
      await refresh(current);
    };
    void load();
    const unsubscribe = source.subscribe((change) => {
      if (change.activated) void load();
      else if (change.tabId === undefined || change.tabId === current) void refresh(current);
    });
    const timer = window.setInterval(() => void refresh(current), REFRESH_MS);
    return () => {
      alive = false;
      unsubscribe();
      window.clearInterval(timer);
    };
  }, [source, refresh]);

  useEffect(() => {
    void source.notifyAcute?.().then(setNotify, () => setNotify(false));
  }, [source]);

  const reveal = (key: string) => {
    if (tabId === null) return;
    void source.reveal(tabId, key).then(
      (found) => setRevealFailed(!found),
      () => setRevealFailed(true),
    );
  };

  return (
    <ExtensionPage page="sidepanel" lang={lang}>
      {scan === undefined ? null : (
        <TriageQueue
          lang={lang}
          items={scan?.items ?? []}
          statuses={statuses}
          onReveal={reveal}
          unsupported={scan === null}
          scanned={scan?.scanned ?? 0}
          unreadable={scan?.unreadable ?? 0}
        />
      )}
      {revealFailed && (
        <p role="alert" className="sv-note">
          {text.revealFailed}
        </p>
      )}
      {notify !== null && source.setNotifyAcute && (
        <label className="sv-toggle">
          <input
            type="checkbox"
            checked={notify}
            onChange={(event) => void source.setNotifyAcute!(event.target.checked).then(setNotify, () => setNotify(false))}
          />{' '}
          {text.notifyAcute}
        </label>
      )}
    </ExtensionPage>
  );
}
