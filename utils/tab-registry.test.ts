import { describe, expect, it } from 'vitest';
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
