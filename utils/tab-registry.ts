import type { Platform } from './sites';
import type { TabScan, TabState, TriageItem } from './messages';

/**
 * What the background knows about tabs with a running content script: where they are and their
 * triage queue. Kept in memory on purpose: it is rebuilt as soon as the pages report in again, and
 * it holds only redacted excerpts.
 */
export class TabRegistry {
  readonly #tabs = new Map<number, TabState>();
  readonly #scans = new Map<number, TabScan>();
  /** Acute comments already announced per tab, so a rescan does not notify twice. */
  readonly #announced = new Map<number, Set<string>>();

  report(tabId: number, platform: Platform, url: string, now: number): TabState {
    const state: TabState = { platform, url, since: now };
    this.#tabs.set(tabId, state);
    return state;
  }

  get(tabId: number): TabState | null {
    return this.#tabs.get(tabId) ?? null;
  }

  /** Replaces the tab's triage queue; returns the acute items not seen on this tab before. */
  setScan(tabId: number, scan: TabScan): TriageItem[] {
    this.#scans.set(tabId, scan);
    const announced = this.#announced.get(tabId) ?? new Set<string>();
    this.#announced.set(tabId, announced);
    const fresh = scan.items.filter((item) => item.urgency === 'acute' && !item.dismissed && !announced.has(item.key));
    for (const item of fresh) announced.add(item.key);
    return fresh;
  }

  scan(tabId: number): TabScan | null {
    return this.#scans.get(tabId) ?? null;
  }

  /** The toolbar count: acute and high items on the tab that nobody marked not relevant. */
  actionCount(tabId: number): number {
    return (this.#scans.get(tabId)?.items ?? []).filter((item) => (item.urgency === 'acute' || item.urgency === 'high') && !item.dismissed).length;
  }

  /** The tab navigated away or closed: its queue no longer describes what it shows. */
  forget(tabId: number): void {
    this.#tabs.delete(tabId);
    this.#scans.delete(tabId);
    this.#announced.delete(tabId);
  }

  get size(): number {
    return this.#tabs.size;
  }
}
