import { describe, expect, it } from 'vitest';
import type { TabScan, TriageItem } from './messages';
import { TabRegistry } from './tab-registry';

describe('TabRegistry', () => {
  it('remembers the latest report per tab and forgets closed tabs', () => {
    const tabs = new TabRegistry();
    tabs.report(1, 'facebook', 'https://www.facebook.com/a/posts/1', 100);
    tabs.report(1, 'facebook', 'https://www.facebook.com/a/posts/2', 200);
    tabs.report(2, 'instagram', 'https://www.instagram.com/p/x/', 300);

    expect(tabs.get(1)).toEqual({ platform: 'facebook', url: 'https://www.facebook.com/a/posts/2', since: 200 });
    expect(tabs.size).toBe(2);

    tabs.forget(1);
    expect(tabs.get(1)).toBeNull();
    expect(tabs.size).toBe(1);
  });
});

describe('TabRegistry triage queues', () => {
  const item = (key: string, urgency: TriageItem['urgency'], dismissed = false): TriageItem => ({
    key,
    platform: 'facebook',
    excerpt: 'text',
    labels: ['crisis'],
    urgency,
    depth: 'comment',
    flaggedAt: 1,
    ...(dismissed ? { dismissed } : {}),
  });
  const scan = (items: TriageItem[]): TabScan => ({ url: 'https://www.facebook.com/a/posts/1', scanned: 10, unreadable: 0, items });

  it('counts acute and high items that are not dismissed for the toolbar badge', () => {
    const tabs = new TabRegistry();
    tabs.setScan(1, scan([item('a', 'acute'), item('b', 'high'), item('c', 'normal'), item('d', 'high', true)]));
    expect(tabs.actionCount(1)).toBe(2);
    expect(tabs.actionCount(2)).toBe(0);
  });

  it('announces each acute item once per tab, however often the page rescans', () => {
    const tabs = new TabRegistry();
    expect(tabs.setScan(1, scan([item('a', 'acute'), item('b', 'high')])).map((i) => i.key)).toEqual(['a']);
    expect(tabs.setScan(1, scan([item('a', 'acute'), item('e', 'acute')])).map((i) => i.key)).toEqual(['e']);
    expect(tabs.setScan(2, scan([item('a', 'acute')])).map((i) => i.key)).toEqual(['a']);
    tabs.forget(1);
    expect(tabs.scan(1)).toBeNull();
    expect(tabs.setScan(1, scan([item('a', 'acute')])).map((i) => i.key)).toEqual(['a']);
  });
});
