import type { Platform } from './sites';
import type { TabState } from './messages';

/**
 * What the background knows about tabs with a running content script. Kept in memory on purpose:
 * it is rebuilt as soon as the pages report in again, and it holds no comment text.
 */
export class TabRegistry {
  readonly #tabs = new Map<number, TabState>();

  report(tabId: number, platform: Platform, url: string, now: number): TabState {
    const state: TabState = { platform, url, since: now };
    this.#tabs.set(tabId, state);
    return state;
  }

  get(tabId: number): TabState | null {
    return this.#tabs.get(tabId) ?? null;
  }

  forget(tabId: number): void {
    this.#tabs.delete(tabId);
  }

  get size(): number {
    return this.#tabs.size;
  }
}
